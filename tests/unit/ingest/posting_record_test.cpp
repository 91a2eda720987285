#include "ingest/posting_record.hpp"

#include <gtest/gtest.h>

namespace jobmatch::ingest {
namespace {

TEST(ParsePostingRecord, ReadsTheDemoFormat) {
  auto job = parse_posting_record(
      R"j({"id":"francetravail:X1","title":"Technicien (H/F)","company":"ACME","location":"Lyon",)j"
      R"("country":"FR","description":"Texte.\nSuite.","date":"2025-02-20","employment_type":)"
      R"("FULL_TIME","contract":"CDI - Télétravail : Non","salary":"Mensuel de 2000 Euros",)"
      R"("url":"https://example.org/o/1","source":"france_travail","language":"fr",)"
      R"("skills":["SQL","Python"],"source_id":"X1","experience":"Débutant accepté"})");
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->external_id, "francetravail:X1");
  EXPECT_EQ(job->title, "Technicien (H/F)");
  EXPECT_EQ(job->contrat, "CDI");
  EXPECT_EQ(job->job_type, "Temps plein");
  EXPECT_EQ(job->contract_raw, "CDI - Télétravail : Non");
  EXPECT_EQ(job->date, "2025-02-20");
  EXPECT_EQ(job->job_url, "https://example.org/o/1");
  EXPECT_EQ(job->description_text, "Texte.\nSuite.");
  EXPECT_EQ(job->skills, (std::vector<std::string>{"SQL", "Python"}));
  EXPECT_EQ(job->experience, "Débutant accepté");
}

TEST(ParsePostingRecord, NormalisesDayFirstDates) {
  auto job = parse_posting_record(R"({"title":"T","date":"15/03/2025"})");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->date, "2025-03-15");
}

TEST(ParsePostingRecord, FallsBackOnTheRawDate) {
  auto job = parse_posting_record(R"({"title":"T","date":"","date_raw":"2025-02-20T13:26:04Z"})");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->date, "2025-02-20");
}

TEST(ParsePostingRecord, TakesTheContractFromEmploymentTypeWhenTheLabelSaysNothing) {
  auto job =
      parse_posting_record(R"({"title":"T","contract":"external","employment_type":"INTERNSHIP"})");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->contrat, "Stage");
  EXPECT_EQ(job->job_type, "");
}

TEST(ParsePostingRecord, SanitisesHtmlDescriptionsAndIndexesTheirText) {
  auto job = parse_posting_record(
      R"({"title":"T","description":"<p>Bonjour <b>équipe</b></p><script>alert(1)</script>"})");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->description.find("<script"), std::string::npos);
  EXPECT_EQ(job->description.find("alert"), std::string::npos);
  EXPECT_NE(job->description.find("<p>"), std::string::npos);
  EXPECT_NE(job->description_text.find("Bonjour équipe"), std::string::npos);
  EXPECT_EQ(job->description_text.find('<'), std::string::npos);
}

TEST(ParsePostingRecord, DecodesCharacterReferencesOfPlainText) {
  auto job = parse_posting_record(
      R"({"title":"T","description":"Sous l&apos;autorit&eacute; du chef.\n3 ans d&#39;exp&eacute;rience, R&D."})");
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->description_text, "Sous l'autorité du chef.\n3 ans d'expérience, R&D.");
  // Escaped markup is markup: sanitised for display, its text indexed.
  job = parse_posting_record(
      R"({"title":"T","description":"&lt;p&gt;Python &amp;amp; SQL&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"})");
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->description_text.find('<'), std::string::npos) << job->description_text;
  EXPECT_NE(job->description_text.find("Python & SQL"), std::string::npos) << job->description_text;
  EXPECT_EQ(job->description.find("script"), std::string::npos) << job->description;
}

TEST(ParsePostingRecord, DropsUrlsThatAreNotWebLinks) {
  for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                          "ftp://example.org", "https://exa mple.org"}) {
    auto job = parse_posting_record(std::string(R"({"title":"T","url":")") + url + "\"}");
    ASSERT_TRUE(job) << url;
    EXPECT_EQ(job->job_url, "") << url;
  }
}

TEST(ParsePostingRecord, GivesRecordsWithoutIdAStableOne) {
  const char* line = R"({"title":"Comptable","company":"B","source":"keejob"})";
  auto first = parse_posting_record(line);
  auto second = parse_posting_record(line);
  ASSERT_TRUE(first && second);
  EXPECT_TRUE(first->external_id.starts_with("keejob:"));
  EXPECT_EQ(first->external_id, second->external_id);
  auto other = parse_posting_record(R"({"title":"Comptable","company":"C","source":"keejob"})");
  EXPECT_NE(first->external_id, other->external_id);
}

TEST(ParsePostingRecord, RepairsInvalidUtf8AndCollapsesSpaces) {
  auto job = parse_posting_record("{\"title\":\"  Chef   de \xff projet \",\"company\":\"Été\"}");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->title, "Chef de \xEF\xBF\xBD projet");
}

TEST(ParsePostingRecord, ReadsAWindows1252LineAsSuch) {
  auto job =
      parse_posting_record("{\"title\":\"Ing\xE9nieur d'\xE9tudes\",\"salary\":\"2000 \x80\"}");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->title, "Ingénieur d'études");
  EXPECT_EQ(job->salary, "2000 €");
}

TEST(ParsePostingRecord, AcceptsNumbersForTextFields) {
  auto job = parse_posting_record(R"({"title":"T","salary":45000,"source_id":123})");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->salary, "45000");
  EXPECT_EQ(job->source_id, "123");
}

struct RejectedCase {
  const char* line;
  const char* reason;
};

class ParsePostingRecordRejects : public ::testing::TestWithParam<RejectedCase> {};

TEST_P(ParsePostingRecordRejects, WithAReasonNamingTheProblem) {
  auto job = parse_posting_record(GetParam().line);
  ASSERT_FALSE(job);
  EXPECT_EQ(job.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(job.error().message.find(GetParam().reason), std::string::npos) << job.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    BadRecords, ParsePostingRecordRejects,
    ::testing::Values(RejectedCase{"{not json", "not valid JSON"},
                      RejectedCase{"[1,2]", "JSON object"},
                      RejectedCase{R"({"company":"A"})", "missing title"},
                      RejectedCase{R"({"title":"   "})", "missing title"},
                      RejectedCase{R"({"title":{"a":1}})", "'title' must be a string"},
                      RejectedCase{R"({"title":"T","skills":"SQL"})", "'skills' must be a list"},
                      RejectedCase{R"({"title":"T","skills":[1]})", "'skills' must be a list"}));

TEST(ParsePostingRecord, RejectsFieldsAboveTheirLimit) {
  RecordLimits limits;
  limits.max_description_bytes = 10;
  auto job = parse_posting_record(R"({"title":"T","description":"01234567890"})", limits);
  ASSERT_FALSE(job);
  EXPECT_NE(job.error().message.find("'description' longer than 10 bytes"), std::string::npos);
}

TEST(ParsePostingRecord, CountsTitleLengthInCharactersNotBytes) {
  RecordLimits limits;
  limits.max_title_chars = 3;
  EXPECT_TRUE(parse_posting_record(R"({"title":"été"})", limits));
  EXPECT_FALSE(parse_posting_record(R"({"title":"étés"})", limits));
}

}  // namespace
}  // namespace jobmatch::ingest
