#pragma once
// The skills taxonomy (ESCO + O*NET + a curated layer, French and English) and the extractor
// that finds skills in any text with exact offsets and canonical ids. Depends on core and text
// only; the ATS engine, the CLI and the server share one loaded taxonomy.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"

namespace jobmatch::skills {

/// What a skill is, as the ATS weighs it.
enum class SkillKind { kHard, kSoft, kTool, kLanguage, kKnowledge };

/// "hard", "soft", "tool", "language", "knowledge".
std::string_view skill_kind_name(SkillKind kind);
std::optional<SkillKind> parse_skill_kind(std::string_view name);

/// Position of a skill in its taxonomy (dense, 0..size()-1).
using SkillIndex = std::uint32_t;

/// When a surface form is ambiguous ("Go", "R", "Excel", "Spring"), it counts only when these
/// conditions hold around it.
struct AliasGuard {
  std::string alias;                     // the surface form as written in the taxonomy
  bool case_sensitive = false;           // the text must use the same letter case
  bool needs_context = false;            // another technical skill must be near, or a list
  std::vector<std::string> reject_prev;  // folded words that must not come just before
  std::vector<std::string> reject_next;  // folded words (or "#" for any number) not just after
};

struct Skill {
  std::string id;        // canonical: "esco:<uuid>", "onet-tech:<hash>", "cur:<slug>"...
  std::string label_en;  // may be empty when only French exists
  std::string label_fr;  // may be empty
  std::vector<std::string> aliases;  // other surface forms, both languages
  SkillKind kind = SkillKind::kKnowledge;
  std::vector<SkillIndex> broader;   // more general skills ("SQL" for "PostgreSQL")
  std::vector<SkillIndex> narrower;  // the reverse links, filled at load
  std::vector<SkillIndex> related;   // symmetric links of the curated layer
  std::vector<AliasGuard> guards;
  /// Asked by postings of every trade (office suite, driving licence B): a requirement, but no
  /// evidence that a CV belongs to the posting's trade.
  bool generic = false;
};

class Taxonomy {
 public:
  /// Reads a taxonomy in JSON Lines (plain or gzip, see data/skills/README.md). The first line
  /// may be {"meta": {...}}; `version` comes from meta.version.
  static core::Result<Taxonomy> load_file(const std::filesystem::path& path);
  static core::Result<Taxonomy> parse_jsonl(std::string_view jsonl);

  std::size_t size() const { return skills_.size(); }
  const Skill& skill(SkillIndex index) const { return skills_[index]; }
  std::optional<SkillIndex> find_id(std::string_view id) const;
  /// The label shown to users: French when the taxonomy has one and `french` is set, else
  /// English (and the other way round when English is missing).
  const std::string& label(SkillIndex index, bool french = true) const;
  /// True when one skill is directly broader or narrower than the other, or they are linked
  /// as related: the ATS gives partial credit for such pairs.
  bool are_related(SkillIndex a, SkillIndex b) const;
  const std::string& version() const { return version_; }
  /// The French word an English job-title word stands for ("developer" -> "developpeur",
  /// "engineer" -> "ingenieur"; meta.title_words, drawn from ESCO occupation titles), else the
  /// word itself. Words are folded as the ATS title words are.
  std::string_view title_word(std::string_view folded_word) const;

 private:
  std::vector<Skill> skills_;
  std::unordered_map<std::string, SkillIndex> by_id_;
  std::string version_;
  std::unordered_map<std::string, std::string> title_words_;
};

/// One mention of a skill; offsets are bytes in the text given to `extract`.
struct SkillMention {
  std::size_t start = 0;
  std::size_t end = 0;
  SkillIndex skill = 0;
};

/// Finds taxonomy skills in FR or EN text in one pass over its normalised tokens: case- and
/// accent-insensitive, plural-tolerant, punctuation inside names kept ("C++", "ASP.NET",
/// "CI/CD"), leftmost-longest, ambiguous forms filtered by their guards. Thread-safe.
class SkillExtractor {
 public:
  explicit SkillExtractor(std::shared_ptr<const Taxonomy> taxonomy);
  ~SkillExtractor();
  SkillExtractor(SkillExtractor&&) noexcept;
  SkillExtractor& operator=(SkillExtractor&&) noexcept;

  std::vector<SkillMention> extract(std::string_view text) const;
  const Taxonomy& taxonomy() const { return *taxonomy_; }
  std::shared_ptr<const Taxonomy> shared_taxonomy() const { return taxonomy_; }

 private:
  struct Matcher;
  std::shared_ptr<const Taxonomy> taxonomy_;
  std::unique_ptr<Matcher> matcher_;
};

/// The shipped taxonomy of a data folder (<data_dir>/skills/taxonomy.jsonl.gz) and its
/// extractor, built once (about a second) and shared by every caller.
core::Result<std::shared_ptr<const SkillExtractor>> load_extractor(
    const std::filesystem::path& data_dir);

/// Code-point offset of byte offset `byte_offset` in UTF-8 `text` (the unit JSON outputs use,
/// so that JavaScript and Python index the same characters).
std::size_t code_point_offset(std::string_view text, std::size_t byte_offset);

}  // namespace jobmatch::skills
