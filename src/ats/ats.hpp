#pragma once
// The explainable ATS engine: what a posting asks for (skills required or nice-to-have, years,
// education, languages, title), what a CV shows, and a 0-100 score whose every point is traced
// to a span of the posting and a span of the CV (or their absence). Deterministic and offline.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ats/posting.hpp"
#include "cv/profile.hpp"
#include "skills/skills.hpp"

namespace jobmatch::ats {

/// Changes whenever the scoring rules change; stored requirements of another version are
/// recomputed.
inline constexpr std::string_view kEngineVersion = "ats-1.3";

/// One skill a posting asks for, at its most important mention.
struct SkillDemand {
  skills::SkillIndex skill = 0;
  Importance importance = Importance::kRequired;
  TextSpan evidence;  // in JobRequirements::text
};

/// What a posting asks for; evidence spans are bytes of `text`.
struct JobRequirements {
  std::string text;  // the title, a blank line, then the description: what spans point into
  std::size_t title_end = 0;
  std::vector<SkillDemand> skills;
  std::optional<YearsRequirement> years;
  std::optional<EducationRequirement> education;
  std::vector<LanguageRequirement> languages;
  std::vector<std::string> title_words;  // folded content words of the title
};

JobRequirements read_job_requirements(const skills::SkillExtractor& extractor,
                                      std::string_view title, std::string_view description);

/// A posting given as text by a user or to `match --pairs`: when it is HTML markup (a page's
/// source, an e-mail: known tags, closed elements or line breaks), the text it renders to, as
/// for imported postings, so that its headings and lists are read; otherwise the text as it is.
std::string pasted_posting_text(std::string_view text);

/// The text analysed for a stored posting: its description, then its structured experience
/// field when it has one (France Travail's "36 Mois", "Expérience exigée de 2 An(s)"), as a
/// last line "Expérience : ...", so that the years are read and highlighted like any others.
std::string analysed_description(std::string_view description, std::string_view experience);

/// One skill a CV shows, at its best mention (a skills section first).
struct CvSkill {
  skills::SkillIndex skill = 0;
  TextSpan evidence;  // in CvFacts::text
  bool in_skills_section = false;
};

/// What a CV shows, prepared once per uploaded CV.
struct CvFacts {
  std::string text;
  cv::CvProfile profile;
  std::vector<CvSkill> skills;              // sorted by skill index, one per skill
  std::vector<std::string> role_words;      // folded words of the first lines and job titles
  std::vector<std::string> headline_words;  // role_words and the summary's words
  std::vector<std::string> words;           // every folded word of the CV, sorted, unique
  /// Skills linked in the taxonomy to a CV skill (broader, narrower, related), sorted, with the
  /// position in `skills` of the CV skill that earns the partial credit.
  std::vector<std::pair<skills::SkillIndex, std::uint32_t>> linked;

  const CvSkill* find_skill(skills::SkillIndex skill) const;
  const CvSkill* find_linked(skills::SkillIndex skill) const;
};

CvFacts read_cv_facts(const skills::SkillExtractor& extractor, std::string text,
                      cv::CvProfile profile);

/// The categories of the score, in report order.
enum class Category {
  kHardSkills,
  kTools,
  kSoftSkills,
  kExperience,
  kEducation,
  kLanguages,
  kTitle
};
inline constexpr std::size_t kCategoryCount = 7;
std::string_view category_name(Category category);  // "hard_skills", "tools", ...
/// Points a category is worth when the posting says something about it (they sum to 100).
double category_weight(Category category);
/// The hard-skills share is taken over at least this many skills, and a posting must name this
/// many technical demands proper to its trade (skills and tools, not generic ones; a
/// nice-to-have counts half): what it names less counts as unmet technical skills.
inline constexpr double kMinTechnicalDemands = 3.0;

/// Position of a level on the bac+N scale ("bac" 0, "bac+5" 5), -1 for anything else.
int education_rank(std::string_view level);

/// False when the CV dates no period and states no years: its experience cannot be counted,
/// and the experience category is left unscored for it.
bool cv_shows_years(const CvFacts& cv);

/// How one demanded skill was met.
struct SkillOutcome {
  const SkillDemand* demand = nullptr;
  Category category = Category::kHardSkills;  // where it counts (from the skill's kind)
  const CvSkill* match = nullptr;             // the CV skill that earned credit, null when missing
  bool related = false;                       // partial credit through a taxonomy link
  double credit = 0;                          // 0, 0.5 (related) or 1
  bool generic = false;  // asked in every trade (office suite, licence B): no trade evidence
};

struct CategoryScore {
  bool assessed = false;     // false when the posting says nothing about it
  double max = 0;            // weight after redistribution of unassessed categories
  double earned = 0;         // share earned, 0..1
  double weight_factor = 1;  // 0.5 when the posting only prefers it ("idéalement 5 ans")
  double points() const { return max * earned; }
};

/// The numbers of a match, without texts: what ranking many postings needs.
struct ScoreSheet {
  std::array<CategoryScore, kCategoryCount> categories{};
  std::vector<SkillOutcome> skills;
  /// The CV shows none of the posting's technical skills, tools or title words: its years and
  /// degree come from another trade and earn nothing here.
  bool other_field = false;
  /// Technical demands a posting names less than kMinTechnicalDemands, judged on the role
  /// instead: the share of the posting's title words in the CV's headline or job titles.
  double demands_judged_on_title = 0;
  double headline_title_share = 0;
  double score = 0;  // 0-100, rounded to one decimal
};

ScoreSheet compute_score(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                         const JobRequirements& job);

/// Weight of the technical demands proper to the posting's trade: skills and tools that are
/// not generic (a nice-to-have counts half).
double trade_demand_weight(const ScoreSheet& sheet);

/// The full explained report, the API shape: score, breakdown, matched_skills,
/// missing_skills, suggestions, requirements, engine_version. Offsets are in code points.
nlohmann::json build_report(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                            const JobRequirements& job);

/// The skills a CV shows, in the order they first appear: skill_id, label (and "name", the
/// profile's field), kind, in_skills_section and the evidence span (code points).
nlohmann::json cv_skills_json(const skills::Taxonomy& taxonomy, const CvFacts& cv);

/// The version stored requirements are tagged with: the engine's and the taxonomy's, so that
/// changing either recomputes them.
std::string requirements_version(const skills::Taxonomy& taxonomy);

/// Compact JSON of what ranking needs (skills by id, years, degree, languages, title words);
/// the text and evidence spans are left out: a report recomputes them from the posting.
std::string requirements_to_storage(const skills::Taxonomy& taxonomy, const JobRequirements& job);

/// The reverse; skills the taxonomy no longer holds are dropped, malformed data gives empty
/// requirements.
JobRequirements requirements_from_storage(const skills::Taxonomy& taxonomy, std::string_view data);

}  // namespace jobmatch::ats
