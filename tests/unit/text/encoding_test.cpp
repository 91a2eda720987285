#include "text/encoding.hpp"

#include <gtest/gtest.h>

namespace jobmatch::text {
namespace {

TEST(DecodeWindows1252, MapsLatin1AndTheHighControlRange) {
  EXPECT_EQ(decode_windows_1252("Ing\xE9nieur d'\xE9tudes"), "Ingénieur d'études");
  EXPECT_EQ(decode_windows_1252("\x80 \x92 \x9C \x85"), "€ ’ œ …");
}

TEST(DecodeWindows1252, MarksUndefinedBytes) {
  EXPECT_EQ(decode_windows_1252("a\x81z"), "a\xEF\xBF\xBDz");
}

TEST(DecodeToUtf8, KeepsValidUtf8) {
  EXPECT_EQ(decode_to_utf8("Ingénieur €"), "Ingénieur €");
  EXPECT_EQ(decode_to_utf8("plain ascii"), "plain ascii");
}

TEST(DecodeToUtf8, ReadsLegacyTextAsWindows1252) {
  EXPECT_EQ(decode_to_utf8("{\"title\":\"D\xE9veloppeur C\xE9"
                           "dric \x80\"}"),
            "{\"title\":\"Développeur Cédric €\"}");
}

TEST(DecodeToUtf8, RepairsUtf8WithAStrayByte) {
  EXPECT_EQ(decode_to_utf8("été \xFF"), "été \xEF\xBF\xBD");
}

}  // namespace
}  // namespace jobmatch::text
