#include "documents/ocr.hpp"

#include <gtest/gtest.h>

namespace jobmatch::documents {
namespace {

TEST(RejoinSplitLetters, GluesTheLettersOfALetterSpacedName) {
  EXPECT_EQ(rejoin_split_letters("H arvey Den t Q (123) 456"), "Harvey Dent Q (123) 456");
  EXPECT_EQ(rejoin_split_letters("E xpérience\nF ormation"), "Expérience\nFormation");
}

TEST(RejoinSplitLetters, KeepsOneLetterWords) {
  EXPECT_EQ(rejoin_split_letters("I am a developer"), "I am a developer");
  EXPECT_EQ(rejoin_split_letters("A team il y a deux ans"), "A team il y a deux ans");
  EXPECT_EQ(rejoin_split_letters("Plan B and Vitamin C"), "Plan B and Vitamin C");
  EXPECT_EQ(rejoin_split_letters("3 x 4 m"), "3 x 4 m");
}

}  // namespace
}  // namespace jobmatch::documents
