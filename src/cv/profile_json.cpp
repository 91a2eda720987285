// The API shape of a CV profile. Absent values are null rather than "" or 0 so that clients
// can tell "unknown" from a value.

#include <cmath>

#include "cv/profile.hpp"
#include "text/unicode.hpp"

namespace jobmatch::cv {
namespace {

using nlohmann::json;

double round_one_decimal(double years) { return std::round(years * 10.0) / 10.0; }

/// Text copied from the CV may hold invalid UTF-8, which nlohmann::json refuses to dump.
json utf8_text(const std::string& value) {
  return text::is_valid_utf8(value) ? json(value) : json(text::repair_utf8(value));
}

json text_list(const std::vector<std::string>& values) {
  json out = json::array();
  for (const std::string& value : values) out.push_back(utf8_text(value));
  return out;
}

json string_or_null(const std::string& value) {
  return value.empty() ? json(nullptr) : utf8_text(value);
}

json year_or_null(int year) { return year > 0 ? json(year) : json(nullptr); }

json sections_json(const std::vector<CvSection>& sections) {
  json out = json::array();
  for (const CvSection& s : sections) {
    out.push_back({{"kind", section_kind_name(s.kind)},
                   {"heading", utf8_text(s.heading)},
                   {"start", s.heading_start},
                   {"end", s.body_end}});
  }
  return out;
}

json contact_json(const ContactDetails& contact) {
  return {{"name", string_or_null(contact.name)},
          {"emails", text_list(contact.emails)},
          {"phones", text_list(contact.phones)},
          {"links", text_list(contact.links)},
          {"location", string_or_null(contact.location)}};
}

json experience_json(const CvProfile& profile) {
  json entries = json::array();
  for (const ExperienceEntry& e : profile.experience) {
    entries.push_back({{"title", string_or_null(e.title)},
                       {"start", e.start},
                       {"end", string_or_null(e.end)},
                       {"current", e.current},
                       {"years", round_one_decimal(e.years)}});
  }
  const json stated = profile.stated_experience_years > 0
                          ? json(round_one_decimal(profile.stated_experience_years))
                          : json(nullptr);
  return {{"total_years", round_one_decimal(profile.total_experience_years)},
          {"stated_years", stated},
          {"entries", std::move(entries)}};
}

json education_json(const CvProfile& profile) {
  json entries = json::array();
  for (const EducationEntry& e : profile.education) {
    entries.push_back(
        {{"level", e.level}, {"label", utf8_text(e.label)}, {"year", year_or_null(e.year)}});
  }
  return {{"highest_level", string_or_null(profile.highest_education_level)},
          {"entries", std::move(entries)}};
}

json languages_json(const std::vector<LanguageEntry>& languages) {
  json out = json::array();
  for (const LanguageEntry& l : languages) {
    out.push_back({{"code", l.code},
                   {"name", l.name},
                   {"cefr", string_or_null(l.cefr)},
                   {"level", string_or_null(l.level)}});
  }
  return out;
}

json certifications_json(const std::vector<CertificationEntry>& certifications) {
  json out = json::array();
  for (const CertificationEntry& c : certifications) {
    out.push_back({{"name", utf8_text(c.name)}, {"year", year_or_null(c.year)}});
  }
  return out;
}

}  // namespace

json profile_to_json(const CvProfile& profile, ContactVisibility visibility) {
  json out = json::object();
  out["language"] = profile.language;
  out["sections"] = sections_json(profile.sections);
  if (visibility == ContactVisibility::kOwner) out["contact"] = contact_json(profile.contact);
  out["experience"] = experience_json(profile);
  out["education"] = education_json(profile);
  out["languages"] = languages_json(profile.languages);
  out["certifications"] = certifications_json(profile.certifications);
  out["skills"] = json::array();  // filled by the skills extractor
  return out;
}

}  // namespace jobmatch::cv
