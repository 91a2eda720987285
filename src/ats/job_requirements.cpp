#include <algorithm>

#include "ats/ats.hpp"
#include "ats/words.hpp"

namespace jobmatch::ats {

namespace {

// Postings above this size are read up to it: requirements sit in the first pages.
constexpr std::size_t kMaxPostingBytes = 200'000;

/// Keeps, per skill, its most important mention: a required one beats a nice-to-have one; the
/// first mention wins among equals.
void add_demand(std::vector<SkillDemand>& demands, const SkillDemand& demand) {
  const auto same = std::find_if(demands.begin(), demands.end(), [&demand](const SkillDemand& d) {
    return d.skill == demand.skill;
  });
  if (same == demands.end()) {
    demands.push_back(demand);
  } else if (same->importance == Importance::kNiceToHave &&
             demand.importance == Importance::kRequired) {
    *same = demand;
  }
}

}  // namespace

JobRequirements read_job_requirements(const skills::SkillExtractor& extractor,
                                      std::string_view title, std::string_view description) {
  JobRequirements job;
  job.text.reserve(title.size() + 2 + description.size());
  job.text.append(title.substr(0, kMaxPostingBytes));
  job.title_end = job.text.size();
  job.text.append("\n\n");
  job.text.append(description.substr(0, kMaxPostingBytes));

  const PostingStructure structure = read_posting_structure(job.text);
  for (const skills::SkillMention& mention : extractor.extract(job.text)) {
    if (extractor.taxonomy().skill(mention.skill).kind == skills::SkillKind::kLanguage) continue;
    // The title states the role: what it names is required whatever the sections say.
    const auto importance = mention.start < job.title_end
                                ? std::optional<Importance>(Importance::kRequired)
                                : importance_at(structure, mention.start);
    if (!importance) continue;  // company or benefits text
    add_demand(job.skills, SkillDemand{mention.skill, *importance, {mention.start, mention.end}});
  }
  job.years = find_required_years(job.text, structure);
  job.education = find_required_education(job.text, structure);
  job.languages = find_required_languages(job.text, structure);
  job.title_words = detail::content_words(title);
  detail::sort_unique(job.title_words);
  return job;
}

}  // namespace jobmatch::ats
