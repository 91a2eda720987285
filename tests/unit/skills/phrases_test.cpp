#include "skills/phrases.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jobmatch::skills {
namespace {

// ESCO-shaped labels: "manage", "ensure" and "gérer" start several skill labels; "project"
// starts skill labels too but also knowledge labels, so it is a noun, not a verb.
constexpr std::string_view kTaxonomy = R"({"meta": {"version": "phrases.1"}}
{"id": "esco:1", "en": "manage budgets", "fr": "gérer un budget", "aliases": [], "kind": "hard"}
{"id": "esco:2", "en": "manage staff", "fr": "gérer du personnel", "aliases": [], "kind": "hard"}
{"id": "esco:3", "en": "manage a kitchen", "fr": "gérer une cuisine", "aliases": [], "kind": "hard"}
{"id": "esco:4", "en": "ensure food quality", "fr": "assurer la qualité", "aliases": [], "kind": "hard"}
{"id": "esco:5", "en": "ensure safety", "fr": "assurer la sécurité", "aliases": [], "kind": "soft"}
{"id": "esco:6", "en": "plan events", "fr": "former des apprentis", "aliases": [], "kind": "hard"}
{"id": "esco:7", "en": "plan shifts", "fr": "former du personnel", "aliases": [], "kind": "hard"}
{"id": "esco:8", "en": "project planning", "fr": "", "aliases": [], "kind": "hard"}
{"id": "esco:9", "en": "project scheduling", "fr": "", "aliases": [], "kind": "hard"}
{"id": "esco:10", "en": "project management", "fr": "", "aliases": [], "kind": "knowledge"}
{"id": "cur:11", "en": "drive sales", "fr": "", "aliases": [], "kind": "hard"}
{"id": "cur:12", "en": "drive growth", "fr": "", "aliases": [], "kind": "hard"}
)";

const PhraseFinder& finder() {
  static const Taxonomy taxonomy = *Taxonomy::parse_jsonl(kTaxonomy);
  static const PhraseFinder instance(taxonomy, PhraseLexiconOptions{2, 0.1});
  return instance;
}

std::vector<std::string> phrases(std::string_view text) {
  std::vector<std::string> out;
  for (const SkillPhrase& phrase : finder().find(text)) {
    out.emplace_back(text.substr(phrase.start, phrase.end - phrase.start));
  }
  return out;
}

using Phrases = std::vector<std::string>;

TEST(PhraseFinder, AVerbOfTheTaxonomyStartsAPhraseOverItsObject) {
  const std::string text = "Your role includes managing all aspects of the kitchen.";
  const auto found = finder().find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].start, text.find("managing"));
  EXPECT_EQ(found[0].end, text.find('.'));
  EXPECT_EQ(found[0].verb, "manage");
}

TEST(PhraseFinder, EnglishInflectionsAreTheBaseVerb) {
  EXPECT_EQ(phrases("She manages budgets"), Phrases{"manages budgets"});
  EXPECT_EQ(phrases("You managed budgets"), Phrases{"managed budgets"});
  EXPECT_EQ(phrases("Planning events for clients"), Phrases{"Planning events for clients"});
  EXPECT_EQ(phrases("We planned shifts"), Phrases{"planned shifts"});
}

TEST(PhraseFinder, OnlyVerbsOfEscoSkillLabelsCount) {
  // "project" starts a knowledge label as often as skill labels; "drive" only curated labels.
  EXPECT_EQ(phrases("project scheduling with the team"), Phrases{});
  EXPECT_EQ(phrases("drive sales in the region"), Phrases{});
}

TEST(PhraseFinder, ClauseWordsPunctuationAndNewTasksEndAPhrase) {
  EXPECT_EQ(phrases("managing the kitchen during service"), Phrases{"managing the kitchen"});
  EXPECT_EQ(phrases("managing the kitchen, ensuring food quality"),
            (Phrases{"managing the kitchen", "ensuring food quality"}));
  EXPECT_EQ(phrases("managing staff and ensuring safety"),
            (Phrases{"managing staff", "ensuring safety"}));
  EXPECT_EQ(phrases("manage staff to ensure safety"), (Phrases{"manage staff", "ensure safety"}));
  EXPECT_EQ(phrases("manage budgets which are large"), Phrases{"manage budgets"});
}

TEST(PhraseFinder, APrepositionEndsAPhraseWhoseObjectIsSaid) {
  EXPECT_EQ(phrases("ensure food quality in a timely manner"), Phrases{"ensure food quality"});
  // One content word is not yet an object: the preposition belongs to the phrase.
  EXPECT_EQ(phrases("manage with external partners"), Phrases{"manage with external partners"});
}

TEST(PhraseFinder, ANounUseOrACapitalisedWordIsNotATask) {
  EXPECT_EQ(phrases("the planning of events"), Phrases{});
  EXPECT_EQ(phrases("MANAGE BUDGETS"), Phrases{});
  EXPECT_EQ(phrases("managing"), Phrases{});  // a verb alone has no object
}

TEST(PhraseFinder, LayoutGapsGluedSentencesAndHeadingsAreNotTasks) {
  // Flattened HTML separates blocks with runs of spaces.
  EXPECT_EQ(phrases("managing budgets   The company"), Phrases{"managing budgets"});
  EXPECT_EQ(phrases("manage staff.We are hiring"), Phrases{"manage staff"});
  // Every word capitalised: a heading or a job title, not a task.
  EXPECT_EQ(phrases("Planning Events Lead\nJoin us"), Phrases{});
  EXPECT_EQ(phrases("Manage budgets and staff"), Phrases{"Manage budgets and staff"});
}

TEST(PhraseFinder, AnAdverbInFrontBelongsToTheTask) {
  EXPECT_EQ(phrases("you will be proactively managing budgets"),
            Phrases{"proactively managing budgets"});
}

TEST(PhraseFinder, FrenchTextsUseFrenchInfinitives) {
  EXPECT_EQ(phrases("Vous devrez gérer les budgets et assurer la sécurité du site."),
            (Phrases{"gérer les budgets", "assurer la sécurité du site"}));
  EXPECT_EQ(phrases("- Former les apprentis de la cuisine"),
            Phrases{"Former les apprentis de la cuisine"});
  // "jusqu'à" starts a clause, as "until" does.
  EXPECT_EQ(phrases("gérer les budgets du site jusqu'à la clôture"),
            Phrases{"gérer les budgets du site"});
  // "et d'assurer": the elided "d'" does not hide the next task.
  EXPECT_EQ(phrases("gérer les budgets et d'assurer la sécurité"),
            (Phrases{"gérer les budgets", "assurer la sécurité"}));
}

TEST(PhraseFinder, FrenchVerbsAreNotReadInEnglishTexts) {
  // "former" is a French infinitive and an English adjective.
  EXPECT_EQ(phrases("Former employees of the company are welcome"), Phrases{});
}

TEST(PhraseFinder, APhraseIsAtMostTenWords) {
  const auto found =
      phrases("managing budgets staff kitchen quality safety events shifts sales growth region");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "managing budgets staff kitchen quality safety events shifts sales growth");
}

TEST(PhraseFinder, AnyBytesAreSafe) {
  EXPECT_TRUE(phrases("").empty());
  EXPECT_TRUE(phrases(std::string("\xff\xfe manage \x80 budgets", 19)).size() <= 1);
  EXPECT_GT(finder().verb_form_count(), 5u);
}

}  // namespace
}  // namespace jobmatch::skills
