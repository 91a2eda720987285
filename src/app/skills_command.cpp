// `jobmatch skills`: the skills the product finds in a text, from stdin or for each line of a
// JSON Lines file ({"id", "text"} in, {"id", "skills": [...]} out). Offsets are code points.
// Exit codes: 0 done, 1 some lines failed, 2 the taxonomy or the input cannot be read.

#include <cmath>
#include <cstdio>
#include <iostream>
#include <iterator>

#include "app/config.hpp"
#include "app/jsonl_lines.hpp"
#include "skills/normalizer.hpp"
#include "skills/phrases.hpp"
#include "skills/skills.hpp"

namespace jobmatch::app {

namespace {

// Id prefix of the skills `--closest` chooses among.
constexpr std::string_view kPhraseVocabulary = "esco";

// stdin is read up to this size, as an upload would be.
constexpr std::size_t kMaxStdinBytes = 16u << 20;

nlohmann::json mentions_json(const skills::SkillExtractor& extractor, std::string_view text) {
  nlohmann::json out = nlohmann::json::array();
  const skills::Taxonomy& taxonomy = extractor.taxonomy();
  for (const skills::SkillMention& mention : extractor.extract(text)) {
    out.push_back({{"text", std::string(text.substr(mention.start, mention.end - mention.start))},
                   {"start", skills::code_point_offset(text, mention.start)},
                   {"end", skills::code_point_offset(text, mention.end)},
                   {"skill_id", taxonomy.skill(mention.skill).id},
                   {"label", taxonomy.label(mention.skill)},
                   {"kind", skills::skill_kind_name(taxonomy.skill(mention.skill).kind)}});
  }
  return out;
}

nlohmann::json phrases_json(const skills::PhraseFinder& finder, std::string_view text) {
  nlohmann::json out = nlohmann::json::array();
  for (const skills::SkillPhrase& phrase : finder.find(text)) {
    out.push_back({{"text", std::string(text.substr(phrase.start, phrase.end - phrase.start))},
                   {"start", skills::code_point_offset(text, phrase.start)},
                   {"end", skills::code_point_offset(text, phrase.end)},
                   {"verb", phrase.verb}});
  }
  return out;
}

nlohmann::json closest_json(const skills::SkillNormalizer& normalizer,
                            const skills::Taxonomy& taxonomy, std::string_view text) {
  const auto closest = normalizer.closest(text);
  if (!closest) return nullptr;
  const skills::Skill& skill = taxonomy.skill(closest->skill);
  return {{"skill_id", skill.id},
          {"label", taxonomy.label(closest->skill)},
          {"kind", skills::skill_kind_name(skill.kind)},
          {"similarity", std::round(closest->similarity * 1000) / 1000}};
}

/// One text's answer: {"skills"} and, when a finder is given, {"phrases"}.
nlohmann::json text_json(const skills::SkillExtractor& extractor,
                         const skills::PhraseFinder* phrases, std::string_view text) {
  nlohmann::json out = {{"skills", mentions_json(extractor, text)}};
  if (phrases != nullptr) out["phrases"] = phrases_json(*phrases, text);
  return out;
}

int print_stdin_skills(const skills::SkillExtractor& extractor, const skills::PhraseFinder* phrases,
                       bool as_json) {
  // Read one byte past the limit to know it was exceeded, never the whole of a huge input.
  std::string text(kMaxStdinBytes + 1, '\0');
  std::cin.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(std::cin.gcount()));
  if (text.size() > kMaxStdinBytes) {
    std::fprintf(stderr, "error: the text is longer than 16 MB\n");
    return 2;
  }
  const nlohmann::json found = text_json(extractor, phrases, text);
  if (as_json) {
    std::printf("%s\n",
                found.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return 0;
  }
  for (const auto& m : found["skills"]) {
    std::printf("%-30s %-9s %5zu-%-5zu %s\n", m["label"].get<std::string>().c_str(),
                m["kind"].get<std::string>().c_str(), m["start"].get<std::size_t>(),
                m["end"].get<std::size_t>(), m["text"].get<std::string>().c_str());
  }
  for (const auto& p : found.value("phrases", nlohmann::json::array())) {
    std::printf("%-30s %-9s %5zu-%-5zu %s\n", p["verb"].get<std::string>().c_str(), "phrase",
                p["start"].get<std::size_t>(), p["end"].get<std::size_t>(),
                p["text"].get<std::string>().c_str());
  }
  return 0;
}

}  // namespace

int run_skills(const AppConfig& config) {
  auto extractor = skills::load_extractor(config.data_dir);
  if (!extractor) return print_error(extractor.error()), 2;
  std::unique_ptr<skills::PhraseFinder> phrases;
  if (config.skills_phrases) {
    phrases = std::make_unique<skills::PhraseFinder>((*extractor)->taxonomy());
  }
  if (config.skills_jsonl.empty()) {
    return print_stdin_skills(**extractor, phrases.get(), config.skills_json);
  }
  std::unique_ptr<skills::SkillNormalizer> normalizer;
  if (config.skills_closest) {
    // ESCO is the vocabulary of skill phrases (and the one other tools exchange); the
    // technology names of the other sources are matched exactly by the extractor.
    normalizer = std::make_unique<skills::SkillNormalizer>((*extractor)->shared_taxonomy(),
                                                           kPhraseVocabulary);
  }
  const auto answer = [&](const nlohmann::json& record) -> core::Result<nlohmann::json> {
    const auto text = record.find("text");
    if (text == record.end() || !text->is_string()) {
      return core::fail(core::ErrorCode::kInvalidInput, "\"text\" must be a string");
    }
    const std::string value = text->get<std::string>();
    nlohmann::json out = text_json(**extractor, phrases.get(), value);
    out["id"] = record.value("id", nlohmann::json());
    if (normalizer) out["closest"] = closest_json(*normalizer, (*extractor)->taxonomy(), value);
    return out;
  };
  auto failed = map_json_lines(config.skills_jsonl, answer);
  if (!failed) return print_error(failed.error()), 2;
  return *failed > 0 ? 1 : 0;
}

}  // namespace jobmatch::app
