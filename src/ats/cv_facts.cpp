#include <algorithm>

#include "ats/ats.hpp"
#include "ats/words.hpp"

namespace jobmatch::ats {

namespace {

// The first lines of a CV carry the name and the current or wanted role.
constexpr std::size_t kHeadlineLines = 6;

bool in_skills_section(const cv::CvProfile& profile, std::size_t offset) {
  return std::any_of(profile.sections.begin(), profile.sections.end(),
                     [offset](const cv::CvSection& section) {
                       return section.kind == cv::SectionKind::kSkills &&
                              offset >= section.body_start && offset < section.body_end;
                     });
}

/// One entry per skill: the mention in a skills section if any, else the first.
std::vector<CvSkill> best_mentions(const std::vector<skills::SkillMention>& mentions,
                                   const cv::CvProfile& profile) {
  std::vector<CvSkill> skills;
  for (const skills::SkillMention& mention : mentions) {
    const CvSkill candidate{
        mention.skill, {mention.start, mention.end}, in_skills_section(profile, mention.start)};
    const auto same = std::find_if(skills.begin(), skills.end(),
                                   [&](const CvSkill& s) { return s.skill == mention.skill; });
    if (same == skills.end()) {
      skills.push_back(candidate);
    } else if (!same->in_skills_section && candidate.in_skills_section) {
      *same = candidate;
    }
  }
  std::sort(skills.begin(), skills.end(),
            [](const CvSkill& a, const CvSkill& b) { return a.skill < b.skill; });
  return skills;
}

/// True when `offset` lies in a section that holds no job (interests, languages, contact): a
/// date there, put beside the wrong line by a two-column layout, does not make that line a
/// role ("Musique, arts, logiciels libres, cuisine" claimed "Commis de cuisine").
bool in_section_without_roles(const cv::CvProfile& profile, std::size_t offset) {
  return std::any_of(
      profile.sections.begin(), profile.sections.end(), [offset](const cv::CvSection& section) {
        const bool holds_no_job = section.kind == cv::SectionKind::kInterests ||
                                  section.kind == cv::SectionKind::kLanguages ||
                                  section.kind == cv::SectionKind::kContact;
        return holds_no_job && offset >= section.body_start && offset < section.body_end;
      });
}

/// Words of the CV's first lines and job titles: where a CV states its role.
std::vector<std::string> role_words(const skills::Taxonomy& taxonomy, std::string_view text,
                                    const cv::CvProfile& profile) {
  std::vector<std::string> words;
  std::size_t lines = 0;
  std::size_t start = 0;
  while (start < text.size() && lines < kHeadlineLines) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t") != std::string_view::npos) {
      ++lines;
      auto line_words = detail::content_words(line, taxonomy);
      words.insert(words.end(), line_words.begin(), line_words.end());
    }
    start = end + 1;
  }
  for (const cv::ExperienceEntry& entry : profile.experience) {
    if (in_section_without_roles(profile, entry.offset)) continue;
    auto title_words = detail::content_words(entry.title, taxonomy);
    words.insert(words.end(), title_words.begin(), title_words.end());
  }
  detail::sort_unique(words);
  return words;
}

/// The role words and those of the summary ("Profil"), which often names the role too.
std::vector<std::string> headline_words(const skills::Taxonomy& taxonomy, std::string_view text,
                                        const cv::CvProfile& profile,
                                        std::vector<std::string> words) {
  for (const cv::CvSection& section : profile.sections) {
    if (section.kind != cv::SectionKind::kSummary || section.body_start >= text.size()) continue;
    const std::size_t end = std::min(section.body_end, text.size());
    auto summary =
        detail::content_words(text.substr(section.body_start, end - section.body_start), taxonomy);
    words.insert(words.end(), summary.begin(), summary.end());
  }
  detail::sort_unique(words);
  return words;
}

std::vector<std::pair<skills::SkillIndex, std::uint32_t>> linked_skills(
    const skills::Taxonomy& taxonomy, const std::vector<CvSkill>& skills) {
  std::vector<std::pair<skills::SkillIndex, std::uint32_t>> linked;
  for (std::uint32_t position = 0; position < skills.size(); ++position) {
    const skills::Skill& skill = taxonomy.skill(skills[position].skill);
    for (const auto* links : {&skill.broader, &skill.narrower, &skill.related}) {
      for (const skills::SkillIndex other : *links) linked.emplace_back(other, position);
    }
  }
  // Sorted by skill then CV position: the first link of a skill is the CV's lowest-index skill,
  // so the choice is deterministic.
  std::sort(linked.begin(), linked.end());
  return linked;
}

}  // namespace

const CvSkill* CvFacts::find_skill(skills::SkillIndex skill) const {
  const auto it =
      std::lower_bound(skills.begin(), skills.end(), skill,
                       [](const CvSkill& s, skills::SkillIndex v) { return s.skill < v; });
  return it != skills.end() && it->skill == skill ? &*it : nullptr;
}

const CvSkill* CvFacts::find_linked(skills::SkillIndex skill) const {
  const auto it = std::lower_bound(linked.begin(), linked.end(), std::make_pair(skill, 0u));
  return it != linked.end() && it->first == skill ? &skills[it->second] : nullptr;
}

CvFacts read_cv_facts(const skills::SkillExtractor& extractor, std::string text,
                      cv::CvProfile profile) {
  CvFacts facts;
  facts.skills = best_mentions(extractor.extract(text), profile);
  facts.linked = linked_skills(extractor.taxonomy(), facts.skills);
  facts.role_words = role_words(extractor.taxonomy(), text, profile);
  facts.headline_words = headline_words(extractor.taxonomy(), text, profile, facts.role_words);
  facts.words = detail::content_words(text, extractor.taxonomy());
  detail::sort_unique(facts.words);
  facts.text = std::move(text);
  facts.profile = std::move(profile);
  return facts;
}

}  // namespace jobmatch::ats
