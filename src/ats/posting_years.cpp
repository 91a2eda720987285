// Years of experience a posting asks for: "3 ans d'expérience", "5+ years", "au moins 2 ans",
// "Expérience exigée de 2 An(s)", "Débutant accepté". Durations that are not experience (a
// contract, a company's history, working hours) are told apart by the words around them.

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "ats/posting.hpp"
#include "ats/posting_text.hpp"

namespace jobmatch::ats {
namespace {

using detail::is_one_of;
using detail::PostingText;
using detail::Token;
using detail::TokenKind;
using detail::TokenRange;
using detail::word_at;

// Nobody asks for more; larger numbers are a company's age ("depuis plus de 30 ans").
constexpr double kMaxYears = 25;

/// A duration written in the text: "3 ans", "3 à 5 ans", "5+ years", "6 mois", "+ de 10 ans".
struct Duration {
  double years = 0;       // the lower bound
  std::size_t first = 0;  // token range [first, last]
  std::size_t last = 0;
  bool plus = false;  // "5+", "+ de 5"
};

std::optional<int> number_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 7) return std::nullopt;
  constexpr std::pair<std::string_view, int> kNumbers[] = {
      {"un", 1},    {"une", 1},    {"one", 1},    {"deux", 2},    {"two", 2},     {"trois", 3},
      {"three", 3}, {"quatre", 4}, {"four", 4},   {"cinq", 5},    {"five", 5},    {"six", 6},
      {"sept", 7},  {"seven", 7},  {"huit", 8},   {"eight", 8},   {"neuf", 9},    {"nine", 9},
      {"dix", 10},  {"ten", 10},   {"douze", 12}, {"twelve", 12}, {"quinze", 15}, {"fifteen", 15},
  };
  for (const auto& [word, value] : kNumbers) {
    if (w == word) return value;
  }
  return std::nullopt;
}

/// The number at token `i` ("3", "1,5", "1.5", "trois"); `next` gets the token after it.
std::optional<double> read_number(std::span<const Token> t, std::size_t i, std::size_t& next) {
  if (i >= t.size()) return std::nullopt;
  if (t[i].kind == TokenKind::kWord) {
    const std::optional<int> value = number_word(t[i].text);
    next = i + 1;
    return value ? std::optional<double>(*value) : std::nullopt;
  }
  if (t[i].kind != TokenKind::kNumber) return std::nullopt;
  const int whole = cv::detail::parse_small_number(t[i].text);
  if (whole < 0) return std::nullopt;
  next = i + 1;
  double value = whole;
  const bool decimal = i + 2 < t.size() && (t[i + 1].text == "," || t[i + 1].text == ".") &&
                       !t[i + 1].space_before && t[i + 2].kind == TokenKind::kNumber &&
                       !t[i + 2].space_before && t[i + 2].text.size() == 1;
  if (decimal) {
    value += (t[i + 2].text[0] - '0') / 10.0;
    next = i + 3;
  }
  return value;
}

/// Years per unit word, 0 when `w` is no duration unit.
double unit_years(std::string_view w) {
  if (is_one_of(w, "an ans annee annees year years yr yrs")) return 1;
  if (is_one_of(w, "mois month months")) return 1.0 / 12;
  return 0;
}

/// A duration starting at token `i`, if one does.
std::optional<Duration> duration_at(std::span<const Token> t, std::size_t i) {
  const bool may_start =
      t[i].kind == TokenKind::kNumber ||
      (t[i].kind == TokenKind::kWord ? number_word(t[i].text).has_value() : t[i].text == "+");
  if (!may_start) return std::nullopt;
  Duration d;
  d.first = i;
  if (t[i].text == "+" && word_at(t, i + 1) == "de") {  // "+ de 10 ans"
    d.plus = true;
    i += 2;
  }
  std::size_t next = i;
  const std::optional<double> low = read_number(t, i, next);
  if (!low) return std::nullopt;
  if (next < t.size() && t[next].text == "+") {
    d.plus = true;
    ++next;
  }
  // A range keeps its lower bound: "3-5 ans", "3 à 5 ans", "4/5 ans", "1 or 2 years".
  const std::string_view joint = next < t.size() ? t[next].text : std::string_view();
  if (joint == "-" || joint == "/" || is_one_of(joint, "a to or ou et and")) {
    std::size_t after = next + 1;
    if (read_number(t, next + 1, after) && t[next + 1].kind == TokenKind::kNumber) {
      next = after;
      if (next < t.size() && t[next].text == "+") {  // "1-5+ years"
        d.plus = true;
        ++next;
      }
    }
  }
  const double unit = unit_years(word_at(t, next));
  if (unit == 0) return std::nullopt;
  d.years = *low * unit;
  d.last = next;
  // "An(s)" (France Travail) keeps its "(s)" in the span.
  if (next + 3 < t.size() && t[next + 1].text == "(" && t[next + 2].text == "s" &&
      t[next + 3].text == ")") {
    d.last = next + 3;
  }
  return d;
}

constexpr std::string_view kExperienceWords =
    "experience expertise exp xp anciennete experimente experimentee pratique seniorite "
    "seniority";

bool any_word_in(std::span<const Token> t, std::size_t from, std::size_t to,
                 std::string_view words) {
  for (std::size_t k = from; k < to && k < t.size(); ++k) {
    if (is_one_of(cv::detail::singular(word_at(t, k)), words)) return true;
  }
  return false;
}

/// Whether one of the two non-blank lines above `line_index` is a short label about experience
/// ("Expérience requise :", "Required Experience", "Niveau d'expérience min. requis").
bool under_experience_label(const PostingText& text, std::size_t line_index) {
  std::size_t seen = 0;
  for (std::size_t line = line_index; line > 0 && seen < 2;) {
    --line;
    const std::span<const Token> t = text.tokens(line);
    if (t.empty()) continue;
    ++seen;
    std::size_t words = 0;
    for (const Token& token : t) words += token.kind == TokenKind::kWord;
    if (words <= 8 && any_word_in(t, 0, t.size(), kExperienceWords)) return true;
  }
  return false;
}

/// Whether the words around a duration make it something else than experience: a contract or
/// internship length, a company's history, an age, a frequency.
bool names_something_else(std::span<const Token> t, const Duration& d, TokenRange sentence) {
  const std::size_t before = d.first > sentence.begin + 4 ? d.first - 4 : sentence.begin;
  if (any_word_in(t, before, d.first,
                  "cdd cdi contrat contract duree duration mission stage internship intern "
                  "interim alternance apprentissage depuis since age agee essai periode fort "
                  "forte founded cree creee within after apres par per each every tou chaque")) {
    return true;
  }
  if (d.first >= 3 && word_at(t, d.first - 3) == "il" && word_at(t, d.first - 2) == "y" &&
      word_at(t, d.first - 1) == "a") {
    return true;  // "il y a 3 ans"
  }
  const std::string_view next = word_at(t, d.last + 1);
  if (is_one_of(next, "ago old renouvelable renewable")) return true;
  // "12 month contract", "6 mois de mission", unless experience follows ("5+ years project
  // management experience").
  if (is_one_of(next,
                "contract contrat position assignment term project projet mission cdd "
                "internship stage program programme course plan warranty garantie period "
                "periode") &&
      !any_word_in(t, d.last + 1, std::min(sentence.end, d.last + 6), kExperienceWords)) {
    return true;
  }
  if (next == "of" && word_at(t, d.last + 2) == "age") return true;  // "18 years of age"
  return next == "et" && word_at(t, d.last + 2) == "plus";           // "18 ans et plus"
}

/// Whether the words around a duration say it is experience asked for.
bool reads_as_experience(std::span<const Token> t, const Duration& d, TokenRange sentence,
                         PostingPart part) {
  if (d.plus) return true;
  const std::size_t before = d.first > sentence.begin + 8 ? d.first - 8 : sentence.begin;
  const std::size_t after = std::min(sentence.end, d.last + 11);
  if (any_word_in(t, before, d.first, kExperienceWords) ||
      any_word_in(t, d.last + 1, after, kExperienceWords)) {
    return true;
  }
  const std::size_t near = d.first > sentence.begin + 3 ? d.first - 3 : sentence.begin;
  if (any_word_in(t, near, d.first, "least moin minimum min mini") ||
      any_word_in(t, d.last + 1, std::min(after, d.last + 3), "minimum min mini")) {
    return true;
  }
  // "3 years as a data analyst", "2 ans en tant que", "Excel: 1 year (Preferred)".
  if (is_one_of(word_at(t, d.last + 1), "as comme") ||
      (word_at(t, d.last + 1) == "en" && word_at(t, d.last + 2) == "tant")) {
    return true;
  }
  if (d.last + 2 < t.size() && t[d.last + 1].text == "(" &&
      is_one_of(word_at(t, d.last + 2), "preferred required")) {
    return true;
  }
  const bool asks = part == PostingPart::kRequirements || part == PostingPart::kNiceToHave;
  return asks && is_one_of(word_at(t, d.last + 1), "of in with dans sur de d");
}

/// "Débutant(e) accepté(e)", "no experience required", "aucune expérience requise": 0 years.
std::optional<TokenRange> beginners_welcome_at(std::span<const Token> t, std::size_t i) {
  const std::string_view w = word_at(t, i);
  if (w.starts_with("debutant")) {
    for (std::size_t k = i + 1; k < t.size() && k <= i + 5; ++k) {
      const std::string_view v = word_at(t, k);
      if (v.starts_with("accept") || v.starts_with("bienvenu")) return TokenRange{i, k + 1};
      if (!v.empty() && v != "e" && v != "s" && v != "es") break;
    }
    return std::nullopt;
  }
  if (!is_one_of(w, "no aucune aucun pas")) return std::nullopt;
  std::size_t k = i + 1;
  while (k < t.size() && k <= i + 3 && word_at(t, k) != "experience") ++k;
  if (word_at(t, k) != "experience") return std::nullopt;
  for (std::size_t m = k + 1; m < t.size() && m <= k + 4; ++m) {
    if (is_one_of(word_at(t, m), "requise required necessaire necessary needed exigee demandee")) {
      return TokenRange{i, m + 1};
    }
  }
  return std::nullopt;
}

struct Found {
  YearsRequirement requirement;
  PostingPart part = PostingPart::kOther;
};

/// Every experience duration of line `line_index`, outside company and benefits text.
void collect_line(const PostingText& text, const PostingStructure& structure,
                  std::size_t line_index, std::vector<Found>& found) {
  const std::span<const Token> t = text.tokens(line_index);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const PostingPart part = structure.part_at(text.raw_offset(line_index, t[i].begin));
    if (part == PostingPart::kCompany || part == PostingPart::kBenefits) continue;
    if (const std::optional<TokenRange> zero = beginners_welcome_at(t, i)) {
      found.push_back({{0, text.raw_span(line_index, zero->begin, zero->end - 1)}, part});
      i = zero->end - 1;
      continue;
    }
    const std::optional<Duration> d = duration_at(t, i);
    if (!d) continue;
    const TokenRange sentence = detail::sentence_around(t, d->first);
    // "Expérience requise :" on the line above "6 mois à 1 an".
    const bool labelled =
        sentence.begin == 0 && d->first <= 1 && under_experience_label(text, line_index);
    if (d->years <= kMaxYears && !names_something_else(t, *d, sentence) &&
        (labelled || reads_as_experience(t, *d, sentence, part))) {
      YearsRequirement years{d->years, text.raw_span(line_index, d->first, d->last)};
      // A stated duration is a demand unless its own clause makes it optional ("idéalement
      // 5 ans"): optional wording elsewhere in the sentence is about something else.
      years.importance =
          detail::mention_importance(text, structure, line_index, d->first, /*firm_clause=*/true)
              .value_or(Importance::kRequired);
      found.push_back({years, part});
    }
    i = d->last;
  }
}

}  // namespace

std::optional<YearsRequirement> find_required_years(std::string_view text) {
  return find_required_years(text, read_posting_structure(text));
}

std::optional<YearsRequirement> find_required_years(std::string_view text,
                                                    const PostingStructure& structure) {
  const PostingText posting(text);
  std::vector<Found> found;
  for (std::size_t i = 0; i < posting.line_count(); ++i) collect_line(posting, structure, i, found);
  if (found.empty()) return std::nullopt;
  // The requirements part states the real demand; a duration elsewhere may be an example.
  for (const Found& f : found) {
    if (f.part == PostingPart::kRequirements && f.requirement.importance == Importance::kRequired) {
      return f.requirement;
    }
  }
  for (const Found& f : found) {
    if (f.requirement.importance == Importance::kRequired) return f.requirement;
  }
  return found.front().requirement;
}

}  // namespace jobmatch::ats
