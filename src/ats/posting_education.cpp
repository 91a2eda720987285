// The degree a posting asks for, on the French scale the cv module uses (bac, bac+2, bac+3,
// bac+4, bac+5, bac+8): "Bac+5", "BAC +2/3", "BTS/DUT", "Master", "diplôme d'ingénieur",
// "Bachelor's degree", "BS/MS", "PhD". Many degree names are also ordinary words or job titles
// ("Ingénieur DevOps", "maîtrise de Python", "Scrum Master", "MS Excel", "Needham, MA"); those
// count only with a degree word next to them.

#include <algorithm>
#include <optional>
#include <string>

#include "ats/posting.hpp"
#include "ats/posting_text.hpp"

namespace jobmatch::ats {
namespace {

using detail::is_one_of;
using detail::PostingText;
using detail::Token;
using detail::TokenKind;
using detail::word_at;

constexpr int kNoDegree = -1;

/// A degree named at tokens [first, last], with its level (2 for bac+2, 0 for the bac).
struct DegreeMention {
  int level = kNoDegree;
  std::size_t first = 0;
  std::size_t last = 0;
};

// Words that name a degree or say that a nearby word does.
// "ingénieur" is left out: "Ingénieur / Ingénieure data" is a title twice, not a degree.
constexpr std::string_view kDegreeWords =
    "bac bachelor bachelors master masters mastere mba phd doctorat doctorate licence bts dut "
    "bs ba ms ma bsc msc meng beng maitrise deust deug dess dea degree degrees diplome diplomes "
    "diplomee";
constexpr std::string_view kEducationContext =
    "diplome diplomee diplomes diplomees degree formation bac titulaire etude etudes ecole "
    "universite universitaire university school issu issue graduate graduated niveau cursus "
    "education";

bool is_punct_text(std::span<const Token> t, std::size_t i, std::string_view text) {
  return i < t.size() && t[i].kind == TokenKind::kPunct && t[i].text == text;
}

bool degree_word_near(std::span<const Token> t, std::size_t i, std::size_t reach) {
  const std::size_t from = i > reach ? i - reach : 0;
  for (std::size_t k = from; k < t.size() && k <= i + reach; ++k) {
    if (k != i && is_one_of(word_at(t, k), kDegreeWords)) return true;
  }
  return false;
}

bool word_within(std::span<const Token> t, std::size_t i, std::size_t before, std::size_t after,
                 std::string_view words) {
  const std::size_t from = i > before ? i - before : 0;
  for (std::size_t k = from; k < t.size() && k <= i + after; ++k) {
    if (k != i && is_one_of(word_at(t, k), words)) return true;
  }
  return false;
}

int level_for_years_after_bac(int years) {
  if (years <= 1) return 0;
  if (years >= 8) return 8;
  return years >= 5 ? 5 : years;
}

/// "Bac+5", "BAC +2/3", "Bac + 3/+5", "niveau Bac", "Bac pro".
std::optional<DegreeMention> bac_at(std::span<const Token> t, std::size_t i) {
  const std::string_view w = word_at(t, i);
  if (w == "baccalaureat") return DegreeMention{0, i, i};
  if (w != "bac") return std::nullopt;
  std::size_t k = i + 1;
  if (is_punct_text(t, k, "+") && k + 1 < t.size() && t[k + 1].kind == TokenKind::kNumber) {
    int lowest = cv::detail::parse_small_number(t[k + 1].text);
    std::size_t last = k + 1;
    // Alternatives: "/3", "/+5".
    while (is_punct_text(t, last + 1, "/")) {
      std::size_t n = last + 2;
      if (is_punct_text(t, n, "+")) ++n;
      if (n >= t.size() || t[n].kind != TokenKind::kNumber) break;
      lowest = std::min(lowest, cv::detail::parse_small_number(t[n].text));
      last = n;
    }
    if (lowest < 0 || lowest > 12) return std::nullopt;
    return DegreeMention{level_for_years_after_bac(lowest), i, last};
  }
  // A bare "bac" is also a tray ("bac à sable", "bac de rétention"): it needs a degree word.
  if (word_at(t, i + 1) == "a") return std::nullopt;
  if (word_within(t, i, 4, 0, "niveau diplome titulaire formation obtention type") ||
      is_one_of(word_at(t, i + 1),
                "pro professionnel professionnelle general generale "
                "technologique minimum requis exige obligatoire")) {
    return DegreeMention{0, i, i};
  }
  return std::nullopt;
}

/// The last token of "master's", "master’s", "master\x92s" (an apostrophe, possibly mangled
/// into two bytes, then "s") starting at `i`; `i` when the word has no possessive.
std::size_t possessive_end(std::span<const Token> t, std::size_t i) {
  std::size_t k = i + 1;
  while (k < t.size() && t[k].kind == TokenKind::kPunct && !t[k].space_before && k <= i + 2) ++k;
  return k > i + 1 && word_at(t, k) == "s" && !t[k].space_before ? k : i;
}

/// The last token of "master's degree", "bachelor degree": the degree word is part of the
/// mention, so that it is not read again as a degree of its own.
std::size_t degree_name_end(std::span<const Token> t, std::size_t i) {
  const std::size_t end = possessive_end(t, i);
  return is_one_of(word_at(t, end + 1), "degree degrees") ? end + 1 : end;
}

std::optional<DegreeMention> master_at(std::span<const Token> t, std::size_t i) {
  const std::string_view w = word_at(t, i);
  if (w != "master" && w != "masters") return std::nullopt;
  const std::string_view prev = i > 0 ? word_at(t, i - 1) : std::string_view();
  const std::string_view next = word_at(t, i + 1);
  if (is_one_of(prev, "scrum quiz web grand post zen") ||
      is_one_of(next, "data class file plan branch node key card mind chef piece craftsman")) {
    return std::nullopt;
  }
  if (i + 1 < t.size() && t[i + 1].kind == TokenKind::kNumber) {  // "Master 1", "Master 2"
    const int year = cv::detail::parse_small_number(t[i + 1].text);
    if (year == 1 || year == 2) return DegreeMention{year == 1 ? 4 : 5, i, i + 1};
  }
  const bool prev_punct =
      i > 0 && t[i - 1].kind == TokenKind::kPunct && is_one_of(t[i - 1].text, "/ , + ( :");
  const bool next_punct = is_punct_text(t, i + 1, "(") || is_punct_text(t, i + 1, "/");
  const bool degree_like =
      possessive_end(t, i) > i || prev_punct || next_punct ||
      is_one_of(next,
                "en in of degree degrees ou or minimum specialise pro professionnel "
                "recherche") ||
      is_one_of(prev, "un une a du type niveau bac ou or de");
  if (!degree_like) return std::nullopt;
  return DegreeMention{5, i, degree_name_end(t, i)};
}

/// "Ingénieur" is a degree only in "diplôme d'ingénieur", "école d'ingénieurs", "formation
/// ingénieur", "ingénieur de formation", "ingénieur ou équivalent", or next to another degree.
std::optional<DegreeMention> engineer_at(std::span<const Token> t, std::size_t i) {
  const std::string_view w = word_at(t, i);
  if (w != "ingenieur" && w != "ingenieurs" && w != "ingenieure") return std::nullopt;
  const bool degree = word_within(t, i, 3, 0,
                                  "diplome diplomee ecole ecoles formation cycle titre issu issue "
                                  "niveau grande") ||
                      word_within(t, i, 0, 2, "formation diplome") ||
                      (word_at(t, i + 1) == "ou" && word_at(t, i + 2) == "equivalent") ||
                      degree_word_near(t, i, 3);
  if (!degree) return std::nullopt;
  return DegreeMention{5, i, i};
}

/// "B.S.", "M.Sc", "Ph.D": letters joined by dots, as one lower-case word.
std::string compact_abbreviation(std::span<const Token> t, std::size_t i, std::size_t& last) {
  std::string letters(t[i].text);
  last = i;
  while (last + 2 < t.size() && is_punct_text(t, last + 1, ".") && !t[last + 1].space_before &&
         t[last + 2].kind == TokenKind::kWord && !t[last + 2].space_before &&
         t[last + 2].text.size() <= 3 && letters.size() <= 4) {
    letters += t[last + 2].text;
    last += 2;
  }
  return letters;
}

/// BS, BA, MS, MA, BSc, MSc, MEng, PhD and their dotted forms; the two-letter ones only in
/// capitals and with a degree around ("BS/MS in", "MS degree", but not "MS Office").
std::optional<DegreeMention> abbreviation_at(const PostingText& text, std::size_t line,
                                             std::size_t i) {
  const std::span<const Token> t = text.tokens(line);
  if (t[i].kind != TokenKind::kWord || t[i].text.size() > 4) return std::nullopt;
  std::size_t last = i;
  const std::string letters = compact_abbreviation(t, i, last);
  if (letters == "phd" || letters == "dphil") return DegreeMention{8, i, last};
  if (letters == "mba" || letters == "emba" || letters == "dess" || letters == "dea") {
    return DegreeMention{5, i, last};
  }
  int level = kNoDegree;
  if (is_one_of(letters, "bs bsc ba beng")) level = 3;
  if (is_one_of(letters, "ms msc ma meng mphil")) level = 5;
  if (level == kNoDegree) return std::nullopt;
  const std::string_view raw = text.raw_token(line, i);
  if (raw.empty() || raw[0] < 'A' || raw[0] > 'Z') return std::nullopt;
  std::size_t after = last + 1;
  if (is_punct_text(t, after, ".") && !t[after].space_before) ++after;  // "M.Sc. in"
  if (is_one_of(word_at(t, after),
                "in degree degrees or ou minimum required preferred from en "
                "with") ||
      degree_word_near(t, i, 3)) {
    return DegreeMention{level, i, last};
  }
  return std::nullopt;
}

/// "degree" with what it says about the level: "associate degree" 2, "graduate degree" 5,
/// "engineering degree" 5, "a degree in", "university degree" 3. Not "high degree of".
std::optional<DegreeMention> degree_at(std::span<const Token> t, std::size_t i) {
  const std::string_view w = word_at(t, i);
  if (w != "degree" && w != "degrees") return std::nullopt;
  const std::string_view prev = i > 0 ? word_at(t, i - 1) : std::string_view();
  const std::string_view next = word_at(t, i + 1);
  const bool after_number = i > 0 && (t[i - 1].kind == TokenKind::kNumber ||
                                      (is_punct_text(t, i - 1, "-") && !t[i].space_before));
  if (next == "of" || after_number) return std::nullopt;  // "degree of autonomy", "360-degree"
  // "Bachelor's degree", "BS degree", "MBA degree": the other word is the mention.
  if (word_within(t, i, 3, 0, "bachelor bachelors master masters bs ba ms ma bsc msc mba phd")) {
    return std::nullopt;
  }
  const std::size_t from = i > 2 ? i - 2 : 0;
  int level = 3;
  for (std::size_t k = from; k < i; ++k) {
    const std::string_view q = word_at(t, k);
    if (is_one_of(q, "associate associates")) level = 2;
    if (is_one_of(q, "graduate advanced postgraduate engineering engineer")) level = 5;
    if (q == "doctoral") level = 8;
    if (is_one_of(q, "undergraduate undergrad")) level = 3;
  }
  const bool accepted =
      is_one_of(next, "in from required preferred or and with level program ou en") ||
      is_punct_text(t, i + 1, ":") || is_punct_text(t, i + 1, "(") ||
      is_one_of(prev,
                "a university college relevant related technical academic quantitative "
                "science stem year graduate advanced postgraduate undergraduate undergrad "
                "doctoral engineering engineer associate associates");
  if (!accepted) return std::nullopt;
  return DegreeMention{level, i > from && level != 3 ? i - 1 : i, i};
}

/// Degree words that need no help: BTS, DUT, "Bachelor", "grande école", "doctorat", "licence
/// professionnelle", "high school diploma"...
std::optional<DegreeMention> plain_degree_at(const PostingText& text, std::size_t line,
                                             std::size_t i) {
  const std::span<const Token> t = text.tokens(line);
  const std::string_view w = word_at(t, i);
  const std::string_view next = word_at(t, i + 1);
  if (is_one_of(w, "bts dut deust deug")) return DegreeMention{2, i, i};
  if (is_one_of(w, "bachelor bachelors")) {
    return DegreeMention{3, i, degree_name_end(t, i)};
  }
  if (is_one_of(w, "doctorat doctorate")) return DegreeMention{8, i, i};
  if (w == "doctoral" && next == "degree") return DegreeMention{8, i, i + 1};
  if (w == "mastere") return DegreeMention{5, i, i};
  if ((w == "grande" || w == "grandes") && (next == "ecole" || next == "ecoles")) {
    return DegreeMention{5, i, i + 1};
  }
  if (w == "ecole" && next == "de" && word_at(t, i + 2) == "commerce") {
    return DegreeMention{5, i, i + 2};
  }
  if (w == "business" && next == "school") return DegreeMention{5, i, i + 1};
  if (w == "high" && next == "school" &&
      is_one_of(word_at(t, i + 2), "diploma degree equivalent graduate")) {
    return DegreeMention{0, i, i + 2};
  }
  if (w == "ged" && text.raw_token(line, i) == "GED") return DegreeMention{0, i, i};
  if (w == "but" && text.raw_token(line, i) == "BUT" &&
      word_within(t, i, 3, 3, "bts dut bac licence iut bachelor")) {
    return DegreeMention{3, i, i};  // the bachelor universitaire de technologie
  }
  if (w == "licence" || w == "licences") {
    const bool degree = is_one_of(next, "pro professionnelle professionnel") ||
                        word_within(t, i, 6, 6, kEducationContext) || degree_word_near(t, i, 3);
    return degree ? std::optional<DegreeMention>(DegreeMention{3, i, i}) : std::nullopt;
  }
  if (w == "maitrise") {
    // "maîtrise de Python" is mastery; the old four-year degree comes with another degree.
    const bool degree = word_at(t, i + 1) == "universitaire" ||
                        word_within(t, i, 2, 0, "niveau diplome") || degree_word_near(t, i, 3);
    return degree ? std::optional<DegreeMention>(DegreeMention{4, i, i}) : std::nullopt;
  }
  if (w == "m" && i + 1 < t.size() && t[i + 1].kind == TokenKind::kNumber &&
      !t[i + 1].space_before && text.raw_token(line, i) == "M" &&
      (t[i + 1].text == "1" || t[i + 1].text == "2") &&
      (i + 2 >= t.size() || t[i + 2].kind != TokenKind::kWord || t[i + 2].space_before)) {
    return DegreeMention{t[i + 1].text == "1" ? 4 : 5, i, i + 1};  // "M1", "M2", not "M2M"
  }
  return std::nullopt;
}

std::optional<DegreeMention> mention_at(const PostingText& text, std::size_t line, std::size_t i) {
  // Every word a mention can start with ("b" and "ph" for "B.S." and "Ph.D."): most words of
  // a posting are none, and are passed over at the cost of one lookup.
  static const detail::WordSet kFirstWords(
      "bac baccalaureat master masters mastere ingenieur ingenieurs ingenieure degree degrees "
      "bts dut deust deug bachelor bachelors doctorat doctorate doctoral grande grandes ecole "
      "business high ged but licence licences maitrise m b d ph bs bsc ba beng ms msc ma meng "
      "mphil mba emba dess dea phd dphil");
  const std::span<const Token> t = text.tokens(line);
  if (t[i].kind != TokenKind::kWord || !kFirstWords.contains(t[i].text)) return std::nullopt;
  if (auto m = bac_at(t, i)) return m;
  if (auto m = master_at(t, i)) return m;
  if (auto m = engineer_at(t, i)) return m;
  if (auto m = degree_at(t, i)) return m;
  if (auto m = plain_degree_at(text, line, i)) return m;
  return abbreviation_at(text, line, i);
}

bool denies(std::span<const Token> t, detail::TokenRange clause) {
  for (std::size_t k = clause.begin; k < clause.end; ++k) {
    if (is_one_of(word_at(t, k), "no not aucun aucune pas sans without non")) return true;
  }
  return false;
}

std::string level_name(int level) { return level == 0 ? "bac" : "bac+" + std::to_string(level); }

}  // namespace

std::optional<EducationRequirement> find_required_education(std::string_view text) {
  return find_required_education(text, read_posting_structure(text));
}

std::optional<EducationRequirement> find_required_education(std::string_view text,
                                                            const PostingStructure& structure) {
  const PostingText posting(text);
  std::optional<EducationRequirement> best;
  int best_level = kNoDegree;
  for (std::size_t line = 0; line < posting.line_count(); ++line) {
    const std::span<const Token> t = posting.tokens(line);
    for (std::size_t i = 0; i < t.size(); ++i) {
      const std::optional<DegreeMention> m = mention_at(posting, line, i);
      if (!m) continue;
      const detail::TokenRange clause = detail::clause_around(t, i);
      if (denies(t, clause)) {  // "no college degree is required", "pas de diplôme requis"
        i = m->last;
        continue;
      }
      const bool firm = detail::has_firm_cue(t, clause);
      const std::optional<Importance> importance =
          detail::mention_importance(posting, structure, line, i, firm);
      i = m->last;
      if (!importance) continue;  // company or benefits text
      // A required degree beats any optional one; among equals the lowest, then the first.
      const bool better =
          !best ||
          (*importance == Importance::kRequired && best->importance == Importance::kNiceToHave) ||
          (*importance == best->importance && m->level < best_level);
      if (!better) continue;
      best = EducationRequirement{level_name(m->level), posting.raw_span(line, m->first, m->last),
                                  *importance};
      best_level = m->level;
    }
  }
  return best;
}

}  // namespace jobmatch::ats
