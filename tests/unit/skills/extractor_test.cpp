#include <gtest/gtest.h>

#include "skills/skills.hpp"
#include "support/test_taxonomy.hpp"

namespace jobmatch::skills {
namespace {

/// "id@text" for each mention, to compare whole results at once.
std::vector<std::string> found(std::string_view text) {
  static const SkillExtractor extractor(testing::test_taxonomy());
  std::vector<std::string> out;
  for (const SkillMention& m : extractor.extract(text)) {
    out.push_back(extractor.taxonomy().skill(m.skill).id + "@" +
                  std::string(text.substr(m.start, m.end - m.start)));
  }
  return out;
}

using Found = std::vector<std::string>;

TEST(SkillExtractor, FindsSkillsWithExactOffsetsInFrenchText) {
  EXPECT_EQ(found("Maîtrise de PostgreSQL et de la gestion de projets."),
            (Found{"cur:postgresql@PostgreSQL", "cur:project-management@gestion de projets"}));
}

TEST(SkillExtractor, IsCaseAndAccentInsensitive) {
  EXPECT_EQ(found("BASES DE DONNÉES, Travail En Equipe"),
            (Found{"cur:database@BASES DE DONNÉES", "cur:teamwork@Travail En Equipe"}));
}

TEST(SkillExtractor, KeepsPunctuationInsideNames) {
  EXPECT_EQ(found("C++, C#, ASP.NET, .NET et Node.js ; CI/CD"),
            (Found{"cur:cpp@C++", "cur:csharp@C#", "cur:aspnet@ASP.NET", "cur:dotnet@.NET",
                   "cur:nodejs@Node.js", "cur:cicd@CI/CD"}));
}

TEST(SkillExtractor, MatchesAliasesAndSpellings) {
  EXPECT_EQ(found("k8s, JS, Postgres, PowerBI, NodeJS, intégration continue"),
            (Found{"cur:kubernetes@k8s", "cur:javascript@JS", "cur:postgresql@Postgres",
                   "cur:powerbi@PowerBI", "cur:nodejs@NodeJS", "cur:cicd@intégration continue"}));
}

TEST(SkillExtractor, FindsASkillGluedToAHeading) {
  EXPECT_EQ(found("Preferred QualificationsDocker and Kubernetes"),
            (Found{"cur:docker@Docker", "cur:kubernetes@Kubernetes"}));
  EXPECT_EQ(found("JavaScript and LinkedIn"), (Found{"cur:javascript@JavaScript"}));
}

TEST(SkillExtractor, PrefersTheLongestName) {
  EXPECT_EQ(found("Java / Spring Boot"), (Found{"cur:java@Java", "cur:spring-boot@Spring Boot"}));
  EXPECT_EQ(found("MS Excel"), (Found{"cur:excel@MS Excel"}));
}

TEST(SkillExtractor, DoesNotMatchInsideLongerWords) {
  EXPECT_EQ(found("JavaScripts are not Javanese; Gopher"), (Found{"cur:javascript@JavaScripts"}));
}

TEST(SkillExtractor, GoCountsOnlyAsAProgrammingLanguageBesideOtherTech) {
  EXPECT_EQ(found("Langages : Python, Go, Java"),
            (Found{"cur:python@Python", "cur:go@Go", "cur:java@Java"}));
  EXPECT_EQ(found("We go to the office. Let's Go!"), Found{});
  EXPECT_EQ(found("Backend in Golang"), (Found{"cur:go@Golang"}));
}

TEST(SkillExtractor, AnAmbiguousNameIntroducedAsASkillCountsAlone) {
  EXPECT_EQ(found("5+ years of experience with Go"), (Found{"cur:go@Go"}));
  EXPECT_EQ(found("Bonne maîtrise du C"), (Found{"cur:c@C"}));
  EXPECT_EQ(found("Knowledge of R is required"), (Found{"cur:r@R"}));
  // Only the case-sensitive name, and never before the words its guard rejects.
  EXPECT_EQ(found("experience with go-to-market plans"), Found{});
  EXPECT_EQ(found("Experience in Spring 2025 internships"), Found{});
}

TEST(SkillExtractor, SingleLettersNeedCaseAndContext) {
  EXPECT_EQ(found("Statistiques avec R et Python"), (Found{"cur:r@R", "cur:python@Python"}));
  EXPECT_EQ(found("Département R&D, bâtiment C"), Found{});
  EXPECT_EQ(found("programmation en C et C++"), (Found{"cur:c@C", "cur:cpp@C++"}));
  EXPECT_EQ(found("r et python"), (Found{"cur:python@python"}));
  EXPECT_EQ(found("Contact : C. Dupont, Java, Python"),
            (Found{"cur:java@Java", "cur:python@Python"}));
}

TEST(SkillExtractor, ExcelAsAVerbIsNotTheSpreadsheet) {
  EXPECT_EQ(found("You will excel in a fast-paced team"), Found{});
  EXPECT_EQ(found("Strong Excel skills"), (Found{"cur:excel@Excel"}));
}

TEST(SkillExtractor, SpringTheSeasonIsNotTheFramework) {
  EXPECT_EQ(found("Start in Spring 2025"), Found{});
  EXPECT_EQ(found("Java, Spring, Docker"),
            (Found{"cur:java@Java", "cur:spring@Spring", "cur:docker@Docker"}));
}

TEST(SkillExtractor, IgnoresSpokenLanguagesNowhere) {
  EXPECT_EQ(found("Anglais courant"), (Found{"lang:en@Anglais"}));
}

TEST(SkillExtractor, IdenticalInputGivesIdenticalOutput) {
  const std::string text = "Docker, Kubernetes et Python ; Java/Spring Boot; SQL";
  EXPECT_EQ(found(text), found(text));
}

TEST(SkillExtractor, CodePointOffsetsCountCharactersNotBytes) {
  EXPECT_EQ(code_point_offset("été C++", 4), 3u);
  EXPECT_EQ(code_point_offset("abc", 99), 3u);
}

}  // namespace
}  // namespace jobmatch::skills
