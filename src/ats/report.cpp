#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ats/ats.hpp"
#include "ats/suggestions.hpp"
#include "ats/words.hpp"

namespace jobmatch::ats {

namespace {

nlohmann::json or_null(const std::string& value) {
  return value.empty() ? nlohmann::json() : nlohmann::json(value);
}

double one_decimal(double value) { return std::round(value * 10.0) / 10.0; }

std::string_view importance_name(Importance importance) {
  return importance == Importance::kRequired ? "required" : "nice_to_have";
}

nlohmann::json evidence_json(std::string_view text, TextSpan span) {
  if (span.end > text.size() || span.start > span.end) return nullptr;
  return {{"start", skills::code_point_offset(text, span.start)},
          {"end", skills::code_point_offset(text, span.end)},
          {"text", std::string(text.substr(span.start, span.end - span.start))}};
}

nlohmann::json skill_json(const skills::Taxonomy& taxonomy, skills::SkillIndex index) {
  const skills::Skill& skill = taxonomy.skill(index);
  return {{"skill_id", skill.id},
          {"label", taxonomy.label(index)},
          {"kind", skills::skill_kind_name(skill.kind)}};
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string out(buffer);
  if (out.size() > 2 && out.ends_with(".0")) out.resize(out.size() - 2);
  for (char& c : out) {
    if (c == '.') c = ',';  // French decimal comma
  }
  return out;
}

struct SkillCounts {
  double weight = 0;  // required skills count 1, nice-to-have 0.5
  int demanded = 0;
  int exact = 0;
  int related = 0;
};

SkillCounts count_skills(const ScoreSheet& sheet, Category category) {
  SkillCounts counts;
  for (const SkillOutcome& outcome : sheet.skills) {
    if (outcome.category != category) continue;
    ++counts.demanded;
    counts.weight += outcome.demand->importance == Importance::kRequired ? 1.0 : 0.5;
    if (outcome.match != nullptr) ++(outcome.related ? counts.related : counts.exact);
  }
  return counts;
}

std::string explain_skills(const SkillCounts& counts, std::string_view noun) {
  std::string text = std::to_string(counts.exact) + " " + std::string(noun) + " sur " +
                     std::to_string(counts.demanded) + " présent(e)s dans le CV";
  if (counts.related > 0) {
    text += ", " + std::to_string(counts.related) + " apparentée(s) (crédit partiel)";
  }
  return text + " ; les « un plus » comptent pour moitié.";
}

/// How an experience or education explanation ends: a full stop, or why it earns nothing when
/// the CV comes from another trade.
std::string trade_ending(const ScoreSheet& sheet) {
  return sheet.other_field
             ? " ; mais le CV ne montre aucune compétence technique, aucun outil ni aucun mot de "
               "l'intitulé de l'offre : acquis dans un autre métier, cela ne compte pas ici."
             : ".";
}

/// Technical skills met, and why the share is taken over more demands than the posting names.
std::string explain_hard_skills(const ScoreSheet& sheet) {
  const SkillCounts hard = count_skills(sheet, Category::kHardSkills);
  const SkillCounts tools = count_skills(sheet, Category::kTools);
  const auto on_title = [&sheet] {
    return "donc jugé sur l'intitulé du poste, dont le titre de votre CV ou vos intitulés de "
           "poste reprennent " +
           format_number(sheet.headline_title_share * 100) + " % des mots";
  };
  if (trade_demand_weight(sheet) <= 0) {
    return std::string(hard.demanded + tools.demanded == 0
                           ? "L'offre ne cite aucune compétence technique ni aucun outil reconnu"
                           : "L'offre ne cite que des outils ou savoirs demandés dans tous les "
                             "métiers (bureautique, permis B...)") +
           " ; le métier est " + on_title() + ".";
  }
  std::string text = hard.demanded == 0
                         ? std::string("L'offre ne cite aucune compétence technique.")
                         : explain_skills(hard, "compétence(s) techniques");
  if (sheet.demands_judged_on_title > 0) {
    text += " L'offre en cite peu de propres au métier ; ce qui manque pour en compter " +
            format_number(kMinTechnicalDemands) + " est " + on_title() + ".";
  } else if (hard.weight < kMinTechnicalDemands) {
    text += " L'offre en cite peu : la part est calculée sur " +
            format_number(kMinTechnicalDemands) + " compétences au moins.";
  }
  return text;
}

std::string explain_education(const CvFacts& cv, const JobRequirements& job,
                              const ScoreSheet& sheet) {
  const std::string& held = cv.profile.highest_education_level;
  std::string text = "L'offre demande " + job.education->level + " ; le CV montre " +
                     (held.empty() ? std::string("aucun diplôme reconnu") : held);
  if (!held.empty() && education_rank(held) + 1 == education_rank(job.education->level)) {
    text += " (un niveau en dessous : moitié des points)";
  }
  return text + trade_ending(sheet);
}

std::string explain_languages(const CvFacts& cv, const JobRequirements& job) {
  std::string text;
  for (const LanguageRequirement& asked : job.languages) {
    if (!text.empty()) text += " ; ";
    text += asked.name + (asked.cefr.empty() ? "" : " " + asked.cefr) +
            (asked.importance == Importance::kNiceToHave ? " (un plus)" : "") + " : ";
    const auto held =
        std::find_if(cv.profile.languages.begin(), cv.profile.languages.end(),
                     [&](const cv::LanguageEntry& e) { return e.code == asked.code; });
    if (held == cv.profile.languages.end()) {
      text += "absent du CV";
    } else {
      text += held->cefr.empty() ? "dans le CV" : "dans le CV (" + held->cefr + ")";
    }
  }
  return text + ".";
}

std::string explain_title(const CvFacts& cv, const JobRequirements& job) {
  std::string found;
  std::string missing;
  for (const std::string& word : job.title_words) {
    const bool headline = detail::contains_word(cv.headline_words, word);
    const bool anywhere = detail::contains_word(cv.words, word);
    std::string& list = headline || anywhere ? found : missing;
    list +=
        (list.empty() ? "" : ", ") + word + (headline || !anywhere ? "" : " (ailleurs dans le CV)");
  }
  return "Mots de l'intitulé dans le titre ou les postes du CV : " +
         (found.empty() ? std::string("aucun") : found) +
         (missing.empty() ? std::string() : " ; absents : " + missing) + ".";
}

std::string explain_category(const CvFacts& cv, const JobRequirements& job, const ScoreSheet& sheet,
                             Category category) {
  if (!sheet.categories[static_cast<std::size_t>(category)].assessed) {
    if (category == Category::kExperience && job.years && !cv_shows_years(cv)) {
      return "L'offre demande " + format_number(job.years->years) +
             " an(s) d'expérience, mais le CV ne date aucune période et n'indique aucune durée : "
             "ses années ne peuvent pas être comptées et ces points sont répartis sur les autres "
             "catégories.";
    }
    return "L'offre ne précise rien ici : ses points sont répartis sur les autres catégories.";
  }
  switch (category) {
    case Category::kHardSkills:
      return explain_hard_skills(sheet);
    case Category::kTools:
      return explain_skills(count_skills(sheet, category), "outil(s)");
    case Category::kSoftSkills:
      return explain_skills(count_skills(sheet, category), "qualité(s)");
    case Category::kExperience:
      if (job.years->years <= 0) {
        return "L'offre accepte les débutants ; le CV montre " +
               format_number(cv.profile.total_experience_years) + " an(s) d'expérience" +
               trade_ending(sheet);
      }
      return std::string(job.years->importance == Importance::kNiceToHave
                             ? "L'offre souhaite (sans l'exiger, poids réduit de moitié) "
                             : "L'offre demande ") +
             format_number(job.years->years) + " an(s) d'expérience ; le CV en montre " +
             format_number(cv.profile.total_experience_years) + trade_ending(sheet);
    case Category::kEducation:
      return explain_education(cv, job, sheet);
    case Category::kLanguages:
      return explain_languages(cv, job);
    case Category::kTitle:
      return explain_title(cv, job);
  }
  return {};
}

nlohmann::json breakdown_json(const CvFacts& cv, const JobRequirements& job,
                              const ScoreSheet& sheet) {
  nlohmann::json breakdown = nlohmann::json::object();
  for (std::size_t i = 0; i < kCategoryCount; ++i) {
    const auto category = static_cast<Category>(i);
    const CategoryScore& score = sheet.categories[i];
    breakdown[std::string(category_name(category))] = {
        {"points", one_decimal(score.points())},
        {"max", one_decimal(score.max)},
        {"assessed", score.assessed},
        {"explanation", explain_category(cv, job, sheet, category)}};
  }
  return breakdown;
}

void add_skill_outcomes(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                        const JobRequirements& job, const ScoreSheet& sheet,
                        nlohmann::json& report) {
  nlohmann::json matched = nlohmann::json::array();
  nlohmann::json missing = nlohmann::json::array();
  for (const SkillOutcome& outcome : sheet.skills) {
    nlohmann::json entry = skill_json(taxonomy, outcome.demand->skill);
    entry["importance"] = importance_name(outcome.demand->importance);
    entry["job_evidence"] = evidence_json(job.text, outcome.demand->evidence);
    if (outcome.match == nullptr) {
      entry["cv_evidence"] = nullptr;
      missing.push_back(std::move(entry));
      continue;
    }
    entry["match"] = outcome.related ? "related" : "exact";
    entry["credit"] = outcome.credit;
    entry["cv_evidence"] = evidence_json(cv.text, outcome.match->evidence);
    if (outcome.related) entry["via"] = skill_json(taxonomy, outcome.match->skill);
    matched.push_back(std::move(entry));
  }
  report["matched_skills"] = std::move(matched);
  report["missing_skills"] = std::move(missing);
}

nlohmann::json requirements_json(const JobRequirements& job) {
  nlohmann::json languages = nlohmann::json::array();
  for (const LanguageRequirement& language : job.languages) {
    languages.push_back({{"code", language.code},
                         {"name", language.name},
                         {"cefr", or_null(language.cefr)},
                         {"importance", importance_name(language.importance)},
                         {"evidence", evidence_json(job.text, language.span)}});
  }
  nlohmann::json out = {{"years", nullptr}, {"education", nullptr}, {"languages", languages}};
  if (job.years) {
    out["years"] = {{"value", job.years->years},
                    {"evidence", evidence_json(job.text, job.years->span)}};
  }
  if (job.education) {
    out["education"] = {{"level", job.education->level},
                        {"evidence", evidence_json(job.text, job.education->span)}};
  }
  return out;
}

nlohmann::json cv_summary_json(const CvFacts& cv) {
  nlohmann::json languages = nlohmann::json::array();
  for (const cv::LanguageEntry& language : cv.profile.languages) {
    languages.push_back(
        {{"code", language.code}, {"name", language.name}, {"cefr", or_null(language.cefr)}});
  }
  return {{"experience_years", one_decimal(cv.profile.total_experience_years)},
          {"education_level", cv.profile.highest_education_level.empty()
                                  ? nlohmann::json()
                                  : nlohmann::json(cv.profile.highest_education_level)},
          {"languages", languages},
          {"skills_found", cv.skills.size()}};
}

}  // namespace

nlohmann::json cv_skills_json(const skills::Taxonomy& taxonomy, const CvFacts& cv) {
  std::vector<const CvSkill*> in_order;
  for (const CvSkill& skill : cv.skills) in_order.push_back(&skill);
  std::sort(in_order.begin(), in_order.end(), [](const CvSkill* a, const CvSkill* b) {
    return a->evidence.start < b->evidence.start;
  });
  nlohmann::json out = nlohmann::json::array();
  for (const CvSkill* skill : in_order) {
    nlohmann::json entry = skill_json(taxonomy, skill->skill);
    entry["name"] = entry["label"];
    entry["in_skills_section"] = skill->in_skills_section;
    entry["evidence"] = evidence_json(cv.text, skill->evidence);
    out.push_back(std::move(entry));
  }
  return out;
}

nlohmann::json build_report(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                            const JobRequirements& job) {
  const ScoreSheet sheet = compute_score(taxonomy, cv, job);
  nlohmann::json report;
  report["score"] = sheet.score;
  report["engine_version"] = std::string(kEngineVersion) + " (taxonomie " +
                             (taxonomy.version().empty() ? std::string("?") : taxonomy.version()) +
                             ")";
  report["breakdown"] = breakdown_json(cv, job, sheet);
  add_skill_outcomes(taxonomy, cv, job, sheet, report);
  report["suggestions"] = suggest_cv_edits(taxonomy, cv, job, sheet);
  report["requirements"] = requirements_json(job);
  report["cv"] = cv_summary_json(cv);
  return report;
}

}  // namespace jobmatch::ats
