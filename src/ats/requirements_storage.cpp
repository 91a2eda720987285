#include <nlohmann/json.hpp>

#include "ats/ats.hpp"

namespace jobmatch::ats {

namespace {

int importance_code(Importance importance) { return importance == Importance::kRequired ? 1 : 0; }

Importance importance_from(const nlohmann::json& value) {
  return value.is_number_integer() && value.get<int>() == 0 ? Importance::kNiceToHave
                                                            : Importance::kRequired;
}

void read_skills(const skills::Taxonomy& taxonomy, const nlohmann::json& list,
                 JobRequirements& job) {
  if (!list.is_array()) return;
  for (const auto& entry : list) {
    if (!entry.is_array() || entry.size() != 2 || !entry[0].is_string()) continue;
    const auto skill = taxonomy.find_id(entry[0].get<std::string>());
    if (skill) job.skills.push_back(SkillDemand{*skill, importance_from(entry[1]), {}});
  }
}

void read_languages(const nlohmann::json& list, JobRequirements& job) {
  if (!list.is_array()) return;
  for (const auto& entry : list) {
    if (!entry.is_array() || entry.size() != 3 || !entry[0].is_string() || !entry[1].is_string()) {
      continue;
    }
    LanguageRequirement language;
    language.code = entry[0].get<std::string>();
    language.cefr = entry[1].get<std::string>();
    language.importance = importance_from(entry[2]);
    job.languages.push_back(std::move(language));
  }
}

}  // namespace

std::string requirements_version(const skills::Taxonomy& taxonomy) {
  return std::string(kEngineVersion) + "+" + taxonomy.version();
}

std::string requirements_to_storage(const skills::Taxonomy& taxonomy, const JobRequirements& job) {
  nlohmann::json skills = nlohmann::json::array();
  for (const SkillDemand& demand : job.skills) {
    skills.push_back({taxonomy.skill(demand.skill).id, importance_code(demand.importance)});
  }
  nlohmann::json languages = nlohmann::json::array();
  for (const LanguageRequirement& language : job.languages) {
    languages.push_back({language.code, language.cefr, importance_code(language.importance)});
  }
  nlohmann::json out = {{"s", skills}, {"l", languages}, {"t", job.title_words}};
  if (job.years) out["y"] = job.years->years;
  if (job.education) out["e"] = job.education->level;
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

JobRequirements requirements_from_storage(const skills::Taxonomy& taxonomy, std::string_view data) {
  JobRequirements job;
  const auto parsed = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return job;
  read_skills(taxonomy, parsed.value("s", nlohmann::json()), job);
  read_languages(parsed.value("l", nlohmann::json()), job);
  if (const auto years = parsed.find("y"); years != parsed.end() && years->is_number()) {
    job.years = YearsRequirement{years->get<double>(), {}};
  }
  if (const auto level = parsed.find("e"); level != parsed.end() && level->is_string()) {
    job.education = EducationRequirement{level->get<std::string>(), {}};
  }
  if (const auto words = parsed.find("t"); words != parsed.end() && words->is_array()) {
    for (const auto& word : *words) {
      if (word.is_string()) job.title_words.push_back(word.get<std::string>());
    }
  }
  return job;
}

}  // namespace jobmatch::ats
