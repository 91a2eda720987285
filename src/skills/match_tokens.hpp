#pragma once
// Internal to the skills module: the one tokenisation that taxonomy forms and searched texts
// share, so that "Node.JS", "node.js" and "NODE.JS" meet on the same keys. Keys are folded
// (lower case, no accents); "+" and "#" stay glued to a word ("c++", "c#"); a "." glued in
// front of a word starts it (".net" in "ASP.NET", ".js" in "Node.js"); a plural "s" (and the
// French "x" after "au"/"eu") is dropped from words of four letters or more.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jobmatch::skills::detail {

struct MatchToken {
  std::size_t start = 0;  // bytes in the tokenised text
  std::size_t end = 0;
  std::size_t key_offset = 0;  // the key is keys.substr(key_offset, key_length)
  std::size_t key_length = 0;
  bool list_break_before = false;  // a line start, bullet, ",", ";", "|", "/" or "(" precedes
};

struct MatchTokens {
  std::vector<MatchToken> tokens;
  std::string keys;  // every key, back to back
  std::string_view key(const MatchToken& token) const {
    return std::string_view(keys).substr(token.key_offset, token.key_length);
  }
};

/// Tokens of `text` in order.
MatchTokens tokenize_for_matching(std::string_view text);

/// `tokens` with each word the `known` predicate does not know split where another word is glued
/// to it ("QualificationsDocker" -> "qualifications", "docker"; "SQLPreferred" -> "sql",
/// "preferred"), as postings flattened from HTML glue a heading to the next block. Only unknown
/// ASCII words are split, so "JavaScript" or "PowerBI" stay whole; a split part starts a list.
MatchTokens split_glued_words(MatchTokens tokens, std::string_view text,
                              const std::function<bool(std::string_view)>& known);

/// Keys of a taxonomy form, in order ("ASP.NET Core" -> "asp", ".net", "core").
std::vector<std::string> form_keys(std::string_view form);

/// A folded word without its plural ending (see the header comment): "databases" -> "database".
std::string_view without_plural(std::string_view key);

}  // namespace jobmatch::skills::detail
