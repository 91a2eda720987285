#include "text/unicode.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jobmatch::text {
namespace {

TEST(IsValidUtf8, AcceptsAsciiAndMultiByteText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("Été à Montréal — 40 000 € 🚀"));
}

TEST(IsValidUtf8, RejectsMalformedSequences) {
  EXPECT_FALSE(is_valid_utf8("caf\xE9"));           // Latin-1 é
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated two-byte sequence
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
}

TEST(RepairUtf8, LeavesValidTextUnchanged) {
  const std::string text = "Développeur C++ — 50 k€";
  EXPECT_EQ(repair_utf8(text), text);
}

TEST(RepairUtf8, ReplacesEachInvalidByteWithTheReplacementCharacter) {
  EXPECT_EQ(repair_utf8("caf\xE9 cr\xE8me"), "caf\uFFFD cr\uFFFDme");
}

TEST(RepairUtf8, ReplacesATruncatedSequenceWithOneReplacementCharacter) {
  // "\xE2\x82" is the start of "€" cut short: one maximal subpart, one U+FFFD.
  EXPECT_EQ(repair_utf8("40\xE2\x82 net"), "40\uFFFD net");
}

TEST(RepairUtf8, ProducesValidUtf8FromArbitraryBytes) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  EXPECT_TRUE(is_valid_utf8(repair_utf8(bytes)));
}

TEST(NormalizeNfc, ComposesADecomposedAccent) {
  EXPECT_EQ(normalize_nfc("e\u0301te\u0301"), "\u00E9t\u00E9");
}

TEST(NormalizeNfc, KeepsAlreadyComposedTextAndCase) {
  EXPECT_EQ(normalize_nfc("Ingénieur Été"), "Ingénieur Été");
}

TEST(NormalizeNfc, RepairsInvalidBytesBeforeNormalising) {
  EXPECT_EQ(normalize_nfc("a\xFF"
                          "e\u0301"),
            "a\uFFFD\u00E9");
}

TEST(FoldForMatching, LowerCasesAndStripsAccents) {
  EXPECT_EQ(fold_for_matching("Écoute Été"), "ecoute ete");
}

TEST(FoldForMatching, FoldsDecomposedAndComposedFormsToTheSameText) {
  EXPECT_EQ(fold_for_matching("Re\u0301sume\u0301"), fold_for_matching("Résumé"));
  EXPECT_EQ(fold_for_matching("Résumé"), "resume");
}

TEST(FoldForMatching, FoldsFrenchCharactersBeyondAcuteAccents) {
  EXPECT_EQ(fold_for_matching("ÇA GARÇON NAÏF ÎLE Où"), "ca garcon naif ile ou");
}

TEST(FoldForMatching, ExpandsOeAndAeLigatures) {
  EXPECT_EQ(fold_for_matching("Main-d'Œuvre cæcum"), "main-d'oeuvre caecum");
}

TEST(FoldForMatching, MapsTypographicApostrophesToAscii) {
  EXPECT_EQ(fold_for_matching("Contrat d\u2019apprentissage"), "contrat d'apprentissage");
}

TEST(FoldForMatching, FoldsGermanSharpS) { EXPECT_EQ(fold_for_matching("Straße"), "strasse"); }

TEST(FoldForMatching, LowerCasesPlainAscii) {
  EXPECT_EQ(fold_for_matching("C++ DevOps"), "c++ devops");
}

TEST(FoldForMatching, RepairsInvalidBytes) { EXPECT_EQ(fold_for_matching("CAF\xC9"), "caf\uFFFD"); }

TEST(CollapseWhitespace, CollapsesRunsAndTrimsBothEnds) {
  EXPECT_EQ(collapse_whitespace("  Data \t\n  Engineer \r\n"), "Data Engineer");
}

TEST(CollapseWhitespace, TreatsNoBreakSpacesAsWhitespace) {
  EXPECT_EQ(collapse_whitespace("40\u00A0000\u202F€ \u00A0 brut"), "40 000 € brut");
}

TEST(TrimSpaces, TrimsAsciiSpacesAtBothEndsOnly) {
  EXPECT_EQ(trim_spaces(" \t Data  Engineer\r\f"), "Data  Engineer");
  EXPECT_EQ(trim_spaces(" \t\r"), "");
  EXPECT_EQ(trim_spaces("\nx\n"), "\nx\n");  // line breaks are not spaces here
}

TEST(CollapseWhitespace, ReturnsEmptyForBlankInput) {
  EXPECT_EQ(collapse_whitespace(" \t\n\u00A0"), "");
  EXPECT_EQ(collapse_whitespace(""), "");
}

}  // namespace
}  // namespace jobmatch::text

namespace jobmatch::text {
namespace {

TEST(CountCodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  EXPECT_EQ(count_code_points("été"), 3u);
  EXPECT_EQ(count_code_points("日本"), 2u);
  EXPECT_EQ(count_code_points("\xF0\x9F\x98\x80"), 1u);
}

TEST(CountVisibleCodePoints, CountsCharactersThatAreNotWhitespace) {
  EXPECT_EQ(count_visible_code_points(" \t\nÉté 2025\r\n"), 7u);
  EXPECT_EQ(count_visible_code_points("\n \f\v"), 0u);
  EXPECT_EQ(count_visible_code_points("•\xF0\x9F\x92\xBC"), 2u);  // one 3-byte, one 4-byte
}

TEST(IsGluedFullStop, TellsTwoGluedSentencesFromADottedName) {
  const auto glued = [](std::string_view text) { return is_glued_full_stop(text, text.find('.')); };
  EXPECT_TRUE(glued("domain.Strong background"));
  EXPECT_TRUE(glued("Excel.Tableau"));
  EXPECT_TRUE(glued("activité.Nous recrutons"));
  EXPECT_TRUE(glued("SQL.Docker est un plus"));
  EXPECT_TRUE(glued("in 2019.We grew"));
  for (const char* name : {"ASP.NET", "Node.js", "Socket.IO", "Asp.Net", "VB.Net", "Vue.Js",
                           "3.5 ans", "word. Next", "end.", "(.Net)", "M.Sc.", "B.Tech", "J.Doe"}) {
    EXPECT_FALSE(glued(name)) << name;
  }
  EXPECT_FALSE(is_glued_full_stop("a.Bc", 0));  // not a dot
}

}  // namespace
}  // namespace jobmatch::text
