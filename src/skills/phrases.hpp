#pragma once
// Applied-skill phrases: what a posting asks someone to *do*, in its own words ("managing all
// aspects of the kitchen", "respond to stakeholder queries", "gérer les relations clients"),
// which a taxonomy of names cannot list. A phrase starts at a skill verb and runs over its
// object to the first clause boundary.
//
// The verbs come from the taxonomy, not from a hand-written list: ESCO labels its skills with
// verb phrases ("manage budgets", "gérer un budget") and its knowledge with noun phrases, so a
// word that starts many ESCO skill labels and (almost) no knowledge label is a skill verb.
// English inflections (managing, managed, manages) are generated from the base form; French
// postings use the infinitive in task lists ("Assurer le suivi"), which is the label form.
// See docs/architecture.md ("Applied-skill phrases") and docs/quality.md for what it measures.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "skills/skills.hpp"

namespace jobmatch::skills {

struct SkillPhrase {
  std::size_t start = 0;  // bytes in the text given to `find`
  std::size_t end = 0;
  std::string verb;  // the verb's base form as the taxonomy writes it, folded ("manage")
};

struct PhraseLexiconOptions {
  // A word is a skill verb when it starts at least this many multi-word ESCO skill labels...
  std::size_t min_skill_labels = 10;
  // ...and at most this share of that number of ESCO knowledge or tool labels.
  double max_knowledge_share = 0.1;
};

/// Finds applied-skill phrases in FR or EN text. Built once from a taxonomy (a few ms);
/// thread-safe afterwards.
class PhraseFinder {
 public:
  explicit PhraseFinder(const Taxonomy& taxonomy, PhraseLexiconOptions options = {});
  ~PhraseFinder();
  PhraseFinder(PhraseFinder&&) noexcept;
  PhraseFinder& operator=(PhraseFinder&&) noexcept;

  std::vector<SkillPhrase> find(std::string_view text) const;
  /// Number of distinct verb forms (base forms and inflections) known.
  std::size_t verb_form_count() const;

 private:
  struct Lexicon;
  std::unique_ptr<Lexicon> lexicon_;
};

}  // namespace jobmatch::skills
