#pragma once
// Internal to the cv module: contact details of the CV's owner. Scanned by hand rather than
// with std::regex, which is too slow for a 20-page CV parsed on every upload.

#include <span>
#include <string>
#include <vector>

#include "cv/cv_text.hpp"
#include "cv/profile.hpp"

namespace jobmatch::cv::detail {

/// Emails, phones and links anywhere but in the references sections (the referees' details
/// are not the owner's), the name and the location near the top.
ContactDetails extract_contact(const CvText& text, std::span<const CvSection> sections);

/// Email addresses of `raw`, as written, without duplicates (case-insensitive).
std::vector<std::string> find_emails(std::string_view raw);

/// Phone numbers: international (+33 6 12 34 56 78, (+33)685474644, 0033...), French
/// (06 12 34 56 78, 06.12.34.56.78) and North American ((555) 123-4567, 555-123-4567).
std::vector<std::string> find_phones(std::string_view raw);

/// http(s) URLs, www. addresses and profile links without a scheme (linkedin.com/in/...,
/// github.com/..., name.github.io).
std::vector<std::string> find_links(std::string_view raw);

/// The first line near the top that reads as a person's name: 2 to 4 capitalised words, no
/// digits, not a job title or heading. "" when none.
std::string find_person_name(const CvText& text, std::span<const CvSection> sections);

/// A location near the top or in the contact sections: "Location: ...", a postal code and
/// city ("75011 Paris"), or "City, Country" / "City, ST". "" when none.
std::string find_location(const CvText& text, std::span<const CvSection> sections);

}  // namespace jobmatch::cv::detail
