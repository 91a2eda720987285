#include "cv/certifications.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cv/sections.hpp"

namespace jobmatch::cv::detail {
namespace {

std::vector<CertificationEntry> certifications_of(std::string_view text) {
  const CvText cv_text(text);
  return extract_certifications(cv_text, find_sections(cv_text, {}));
}

TEST(CvCertifications, TakesOneEntryPerLineOfTheSectionWithItsYear) {
  const std::vector<CertificationEntry> entries = certifications_of(
      "Certifications\n• AWS Certified Solutions Architect – Associate (2022)\n"
      "- Professional Scrum Master I, 2021\nGoogle Analytics\n");
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].name, "AWS Certified Solutions Architect – Associate");
  EXPECT_EQ(entries[0].year, 2022);
  EXPECT_EQ(entries[1].name, "Professional Scrum Master I");
  EXPECT_EQ(entries[1].year, 2021);
  EXPECT_EQ(entries[2].name, "Google Analytics");
  EXPECT_EQ(entries[2].year, 0);
}

TEST(CvCertifications, JoinsAWrappedNameAndDropsDuplicates) {
  const std::vector<CertificationEntry> entries = certifications_of(
      "Certificats\nCertified Kubernetes Application\ndeveloper (CKAD)\nCertified Kubernetes "
      "Application developer (CKAD)\n");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].name, "Certified Kubernetes Application developer (CKAD)");
}

TEST(CvCertifications, FindsCertificationLinesElsewhere) {
  const std::vector<CertificationEntry> entries = certifications_of(
      "Formation\nMaster, 2019\nCertifié PMP 2020\nCCNA\nSkills\nCertified ScrumMaster (CSM)\n");
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].name, "Certifié PMP");
  EXPECT_EQ(entries[0].year, 2020);
  EXPECT_EQ(entries[1].name, "CCNA");
  EXPECT_EQ(entries[2].name, "Certified ScrumMaster (CSM)");
}

TEST(CvCertifications, LeavesLanguageTestsAndNarrativeToOthers) {
  EXPECT_TRUE(certifications_of("Certifications\nTOEIC 900\nExperience\nLed the ISO 9001 "
                                "certification of the plant\nProjects\nCertified app\n")
                  .empty());
}

}  // namespace
}  // namespace jobmatch::cv::detail
