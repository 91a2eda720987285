#include "skills/match_tokens.hpp"

#include <utf8proc.h>

#include <utility>
#include <vector>

#include "text/unicode.hpp"

namespace jobmatch::skills::detail {

using text::is_ascii_alnum;
using text::is_ascii_lower;
using text::is_ascii_upper;

namespace {

bool is_list_break(char c) {
  return c == '\n' || c == ',' || c == ';' || c == '|' || c == '/' || c == '(' || c == ':' ||
         c == '*';
}

bool is_letter_or_digit(char32_t code_point) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

/// Appends the folded character at `pos` to `key` when it is a letter or digit; returns its
/// byte length, or 0 (appending nothing) for any other character.
std::size_t append_folded_alnum(std::string_view text, std::size_t pos, std::string& key) {
  const char c = text[pos];
  if (is_ascii_alnum(c)) {
    key.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    return 1;
  }
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const text::Utf8Char decoded = text::decode_utf8_char(text, pos);
  if (!decoded.valid || !is_letter_or_digit(decoded.code_point)) return 0;
  key += text::fold_for_matching(text.substr(pos, decoded.length));
  return decoded.length;
}

/// Byte length of the character at `pos` (1 for an invalid byte).
std::size_t character_length(std::string_view text, std::size_t pos) {
  if (static_cast<unsigned char>(text[pos]) < 0x80) return 1;
  return text::decode_utf8_char(text, pos).length;
}

bool starts_word(std::string_view text, std::size_t pos) {
  std::string probe;
  return pos < text.size() && append_folded_alnum(text, pos, probe) > 0;
}

}  // namespace

std::string_view without_plural(std::string_view key) {
  if (key.size() < 4) return key;
  const char last = key.back();
  const std::string_view before = key.substr(key.size() - 3, 2);
  if (last == 's') {
    if (before[1] == 's' || before[1] == 'u' || before[1] == 'i') return key;
    return key.substr(0, key.size() - 1);
  }
  if (last == 'x' && (before == "au" || before == "eu")) return key.substr(0, key.size() - 1);
  return key;
}

MatchTokens tokenize_for_matching(std::string_view text) {
  MatchTokens out;
  out.tokens.reserve(text.size() / 5 + 1);
  out.keys.reserve(text.size());
  bool list_break = true;  // the text starts like a line
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const std::size_t key_offset = out.keys.size();
    // A '.' starts a word only when glued to it and not ending a previous word's sentence
    // followed by a space: "ASP.NET", ".NET", "Node.js"; nor a sentence glued to the next
    // ("domain.Strong"), which breaks lists like a line end.
    if (text[pos] == '.' && text::is_glued_full_stop(text, pos)) {
      list_break = true;
      ++pos;
      continue;
    }
    if (text[pos] == '.' && starts_word(text, pos + 1)) {
      out.keys.push_back('.');
      ++pos;
    }
    std::size_t length = append_folded_alnum(text, pos, out.keys);
    if (length == 0) {
      out.keys.resize(key_offset);
      if (is_list_break(text[pos])) list_break = true;
      // Bullets and dashes used as bullets also break lists.
      const bool dash_bullet =
          text[pos] == '-' && (pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '\n');
      if (static_cast<unsigned char>(text[pos]) >= 0x80 || dash_bullet) list_break = true;
      pos += character_length(text, pos);
      continue;
    }
    while (length > 0) {
      pos += length;
      length = pos < text.size() ? append_folded_alnum(text, pos, out.keys) : 0;
    }
    while (pos < text.size() && (text[pos] == '+' || text[pos] == '#')) {
      out.keys.push_back(text[pos++]);
    }
    const std::string_view key = std::string_view(out.keys).substr(key_offset);
    out.keys.resize(key_offset + without_plural(key).size());
    out.tokens.push_back(
        MatchToken{start, pos, key_offset, out.keys.size() - key_offset, list_break});
    list_break = false;
  }
  return out;
}

namespace {

/// Where glued words start in an ASCII word: a small letter then a capital ("QualificationsDocker"
/// -> 14), or the last capital of a run followed by a small letter ("SQLPreferred" -> 3).
std::vector<std::size_t> glued_word_starts(std::string_view word) {
  std::vector<std::size_t> starts;
  for (std::size_t p = 1; p < word.size(); ++p) {
    const bool small_then_capital = is_ascii_lower(word[p - 1]) && is_ascii_upper(word[p]);
    const bool acronym_end = p + 1 < word.size() && is_ascii_upper(word[p - 1]) &&
                             is_ascii_upper(word[p]) && is_ascii_lower(word[p + 1]);
    if (small_then_capital || acronym_end) starts.push_back(p);
  }
  return starts;
}

bool all_ascii_alnum(std::string_view word) {
  for (const char c : word) {
    if (!is_ascii_alnum(c)) return false;
  }
  return true;
}

void push_key(MatchTokens& out, std::size_t start, std::size_t end, std::string_view raw,
              bool list_break) {
  const std::size_t key_offset = out.keys.size();
  for (const char c : raw) {
    out.keys.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  }
  const std::string_view key = std::string_view(out.keys).substr(key_offset);
  out.keys.resize(key_offset + without_plural(key).size());
  out.tokens.push_back(
      MatchToken{start, end, key_offset, out.keys.size() - key_offset, list_break});
}

}  // namespace

MatchTokens split_glued_words(MatchTokens tokens, std::string_view text,
                              const std::function<bool(std::string_view)>& known) {
  // Where each token splits; most texts have no glued word, and are returned as they are.
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> splits;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const MatchToken& token = tokens.tokens[i];
    const std::string_view raw = text.substr(token.start, token.end - token.start);
    if (raw.size() < 4 || !all_ascii_alnum(raw)) continue;
    std::vector<std::size_t> starts = glued_word_starts(raw);
    if (!starts.empty() && !known(tokens.key(token))) splits.emplace_back(i, std::move(starts));
  }
  if (splits.empty()) return tokens;
  MatchTokens out;
  out.tokens.reserve(tokens.tokens.size() + splits.size());
  out.keys.reserve(tokens.keys.size());
  auto split = splits.begin();
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const MatchToken& token = tokens.tokens[i];
    if (split == splits.end() || split->first != i) {  // kept whole, with its folded key
      const std::size_t key_offset = out.keys.size();
      out.keys += tokens.key(token);
      out.tokens.push_back(MatchToken{token.start, token.end, key_offset, token.key_length,
                                      token.list_break_before});
      continue;
    }
    const std::string_view raw = text.substr(token.start, token.end - token.start);
    std::size_t from = 0;
    for (const std::size_t at : split->second) {
      push_key(out, token.start + from, token.start + at, raw.substr(from, at - from),
               from == 0 ? token.list_break_before : true);
      from = at;
    }
    push_key(out, token.start + from, token.end, raw.substr(from), true);
    ++split;
  }
  return out;
}

std::vector<std::string> form_keys(std::string_view form) {
  const MatchTokens tokens = tokenize_for_matching(form);
  std::vector<std::string> keys;
  keys.reserve(tokens.tokens.size());
  for (const MatchToken& token : tokens.tokens) keys.emplace_back(tokens.key(token));
  return keys;
}

}  // namespace jobmatch::skills::detail
