#include "cv/cv_text.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cv/text_pieces.hpp"

namespace jobmatch::cv::detail {
namespace {

TEST(CvText, FoldsAccentsCaseAndTypography) {
  EXPECT_EQ(fold_with_offsets("Expérience – Œuvre’s ÉTÉ Certiﬁcation\xC2\xA0:", nullptr),
            "experience - oeuvre's ete certification :");
}

TEST(CvText, MapsFoldedBytesBackToTheOriginal) {
  const std::string raw = "Été 2020";
  std::vector<std::uint32_t> origin;
  const std::string folded = fold_with_offsets(raw, &origin);
  ASSERT_EQ(folded, "ete 2020");
  EXPECT_EQ(origin[1], 2u);  // 't' follows the two bytes of 'É'
  EXPECT_EQ(origin[4], raw.find("2020"));
  EXPECT_EQ(origin.back(), raw.size());
}

TEST(CvText, ReplacesInvalidBytesOneForOne) {
  EXPECT_EQ(fold_with_offsets("a\xFF\xC3z", nullptr), "a??z");
}

TEST(CvText, SplitsLinesOnBothViews) {
  const CvText text("Été\nb");
  ASSERT_EQ(text.lines().size(), 2u);
  EXPECT_EQ(text.raw_line(text.lines()[0]), "Été");
  EXPECT_EQ(text.folded_line(text.lines()[0]), "ete");
  EXPECT_EQ(text.line_index_at(text.raw().find('b')), 1u);
}

TEST(CvText, CleansFragmentsOfBulletsIconsAndSeparators) {
  EXPECT_EQ(clean_fragment("  •  AWS Certified (2022) |  "), "AWS Certified (2022)");
  EXPECT_EQ(clean_fragment("\xEF\x83\xA0 Lyon, France"), "Lyon, France");
  EXPECT_EQ(clean_fragment("edX, en ligne \xEF\x89\xA9 https://exemple.fr"), "edX, en ligne");
  EXPECT_EQ(clean_fragment("Cours B1-B2 (Busuu)"), "Cours B1-B2 (Busuu)");
  EXPECT_EQ(clean_fragment("(2019"), "2019");
}

}  // namespace
}  // namespace jobmatch::cv::detail
