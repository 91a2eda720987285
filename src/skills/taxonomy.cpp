#include <zlib.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "skills/skills.hpp"

namespace jobmatch::skills {

namespace {

constexpr std::array<std::pair<SkillKind, std::string_view>, 5> kKindNames{{
    {SkillKind::kHard, "hard"},
    {SkillKind::kSoft, "soft"},
    {SkillKind::kTool, "tool"},
    {SkillKind::kLanguage, "language"},
    {SkillKind::kKnowledge, "knowledge"},
}};

// The shipped taxonomy is ~3 MB gzipped; anything far bigger is not a taxonomy.
constexpr std::size_t kMaxTaxonomyBytes = 256u << 20;

core::Result<std::string> read_maybe_gzipped(const std::filesystem::path& path) {
  gzFile file = gzopen(path.c_str(), "rb");  // reads plain files as they are too
  if (file == nullptr) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "cannot open the skills taxonomy " + path.string());
  }
  std::string content;
  std::array<char, 1 << 16> buffer{};
  int got = 0;
  while ((got = gzread(file, buffer.data(), buffer.size())) > 0) {
    content.append(buffer.data(), static_cast<std::size_t>(got));
    if (content.size() > kMaxTaxonomyBytes) break;
  }
  int status = Z_OK;
  gzerror(file, &status);
  gzclose(file);
  if (got < 0 || (status != Z_OK && status != Z_STREAM_END) || content.size() > kMaxTaxonomyBytes) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "the skills taxonomy " + path.string() + " is corrupt or too large");
  }
  return content;
}

std::vector<std::string> string_list(const nlohmann::json& record, const char* key) {
  std::vector<std::string> out;
  const auto it = record.find(key);
  if (it == record.end() || !it->is_array()) return out;
  for (const auto& value : *it) {
    if (value.is_string()) out.push_back(value.get<std::string>());
  }
  return out;
}

std::string string_field(const nlohmann::json& record, const char* key) {
  const auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

AliasGuard read_guard(const nlohmann::json& value) {
  AliasGuard guard;
  guard.alias = string_field(value, "alias");
  guard.case_sensitive = value.value("case_sensitive", false);
  guard.needs_context = value.value("needs_context", false);
  guard.reject_prev = string_list(value, "reject_prev");
  guard.reject_next = string_list(value, "reject_next");
  return guard;
}

/// Links named by id, resolved once every skill is known.
struct PendingLinks {
  std::vector<std::string> broader;
  std::vector<std::string> related;
};

core::Result<Skill> read_skill(const nlohmann::json& record, PendingLinks& links) {
  Skill skill;
  skill.id = string_field(record, "id");
  skill.label_en = string_field(record, "en");
  skill.label_fr = string_field(record, "fr");
  if (skill.id.empty() || (skill.label_en.empty() && skill.label_fr.empty())) {
    return core::fail(core::ErrorCode::kInvalidInput, "a skill needs an id and a label");
  }
  const auto kind = parse_skill_kind(string_field(record, "kind"));
  if (!kind) return core::fail(core::ErrorCode::kInvalidInput, "unknown kind for " + skill.id);
  skill.kind = *kind;
  skill.aliases = string_list(record, "aliases");
  if (const auto it = record.find("guards"); it != record.end() && it->is_array()) {
    for (const auto& value : *it) {
      if (value.is_object()) skill.guards.push_back(read_guard(value));
    }
  }
  if (const auto it = record.find("generic"); it != record.end() && it->is_boolean()) {
    skill.generic = it->get<bool>();
  }
  links.broader = string_list(record, "broader");
  links.related = string_list(record, "related");
  return skill;
}

/// meta.title_words: English job-title word -> French word, both folded.
std::unordered_map<std::string, std::string> read_title_words(const nlohmann::json& meta) {
  std::unordered_map<std::string, std::string> out;
  const auto words = meta.find("title_words");
  if (words == meta.end() || !words->is_object()) return out;
  for (const auto& [english, french] : words->items()) {
    if (french.is_string()) out.emplace(english, french.get<std::string>());
  }
  return out;
}

void add_unique(std::vector<SkillIndex>& list, SkillIndex index) {
  if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
}

/// Resolves links named by id; links to ids the file does not hold are dropped, so a taxonomy
/// trimmed by hand stays usable.
void resolve_links(std::vector<Skill>& skills,
                   const std::unordered_map<std::string, SkillIndex>& by_id,
                   const std::vector<PendingLinks>& pending) {
  const auto lookup = [&by_id](const std::string& id) -> std::optional<SkillIndex> {
    const auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    return it->second;
  };
  for (SkillIndex index = 0; index < skills.size(); ++index) {
    for (const std::string& id : pending[index].broader) {
      const auto other = lookup(id);
      if (!other || *other == index) continue;
      add_unique(skills[index].broader, *other);
      add_unique(skills[*other].narrower, index);
    }
    for (const std::string& id : pending[index].related) {
      const auto other = lookup(id);
      if (!other || *other == index) continue;
      add_unique(skills[index].related, *other);
      add_unique(skills[*other].related, index);
    }
  }
}

}  // namespace

std::string_view skill_kind_name(SkillKind kind) {
  for (const auto& [value, name] : kKindNames) {
    if (value == kind) return name;
  }
  return "knowledge";
}

std::optional<SkillKind> parse_skill_kind(std::string_view name) {
  for (const auto& [value, known] : kKindNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

core::Result<Taxonomy> Taxonomy::load_file(const std::filesystem::path& path) {
  auto content = read_maybe_gzipped(path);
  if (!content) return core::forward_error(std::move(content));
  auto taxonomy = parse_jsonl(*content);
  if (!taxonomy) {
    return core::fail(taxonomy.error().code,
                      "skills taxonomy " + path.string() + ": " + taxonomy.error().message);
  }
  return taxonomy;
}

std::string_view Taxonomy::title_word(std::string_view folded_word) const {
  const auto it = title_words_.find(std::string(folded_word));
  return it == title_words_.end() ? folded_word : std::string_view(it->second);
}

core::Result<Taxonomy> Taxonomy::parse_jsonl(std::string_view jsonl) {
  Taxonomy taxonomy;
  std::vector<PendingLinks> pending;
  std::size_t line_number = 0;
  while (!jsonl.empty()) {
    const std::size_t newline = jsonl.find('\n');
    const std::string_view line = jsonl.substr(0, newline);
    jsonl = newline == std::string_view::npos ? std::string_view() : jsonl.substr(newline + 1);
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    const auto where = " (line " + std::to_string(line_number) + ")";
    if (!record.is_object()) {
      return core::fail(core::ErrorCode::kInvalidInput, "not a JSON object" + where);
    }
    if (const auto meta = record.find("meta"); meta != record.end()) {
      if (meta->is_object()) {
        taxonomy.version_ = string_field(*meta, "version");
        taxonomy.title_words_ = read_title_words(*meta);
      }
      continue;
    }
    PendingLinks links;
    auto skill = read_skill(record, links);
    if (!skill) return core::fail(skill.error().code, skill.error().message + where);
    const auto index = static_cast<SkillIndex>(taxonomy.skills_.size());
    if (!taxonomy.by_id_.emplace(skill->id, index).second) {
      return core::fail(core::ErrorCode::kInvalidInput, "duplicate id " + skill->id + where);
    }
    taxonomy.skills_.push_back(std::move(*skill));
    pending.push_back(std::move(links));
  }
  resolve_links(taxonomy.skills_, taxonomy.by_id_, pending);
  return taxonomy;
}

std::optional<SkillIndex> Taxonomy::find_id(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

const std::string& Taxonomy::label(SkillIndex index, bool french) const {
  const Skill& skill = skills_[index];
  if (french) return skill.label_fr.empty() ? skill.label_en : skill.label_fr;
  return skill.label_en.empty() ? skill.label_fr : skill.label_en;
}

core::Result<std::shared_ptr<const SkillExtractor>> load_extractor(
    const std::filesystem::path& data_dir) {
  auto taxonomy = Taxonomy::load_file(data_dir / "skills" / "taxonomy.jsonl.gz");
  if (!taxonomy) return core::forward_error(std::move(taxonomy));
  return std::make_shared<const SkillExtractor>(
      std::make_shared<const Taxonomy>(std::move(*taxonomy)));
}

bool Taxonomy::are_related(SkillIndex a, SkillIndex b) const {
  const Skill& skill = skills_[a];
  const auto holds = [b](const std::vector<SkillIndex>& list) {
    return std::find(list.begin(), list.end(), b) != list.end();
  };
  return holds(skill.broader) || holds(skill.narrower) || holds(skill.related);
}

}  // namespace jobmatch::skills
