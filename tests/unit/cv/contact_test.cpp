#include "cv/contact.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cv/sections.hpp"

namespace jobmatch::cv::detail {
namespace {

using Strings = std::vector<std::string>;

ContactDetails contact_of(std::string_view text) {
  const CvText cv_text(text);
  return extract_contact(cv_text, find_sections(cv_text, {}));
}

TEST(CvContact, FindsEmailAddresses) {
  EXPECT_EQ(find_emails("Email: jean.dupont+cv@exemple.fr, J.Dupont@Exemple.fr. "
                        "jean.dupont+cv@EXEMPLE.FR user@localhost @twitter a@b.c"),
            (Strings{"jean.dupont+cv@exemple.fr", "J.Dupont@Exemple.fr"}));
}

TEST(CvContact, FindsInternationalFrenchAndNorthAmericanPhones) {
  EXPECT_EQ(find_phones("Tél : +33 6 12 34 56 78 / 06.12.34.56.78 | (+33)685474644 | "
                        "+216 22 123 456 | +1 (555) 123-4567 | 555-987-6543 | 0033 1 23 45 67 89"),
            (Strings{"+33 6 12 34 56 78", "06.12.34.56.78", "(+33)685474644", "+216 22 123 456",
                     "+1 (555) 123-4567", "555-987-6543", "0033 1 23 45 67 89"}));
}

TEST(CvContact, DoesNotMistakeDatesOrIdsForPhones) {
  EXPECT_TRUE(
      find_phones("2017 - 2019, 01/02/2010 - 30/05/2010, ID 1234567890123, v2019.10.12").empty());
}

TEST(CvContact, FindsLinksWithAndWithoutScheme) {
  EXPECT_EQ(find_links("linkedin.com/in/jean-dupont | github.com/jdupont. "
                       "Site: https://jdupont.dev/blog, www.exemple.fr (portfolio) "
                       "name.github.io/cv mailto:jean@github.com https://"),
            (Strings{"linkedin.com/in/jean-dupont", "github.com/jdupont",
                     "https://jdupont.dev/blog", "www.exemple.fr", "name.github.io/cv"}));
}

TEST(CvContact, FindsTheNameNearTheTop) {
  EXPECT_EQ(contact_of("CURRICULUM VITAE\nMarie-Claire de La Fontaine\nIngénieure Data\n").name,
            "Marie-Claire de La Fontaine");
  EXPECT_EQ(contact_of("\n   JEAN DUPONT   \nDéveloppeur Full Stack\n").name, "JEAN DUPONT");
  EXPECT_EQ(contact_of("Data Scientist\nSkills\nPython\n").name, "");
  EXPECT_EQ(contact_of("Expérience Professionnelle\nJean Dupont\n").name, "");
}

TEST(CvContact, FindsTheLocationNearTheTop) {
  EXPECT_EQ(contact_of("Jean Dupont\n12 rue de la Paix, 75002 Paris\n").location,
            "12 rue de la Paix, 75002 Paris");
  EXPECT_EQ(contact_of("Jean Dupont\nParis, France | jean@exemple.fr\n").location, "Paris, France");
  EXPECT_EQ(contact_of("John Doe\nLocation: Austin, TX\n").location, "Austin, TX");
  EXPECT_EQ(contact_of("John Doe\nSan Francisco, CA\n").location, "San Francisco, CA");
  EXPECT_EQ(contact_of("John Doe\nWorked at Example 2019, then 2020\n").location, "");
}

TEST(CvContact, LeavesTheRefereesDetailsOut) {
  const ContactDetails contact = contact_of(
      "Jean Dupont\njean@exemple.fr\nRéférences\nPaul Martin, paul@exemple.fr, "
      "06 11 22 33 44\n");
  EXPECT_EQ(contact.emails, Strings{"jean@exemple.fr"});
  EXPECT_TRUE(contact.phones.empty());
}

}  // namespace
}  // namespace jobmatch::cv::detail
