#include <algorithm>

#include "ats/ats.hpp"
#include "ats/words.hpp"
#include "text/html.hpp"
#include "text/unicode.hpp"

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

// A pasted posting often starts with its title on a line of its own.
constexpr std::size_t kMaxTitleWords = 12;

/// "Title: Data Analyst" -> "Data Analyst": pasted postings and exports often label their
/// header lines. Other lines are returned as they are.
std::string_view without_title_label(std::string_view line) {
  static constexpr std::string_view kLabels[] = {
      "title",    "job title",         "position", "role",          "poste",
      "intitule", "intitule du poste", "titre",    "titre du poste"};
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 24) return line;
  const std::string label = text::fold_for_matching(text::trim_spaces(line.substr(0, colon)));
  if (std::find(std::begin(kLabels), std::end(kLabels), label) == std::end(kLabels)) return line;
  return text::trim_spaces(line.substr(colon + 1));
}

/// The first non-empty line of `text` when it is short enough to be a title, else "".
std::string_view leading_title(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      const auto words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
      return words <= kMaxTitleWords && line.size() <= 150 ? without_title_label(line)
                                                           : std::string_view();
    }
    start = end + 1;
  }
  return {};
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
  // Without a title (a pasted posting, an evaluation pair) the first short line stands for it.
  job.title_words = detail::content_words(title.empty() ? leading_title(description) : title,
                                          extractor.taxonomy());
  detail::sort_unique(job.title_words);
  return job;
}

std::string pasted_posting_text(std::string_view text) {
  // A tag name alone is not enough: a C++ or Vue posting may write "<template>" in its text.
  // Markup closes its elements or breaks its lines.
  const bool markup = text.find("</") != std::string_view::npos ||
                      text.find("<br") != std::string_view::npos ||
                      text.find("<BR") != std::string_view::npos;
  return markup && text::looks_like_html(text) ? text::html_to_text(text) : std::string(text);
}

std::string analysed_description(std::string_view description, std::string_view experience) {
  std::string analysed(description);
  const std::string_view field = text::trim_spaces(experience);
  if (field.empty()) return analysed;
  analysed.append("\n\n");
  // "Expérience exigée de 2 An(s)" already says what it is; "2 An(s)" needs the label.
  if (!text::fold_for_matching(field).starts_with("experience")) analysed.append("Expérience : ");
  analysed.append(field);
  return analysed;
}

}  // namespace jobmatch::ats
