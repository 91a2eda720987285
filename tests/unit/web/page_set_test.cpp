#include "web/page_set.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.hpp"

namespace jobmatch::web {
namespace {

class PageSetTest : public ::testing::Test {
 protected:
  void SetUp() override { std::filesystem::create_directories(dir_.path() / "partials"); }
  void write(const std::string& relative, const std::string& content) {
    std::ofstream(dir_.path() / relative) << content;
  }
  testing::TempDir dir_;
};

TEST_F(PageSetTest, ReplacesAnIncludeLineByThePartialIndentedLikeIt) {
  write("partials/nav.html", "<nav>\n  <a href=\"/\">x</a>\n</nav>\n");
  auto page =
      expand_includes("<body>\n  <!--#include nav -->\n</body>\n", dir_.path() / "partials");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(*page, "<body>\n  <nav>\n    <a href=\"/\">x</a>\n  </nav>\n</body>\n");
}

TEST_F(PageSetTest, LeavesOtherCommentsAlone) {
  auto page = expand_includes("<!-- a comment -->\n<p>#include</p>", dir_.path() / "partials");
  ASSERT_TRUE(page);
  EXPECT_EQ(*page, "<!-- a comment -->\n<p>#include</p>");
}

TEST_F(PageSetTest, NamesAMissingPartial) {
  auto page = expand_includes("<!--#include nowhere -->\n", dir_.path() / "partials");
  ASSERT_FALSE(page);
  EXPECT_NE(page.error().message.find("nowhere.html"), std::string::npos);
}

TEST_F(PageSetTest, RefusesIncludeNamesThatLeaveTheFolder) {
  EXPECT_FALSE(expand_includes("<!--#include ../secret -->\n", dir_.path() / "partials"));
}

TEST_F(PageSetTest, LoadsEveryNamedPageAssembled) {
  write("partials/footer.html", "<footer>f</footer>\n");
  write("a.html", "<p>a</p>\n<!--#include footer -->\n");
  write("b.html", "<p>b</p>\n");
  auto pages = load_page_set(dir_.path(), {"a.html", "b.html"});
  ASSERT_TRUE(pages) << pages.error().message;
  EXPECT_EQ(pages->page("a.html"), "<p>a</p>\n<footer>f</footer>\n");
  EXPECT_EQ(pages->page("b.html"), "<p>b</p>\n");
  EXPECT_FALSE(load_page_set(dir_.path(), {"missing.html"}));
}

}  // namespace
}  // namespace jobmatch::web
