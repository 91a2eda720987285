#include "ats/suggestions.hpp"

#include <algorithm>

namespace jobmatch::ats {

namespace {

constexpr std::size_t kMaxMissingNamed = 4;
constexpr std::size_t kMaxSuggestions = 8;
constexpr std::size_t kMaxTitleBytes = 80;  // a posting title quoted in a suggestion

std::string quoted(const std::string& label) { return "« " + label + " »"; }

std::string joined_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) out += i + 1 == labels.size() ? " et " : ", ";
    out += quoted(labels[i]);
  }
  return out;
}

void suggest_missing_skills(const skills::Taxonomy& taxonomy, const ScoreSheet& sheet,
                            std::vector<std::string>& out) {
  std::vector<std::string> required;
  std::vector<std::string> nice;
  for (const SkillOutcome& outcome : sheet.skills) {
    if (outcome.match != nullptr) continue;
    auto& list = outcome.demand->importance == Importance::kRequired ? required : nice;
    if (list.size() < kMaxMissingNamed) list.push_back(taxonomy.label(outcome.demand->skill));
  }
  if (!required.empty()) {
    out.push_back("L'offre demande " + joined_labels(required) +
                  " : si vous les maîtrisez, ajoutez-les à la section Compétences avec un projet "
                  "ou un poste où vous les avez utilisées.");
  }
  if (!nice.empty()) {
    out.push_back("Atouts appréciés absents du CV : " + joined_labels(nice) +
                  ". Citez-les si vous les avez pratiqués, même en formation.");
  }
}

void suggest_explicit_skills(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                             const ScoreSheet& sheet, std::vector<std::string>& out) {
  for (const SkillOutcome& outcome : sheet.skills) {
    if (outcome.match == nullptr) continue;
    const std::string asked = quoted(taxonomy.label(outcome.demand->skill));
    if (outcome.related) {
      out.push_back("Vous citez " + quoted(taxonomy.label(outcome.match->skill)) +
                    " ; l'offre demande " + asked +
                    " : écrivez ce terme tel quel si vous le pratiquez, les ATS cherchent le mot "
                    "exact.");
    } else if (!outcome.match->in_skills_section && !cv.profile.skills_section_lines.empty()) {
      out.push_back(asked +
                    " n'apparaît que dans le corps du CV : ajoutez-le aussi à la section "
                    "Compétences.");
    }
  }
}

/// The title weighs more than experience and education together: a CV of the trade whose
/// headline does not say the role loses those points to a wording.
void suggest_title(const JobRequirements& job, const ScoreSheet& sheet,
                   std::vector<std::string>& out) {
  const CategoryScore& title = sheet.categories[static_cast<std::size_t>(Category::kTitle)];
  if (!title.assessed || title.earned >= 1 || sheet.other_field || job.title_end == 0) return;
  std::string posting_title = job.text.substr(0, job.title_end);
  if (posting_title.size() > kMaxTitleBytes) {
    std::size_t cut = kMaxTitleBytes;  // on a code point boundary
    while (cut > 0 && (static_cast<unsigned char>(posting_title[cut]) & 0xC0) == 0x80) --cut;
    posting_title = posting_title.substr(0, cut) + "…";
  }
  out.push_back(
      "L'intitulé de l'offre (« " + posting_title + " »" +
      ") n'est pas repris en entier dans le titre de votre CV ou vos intitulés de poste : "
      "si c'est votre métier, reprenez ses mots en tête du CV.");
}

void suggest_profile_gaps(const CvFacts& cv, const JobRequirements& job, const ScoreSheet& sheet,
                          std::vector<std::string>& out) {
  const auto& categories = sheet.categories;
  if (job.years && categories[static_cast<std::size_t>(Category::kExperience)].earned < 1) {
    out.push_back(
        "L'offre demande de l'expérience : datez chaque poste, stage et alternance "
        "(mois et année de début et de fin) pour que toute votre expérience compte.");
  }
  if (job.education && cv.profile.highest_education_level.empty()) {
    out.push_back(
        "Indiquez votre diplôme le plus élevé et son niveau (ex. « Master, bac+5 ») "
        "dans une section Formation.");
  }
  for (const LanguageRequirement& language : job.languages) {
    const bool listed =
        std::any_of(cv.profile.languages.begin(), cv.profile.languages.end(),
                    [&](const cv::LanguageEntry& e) { return e.code == language.code; });
    if (!listed) {
      out.push_back(
          "Précisez votre niveau en " + language.name +
          (language.cefr.empty() ? std::string() : " (l'offre demande " + language.cefr + ")") +
          " dans une section Langues, avec le niveau CECRL (A1 à C2).");
    }
  }
  if (cv.profile.skills_section_lines.empty() && !job.skills.empty()) {
    out.push_back(
        "Ajoutez une section « Compétences » qui liste vos outils et technologies : "
        "c'est là que les recruteurs et les ATS les cherchent d'abord.");
  }
}

}  // namespace

std::vector<std::string> suggest_cv_edits(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                                          const JobRequirements& job, const ScoreSheet& sheet) {
  std::vector<std::string> out;
  suggest_missing_skills(taxonomy, sheet, out);
  suggest_title(job, sheet, out);
  suggest_profile_gaps(cv, job, sheet, out);
  suggest_explicit_skills(taxonomy, cv, sheet, out);
  if (out.size() > kMaxSuggestions) out.resize(kMaxSuggestions);
  return out;
}

}  // namespace jobmatch::ats
