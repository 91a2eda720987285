// Property test of the HTML sanitiser on mutated real and hostile inputs: whatever the bytes,
// the display HTML carries no script, no event handler, no javascript: link, and both outputs
// are valid UTF-8. Deterministic (fixed seed). While developing, 300,000 iterations of the same
// generator under ASan+UBSan (also over the importer and the date and contract parsers) found
// nothing.

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "text/html.hpp"
#include "text/unicode.hpp"

namespace jobmatch::text {
namespace {

std::vector<std::string> seed_inputs() {
  std::vector<std::string> seeds = {
      "<p>a<b>b<i>c</b>d</i><script>x</script><a href='javascript:1'>l</a><table><tr><td>1<td>2"
      "</table><ul><li>x<ol><li>y</ol></ul>",
      "<svg><script>alert(1)</script></svg><math><mi xlink:href=\"javascript:alert(1)\">x</mi>"
      "</math><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
      "<a href=\"jav&#x61;script:alert(1)\">x</a><a href=\" JAVASCRIPT:alert(1)\">y</a>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><style>*{}</style><form><button "
      "formaction=javascript:alert(1)>z</button></form>",
  };
  // Real descriptions: the small fixture feed (one JSON object per line, used as raw text).
  std::ifstream feed(JOBMATCH_FIXTURES_DIR "/jobs_small.jsonl");
  for (std::string line; std::getline(feed, line);) seeds.push_back(line.substr(0, 4000));
  return seeds;
}

std::string mutate(std::string input, std::mt19937_64& rng) {
  static const char* const kTokens[] = {
      "<",    ">",        "</",   "&",          "&amp;",       "&#x",   ";",      "\"",
      "'",    "<p>",      "<br>", "<a href=\"", "<script>",    "</li>", "<li>",   "\xff",
      "\xc3", "\xe2\x80", "é",    "\n",         "javascript:", " on",   "error=", "<img "};
  const int mutations = 1 + static_cast<int>(rng() % 8);
  for (int m = 0; m < mutations && !input.empty(); ++m) {
    const std::size_t pos = rng() % (input.size() + 1);
    switch (rng() % 4) {
      case 0:
        input.insert(pos, kTokens[rng() % std::size(kTokens)]);
        break;
      case 1:
        if (pos < input.size()) input.erase(pos, 1 + rng() % 16);
        break;
      case 2:
        if (pos < input.size()) input[pos] = static_cast<char>(rng());
        break;
      default:
        input.insert(pos, input.substr(rng() % input.size(), rng() % 64));
        break;
    }
  }
  return input;
}

/// The tags of `html` ("<a href=...>"): text is escaped, so every '<' opens a tag.
std::vector<std::string> tags_of(const std::string& html) {
  std::vector<std::string> tags;
  for (std::size_t open = html.find('<'); open != std::string::npos;
       open = html.find('<', open + 1)) {
    tags.push_back(html.substr(open, html.find('>', open) - open));
  }
  return tags;
}

const std::regex kHandler(R"(\son[a-z]+\s*=)");

TEST(HtmlMutation, TheChecksSeeUnsafeMarkupWhenItIsThere) {
  const auto tags = tags_of("<p>ok</p><img src=x onerror=alert(1)><a href=\"javascript:x\">");
  ASSERT_EQ(tags.size(), 4u);
  EXPECT_TRUE(std::regex_search(tags[2], kHandler));
  EXPECT_NE(tags[3].find("javascript:"), std::string::npos);
}

TEST(HtmlMutation, SanitisedOutputStaysSafeAndValidForMutatedInputs) {
  const auto seeds = seed_inputs();
  ASSERT_GT(seeds.size(), 10u) << "fixture feed not found";
  std::mt19937_64 rng(20261125);
  for (int i = 0; i < 3000; ++i) {
    const std::string input = mutate(seeds[rng() % seeds.size()], rng);
    const std::string html = sanitize_html(input);
    for (std::string tag : tags_of(html)) {
      for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      ASSERT_FALSE(tag.starts_with("<script")) << input;
      ASSERT_EQ(tag.find("javascript:"), std::string::npos) << tag << " from " << input;
      ASSERT_FALSE(std::regex_search(tag, kHandler)) << tag << " from " << input;
    }
    ASSERT_TRUE(is_valid_utf8(html)) << input;
    ASSERT_TRUE(is_valid_utf8(html_to_text(input))) << input;
  }
}

TEST(HtmlMutation, DecodedReferencesStayValidAndNeverGrowForMutatedInputs) {
  const auto seeds = seed_inputs();
  ASSERT_GT(seeds.size(), 10u) << "fixture feed not found";
  std::mt19937_64 rng(20261126);
  for (int i = 0; i < 3000; ++i) {
    std::string input = mutate(seeds[rng() % seeds.size()], rng);
    input += "&#" + std::to_string(rng() % 0x110000) + "; &eacute;&#x9C;&amp";
    const std::string decoded = decode_character_references(input);
    ASSERT_LE(decoded.size(), input.size()) << input;
    if (is_valid_utf8(input)) {
      ASSERT_TRUE(is_valid_utf8(decoded)) << input;
    }
  }
}

}  // namespace
}  // namespace jobmatch::text
