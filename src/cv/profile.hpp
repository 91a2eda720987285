#pragma once
// A CV profile read from the extracted text of a CV (French or English): its sections, contact
// details, experience periods, degrees, spoken languages and certifications. Best effort and
// deterministic; no input, however malformed, makes it throw.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace jobmatch::cv {

/// What a section of a CV is about, decided from its heading.
enum class SectionKind {
  kSummary,
  kExperience,
  kEducation,
  kSkills,
  kLanguages,
  kCertifications,
  kProjects,
  kInterests,
  kReferences,
  kContact,
  kOther,
};

/// Stable snake_case name of a kind: "summary", "experience", ..., "other".
std::string_view section_kind_name(SectionKind kind);

/// A heading and the text it governs; all offsets are bytes in the parsed text.
struct CvSection {
  SectionKind kind = SectionKind::kOther;
  std::string heading;  // as written, whitespace collapsed
  std::size_t heading_start = 0;
  std::size_t body_start = 0;
  std::size_t body_end = 0;  // the next heading, or the end of the text
};

/// One period of work found as a date range ("Jan 2020 - Present", "2019–2023").
struct ExperienceEntry {
  std::string title;  // the line the range belongs to, without the dates; may be empty
  std::string start;  // "YYYY-MM" or "YYYY"
  std::string end;    // same shape; empty when current
  bool current = false;
  double years = 0.0;
  std::size_t offset = 0;  // of the date range
};

/// A degree: level on the French scale and the words that named it.
struct EducationEntry {
  std::string level;  // "bac", "bac+2", "bac+3", "bac+5" or "bac+8"
  std::string label;  // as written: "Master", "Diplôme d'ingénieur", "BTS", "Bachelor of Science"
  int year = 0;       // graduation (last year on the entry), 0 when none
  std::size_t offset = 0;
};

/// A spoken language and how well it is spoken.
struct LanguageEntry {
  std::string code;   // ISO 639-1: "fr", "en", "ar"...
  std::string name;   // French display name: "français", "anglais"...
  std::string cefr;   // "A1".."C2", stated or derived from a test score; "" when unknown
  std::string level;  // "natif", "bilingue", "courant", "professionnel", "intermédiaire",
                      // "notions" or ""
  std::size_t offset = 0;
};

struct CertificationEntry {
  std::string name;
  int year = 0;  // 0 when none
  std::size_t offset = 0;
};

/// Private data: shown only to the CV's owner, never logged.
struct ContactDetails {
  std::string name;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::vector<std::string> links;
  std::string location;
};

struct CvProfile {
  std::string language;  // "fr" or "en": the dominant language of the CV
  std::vector<CvSection> sections;
  ContactDetails contact;
  std::vector<ExperienceEntry> experience;
  double total_experience_years = 0.0;   // union of the periods, overlaps counted once; the
                                         // stated years when the CV dates no period
  double stated_experience_years = 0.0;  // "5 years of experience" written in the CV, 0 if none
  std::vector<EducationEntry> education;
  std::string highest_education_level;  // "" when no degree was found
  std::vector<LanguageEntry> languages;
  std::vector<CertificationEntry> certifications;
  std::vector<std::string> skills_section_lines;  // raw non-empty lines of the skills sections
};

struct ProfileOptions {
  int reference_year = 2025;  // "Present", "aujourd'hui" and "depuis 2021" end here: pass today
  int reference_month = 1;
};

/// Options for a CV read now: the current year and month (UTC).
ProfileOptions profile_options_for_today();

/// Reads a profile from normalised text (NFC, '\n' line ends). `heading_hints` are lines the
/// layout flagged as headings (bigger or bold font, DOCX heading styles); they make heading
/// detection more lenient but are optional. Texts above 1 MiB are read up to that size.
CvProfile parse_cv_profile(std::string_view text, std::span<const std::string> heading_hints,
                           const ProfileOptions& options);

/// Who the JSON is for: contact details are only ever shown to the CV's owner.
enum class ContactVisibility { kOwner, kRedacted };

/// The API shape of a profile (snake_case keys, years rounded to one decimal, null for absent
/// values). kRedacted leaves the "contact" object out entirely.
nlohmann::json profile_to_json(const CvProfile& profile, ContactVisibility visibility);

}  // namespace jobmatch::cv
