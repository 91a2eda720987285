#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>

#include "skills/match_tokens.hpp"
#include "skills/skills.hpp"

namespace jobmatch::skills {

namespace {

constexpr std::uint32_t kNoToken = std::numeric_limits<std::uint32_t>::max();
constexpr std::int32_t kNoTerminal = -1;
// How far (in tokens) another technical skill may be for an ambiguous name ("Go", "R") to
// count: the width of a skills line or of a sentence listing tools.
constexpr std::size_t kContextWindow = 8;
constexpr std::size_t kListContextWindow = 40;

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// A form of a skill that ends at a trie node.
struct Terminal {
  SkillIndex skill = 0;
  std::int32_t guard = -1;  // index in the skill's guards, -1 when the form is not ambiguous
};

/// A match found before the guards are applied: tokens [first, last].
struct Candidate {
  std::size_t first = 0;
  std::size_t last = 0;
  Terminal terminal;
};

bool is_technical(SkillKind kind) {
  return kind == SkillKind::kHard || kind == SkillKind::kTool || kind == SkillKind::kKnowledge;
}

bool all_digits(std::string_view key) {
  return !key.empty() &&
         std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool word_listed(const std::vector<std::string>& words, std::string_view key) {
  return std::any_of(words.begin(), words.end(), [key](const std::string& word) {
    if (word == "#") return all_digits(key);
    return detail::without_plural(word) == key;
  });
}

}  // namespace

struct SkillExtractor::Matcher {
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> vocabulary;
  std::unordered_map<std::uint64_t, std::uint32_t> edges;  // (node << 32 | token) -> child
  std::vector<std::int32_t> terminal_of_node{kNoTerminal};
  std::vector<Terminal> terminals;

  std::uint32_t token_id(std::string_view key) {
    const auto it = vocabulary.find(key);
    if (it != vocabulary.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(vocabulary.size());
    vocabulary.emplace(std::string(key), id);
    return id;
  }

  std::uint32_t child(std::uint32_t node, std::uint32_t token) const {
    const auto it = edges.find((static_cast<std::uint64_t>(node) << 32) | token);
    return it == edges.end() ? 0 : it->second;
  }

  void add_form(std::string_view form, Terminal terminal) {
    const std::vector<std::string> keys = detail::form_keys(form);
    if (keys.empty()) return;
    std::uint32_t node = 0;
    for (const std::string& key : keys) {
      const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | token_id(key);
      auto [it, inserted] = edges.try_emplace(edge, 0);
      if (inserted) {
        it->second = static_cast<std::uint32_t>(terminal_of_node.size());
        terminal_of_node.push_back(kNoTerminal);
      }
      node = it->second;
    }
    std::int32_t& slot = terminal_of_node[node];
    if (slot == kNoTerminal) {
      slot = static_cast<std::int32_t>(terminals.size());
      terminals.push_back(terminal);
    } else if (terminals[slot].skill == terminal.skill && terminal.guard >= 0) {
      // Two spellings of one skill fold to the same keys: the ambiguous one's guard applies.
      terminals[slot].guard = terminal.guard;
    }
  }
};

SkillExtractor::SkillExtractor(std::shared_ptr<const Taxonomy> taxonomy)
    : taxonomy_(std::move(taxonomy)), matcher_(std::make_unique<Matcher>()) {
  // Sized up front: rehashing while ~100k forms are inserted was a third of the load time.
  std::size_t forms = 0;
  for (SkillIndex index = 0; index < taxonomy_->size(); ++index) {
    forms += 2 + taxonomy_->skill(index).aliases.size();
  }
  matcher_->vocabulary.reserve(forms);
  matcher_->edges.reserve(forms * 3);
  matcher_->terminal_of_node.reserve(forms * 3);
  matcher_->terminals.reserve(forms);
  for (SkillIndex index = 0; index < taxonomy_->size(); ++index) {
    const Skill& skill = taxonomy_->skill(index);
    const auto guard_of = [&skill](const std::string& form) {
      for (std::size_t g = 0; g < skill.guards.size(); ++g) {
        if (skill.guards[g].alias == form) return static_cast<std::int32_t>(g);
      }
      return std::int32_t{-1};
    };
    for (const std::string* form : {&skill.label_en, &skill.label_fr}) {
      if (!form->empty()) matcher_->add_form(*form, Terminal{index, guard_of(*form)});
    }
    for (const std::string& alias : skill.aliases) {
      matcher_->add_form(alias, Terminal{index, guard_of(alias)});
    }
  }
}

SkillExtractor::~SkillExtractor() = default;
SkillExtractor::SkillExtractor(SkillExtractor&&) noexcept = default;
SkillExtractor& SkillExtractor::operator=(SkillExtractor&&) noexcept = default;

namespace {

/// Leftmost-longest matches of the trie over the token ids.
std::vector<Candidate> find_candidates(const std::vector<std::uint32_t>& ids, const auto& matcher) {
  std::vector<Candidate> found;
  std::size_t i = 0;
  while (i < ids.size()) {
    std::uint32_t node = 0;
    std::int32_t best = kNoTerminal;
    std::size_t best_last = i;
    for (std::size_t j = i; j < ids.size() && ids[j] != kNoToken; ++j) {
      node = matcher.child(node, ids[j]);
      if (node == 0) break;
      if (matcher.terminal_of_node[node] != kNoTerminal) {
        best = matcher.terminal_of_node[node];
        best_last = j;
      }
    }
    if (best == kNoTerminal) {
      ++i;
      continue;
    }
    found.push_back(Candidate{i, best_last, matcher.terminals[best]});
    i = best_last + 1;
  }
  return found;
}

/// Whether an unambiguous technical skill is found within `window` tokens of `candidate`.
bool has_technical_neighbour(const std::vector<Candidate>& candidates, std::size_t at,
                             std::size_t window, const Taxonomy& taxonomy) {
  const Candidate& self = candidates[at];
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& other = candidates[k];
    if (k == at || other.terminal.guard >= 0) continue;
    if (!is_technical(taxonomy.skill(other.terminal.skill).kind)) continue;
    const std::size_t distance =
        other.first > self.last ? other.first - self.last : self.first - other.last;
    if (distance <= window) return true;
  }
  return false;
}

/// "experience with Go", "knowledge of R", "maîtrise du C", "expérience en R": a noun of
/// expertise and a preposition introduce the name as a skill, whatever surrounds it.
bool introduced_as_skill(const detail::MatchTokens& tokens, std::size_t first) {
  if (first < 2) return false;
  const std::string_view preposition = tokens.key(tokens.tokens[first - 1]);
  const std::string_view noun = tokens.key(tokens.tokens[first - 2]);
  const auto one_of = [](std::string_view key, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), key) != words.end();
  };
  return one_of(preposition, {"with", "in", "of", "en", "sur", "de", "du"}) &&
         one_of(noun,
                {"experience", "experienced", "knowledge", "proficient", "proficiency", "expertise",
                 "skilled", "fluent", "fluency", "maitrise", "connaissance", "competence"});
}

bool passes_guard(std::string_view text, const detail::MatchTokens& tokens,
                  const std::vector<Candidate>& candidates, std::size_t at,
                  const Taxonomy& taxonomy) {
  const Candidate& candidate = candidates[at];
  const Skill& skill = taxonomy.skill(candidate.terminal.skill);
  const AliasGuard& guard = skill.guards[static_cast<std::size_t>(candidate.terminal.guard)];
  const auto& list = tokens.tokens;
  const std::size_t start = list[candidate.first].start;
  const std::size_t end = list[candidate.last].end;
  if (guard.case_sensitive && text.substr(start, end - start) != guard.alias) return false;
  // A single capital followed by a dot is an initial ("C. Dupont"), not the language C or R.
  if (end - start == 1 && end < text.size() && text[end] == '.') return false;
  if (candidate.first > 0 && word_listed(guard.reject_prev, tokens.key(list[candidate.first - 1])))
    return false;
  const bool has_next = candidate.last + 1 < list.size();
  if (has_next && word_listed(guard.reject_next, tokens.key(list[candidate.last + 1])))
    return false;
  if (!guard.needs_context || introduced_as_skill(tokens, candidate.first)) return true;
  if (has_technical_neighbour(candidates, at, kContextWindow, taxonomy)) return true;
  // An item of a list ("Java, Go, Rust"; a bullet) with technical skills further away.
  const bool list_item = list[candidate.first].list_break_before &&
                         (!has_next || list[candidate.last + 1].list_break_before);
  return list_item && has_technical_neighbour(candidates, at, kListContextWindow, taxonomy);
}

}  // namespace

std::vector<SkillMention> SkillExtractor::extract(std::string_view text) const {
  const auto& vocabulary = matcher_->vocabulary;
  const detail::MatchTokens tokens = detail::split_glued_words(
      detail::tokenize_for_matching(text), text,
      [&vocabulary](std::string_view key) { return vocabulary.find(key) != vocabulary.end(); });
  std::vector<std::uint32_t> ids;
  ids.reserve(tokens.tokens.size());
  for (const detail::MatchToken& token : tokens.tokens) {
    const auto it = matcher_->vocabulary.find(tokens.key(token));
    ids.push_back(it == matcher_->vocabulary.end() ? kNoToken : it->second);
  }
  const std::vector<Candidate> candidates = find_candidates(ids, *matcher_);
  std::vector<SkillMention> mentions;
  mentions.reserve(candidates.size());
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& candidate = candidates[k];
    if (candidate.terminal.guard >= 0 && !passes_guard(text, tokens, candidates, k, *taxonomy_)) {
      continue;
    }
    mentions.push_back(SkillMention{tokens.tokens[candidate.first].start,
                                    tokens.tokens[candidate.last].end, candidate.terminal.skill});
  }
  return mentions;
}

std::size_t code_point_offset(std::string_view text, std::size_t byte_offset) {
  byte_offset = std::min(byte_offset, text.size());
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace jobmatch::skills
