#include "skills/match_tokens.hpp"

#include <gtest/gtest.h>

namespace jobmatch::skills::detail {
namespace {

using Keys = std::vector<std::string>;

TEST(MatchTokens, FoldsCaseAndAccents) {
  EXPECT_EQ(form_keys("Gestion de Projet ÉLÉMENTAIRE"),
            (Keys{"gestion", "de", "projet", "elementaire"}));
}

TEST(MatchTokens, KeepsPlusAndHashGluedToAWord) {
  EXPECT_EQ(form_keys("C++, C# et F#"), (Keys{"c++", "c#", "et", "f#"}));
}

TEST(MatchTokens, StartsAWordWithAGluedDot) {
  EXPECT_EQ(form_keys("ASP.NET et .NET Core, Node.js"),
            (Keys{"asp", ".net", "et", ".net", "core", "node", ".js"}));
}

TEST(MatchTokens, AFullStopGluedBetweenTwoSentencesSeparatesThem) {
  EXPECT_EQ(form_keys("SQL or Excel.Tableau is needed"),
            (Keys{"sql", "or", "excel", "tableau", "is", "needed"}));
  EXPECT_EQ(form_keys("Asp.Net, Vue.Js, VB.NET"),
            (Keys{"asp", ".net", "vue", ".js", "vb", ".net"}));
  // The next sentence starts a new list, as after a line end.
  const MatchTokens tokens = tokenize_for_matching("Python.Nous");
  ASSERT_EQ(tokens.tokens.size(), 2u);
  EXPECT_TRUE(tokens.tokens[1].list_break_before);
}

TEST(MatchTokens, SplitsUnknownWordsWhereAnotherIsGluedToThem) {
  const std::string text = "QualificationsDocker, SQLPreferred JavaScript Données";
  const MatchTokens split = split_glued_words(
      tokenize_for_matching(text), text, [](std::string_view key) { return key == "javascript"; });
  Keys keys;
  for (const MatchToken& token : split.tokens) keys.emplace_back(split.key(token));
  EXPECT_EQ(keys, (Keys{"qualification", "docker", "sql", "preferred", "javascript", "donnee"}));
  ASSERT_EQ(split.tokens.size(), 6u);
  EXPECT_EQ(text.substr(split.tokens[1].start, split.tokens[1].end - split.tokens[1].start),
            "Docker");
  EXPECT_TRUE(split.tokens[1].list_break_before);
  EXPECT_TRUE(split.tokens[3].list_break_before);   // "Preferred", glued to "SQL"
  EXPECT_FALSE(split.tokens[4].list_break_before);  // "JavaScript", known: kept whole
}

TEST(MatchTokens, SplitsOnSlashesDashesAndApostrophes) {
  EXPECT_EQ(form_keys("CI/CD front-end l'analyse"),
            (Keys{"ci", "cd", "front", "end", "l", "analyse"}));
}

TEST(MatchTokens, DropsPluralEndingsOfLongWords) {
  EXPECT_EQ(form_keys("databases bases réseaux class bus API"),
            (Keys{"database", "base", "reseau", "class", "bus", "api"}));
}

TEST(MatchTokens, OffsetsAreBytesOfTheOriginalText) {
  const std::string text = "Développeur C++ (Qt)";
  const MatchTokens tokens = tokenize_for_matching(text);
  ASSERT_EQ(tokens.tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens.tokens[0].start, tokens.tokens[0].end - tokens.tokens[0].start),
            "Développeur");
  EXPECT_EQ(text.substr(tokens.tokens[1].start, tokens.tokens[1].end - tokens.tokens[1].start),
            "C++");
  EXPECT_TRUE(tokens.tokens[2].list_break_before);  // after "("
  EXPECT_FALSE(tokens.tokens[1].list_break_before);
}

TEST(MatchTokens, SurvivesInvalidUtf8) {
  const MatchTokens tokens = tokenize_for_matching("a\xff\xfe b\xc3");
  ASSERT_EQ(tokens.tokens.size(), 2u);
  EXPECT_EQ(tokens.key(tokens.tokens[1]), "b");
}

}  // namespace
}  // namespace jobmatch::skills::detail
