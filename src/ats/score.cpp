#include <algorithm>
#include <cmath>

#include "ats/ats.hpp"
#include "ats/words.hpp"

namespace jobmatch::ats {

namespace {

struct CategoryInfo {
  Category category;
  std::string_view name;
  double weight;
};

// Skills first: what recruiters screen on, and the category the engine reads best. Chosen on
// the dev labels of docs/quality.md (pfe2025 within-offer Spearman 0.42 -> 0.47 against
// 35/15/5/15/10/10/10); experience and education weigh less because CVs state them in forms
// the reader misses more often; soft skills a CV claims ("team player") are weak evidence (3).
// The role's title weighs 17: across postings it is what tells a trade from another when
// skills overlap by chance (an IT CV's "payroll app" against a payroll post): at 7, 28 of the
// 360 best France Travail postings of 18 IT CVs were other trades, at 17 10 are
// (bench/eval/offers_for_cv_check.py; pfe global 0.524 -> 0.529, within offer 0.518 -> 0.505).
// They sum to 100.
constexpr std::array<CategoryInfo, kCategoryCount> kCategories{{
    {Category::kHardSkills, "hard_skills", 40},
    {Category::kTools, "tools", 20},
    {Category::kSoftSkills, "soft_skills", 3},
    {Category::kExperience, "experience", 10},
    {Category::kEducation, "education", 5},
    {Category::kLanguages, "languages", 5},
    {Category::kTitle, "title", 17},
}};

constexpr double kNiceToHaveWeight = 0.5;
constexpr double kRelatedCredit = 0.5;

std::size_t slot(Category category) { return static_cast<std::size_t>(category); }

/// Qualities and generic skills (office suite, licence B) are asked in every trade: neither
/// shows that a posting or a CV belongs to one.
bool is_trade_evidence(const SkillOutcome& outcome) {
  return outcome.category != Category::kSoftSkills && !outcome.generic;
}

std::optional<Category> skill_category(skills::SkillKind kind) {
  switch (kind) {
    case skills::SkillKind::kHard:
    case skills::SkillKind::kKnowledge:
      return Category::kHardSkills;
    case skills::SkillKind::kTool:
      return Category::kTools;
    case skills::SkillKind::kSoft:
      return Category::kSoftSkills;
    case skills::SkillKind::kLanguage:
      return std::nullopt;  // spoken languages are scored from the language requirements
  }
  return std::nullopt;
}

double demand_weight(Importance importance) {
  return importance == Importance::kRequired ? 1.0 : kNiceToHaveWeight;
}

/// Sums of weights and credits for a category, turned into a share at the end.
struct Tally {
  double possible = 0;
  double earned = 0;
  void add(double weight, double credit) {
    possible += weight;
    earned += weight * credit;
  }
  void into(CategoryScore& score) const {
    if (possible <= 0) return;
    score.assessed = true;
    score.earned = earned / possible;
  }
};

/// Share of the posting's title words found in the CV's first lines or job titles (not in its
/// summary's prose nor elsewhere in its text): how plainly the CV claims the posting's role.
double headline_title_share(const CvFacts& cv, const JobRequirements& job) {
  if (job.title_words.empty()) return 0;
  double found = 0;
  for (const std::string& word : job.title_words) {
    found += detail::contains_word(cv.role_words, word) ? 1 : 0;
  }
  return found / static_cast<double>(job.title_words.size());
}

void score_skills(const skills::Taxonomy& taxonomy, const CvFacts& cv, const JobRequirements& job,
                  ScoreSheet& sheet) {
  std::array<Tally, kCategoryCount> tallies{};
  sheet.skills.reserve(job.skills.size());
  for (const SkillDemand& demand : job.skills) {
    const skills::Skill& skill = taxonomy.skill(demand.skill);
    const auto category = skill_category(skill.kind);
    if (!category) continue;
    // What every trade asks is the trade itself when the title names it ("Administrateur
    // Windows", "Formateur bureautique").
    const bool generic = skill.generic && demand.evidence.start >= job.title_end;
    SkillOutcome outcome{&demand, *category, cv.find_skill(demand.skill), false, 0, generic};
    if (outcome.match != nullptr) {
      outcome.credit = 1;
    } else if ((outcome.match = cv.find_linked(demand.skill)) != nullptr) {
      outcome.related = true;
      outcome.credit = kRelatedCredit;
    }
    tallies[slot(*category)].add(demand_weight(demand.importance), outcome.credit);
    sheet.skills.push_back(outcome);
  }
  // One or two technical skills say little of what a posting needs: the hard-skills share is
  // taken over at least kMinTechnicalDemands skills, so that matching the only skill named is
  // not a perfect fit. And a posting that names fewer demands proper to its trade (skills or
  // tools; not qualities, an office suite or a driving licence, asked everywhere) leaves its
  // trade to be judged on its role: the missing demands are met in the share of its title words
  // that the CV's headline or job titles hold. A waiter's post that names no technical skill
  // then scores a waiter's CV high and a programmer's low (it gave him 82/100 from his years).
  Tally& hard = tallies[slot(Category::kHardSkills)];
  const double shortfall = std::max(0.0, kMinTechnicalDemands - trade_demand_weight(sheet));
  const double min_hard = hard.possible > 0 ? kMinTechnicalDemands : 0;
  sheet.demands_judged_on_title = shortfall;
  if (shortfall > 0) sheet.headline_title_share = headline_title_share(cv, job);
  hard.possible = std::max(hard.possible + shortfall, min_hard);
  hard.earned += shortfall * sheet.headline_title_share;
  for (const Category category : {Category::kHardSkills, Category::kTools, Category::kSoftSkills}) {
    tallies[slot(category)].into(sheet.categories[slot(category)]);
  }
}

void score_experience(const CvFacts& cv, const JobRequirements& job, ScoreSheet& sheet) {
  if (!job.years) return;
  // A CV with no dated period and no stated years is unreadable on this point, not a CV
  // without experience: scoring it 0 would punish a layout (years per skill, undated jobs)
  // rather than a gap. The points go to the other categories and the report says why.
  if (job.years->years > 0 && !cv_shows_years(cv)) return;
  CategoryScore& score = sheet.categories[slot(Category::kExperience)];
  score.assessed = true;
  if (job.years->importance == Importance::kNiceToHave) score.weight_factor = kNiceToHaveWeight;
  const double asked = job.years->years;
  score.earned = asked <= 0 ? 1 : std::min(1.0, cv.profile.total_experience_years / asked);
}

void score_education(const CvFacts& cv, const JobRequirements& job, ScoreSheet& sheet) {
  if (!job.education) return;
  CategoryScore& score = sheet.categories[slot(Category::kEducation)];
  score.assessed = true;
  if (job.education->importance == Importance::kNiceToHave) score.weight_factor = kNiceToHaveWeight;
  const int asked = education_rank(job.education->level);
  const int held = education_rank(cv.profile.highest_education_level);
  if (held < 0) return;  // no degree found in the CV: nothing earned
  score.earned = held >= asked ? 1.0 : (asked - held <= 1 ? 0.5 : 0.0);
}

/// 1 when the CV lists the language at the level asked (or no level is asked or stated), 0.5
/// when it states a lower CEFR level, 0 when the CV does not mention the language.
double language_credit(const CvFacts& cv, const LanguageRequirement& asked) {
  for (const cv::LanguageEntry& entry : cv.profile.languages) {
    if (entry.code != asked.code) continue;
    if (!asked.cefr.empty() && !entry.cefr.empty() && entry.cefr < asked.cefr) return 0.5;
    return 1;
  }
  return 0;
}

void score_languages(const CvFacts& cv, const JobRequirements& job, ScoreSheet& sheet) {
  Tally tally;
  for (const LanguageRequirement& asked : job.languages) {
    tally.add(demand_weight(asked.importance), language_credit(cv, asked));
  }
  tally.into(sheet.categories[slot(Category::kLanguages)]);
}

void score_title(const CvFacts& cv, const JobRequirements& job, ScoreSheet& sheet) {
  Tally tally;
  for (const std::string& word : job.title_words) {
    const double credit = detail::contains_word(cv.headline_words, word) ? 1.0
                          : detail::contains_word(cv.words, word)        ? 0.5
                                                                         : 0.0;
    tally.add(1, credit);
  }
  tally.into(sheet.categories[slot(Category::kTitle)]);
}

/// True when the posting names technical skills, tools or title words and the CV shows none of
/// them, not even a related skill or a title word elsewhere in its text.
bool from_another_field(const ScoreSheet& sheet) {
  bool comparable = false;
  for (const SkillOutcome& outcome : sheet.skills) {
    if (!is_trade_evidence(outcome)) continue;
    comparable = true;
    if (outcome.credit > 0) return false;
  }
  const CategoryScore& title = sheet.categories[slot(Category::kTitle)];
  if (title.assessed) {
    comparable = true;
    if (title.earned > 0) return false;
  }
  return comparable;
}

/// Years and degrees are earned in a trade: when the CV shows nothing of the posting's skills
/// or title, they say nothing of this job and earn nothing (they stay assessed, so the report
/// explains why). Without this, an IT CV scored 14/100 on a nursing post from its years alone.
void discount_other_field(ScoreSheet& sheet) {
  sheet.other_field = from_another_field(sheet);
  if (!sheet.other_field) return;
  for (const Category category : {Category::kExperience, Category::kEducation}) {
    sheet.categories[slot(category)].earned = 0;
  }
}

/// Categories the posting says nothing about give their points to the others, in proportion,
/// so every score is out of 100.
void distribute_weights(ScoreSheet& sheet) {
  double assessed_weight = 0;
  for (const CategoryInfo& info : kCategories) {
    const CategoryScore& score = sheet.categories[slot(info.category)];
    if (score.assessed) assessed_weight += info.weight * score.weight_factor;
  }
  double total = 0;
  for (const CategoryInfo& info : kCategories) {
    CategoryScore& score = sheet.categories[slot(info.category)];
    if (!score.assessed || assessed_weight <= 0) continue;
    score.max = info.weight * score.weight_factor * 100.0 / assessed_weight;
    total += score.points();
  }
  sheet.score = std::round(std::clamp(total, 0.0, 100.0) * 10.0) / 10.0;
}

}  // namespace

std::string_view category_name(Category category) { return kCategories[slot(category)].name; }

bool cv_shows_years(const CvFacts& cv) { return cv.profile.total_experience_years > 0; }

double trade_demand_weight(const ScoreSheet& sheet) {
  double weight = 0;
  for (const SkillOutcome& outcome : sheet.skills) {
    if (!is_trade_evidence(outcome)) continue;
    weight += demand_weight(outcome.demand->importance);
  }
  return weight;
}

double category_weight(Category category) { return kCategories[slot(category)].weight; }

int education_rank(std::string_view level) {
  if (level == "bac") return 0;
  if (level.size() == 5 && level.starts_with("bac+")) return level[4] - '0';
  return -1;
}

ScoreSheet compute_score(const skills::Taxonomy& taxonomy, const CvFacts& cv,
                         const JobRequirements& job) {
  ScoreSheet sheet;
  score_skills(taxonomy, cv, job, sheet);
  score_experience(cv, job, sheet);
  score_education(cv, job, sheet);
  score_languages(cv, job, sheet);
  score_title(cv, job, sheet);
  discount_other_field(sheet);
  distribute_weights(sheet);
  return sheet;
}

}  // namespace jobmatch::ats
