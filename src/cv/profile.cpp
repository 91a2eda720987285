#include "cv/profile.hpp"

#include <algorithm>
#include <ctime>

#include "cv/certifications.hpp"
#include "cv/contact.hpp"
#include "cv/cv_text.hpp"
#include "cv/education.hpp"
#include "cv/experience.hpp"
#include "cv/languages.hpp"
#include "cv/sections.hpp"
#include "cv/stated_experience.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv {
namespace {

constexpr std::size_t kMaxTextBytes = 1u << 20;  // a 20-page CV is ~100 KB of text
constexpr std::size_t kMaxSkillLines = 500;
constexpr std::size_t kLanguageSampleBytes = 200'000;

constexpr std::string_view kFrenchStopWords[] = {
    "le",   "la",    "les", "des", "du",   "de",  "et",   "en",   "un", "une", "pour",
    "avec", "dans",  "sur", "au",  "aux",  "par", "est",  "sont", "ou", "qui", "que",
    "ce",   "cette", "ses", "son", "nous", "je",  "chez", "d",    "l"};
constexpr std::string_view kEnglishStopWords[] = {
    "the", "and", "of", "to",  "in",   "for",  "with", "on", "at",   "by",  "from", "is", "are",
    "as",  "an",  "my", "was", "were", "this", "that", "be", "have", "has", "will", "our"};

/// Whether `raw` holds letters of French spelling (é, è, ê, à, ç): the tie-breaker when no
/// stop word decides, e.g. a CV made of keywords only.
bool has_french_letters(std::string_view raw) {
  for (const std::string_view letter :
       {"\xC3\xA9", "\xC3\xA8", "\xC3\xAA", "\xC3\xA0", "\xC3\xA7"}) {
    if (raw.find(letter) != std::string_view::npos) return true;
  }
  return false;
}

/// "fr" or "en" by stop-word counts.
std::string detect_language(const detail::CvText& text) {
  std::size_t french = 0;
  std::size_t english = 0;
  const std::string_view folded = text.folded().substr(0, kLanguageSampleBytes);
  for (const detail::Token& token : detail::tokenize(folded)) {
    if (token.kind != detail::TokenKind::kWord) continue;
    const auto is = [&](std::string_view w) { return token.text == w; };
    french += std::any_of(std::begin(kFrenchStopWords), std::end(kFrenchStopWords), is);
    english += std::any_of(std::begin(kEnglishStopWords), std::end(kEnglishStopWords), is);
  }
  if (french != english) return french > english ? "fr" : "en";
  return has_french_letters(text.raw().substr(0, kLanguageSampleBytes)) ? "fr" : "en";
}

std::vector<std::string> skills_lines(const detail::CvText& text,
                                      std::span<const CvSection> sections) {
  std::vector<std::string> lines;
  for (const std::size_t index : detail::lines_in_sections(text, sections, SectionKind::kSkills)) {
    if (detail::is_heading_line(text, sections, index)) continue;
    std::string line = detail::collapse_spaces(text.raw_line(text.lines()[index]));
    if (!line.empty()) lines.push_back(std::move(line));
    if (lines.size() >= kMaxSkillLines) break;
  }
  return lines;
}

}  // namespace

std::string_view section_kind_name(SectionKind kind) {
  switch (kind) {
    case SectionKind::kSummary:
      return "summary";
    case SectionKind::kExperience:
      return "experience";
    case SectionKind::kEducation:
      return "education";
    case SectionKind::kSkills:
      return "skills";
    case SectionKind::kLanguages:
      return "languages";
    case SectionKind::kCertifications:
      return "certifications";
    case SectionKind::kProjects:
      return "projects";
    case SectionKind::kInterests:
      return "interests";
    case SectionKind::kReferences:
      return "references";
    case SectionKind::kContact:
      return "contact";
    case SectionKind::kOther:
      return "other";
  }
  return "other";
}

ProfileOptions profile_options_for_today() {
  // gmtime_r rather than <chrono> calendar types: the fuzz build's clang 14 compiles this file.
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return {utc.tm_year + 1900, utc.tm_mon + 1};
}

CvProfile parse_cv_profile(std::string_view text, std::span<const std::string> heading_hints,
                           const ProfileOptions& options) {
  // Cut on a character boundary so that offsets stay valid in the caller's text.
  if (text.size() > kMaxTextBytes) {
    std::size_t cut = kMaxTextBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  const detail::CvText cv_text(text);
  CvProfile profile;
  profile.language = detect_language(cv_text);
  profile.sections = detail::find_sections(cv_text, heading_hints);
  profile.contact = detail::extract_contact(cv_text, profile.sections);
  detail::ExperienceSummary experience =
      detail::extract_experience(cv_text, profile.sections, options);
  profile.experience = std::move(experience.entries);
  profile.total_experience_years = experience.total_years;
  profile.stated_experience_years = detail::find_stated_experience_years(cv_text);
  if (profile.experience.empty()) profile.total_experience_years = profile.stated_experience_years;
  profile.education = detail::extract_education(cv_text, profile.sections);
  profile.highest_education_level = detail::highest_education_level(profile.education);
  profile.languages = detail::extract_languages(cv_text, profile.sections);
  profile.certifications = detail::extract_certifications(cv_text, profile.sections);
  profile.skills_section_lines = skills_lines(cv_text, profile.sections);
  return profile;
}

}  // namespace jobmatch::cv
