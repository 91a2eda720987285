#include "cv/contact.hpp"

#include <algorithm>
#include <functional>

#include "cv/sections.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr std::size_t kMaxItems = 10;
constexpr std::size_t kMaxEmailLocal = 64;
constexpr std::size_t kMaxEmailDomain = 253;
constexpr std::size_t kMaxPhoneBytes = 30;
constexpr std::size_t kMaxLinkBytes = 300;

struct Found {
  std::string value;
  std::size_t offset = 0;
};

using Visit = std::function<void(std::size_t offset, std::string_view value)>;

bool is_email_local_char(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_email_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

bool is_valid_domain(std::string_view domain) {
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.find("..") != std::string_view::npos) {
    return false;
  }
  const std::string_view tld = domain.substr(dot + 1);
  return tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) {
           return is_ascii_lower(c) || is_ascii_upper(c);
         });
}

void scan_emails(std::string_view raw, const Visit& visit) {
  for (std::size_t at = raw.find('@'); at != std::string_view::npos; at = raw.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && at - begin < kMaxEmailLocal && is_email_local_char(raw[begin - 1])) --begin;
    while (begin < at && (raw[begin] == '.' || raw[begin] == '-')) ++begin;
    std::size_t end = at + 1;
    while (end < raw.size() && end - at <= kMaxEmailDomain && is_email_domain_char(raw[end])) ++end;
    while (end > at + 1 && (raw[end - 1] == '.' || raw[end - 1] == '-')) --end;
    if (begin == at || !is_valid_domain(raw.substr(at + 1, end - at - 1))) continue;
    visit(begin, raw.substr(begin, end - begin));
  }
}

bool is_phone_char(char c) {
  return is_ascii_digit(c) || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')';
}

/// Whether the digits of a candidate, grouped as written, make a phone number.
bool looks_like_phone(std::string_view candidate, std::string_view digits) {
  const std::size_t plus = candidate.find('+');
  const bool international =
      (plus != std::string_view::npos && plus <= 1) || digits.starts_with("00");
  if (international) return digits.size() >= 8 && digits.size() <= 15;
  if (digits.size() != 10) return false;
  if (digits[0] == '0') return digits[1] != '0';  // French: 0X XX XX XX XX
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567.
  std::vector<std::size_t> groups;
  std::size_t run = 0;
  for (const char c : candidate) {
    if (is_ascii_digit(c)) {
      ++run;
    } else if (run > 0) {
      groups.push_back(run);
      run = 0;
    }
  }
  if (run > 0) groups.push_back(run);
  return groups == std::vector<std::size_t>{3, 3, 4};
}

void scan_phones(std::string_view raw, const Visit& visit) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (!(is_ascii_digit(c) || c == '+' || c == '(')) continue;
    if (i > 0 && (is_ascii_alnum(raw[i - 1]) || raw[i - 1] == '/' || raw[i - 1] == '.' ||
                  raw[i - 1] == '-' || raw[i - 1] == '+')) {
      continue;
    }
    std::size_t end = i + 1;
    while (end < raw.size() && end - i < kMaxPhoneBytes &&
           (is_phone_char(raw[end]) || (raw[end] == '+' && raw[end - 1] == '('))) {
      if (raw[end] == ' ' && end + 1 < raw.size() && raw[end + 1] == ' ') break;  // a column gap
      ++end;
    }
    while (end > i && !is_ascii_digit(raw[end - 1])) --end;
    if (end < raw.size() && (is_ascii_alnum(raw[end]) || raw[end] == '/')) continue;
    const std::string_view candidate = raw.substr(i, end - i);
    std::string digits;
    for (const char d : candidate) {
      if (is_ascii_digit(d)) digits += d;
    }
    if (looks_like_phone(candidate, digits)) {
      visit(i, candidate);
      i = end;
    }
  }
}

constexpr std::string_view kLinkMarkers[] = {
    "https://",           "http://",     "www.",        "linkedin.com/",
    "github.com/",        "gitlab.com/", "github.io",   "bitbucket.org/",
    "stackoverflow.com/", "medium.com/", "kaggle.com/", "behance.net/"};

bool is_link_boundary(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == ')' || c == '<' || c == '>' ||
         c == '|' || c == '"' || c == ',' || c == ';' || c == '[' || c == ']' ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// A host with a dot after the scheme and "www." ("https://" cut by a line break is not), no
/// email address.
bool is_plausible_link(std::string_view link) {
  if (link.find('@') != std::string_view::npos || link.size() > kMaxLinkBytes) return false;
  const std::size_t scheme = link.find("://");
  std::string_view host = scheme == std::string_view::npos ? link : link.substr(scheme + 3);
  if (host.size() >= 4 && (host[0] == 'w' || host[0] == 'W') && host.substr(1, 3) == "ww.") {
    host.remove_prefix(4);
  }
  const std::size_t dot = host.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 2 < host.size() &&
         is_ascii_alnum(host[dot + 1]);
}

void scan_links(std::string_view raw, const Visit& visit) {
  // ASCII lower-casing keeps offsets aligned with `raw`; URLs are ASCII.
  std::string lower(raw);
  for (char& c : lower) {
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  std::vector<std::size_t> starts;
  for (const std::string_view marker : kLinkMarkers) {
    for (std::size_t at = lower.find(marker); at != std::string::npos;
         at = lower.find(marker, at + 1)) {
      starts.push_back(at);
    }
  }
  std::sort(starts.begin(), starts.end());
  std::size_t covered_until = 0;
  for (const std::size_t i : starts) {
    if (i < covered_until) continue;
    std::size_t begin = i;
    while (begin > 0 && !is_link_boundary(raw[begin - 1])) --begin;
    std::size_t end = i;
    while (end < raw.size() && !is_link_boundary(raw[end])) ++end;
    covered_until = end;
    while (end > begin && (raw[end - 1] == '.' || raw[end - 1] == ':' || raw[end - 1] == '\''))
      --end;
    const std::string_view link = raw.substr(begin, end - begin);
    if (!is_plausible_link(link)) continue;
    visit(begin, link);
  }
}

std::vector<Found> collect(std::string_view raw, void (*scan)(std::string_view, const Visit&)) {
  std::vector<Found> found;
  scan(raw, [&](std::size_t offset, std::string_view value) {
    found.push_back(Found{std::string(value), offset});
  });
  return found;
}

/// Values outside the references sections, first spelling kept, at most kMaxItems.
std::vector<std::string> owner_values(std::vector<Found> found,
                                      std::span<const CvSection> sections) {
  std::vector<std::string> values;
  std::vector<std::string> keys;
  for (Found& item : found) {
    if (in_section(sections, SectionKind::kReferences, item.offset)) continue;
    std::string key = fold_with_offsets(item.value, nullptr);
    std::erase_if(key,
                  [](char c) { return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')'; });
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    keys.push_back(std::move(key));
    values.push_back(std::move(item.value));
    if (values.size() >= kMaxItems) break;
  }
  return values;
}

}  // namespace

std::vector<std::string> find_emails(std::string_view raw) {
  return owner_values(collect(raw, scan_emails), {});
}

std::vector<std::string> find_phones(std::string_view raw) {
  return owner_values(collect(raw, scan_phones), {});
}

std::vector<std::string> find_links(std::string_view raw) {
  return owner_values(collect(raw, scan_links), {});
}

ContactDetails extract_contact(const CvText& text, std::span<const CvSection> sections) {
  ContactDetails contact;
  contact.emails = owner_values(collect(text.raw(), scan_emails), sections);
  contact.phones = owner_values(collect(text.raw(), scan_phones), sections);
  contact.links = owner_values(collect(text.raw(), scan_links), sections);
  contact.name = find_person_name(text, sections);
  contact.location = find_location(text, sections);
  return contact;
}

}  // namespace jobmatch::cv::detail
