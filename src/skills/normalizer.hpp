#pragma once
// The taxonomy skill closest to a free-text skill phrase ("spreadsheet software", "gestion
// d'équipe"), for phrases the extractor finds no exact form in. Two TF-IDF cosines over every
// skill form (label or alias, either language), averaged: one over folded words, which ranks
// phrases by their rare words ("stakeholder queries"), and one over character trigrams, which
// meets inflections and spellings the words miss ("developing", "visualisation"). Built on
// demand (~1 s): only callers that normalise phrases pay for it. Thread-safe once built.

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "skills/skills.hpp"

namespace jobmatch::skills {

struct ClosestSkill {
  SkillIndex skill = 0;
  double similarity = 0;  // 0..1: the mean of the word and trigram cosines
};

class SkillNormalizer {
 public:
  /// Only skills whose id starts with `id_prefix` are candidates ("esco" for the ESCO
  /// vocabulary, whose skills are phrases; "" for every skill).
  explicit SkillNormalizer(std::shared_ptr<const Taxonomy> taxonomy,
                           std::string_view id_prefix = "");
  ~SkillNormalizer();

  /// The most similar skill, nullopt when the phrase shares nothing with any form.
  std::optional<ClosestSkill> closest(std::string_view phrase) const;

 private:
  struct Index;
  std::shared_ptr<const Taxonomy> taxonomy_;
  std::unique_ptr<Index> words_;
  std::unique_ptr<Index> trigrams_;
  std::vector<SkillIndex> form_skills_;  // per form id, its skill
};

}  // namespace jobmatch::skills
