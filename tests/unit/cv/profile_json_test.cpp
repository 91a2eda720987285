#include "cv/profile.hpp"

#include <gtest/gtest.h>

namespace jobmatch::cv {
namespace {

using nlohmann::json;

CvProfile sample_profile() {
  CvProfile p;
  p.language = "fr";
  p.sections.push_back(
      CvSection{SectionKind::kExperience, "Expérience professionnelle", 123, 150, 456});
  p.contact = ContactDetails{
      "Jean Dupont", {"jean@exemple.fr"}, {"06 12 34 56 78"}, {"github.com/jdupont"}, "Lyon"};
  p.experience.push_back(ExperienceEntry{"Développeur", "2019-01", "", true, 4.9166, 200});
  p.total_experience_years = 4.45;
  p.education.push_back(EducationEntry{"bac+5", "Master", 2020, 300});
  p.education.push_back(EducationEntry{"bac", "Bac", 0, 320});
  p.highest_education_level = "bac+5";
  p.languages.push_back(LanguageEntry{"en", "anglais", "C1", "courant", 400});
  p.languages.push_back(LanguageEntry{"es", "espagnol", "", "", 410});
  p.certifications.push_back(CertificationEntry{"AWS Certified Solutions Architect", 2022, 420});
  return p;
}

TEST(CvProfileJson, HasTheApiShape) {
  const json expected = json::parse(R"({
    "language": "fr",
    "sections": [{"kind": "experience", "heading": "Expérience professionnelle",
                  "start": 123, "end": 456}],
    "contact": {"name": "Jean Dupont", "emails": ["jean@exemple.fr"],
                "phones": ["06 12 34 56 78"], "links": ["github.com/jdupont"],
                "location": "Lyon"},
    "experience": {"total_years": 4.5, "stated_years": null,
                   "entries": [{"title": "Développeur", "start": "2019-01", "end": null,
                                "current": true, "years": 4.9}]},
    "education": {"highest_level": "bac+5",
                  "entries": [{"level": "bac+5", "label": "Master", "year": 2020},
                              {"level": "bac", "label": "Bac", "year": null}]},
    "languages": [{"code": "en", "name": "anglais", "cefr": "C1", "level": "courant"},
                  {"code": "es", "name": "espagnol", "cefr": null, "level": null}],
    "certifications": [{"name": "AWS Certified Solutions Architect", "year": 2022}],
    "skills": []
  })");
  EXPECT_EQ(profile_to_json(sample_profile(), ContactVisibility::kOwner), expected);
}

TEST(CvProfileJson, RedactedLeavesTheContactOut) {
  const json out = profile_to_json(sample_profile(), ContactVisibility::kRedacted);
  EXPECT_FALSE(out.contains("contact"));
  EXPECT_EQ(out.dump().find("jean@exemple.fr"), std::string::npos);
  EXPECT_TRUE(out.contains("experience"));
}

TEST(CvProfileJson, AnEmptyProfileHasNullsAndEmptyLists) {
  const json out = profile_to_json(CvProfile{}, ContactVisibility::kOwner);
  EXPECT_TRUE(out["education"]["highest_level"].is_null());
  EXPECT_TRUE(out["contact"]["name"].is_null());
  EXPECT_EQ(out["experience"]["total_years"], 0.0);
  EXPECT_TRUE(out["skills"].is_array());
}

TEST(CvProfileJson, RepairsInvalidUtf8CopiedFromTheCv) {
  CvProfile p;
  p.sections.push_back(CvSection{SectionKind::kOther, "Bad \xFF heading", 0, 0, 0});
  EXPECT_NO_THROW(profile_to_json(p, ContactVisibility::kOwner).dump());
}

}  // namespace
}  // namespace jobmatch::cv
