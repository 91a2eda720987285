#include "text/html.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text/unicode.hpp"

namespace jobmatch::text {
namespace {

constexpr std::string_view kLinkSuffix = R"h( rel="nofollow noopener noreferrer" target="_blank")h";

std::string link(std::string_view href, std::string_view text) {
  return "<a href=\"" + std::string(href) + "\"" + std::string(kLinkSuffix) + ">" +
         std::string(text) + "</a>";
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// ---- looks_like_html

TEST(LooksLikeHtml, RecognisesCommonPostingMarkup) {
  EXPECT_TRUE(looks_like_html("<p>Bonjour</p>"));
  EXPECT_TRUE(looks_like_html("Ligne 1<br>Ligne 2"));
  EXPECT_TRUE(looks_like_html("Ligne 1<br/>Ligne 2"));
  EXPECT_TRUE(looks_like_html("<UL><LI>C++</LI></UL>"));
  EXPECT_TRUE(looks_like_html("<div class=\"x\">a</div>"));
}

TEST(LooksLikeHtml, IgnoresTextThatMerelyContainsAngleBrackets) {
  EXPECT_FALSE(looks_like_html("salaire < 40k"));
  EXPECT_FALSE(looks_like_html("3 < 5 et 5 > 3"));
  EXPECT_FALSE(looks_like_html("std::vector<int> et <T>"));
  EXPECT_FALSE(looks_like_html("email <jean@example.com>"));
  EXPECT_FALSE(looks_like_html("plain text"));
  EXPECT_FALSE(looks_like_html("ends with <"));
}

// ---- sanitize_html: what is kept

TEST(SanitizeHtml, KeepsAllowedFormattingElements) {
  const std::string html =
      "<p>Un <strong>poste</strong> <em>clé</em> <b>b</b> <i>i</i> <u>u</u> <code>x</code></p>"
      "<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote>q</blockquote><pre>p</pre>"
      "<h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>";
  EXPECT_EQ(sanitize_html(html), html);
}

TEST(SanitizeHtml, DemotesH1AndH2ToH3) {
  EXPECT_EQ(sanitize_html("<h1>Titre</h1><h2>Sous-titre</h2>"),
            "<h3>Titre</h3><h3>Sous-titre</h3>");
}

TEST(SanitizeHtml, KeepsTablesWithTheirSections) {
  EXPECT_EQ(sanitize_html("<table><thead><tr><th>A</th></tr></thead>"
                          "<tr><td>1</td></tr></table>"),
            "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody>"
            "</table>");
}

TEST(SanitizeHtml, EmitsBrAsAVoidElement) {
  EXPECT_EQ(sanitize_html("a<br>b<br/>c</br>"), "a<br>b<br>c<br>");
}

TEST(SanitizeHtml, KeepsHttpLinksAndAddsRelAndTarget) {
  EXPECT_EQ(sanitize_html(R"h(<a href="https://example.com/apply?x=1&amp;y=2">Postuler</a>)h"),
            link("https://example.com/apply?x=1&amp;y=2", "Postuler"));
  EXPECT_EQ(sanitize_html(R"h(<a href="http://example.com">site</a>)h"),
            link("http://example.com", "site"));
}

TEST(SanitizeHtml, KeepsMailtoLinks) {
  EXPECT_EQ(sanitize_html(R"h(<a href="mailto:rh@example.com">RH</a>)h"),
            link("mailto:rh@example.com", "RH"));
}

TEST(SanitizeHtml, ReplacesAttributesSetByTheAuthorOnLinks) {
  EXPECT_EQ(sanitize_html(R"h(<a href="https://e.com" target="_self" rel="opener" id="x">a</a>)h"),
            link("https://e.com", "a"));
}

TEST(SanitizeHtml, EscapesTextAndReEncodesEntities) {
  EXPECT_EQ(sanitize_html("<p>Salaire &lt; 40k &amp; primes \"fixes\" l'an</p>"),
            "<p>Salaire &lt; 40k &amp; primes &quot;fixes&quot; l&#39;an</p>");
}

TEST(SanitizeHtml, EscapesPlainTextInput) {
  EXPECT_EQ(sanitize_html("salaire < 40k"), "salaire &lt; 40k");
}

TEST(SanitizeHtml, UnwrapsUnknownElementsKeepingTheirText) {
  EXPECT_EQ(sanitize_html("<p><span style=\"color:red\">rouge</span> <font>f</font></p>"),
            "<p>rouge f</p>");
}

TEST(SanitizeHtml, UnwrapsNestedUnknownTags) {
  EXPECT_EQ(sanitize_html("<custom-a><x-b><blink>texte</blink></x-b></custom-a>"), "texte");
}

TEST(SanitizeHtml, SeparatesTheTextOfUnwrappedBlocksWithLineBreaks) {
  EXPECT_EQ(sanitize_html("<div>Profil</div><div>Missions</div>"), "Profil<br>Missions");
  EXPECT_EQ(sanitize_html("<div><p>a</p></div><div>b</div>"), "<p>a</p>b");
}

TEST(SanitizeHtml, BalancesUnclosedAndMisnestedTags) {
  EXPECT_EQ(sanitize_html("<p><strong>gras <em>les deux</strong> fin"),
            "<p><strong>gras <em>les deux</em></strong><em> fin</em></p>");
  EXPECT_EQ(sanitize_html("<ul><li>un<li>deux"), "<ul><li>un</li><li>deux</li></ul>");
}

TEST(SanitizeHtml, RepairsInvalidUtf8) {
  const std::string out = sanitize_html("<p>caf\xE9</p>");
  EXPECT_EQ(out, "<p>caf\uFFFD</p>");
  EXPECT_TRUE(is_valid_utf8(out));
}

TEST(SanitizeHtml, ReplacesControlCharactersWhetherOrNotTheInputHasMarkup) {
  // U+0092 is a Windows-1252 apostrophe decoded as Latin-1, common in scraped text.
  EXPECT_EQ(sanitize_html("l\u0092usine"), "l\uFFFDusine");
  EXPECT_EQ(sanitize_html("<p>l\u0092usine</p>"), "<p>l\uFFFDusine</p>");
  EXPECT_EQ(html_to_text("l\u0092usine"), html_to_text("<p>l\u0092usine</p>"));
}

TEST(SanitizeHtml, ReturnsEmptyForEmptyInput) { EXPECT_EQ(sanitize_html(""), ""); }

// ---- sanitize_html: XSS vectors

TEST(SanitizeHtml, DropsScriptElementsAndTheirContent) {
  EXPECT_EQ(sanitize_html("<p>a</p><script>alert(1)</script><p>b</p>"), "<p>a</p><p>b</p>");
  EXPECT_EQ(sanitize_html("<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok"), "ok");
}

TEST(SanitizeHtml, DropsScriptsHiddenInsideAllowedElements) {
  EXPECT_EQ(sanitize_html("<p>a<script>document.cookie</script>b</p>"), "<p>ab</p>");
}

TEST(SanitizeHtml, DropsEventHandlerAttributes) {
  EXPECT_EQ(sanitize_html(R"h(<img src=x onerror="alert(1)">)h"), "");
  EXPECT_EQ(sanitize_html(R"h(<p onclick="alert(1)" style="x">t</p>)h"), "<p>t</p>");
  EXPECT_EQ(sanitize_html(R"h(<b onmouseover=alert(1)>b</b>)h"), "<b>b</b>");
}

TEST(SanitizeHtml, DropsJavascriptUrls) {
  EXPECT_EQ(sanitize_html(R"h(<a href="javascript:alert(1)">x</a>)h"), "x");
}

TEST(SanitizeHtml, DropsJavascriptUrlsInMixedCase) {
  EXPECT_EQ(sanitize_html(R"h(<a href="JaVaScRiPt:alert(1)">x</a>)h"), "x");
}

TEST(SanitizeHtml, DropsEntityEncodedJavascriptUrls) {
  EXPECT_EQ(sanitize_html(R"h(<a href="jav&#x61;script:alert(1)">x</a>)h"), "x");
  EXPECT_EQ(sanitize_html(R"h(<a href="&#106;avascript&colon;alert(1)">x</a>)h"), "x");
}

TEST(SanitizeHtml, DropsJavascriptUrlsObfuscatedWithWhitespace) {
  EXPECT_EQ(sanitize_html("<a href=\" \tjava\nscript:alert(1)\">x</a>"), "x");
  EXPECT_EQ(sanitize_html(R"h(<a href="jav&#x09;ascript:alert(1)">x</a>)h"), "x");
}

TEST(SanitizeHtml, DropsDataAndVbscriptUrls) {
  EXPECT_EQ(sanitize_html(R"h(<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>)h"), "x");
  EXPECT_EQ(sanitize_html(R"h(<a href="vbscript:msgbox(1)">x</a>)h"), "x");
}

TEST(SanitizeHtml, DropsRelativeAndSchemeLessLinks) {
  EXPECT_EQ(sanitize_html(R"h(<a href="/jobs/1">x</a><a href="//evil.example">y</a><a>z</a>)h"),
            "xyz");
}

TEST(SanitizeHtml, TrimsControlCharactersAroundAcceptedUrls) {
  EXPECT_EQ(sanitize_html("<a href=\"  https://e.com/a\n\">x</a>"), link("https://e.com/a", "x"));
}

TEST(SanitizeHtml, EscapesQuotesInsideKeptUrls) {
  EXPECT_EQ(sanitize_html(R"h(<a href='https://e.com/"onmouseover="alert(1)'>x</a>)h"),
            link("https://e.com/&quot;onmouseover=&quot;alert(1)", "x"));
}

TEST(SanitizeHtml, DropsStyleElementsAndAttributes) {
  EXPECT_EQ(sanitize_html("<style>body{background:url(javascript:x)}</style><p style=\"x\">t</p>"),
            "<p>t</p>");
}

TEST(SanitizeHtml, DropsIframesObjectsAndEmbeds) {
  EXPECT_EQ(sanitize_html("<iframe src=\"https://evil.example\">fallback</iframe>"
                          "<object data=\"x.swf\"><param name=a value=b>o</object>"
                          "<embed src=\"x.swf\">ok"),
            "ok");
}

TEST(SanitizeHtml, DropsSvgWithOnloadAndEverythingInside) {
  EXPECT_EQ(sanitize_html("<svg onload=alert(1)><a href=\"https://e.com\">in svg</a></svg>ok"),
            "ok");
  EXPECT_EQ(sanitize_html("<svg><script>alert(1)</script></svg>"), "");
}

TEST(SanitizeHtml, DropsMathMlContent) {
  EXPECT_EQ(sanitize_html("<math><mtext><a href=\"javascript:x\">m</a></mtext></math>ok"), "ok");
}

TEST(SanitizeHtml, DropsFormsAndTemplates) {
  EXPECT_EQ(sanitize_html("<form action=\"https://evil.example\"><input name=p>"
                          "<button>Envoyer</button></form><template><p>t</p></template>ok"),
            "ok");
}

TEST(SanitizeHtml, DropsComments) {
  EXPECT_EQ(sanitize_html("a<!-- <script>alert(1)</script> -->b<!--[if IE]>c<![endif]-->"), "ab");
}

TEST(SanitizeHtml, NeutralisesMarkupSmuggledThroughRawTextElements) {
  // <noscript> and <title> content is never shown; <xmp> content is text, re-escaped.
  EXPECT_EQ(sanitize_html("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"), "");
  EXPECT_EQ(sanitize_html("<xmp><script>alert(1)</script></xmp>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;");
}

TEST(SanitizeHtml, NeverEmitsAnAttributeOtherThanLinkOnes) {
  const std::string out = sanitize_html(
      R"h(<p id=a class=b style=c title=d data-x=e onclick=f>t</p><td colspan=2>c</td>)h"
      R"h(<img src="https://e.com/a.png" alt="logo"><table border=1><tr><td>x</td></tr></table>)h");
  EXPECT_FALSE(contains(out, "="));
  EXPECT_FALSE(contains(out, "<img"));
}

TEST(SanitizeHtml, KeepsEveryParagraphOfALargePosting) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<p>ligne <b>" + std::to_string(i) + "</b></p>";
  const std::string out = sanitize_html(html);
  EXPECT_EQ(out.size(), html.size());
  EXPECT_TRUE(out.ends_with("<p>ligne <b>19999</b></p>"));
}

TEST(SanitizeHtml, SurvivesDeeplyNestedElements) {
  // The walk is iterative: depth is bounded by memory, not by the call stack. (gumbo itself is
  // quadratic in the depth of nested formatting elements, hence a moderate depth here.)
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<div><span><b>";
  html += "x";
  const std::string out = sanitize_html(html);
  EXPECT_TRUE(out.starts_with("<b><b><b>"));
  EXPECT_TRUE(contains(out, "x</b></b>"));
  EXPECT_EQ(html_to_text(html), "x");
}

TEST(SanitizeHtml, BreaksLinesOnlyBetweenTextInsideUnwrappedBlocks) {
  EXPECT_EQ(sanitize_html("<b><div>x</div></b>"), "<b>x</b>");
  EXPECT_EQ(sanitize_html("a<div><b>b</b></div>"), "a<br><b>b</b>");
}

// ---- html_to_text

TEST(HtmlToText, SeparatesParagraphsWithOneBlankLine) {
  EXPECT_EQ(html_to_text("<p>Profil</p><p>Missions</p>"), "Profil\n\nMissions");
}

TEST(HtmlToText, TurnsBrIntoLineBreaks) {
  EXPECT_EQ(html_to_text("ligne 1<br>ligne 2<br/>ligne 3"), "ligne 1\nligne 2\nligne 3");
}

TEST(HtmlToText, StartsListItemsWithADash) {
  EXPECT_EQ(html_to_text("<p>Compétences :</p><ul><li>C++</li><li> SQL </li></ul><p>Fin</p>"),
            "Compétences :\n\n- C++\n- SQL\n\nFin");
}

TEST(HtmlToText, KeepsNestedListsAttachedToTheirItem) {
  EXPECT_EQ(html_to_text("<ul><li>Langages<ul><li>C++</li></ul></li><li>Outils</li></ul>"),
            "- Langages\n- C++\n- Outils");
}

TEST(HtmlToText, DecodesEntities) {
  EXPECT_EQ(html_to_text("R&amp;D &lt;C++&gt; &eacute;t&eacute; &#8364; &nbsp;fin"),
            "R&D <C++> été € fin");
}

TEST(HtmlToText, DropsScriptsStylesAndComments) {
  EXPECT_EQ(html_to_text("<style>p{}</style><p>a<script>x()</script>b</p><!-- c -->"), "ab");
}

TEST(HtmlToText, CollapsesWhitespaceWithinLines) {
  EXPECT_EQ(html_to_text("<p>  Data \n\t Engineer  </p>"), "Data Engineer");
}

TEST(HtmlToText, NeverLeavesMoreThanOneBlankLine) {
  EXPECT_EQ(html_to_text("<p>a</p><p></p><br><br><br><div></div><p>b</p>"), "a\n\nb");
}

TEST(HtmlToText, PutsTableRowsOnLinesAndSeparatesCells) {
  EXPECT_EQ(html_to_text("<table><tr><th>Poste</th><th>Lieu</th></tr>"
                         "<tr><td>Dev</td><td>Paris</td></tr></table>"),
            "Poste | Lieu\nDev | Paris");
}

TEST(HtmlToText, KeepsLineBreaksInsidePre) {
  EXPECT_EQ(html_to_text("<pre>int a;\nint b;</pre>"), "int a;\nint b;");
}

TEST(HtmlToText, BreaksLinesAtDivBoundaries) {
  EXPECT_EQ(html_to_text("<div>Profil</div><div>Missions</div>"), "Profil\nMissions");
}

TEST(HtmlToText, ReturnsPlainTextUnchanged) {
  EXPECT_EQ(html_to_text("salaire < 40k"), "salaire < 40k");
  EXPECT_EQ(html_to_text(""), "");
}

// ---- escape_html and text_to_html

TEST(EscapeHtml, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(escape_html(R"h(<a href="x">Tom & Jerry's</a>)h"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(EscapeHtml, LeavesOtherTextAlone) { EXPECT_EQ(escape_html("Été 2025"), "Été 2025"); }

TEST(TextToHtml, WrapsBlankLineSeparatedParagraphsInP) {
  EXPECT_EQ(text_to_html("Profil\n\nMissions"), "<p>Profil</p><p>Missions</p>");
}

TEST(TextToHtml, TurnsSingleLineBreaksIntoBr) {
  EXPECT_EQ(text_to_html("- C++\r\n- SQL\n\n\n  \nFin"), "<p>- C++<br>- SQL</p><p>Fin</p>");
}

TEST(TextToHtml, EscapesMarkup) {
  EXPECT_EQ(text_to_html("<script>alert(1)</script>"),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
}

TEST(TextToHtml, ReturnsEmptyForBlankText) {
  EXPECT_EQ(text_to_html(""), "");
  EXPECT_EQ(text_to_html(" \n\n "), "");
}

TEST(DecodeCharacterReferences, DecodesNamedAndNumericReferences) {
  EXPECT_EQ(decode_character_references("exp&eacute;rience l&apos;&Eacute;t&eacute;"),
            "expérience l'Été");
  EXPECT_EQ(decode_character_references("&#233;&#xE9; &#x9C;uvre &#8217; a&nbsp;b"),
            "éé œuvre \u2019 a b");
  EXPECT_EQ(decode_character_references("&lt;p&gt; &amp;amp;"), "<p> &amp;");
  // Anything else stays: a lone '&', unknown names, no ';', invalid numbers become U+FFFD.
  EXPECT_EQ(decode_character_references("R&D, AT&T; &unknown; & &#;"),
            "R&D, AT&T; &unknown; & &#;");
  EXPECT_EQ(decode_character_references("&#0;&#xD800;"), "\uFFFD\uFFFD");
}

}  // namespace
}  // namespace jobmatch::text
