#include "cv/education.hpp"

#include <algorithm>
#include <optional>

#include "cv/sections.hpp"
#include "cv/text_pieces.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

enum class Where { kAnywhere, kEducationSection };
// Abbreviation: a capital first and then ALL CAPS, dotted or another capital ("BSc", "M.S.").
enum class Spelling { kAny, kCapitalised, kAbbreviation };

struct DegreePattern {
  std::string_view words;  // folded; plural 's' ignored
  std::string_view level;
  Where where = Where::kAnywhere;
  Spelling spelling = Spelling::kAny;
};

using enum Where;
using enum Spelling;

// Multi-word names first. Short abbreviations and words that are also job titles ("Ingénieur")
// or common words ("BA", "BUT", "BE") only count in an education section. The scale is the
// French one: maîtrise and M1 are bac+4, neither a licence nor a master.
constexpr DegreePattern kDegrees[] = {
    {"doctor of philosophy", "bac+8"},
    {"diplome d ingenieur", "bac+5"},
    {"titre d ingenieur", "bac+5"},
    {"cycle d ingenieur", "bac+5"},
    {"cycle ingenieur", "bac+5"},
    {"engineer s degree", "bac+5"},
    {"engineering degree", "bac+5"},
    {"master s degree", "bac+5", kAnywhere, kCapitalised},
    {"bachelor s degree", "bac+3", kAnywhere, kCapitalised},
    {"licence professionnelle", "bac+3", kAnywhere, kCapitalised},
    {"associate s degree", "bac+2"},
    {"associate degree", "bac+2"},
    {"associate of art", "bac+2", kAnywhere, kCapitalised},
    {"associate of science", "bac+2", kAnywhere, kCapitalised},
    {"classe preparatoire", "bac+2"},
    {"high school diploma", "bac"},
    {"high school", "bac", kEducationSection},
    {"a level", "bac", kEducationSection},
    {"doctorat", "bac+8"},
    {"doctorate", "bac+8"},
    {"phd", "bac+8"},
    {"dphil", "bac+8"},
    {"master", "bac+5", kAnywhere, kCapitalised},
    {"mastere", "bac+5", kAnywhere, kCapitalised},
    {"msc", "bac+5", kAnywhere, kAbbreviation},
    {"mba", "bac+5", kAnywhere, kAbbreviation},
    {"meng", "bac+5", kAnywhere, kAbbreviation},
    {"mtech", "bac+5", kAnywhere, kAbbreviation},
    {"llm", "bac+5", kAnywhere, kAbbreviation},
    {"m2", "bac+5", kAnywhere, kAbbreviation},
    {"dess", "bac+5", kAnywhere, kAbbreviation},
    {"mca", "bac+5", kEducationSection, kAbbreviation},
    {"dea", "bac+5", kEducationSection, kAbbreviation},
    {"ms", "bac+5", kEducationSection, kAbbreviation},
    {"ingenieur", "bac+5", kEducationSection, kCapitalised},
    {"licence", "bac+3", kAnywhere, kCapitalised},
    {"bachelor", "bac+3", kAnywhere, kCapitalised},
    {"maitrise", "bac+4", kAnywhere, kCapitalised},
    {"bsc", "bac+3", kAnywhere, kAbbreviation},
    {"beng", "bac+3", kAnywhere, kAbbreviation},
    {"btech", "bac+3", kAnywhere, kAbbreviation},
    {"bcom", "bac+3", kAnywhere, kAbbreviation},
    {"bba", "bac+3", kAnywhere, kAbbreviation},
    {"llb", "bac+3", kAnywhere, kAbbreviation},
    {"bca", "bac+3", kEducationSection, kAbbreviation},
    {"but", "bac+3", kEducationSection, kAbbreviation},
    {"m1", "bac+4", kEducationSection, kAbbreviation},
    {"ba", "bac+3", kEducationSection, kAbbreviation},
    {"bs", "bac+3", kEducationSection, kAbbreviation},
    {"be", "bac+3", kEducationSection, kAbbreviation},
    {"bts", "bac+2", kAnywhere, kAbbreviation},
    {"dut", "bac+2", kAnywhere, kAbbreviation},
    {"deug", "bac+2", kAnywhere, kAbbreviation},
    {"deust", "bac+2", kAnywhere, kAbbreviation},
    {"cpge", "bac+2", kAnywhere, kAbbreviation},
    {"hnd", "bac+2", kAnywhere, kAbbreviation},
    {"prepa", "bac+2", kEducationSection},
    {"baccalaureat", "bac"},
    {"bac", "bac"},
    {"abitur", "bac"},
    {"hsc", "bac", kEducationSection, kAbbreviation},
};

// "Scrum Master", "Master data", "masterclass" are not degrees.
constexpr std::string_view kNotDegreeBeforeMaster[] = {"scrum", "web",  "quiz", "data",  "grand",
                                                       "toast", "head", "post", "chess", "game"};
constexpr std::string_view kNotDegreeAfterMaster[] = {"data", "class",  "card", "file", "plan",
                                                      "key",  "branch", "page", "node", "chef"};
// Words kept in a label after "Bachelor of" / "Master of".
constexpr std::string_view kDegreeSubjects[] = {
    "science",    "art",      "engineering", "business",  "administration",
    "technology", "law",      "commerce",    "education", "fine",
    "applied",    "computer", "philosophy",  "computing"};

constexpr std::string_view kLevels[] = {"bac", "bac+2", "bac+3", "bac+4", "bac+5", "bac+8"};

/// A word of a line with what its raw spelling says: "B.Sc" is merged to "bsc", dotted.
struct DegreeToken {
  std::string text;
  std::size_t begin = 0;  // folded offsets in the line
  std::size_t end = 0;
  bool dotted = false;
  bool capitalised = false;
  bool all_caps = false;
  bool two_capitals = false;
};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), singular(word)) != std::end(list);
}

void read_spelling(const CvText& text, const Line& line, DegreeToken& token) {
  const std::size_t from = text.raw_offset(line.folded_start + token.begin);
  const std::string_view raw =
      text.raw().substr(from, text.raw_offset(line.folded_start + token.end) - from);
  if (raw.empty()) return;
  const auto second = raw.size() > 1 ? static_cast<unsigned char>(raw[1]) : 0;
  token.capitalised =
      is_ascii_upper(raw[0]) || (raw[0] == '\xC3' && second >= 0x80 && second <= 0x9E);
  token.all_caps = std::none_of(raw.begin(), raw.end(), is_ascii_lower) &&
                   std::any_of(raw.begin(), raw.end(), is_ascii_upper);
  token.two_capitals = std::count_if(raw.begin(), raw.end(), is_ascii_upper) >= 2;
}

std::vector<DegreeToken> degree_tokens(const CvText& text, const Line& line) {
  const std::vector<Token> tokens = tokenize(text.folded_line(line));
  std::vector<DegreeToken> out;
  const auto tight = [&](std::size_t i) { return i < tokens.size() && !tokens[i].space_before; };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) continue;
    DegreeToken token{std::string(t.text), t.begin, t.end};
    // Dotted abbreviations ("B.Sc", "Ph.D", "LL.B", "M.S.") and "M2", "bac+5".
    while (token.text.size() <= 3 && tight(i + 1) && is_punct(tokens[i + 1], '.') && tight(i + 2) &&
           tokens[i + 2].kind == TokenKind::kWord && tokens[i + 2].text.size() <= 4) {
      token.text += tokens[i + 2].text;
      token.end = tokens[i + 2].end;
      token.dotted = true;
      i += 2;
    }
    if (tight(i + 1) && is_punct(tokens[i + 1], '.') && token.text.size() <= 3) token.dotted = true;
    if (token.text.size() == 1 && tight(i + 1) && tokens[i + 1].kind == TokenKind::kNumber &&
        tokens[i + 1].text.size() == 1) {
      token.text += tokens[++i].text;
      token.end = tokens[i].end;
    } else if (token.text == "bac" && tight(i + 1) && is_punct(tokens[i + 1], '+') &&
               tight(i + 2) && tokens[i + 2].kind == TokenKind::kNumber) {
      token.text += "+";
      token.text += tokens[i + 2].text;
      token.end = tokens[i + 2].end;
      i += 2;
    }
    read_spelling(text, line, token);
    out.push_back(std::move(token));
  }
  return out;
}

std::size_t match_words(std::string_view pattern, const std::vector<DegreeToken>& tokens,
                        std::size_t at) {
  std::size_t count = 0;
  while (!pattern.empty()) {
    const std::size_t space = pattern.find(' ');
    if (at + count >= tokens.size() ||
        singular(tokens[at + count].text) != singular(pattern.substr(0, space))) {
      return 0;
    }
    ++count;
    pattern = space == std::string_view::npos ? std::string_view() : pattern.substr(space + 1);
  }
  return count;
}

bool spelling_fits(Spelling spelling, const DegreeToken& first) {
  switch (spelling) {
    case kAny:
      return true;
    case kCapitalised:
      return first.capitalised || first.all_caps;
    case kAbbreviation:
      return first.all_caps || (first.capitalised && (first.dotted || first.two_capitals));
  }
  return false;
}

/// "Grande École d'Ingénieurs" names a school, not the degree.
bool is_engineering_school(const std::vector<DegreeToken>& tokens, std::size_t at) {
  const std::string_view word = tokens[at].text;
  if (word != "ingenieur" && word != "ingenieurs") return false;
  return word.back() == 's' ||
         (at > 0 && (tokens[at - 1].text == "d" || tokens[at - 1].text == "ecole"));
}

/// "Licences & certifications" is a heading that did not stand on its own line.
bool is_licence_heading(const std::vector<DegreeToken>& tokens, std::size_t at) {
  if (singular(tokens[at].text) != "licence" && singular(tokens[at].text) != "license")
    return false;
  for (std::size_t i = at + 1; i < tokens.size() && i <= at + 2; ++i) {
    if (singular(tokens[i].text) == "certification") return true;
  }
  return false;
}

bool is_false_degree(const std::vector<DegreeToken>& tokens, std::size_t at, bool scrum_line) {
  if (is_engineering_school(tokens, at) || is_licence_heading(tokens, at)) return true;
  if (singular(tokens[at].text) != "master") return false;
  if (scrum_line) return true;
  return (at > 0 && contains(kNotDegreeBeforeMaster, tokens[at - 1].text)) ||
         (at + 1 < tokens.size() && contains(kNotDegreeAfterMaster, tokens[at + 1].text));
}

/// "bac+5" names its own level; unknown numbers are not degrees.
std::optional<std::string_view> level_of_bac_plus(std::string_view text) {
  if (text == "bac+2") return kLevels[1];
  if (text == "bac+3") return kLevels[2];
  if (text == "bac+4") return kLevels[3];
  if (text == "bac+5" || text == "bac+6") return kLevels[4];
  if (text == "bac+8") return kLevels[5];
  return std::nullopt;
}

/// Token count of the label: "Bachelor of Science" keeps its subject.
std::size_t label_length(const std::vector<DegreeToken>& tokens, std::size_t at,
                         std::size_t matched) {
  const std::string_view head = singular(tokens[at].text);
  if (matched != 1 || (head != "bachelor" && head != "master")) return matched;
  std::size_t end = at + 1;
  if (end >= tokens.size() || tokens[end].text != "of") return matched;
  ++end;
  while (end < tokens.size() && end - at < 6 && contains(kDegreeSubjects, tokens[end].text)) ++end;
  return end - at > 2 ? end - at : matched;
}

int last_year_on(std::string_view folded_line) {
  int year = 0;
  for (const Token& t : tokenize(folded_line)) {
    const int value =
        t.kind == TokenKind::kNumber && t.text.size() == 4 ? parse_small_number(t.text) : 0;
    if (value >= 1950 && value <= 2100) year = value;
  }
  return year;
}

/// The closest non-blank line after (step +1) or before (step -1) line `index`, at most two
/// lines away: extraction often leaves a blank line between a degree and its dates.
std::optional<std::size_t> neighbour_line(const CvText& text, std::size_t index, int step) {
  std::size_t i = index;
  for (int distance = 0; distance < 2; ++distance) {
    if ((step < 0 && i == 0) || (step > 0 && i + 1 >= text.lines().size())) return std::nullopt;
    i = step > 0 ? i + 1 : i - 1;
    if (!trim_spaces(text.raw_line(text.lines()[i])).empty()) return i;
  }
  return std::nullopt;
}

/// Graduation year: the last year on the line, else on the next line, else the line above
/// ("2017 - 2019" above "Master systèmes embarqués").
int year_near(const CvText& text, std::size_t index) {
  if (const int year = last_year_on(text.folded_line(text.lines()[index]))) return year;
  for (const int step : {1, -1}) {
    if (const auto i = neighbour_line(text, index, step)) {
      if (const int year = last_year_on(text.folded_line(text.lines()[*i]))) return year;
    }
  }
  return 0;
}

void scan_line(const CvText& text, std::size_t index, bool in_education,
               std::vector<EducationEntry>& entries) {
  const Line& line = text.lines()[index];
  const std::vector<DegreeToken> tokens = degree_tokens(text, line);
  const bool scrum_line = text.folded_line(line).find("scrum") != std::string_view::npos;
  for (std::size_t i = 0; i < tokens.size();) {
    std::optional<std::string_view> level = level_of_bac_plus(tokens[i].text);
    std::size_t matched = level ? 1 : 0;
    for (const DegreePattern& degree : kDegrees) {
      if (matched) break;
      const std::size_t n = match_words(degree.words, tokens, i);
      // Capitals keep "master" the verb out elsewhere; under an education heading a degree
      // written in lower case ("2000 - 2005: master's degree in ...") is still a degree.
      const bool spelled = spelling_fits(degree.spelling, tokens[i]) ||
                           (in_education && degree.spelling == kCapitalised);
      if (n == 0 || (degree.where == kEducationSection && !in_education) || !spelled ||
          is_false_degree(tokens, i, scrum_line)) {
        continue;
      }
      level = degree.level;
      matched = n;
    }
    if (!matched) {
      ++i;
      continue;
    }
    const std::size_t length = label_length(tokens, i, matched);
    const std::size_t from = text.raw_offset(line.folded_start + tokens[i].begin);
    const std::size_t to = text.raw_offset(line.folded_start + tokens[i + length - 1].end);
    EducationEntry entry;
    entry.level = std::string(*level);
    entry.label = clean_fragment(text.raw().substr(from, to - from));
    entry.year = year_near(text, index);
    entry.offset = from;
    entries.push_back(std::move(entry));
    i += length;
  }
}

}  // namespace

std::vector<EducationEntry> extract_education(const CvText& text,
                                              std::span<const CvSection> sections) {
  constexpr std::size_t kMaxEntries = 50;
  constexpr std::size_t kMaxLineBytes = 2000;
  std::vector<EducationEntry> entries;
  for (const std::size_t index : lines_in_sections(text, sections, SectionKind::kEducation)) {
    const Line& line = text.lines()[index];
    if (line.end - line.start > kMaxLineBytes || is_heading_line(text, sections, index)) continue;
    scan_line(text, index, true, entries);
  }
  if (entries.empty()) {
    for (std::size_t index = 0; index < text.lines().size(); ++index) {
      const Line& line = text.lines()[index];
      const bool elsewhere = in_section(sections, SectionKind::kExperience, line.start) ||
                             in_section(sections, SectionKind::kSkills, line.start) ||
                             in_section(sections, SectionKind::kLanguages, line.start);
      if (elsewhere || line.end - line.start > kMaxLineBytes ||
          is_heading_line(text, sections, index)) {
        continue;
      }
      scan_line(text, index, false, entries);
    }
  }
  if (entries.size() > kMaxEntries) entries.resize(kMaxEntries);
  return entries;
}

std::string highest_education_level(std::span<const EducationEntry> entries) {
  std::size_t best = 0;
  bool found = false;
  for (const EducationEntry& entry : entries) {
    const auto* it = std::find(std::begin(kLevels), std::end(kLevels), entry.level);
    if (it == std::end(kLevels)) continue;
    best = std::max(best, static_cast<std::size_t>(it - std::begin(kLevels)));
    found = true;
  }
  return found ? std::string(kLevels[best]) : std::string();
}

}  // namespace jobmatch::cv::detail
