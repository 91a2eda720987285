#include <filesystem>

#include <gtest/gtest.h>

#include "skills/skills.hpp"

namespace jobmatch::skills {
namespace {

const std::filesystem::path kShipped =
    std::filesystem::path(JOBMATCH_DATA_DIR) / "skills" / "taxonomy.jsonl.gz";

/// The taxonomy the product ships, loaded once for the whole file.
const SkillExtractor& shipped() {
  static const SkillExtractor extractor = [] {
    auto taxonomy = Taxonomy::load_file(kShipped);
    if (!taxonomy) throw std::runtime_error(taxonomy.error().message);
    return SkillExtractor(std::make_shared<const Taxonomy>(std::move(*taxonomy)));
  }();
  return extractor;
}

std::vector<std::string> labels_in(std::string_view text) {
  std::vector<std::string> out;
  for (const SkillMention& m : shipped().extract(text)) {
    out.push_back(shipped().taxonomy().skill(m.skill).label_en);
  }
  return out;
}

bool has(const std::vector<std::string>& labels, std::string_view label) {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

TEST(ShippedTaxonomy, LoadsWithAVersionAndTensOfThousandsOfSkills) {
  EXPECT_FALSE(shipped().taxonomy().version().empty());
  EXPECT_GT(shipped().taxonomy().size(), 15'000u);
}

TEST(ShippedTaxonomy, KnowsCommonTechnologiesUnderTheirUsualSpellings) {
  const auto labels = labels_in(
      "Compétences : JS, TypeScript, k8s, Postgres, C#, C++, .NET, Node.js, Power BI, Docker");
  for (const auto* name : {"Kubernetes", "PostgreSQL", "C#", "C++", "Docker"}) {
    EXPECT_TRUE(has(labels, name)) << name;
  }
  EXPECT_GE(labels.size(), 9u);
}

TEST(ShippedTaxonomy, LinksPostgresqlToSql) {
  const Taxonomy& taxonomy = shipped().taxonomy();
  const auto postgres = shipped().extract("PostgreSQL");
  const auto sql = shipped().extract("SQL");
  ASSERT_EQ(postgres.size(), 1u);
  ASSERT_EQ(sql.size(), 1u);
  EXPECT_TRUE(taxonomy.are_related(postgres[0].skill, sql[0].skill));
}

TEST(ShippedTaxonomy, NamesInCamelCaseStayWholeAndGluedWordsSplit) {
  EXPECT_EQ(labels_in("JavaScript, PowerPoint, GitHub, YouTube, LinkedIn, iPhone, McDonald"),
            labels_in("JavaScript, PowerPoint, GitHub"));
  EXPECT_EQ(labels_in("JavaScript, PowerPoint, GitHub").size(), 3u);
  // A heading glued to the next block: the skill after it is still found.
  EXPECT_TRUE(has(labels_in("Preferred QualificationsTableau and ExcelVBA"), "Tableau"));
}

TEST(ShippedTaxonomy, ProductNamesWrittenAsEverydayWordsNeedTheirCaseAndContext) {
  // Taxonomy 2026-11-25.1 found Microsoft Entourage, Google Classroom, Forth and Dig here.
  EXPECT_TRUE(labels_in("Dans cet entourage, une classroom, and so forth: dig into it.").empty());
  EXPECT_TRUE(has(labels_in("Outils : Microsoft Entourage, Google Classroom"), "Google Classroom"));
}

TEST(ShippedTaxonomy, MarksWhatEveryTradeAsksAsGeneric) {
  const auto generic = [](std::string_view text) {
    const auto mentions = shipped().extract(text);
    if (mentions.size() != 1)
      throw std::runtime_error("expected one skill in " + std::string(text));
    return shipped().taxonomy().skill(mentions[0].skill).generic;
  };
  for (const char* everyday :
       {"Pack Office", "permis B", "Microsoft Word", "Excel", "Windows 10"}) {
    EXPECT_TRUE(generic(everyday)) << everyday;
  }
  for (const char* trade : {"Python", "SAP", "AutoCAD", "permis poids lourd", "comptabilité"}) {
    EXPECT_FALSE(generic(trade)) << trade;
  }
}

TEST(ShippedTaxonomy, KnowsTheFrenchWordOfEnglishTitleWords) {
  const Taxonomy& taxonomy = shipped().taxonomy();
  EXPECT_EQ(taxonomy.title_word("developer"), "developpeur");
  EXPECT_EQ(taxonomy.title_word("engineer"), "ingenieur");
  EXPECT_EQ(taxonomy.title_word("nurse"), "infirmier");
  EXPECT_EQ(taxonomy.title_word("teacher"), "professeur");
  EXPECT_EQ(taxonomy.title_word("chef"), "chef");  // French too: "chef de projet"
  EXPECT_EQ(taxonomy.title_word("python"), "python");  // not a title word: unchanged
}

TEST(ShippedTaxonomy, DoesNotTakeEverydayWordsForSkills) {
  EXPECT_TRUE(labels_in("We go to the office and make a project with our teams.").empty());
  EXPECT_TRUE(labels_in("You will excel in this role. Start in Spring 2026.").empty());
}

}  // namespace
}  // namespace jobmatch::skills
