#include "cv/languages.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "cv/language_names.hpp"
#include "cv/sections.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr std::size_t kMaxLineBytes = 2000;
constexpr std::size_t kMaxBareHeadingBytes = 80;
constexpr std::size_t kMaxLanguages = 30;

constexpr std::string_view kTests[] = {"toeic", "toiec", "toefl", "ielts"};
// Words between a test and its score: "TOEIC - Score: 800", "IELTS band 7".
constexpr std::string_view kScoreFillers[] = {"score", "de",    "of",      "niveau",   "level",
                                              "band",  "total", "overall", "with",     "avec",
                                              "ibt",   "itp",   "pbt",     "academic", "general"};

/// What the words after a language name say about it.
struct Findings {
  std::string level;
  std::string cefr;             // written ("C1")
  std::string test_cefr;        // derived from the best test score
  bool only_connectors = true;  // nothing but "et", "and", "&", "/" and punctuation
  bool joined = false;          // ...including one of those joining words

  bool empty() const { return level.empty() && cefr.empty() && test_cefr.empty(); }
};

bool is_one_of(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

/// Score after a test name, times ten ("7.5" -> 75), or 0.
int score_after(const std::vector<Token>& t, std::size_t at, std::size_t to) {
  for (std::size_t i = at + 1; i < to && i <= at + 5; ++i) {
    if (t[i].kind == TokenKind::kNumber) {
      const int whole = t[i].text.size() <= 4 ? std::max(0, parse_small_number(t[i].text)) : 0;
      const bool decimal = i + 2 < to && (is_punct(t[i + 1], '.') || is_punct(t[i + 1], ',')) &&
                           !t[i + 1].space_before && t[i + 2].kind == TokenKind::kNumber &&
                           t[i + 2].text.size() == 1;
      return whole * 10 + (decimal ? t[i + 2].text[0] - '0' : 0);
    }
    if (t[i].kind == TokenKind::kWord && !is_one_of(kScoreFillers, t[i].text)) return 0;
  }
  return 0;
}

bool cefr_at(const std::vector<Token>& t, std::size_t i, std::size_t to) {
  return i + 1 < to && t[i].kind == TokenKind::kWord && t[i].text.size() == 1 &&
         (t[i].text[0] == 'a' || t[i].text[0] == 'b' || t[i].text[0] == 'c') &&
         !t[i + 1].space_before && (t[i + 1].text == "1" || t[i + 1].text == "2");
}

Findings read_scope(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  Findings found;
  for (std::size_t i = from; i < to;) {
    const Token& token = t[i];
    const bool joining = is_word(token, "et") || is_word(token, "and") || is_punct(token, '&') ||
                         is_punct(token, '/');
    found.joined = found.joined || joining;
    if (token.kind != TokenKind::kPunct && !joining) found.only_connectors = false;
    if (cefr_at(t, i, to)) {
      if (found.cefr.empty()) {
        found.cefr = {static_cast<char>(token.text[0] - 'a' + 'A'), t[i + 1].text[0]};
      }
      i += 2;
      continue;
    }
    if (token.kind == TokenKind::kWord && is_one_of(kTests, token.text)) {
      const std::string_view cefr = cefr_for_test_score(token.text, score_after(t, i, to));
      if (!cefr.empty() && (found.test_cefr.empty() || cefr > found.test_cefr)) {
        found.test_cefr = std::string(cefr);
      }
    }
    std::string_view level;
    if (const std::size_t n = found.level.empty() ? match_level_phrase(t, i, to, level) : 0;
        n > 0) {
      found.level = std::string(level);
      i += n;
      continue;
    }
    ++i;
  }
  return found;
}

LanguageEntry make_entry(const NaturalLanguage& language, const Findings& found,
                         std::size_t offset) {
  LanguageEntry entry;
  entry.code = std::string(language.code);
  entry.name = std::string(language.name_fr);
  entry.cefr = !found.cefr.empty() ? found.cefr : found.test_cefr;
  entry.level = !found.level.empty() ? found.level : std::string(level_for_cefr(entry.cefr));
  entry.offset = offset;
  return entry;
}

/// TOEIC, TOEFL and IELTS test English: a score without a language name is English.
LanguageEntry english_from_test(const Findings& found, std::size_t offset) {
  return make_entry(*natural_language_named("english"), found, offset);
}

bool mentions_test(const std::vector<Token>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.kind == TokenKind::kWord && is_one_of(kTests, t.text);
  });
}

/// Languages named in a line from folded offset `from` on, with what is written after each.
std::vector<LanguageEntry> read_languages(const CvText& text, const Line& line, std::size_t from) {
  const std::vector<Token> tokens = tokenize(text.folded_line(line).substr(from));
  std::vector<std::size_t> mentions;
  std::vector<NaturalLanguage> named;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    if (const auto language = natural_language_named(tokens[i].text)) {
      mentions.push_back(i);
      named.push_back(*language);
    }
  }
  const auto raw_at = [&](std::size_t folded) {
    return text.raw_offset(line.folded_start + from + folded);
  };
  if (mentions.empty()) {
    if (!mentions_test(tokens)) return {};
    return {english_from_test(read_scope(tokens, 0, tokens.size()), raw_at(tokens.front().begin))};
  }
  std::vector<Findings> findings;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const std::size_t end = m + 1 < mentions.size() ? mentions[m + 1] : tokens.size();
    findings.push_back(read_scope(tokens, mentions[m] + 1, end));
  }
  // "Espagnol et chinois : notions" gives both the level written after the last one.
  for (std::size_t m = findings.size(); m-- > 1;) {
    const Findings& before = findings[m - 1];
    if (before.empty() && before.only_connectors && before.joined) findings[m - 1] = findings[m];
  }
  std::vector<LanguageEntry> entries;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    entries.push_back(make_entry(named[m], findings[m], raw_at(tokens[mentions[m]].begin)));
  }
  return entries;
}

/// Start of the list after a "Langues :" / "Spoken languages:" / "Languages •" label, which
/// may open the line or follow other text when a layout flattened several fields into one.
std::optional<std::size_t> inline_language_list(const std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    const std::string_view head = singular(tokens[i].text);
    if (head != "langue" && head != "language") continue;
    std::size_t j = i + 1;
    if (j < tokens.size() && (singular(tokens[j].text) == "parlee" || tokens[j].text == "known")) {
      ++j;
    }
    // A colon or a bullet (non-ASCII symbol bytes, "-") introduces the list; "languages, ..."
    // or "languages." do not.
    if (j < tokens.size() && tokens[j].kind == TokenKind::kPunct &&
        (is_punct(tokens[j], ':') || is_punct(tokens[j], '-') ||
         static_cast<unsigned char>(tokens[j].text[0]) >= 0x80)) {
      return tokens[j].end;
    }
  }
  return std::nullopt;
}

/// Cheap filter before tokenising a line outside the languages sections.
bool may_name_languages(std::string_view folded) {
  return folded.find("lang") != std::string_view::npos ||
         folded.find("toe") != std::string_view::npos ||
         folded.find("toi") != std::string_view::npos ||
         folded.find("ielts") != std::string_view::npos;
}

void merge_entry(std::vector<LanguageEntry>& entries, LanguageEntry entry) {
  for (LanguageEntry& existing : entries) {
    if (existing.code != entry.code) continue;
    if (existing.cefr.empty()) existing.cefr = entry.cefr;
    if (existing.level.empty()) existing.level = entry.level;
    return;
  }
  if (entries.size() < kMaxLanguages) entries.push_back(std::move(entry));
}

bool lacks_level(const std::vector<LanguageEntry>& entries) {
  return std::all_of(entries.begin(), entries.end(),
                     [](const LanguageEntry& e) { return e.level.empty() && e.cefr.empty(); });
}

bool names_language(const std::vector<Token>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.kind == TokenKind::kWord && natural_language_named(t.text).has_value();
  });
}

/// A line of a languages section: the languages it names, or else what it says of a level.
struct SectionLine {
  std::vector<LanguageEntry> languages;
  Findings level;
  std::size_t offset = 0;
  bool paired = false;
};

void apply_level(const Findings& level, std::vector<LanguageEntry>& languages) {
  for (LanguageEntry& entry : languages) {
    entry.cefr = !level.cefr.empty() ? level.cefr : level.test_cefr;
    entry.level = !level.level.empty() ? level.level : std::string(level_for_cefr(entry.cefr));
  }
}

/// Tables read column by column give the names first, then the levels ("Français / Anglais"
/// then "Natif / Courant (C1)"; "Anglais" then "Courant" is the one-row case): a run of k
/// name lines without levels followed by k level lines pairs them in order.
void pair_levels_across_columns(std::vector<SectionLine>& lines) {
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t names = 0;
    while (i + names < lines.size() && !lines[i + names].languages.empty() &&
           lacks_level(lines[i + names].languages)) {
      ++names;
    }
    std::size_t levels = 0;
    while (i + names + levels < lines.size() && lines[i + names + levels].languages.empty() &&
           !lines[i + names + levels].level.empty()) {
      ++levels;
    }
    if (names > 0 && levels >= names) {
      for (std::size_t k = 0; k < names; ++k) {
        apply_level(lines[i + names + k].level, lines[i + k].languages);
        lines[i + names + k].paired = true;
      }
    }
    i += std::max<std::size_t>(names + levels, 1);
  }
}

/// Non-blank lines of the languages sections, in order.
std::vector<SectionLine> read_language_sections(const CvText& text,
                                                std::span<const CvSection> sections) {
  std::vector<SectionLine> lines;
  for (const std::size_t index : lines_in_sections(text, sections, SectionKind::kLanguages)) {
    const Line& line = text.lines()[index];
    if (line.end - line.start > kMaxLineBytes || is_heading_line(text, sections, index)) continue;
    const std::vector<Token> tokens = tokenize(text.folded_line(line));
    if (tokens.empty()) continue;
    SectionLine read;
    read.offset = line.start;
    // A line naming no language is a level, possibly a test score ("Fluide (TOEIC 800)").
    if (names_language(tokens)) {
      read.languages = read_languages(text, line, 0);
    } else {
      read.level = read_scope(tokens, 0, tokens.size());
    }
    lines.push_back(std::move(read));
  }
  pair_levels_across_columns(lines);
  for (SectionLine& line : lines) {
    if (!line.paired && !line.level.test_cefr.empty()) {
      line.languages.push_back(english_from_test(line.level, line.offset));
    }
  }
  return lines;
}

/// Languages on "Langues : ..." lines and next to test scores, outside the languages sections.
std::vector<LanguageEntry> read_languages_elsewhere(const CvText& text,
                                                    std::span<const CvSection> sections) {
  std::vector<LanguageEntry> found;
  for (std::size_t index = 0; index < text.lines().size(); ++index) {
    const Line& line = text.lines()[index];
    // A long line holding a heading glued to its end ("...Marathi.Education Details") still
    // carries content; a real heading line is short.
    const std::size_t bytes = line.end - line.start;
    if (bytes > kMaxLineBytes || !may_name_languages(text.folded_line(line)) ||
        in_section(sections, SectionKind::kLanguages, line.start) ||
        (bytes <= kMaxBareHeadingBytes && is_heading_line(text, sections, index))) {
      continue;
    }
    const std::vector<Token> tokens = tokenize(text.folded_line(line));
    std::vector<LanguageEntry> on_line;
    if (const auto list = inline_language_list(tokens)) {
      on_line = read_languages(text, line, *list);
    } else if (mentions_test(tokens)) {
      on_line = read_languages(text, line, 0);
      // Outside a languages list only the tested language is trusted ("French Riviera" is not).
      std::erase_if(on_line, [](const LanguageEntry& e) { return e.cefr.empty(); });
    }
    found.insert(found.end(), on_line.begin(), on_line.end());
  }
  return found;
}

}  // namespace

std::vector<LanguageEntry> extract_languages(const CvText& text,
                                             std::span<const CvSection> sections) {
  std::vector<LanguageEntry> found = read_languages_elsewhere(text, sections);
  for (SectionLine& line : read_language_sections(text, sections)) {
    found.insert(found.end(), line.languages.begin(), line.languages.end());
  }
  // First mention first, wherever it is.
  std::stable_sort(found.begin(), found.end(), [](const LanguageEntry& a, const LanguageEntry& b) {
    return a.offset < b.offset;
  });
  std::vector<LanguageEntry> entries;
  for (LanguageEntry& entry : found) merge_entry(entries, std::move(entry));
  return entries;
}

}  // namespace jobmatch::cv::detail
