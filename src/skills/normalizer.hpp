#pragma once
// The taxonomy skill closest to a free-text skill phrase ("spreadsheet software", "gestion
// d'équipe"), for phrases the extractor finds no exact form in: TF-IDF cosine over the folded
// words of every skill form (label or alias, either language). Built on demand (~0.3 s): only
// callers that normalise phrases pay for it. Thread-safe once built.

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "skills/skills.hpp"

namespace jobmatch::skills {

struct ClosestSkill {
  SkillIndex skill = 0;
  double similarity = 0;  // cosine, 0..1
};

class SkillNormalizer {
 public:
  explicit SkillNormalizer(std::shared_ptr<const Taxonomy> taxonomy);
  ~SkillNormalizer();

  /// The most similar skill, nullopt when no word of the phrase is in any form.
  std::optional<ClosestSkill> closest(std::string_view phrase) const;

 private:
  struct Index;
  std::shared_ptr<const Taxonomy> taxonomy_;
  std::unique_ptr<Index> index_;
};

}  // namespace jobmatch::skills
