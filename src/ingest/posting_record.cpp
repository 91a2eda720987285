#include "ingest/posting_record.hpp"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "text/contract.hpp"
#include "text/dates.hpp"
#include "text/encoding.hpp"
#include "text/html.hpp"
#include "text/unicode.hpp"

namespace jobmatch::ingest {

using core::ErrorCode;
using core::JobPosting;
using core::Result;
using nlohmann::json;

namespace {

/// Multi-line text with Windows line ends made Unix ones and blank edges removed.
std::string trim_text_block(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '\r') out += c;
  }
  const auto first = out.find_first_not_of(" \t\n");
  if (first == std::string::npos) return {};
  const auto last = out.find_last_not_of(" \t\n");
  return out.substr(first, last - first + 1);
}

/// A string field of the record: absent or null is empty; numbers are written out (some feeds
/// send salaries or ids as numbers); anything else is an error naming the field.
Result<std::string> read_text_field(const json& record, const char* name, std::size_t max_bytes,
                                    bool one_line) {
  const auto found = record.find(name);
  if (found == record.end() || found->is_null()) return std::string{};
  std::string value;
  if (found->is_string()) {
    value = found->get<std::string>();
  } else if (found->is_number()) {
    value = found->dump();
  } else {
    return core::fail(ErrorCode::kInvalidInput,
                      std::string("field '") + name + "' must be a string");
  }
  if (value.size() > max_bytes) {
    return core::fail(ErrorCode::kInvalidInput, std::string("field '") + name + "' longer than " +
                                                    std::to_string(max_bytes) + " bytes");
  }
  value = text::normalize_nfc(value);
  return one_line ? text::collapse_whitespace(value) : trim_text_block(value);
}

Result<std::vector<std::string>> read_skills(const json& record, std::size_t max_skills) {
  std::vector<std::string> skills;
  const auto found = record.find("skills");
  if (found == record.end() || found->is_null()) return skills;
  if (!found->is_array()) {
    return core::fail(ErrorCode::kInvalidInput, "field 'skills' must be a list of strings");
  }
  for (const auto& skill : *found) {
    if (!skill.is_string()) {
      return core::fail(ErrorCode::kInvalidInput, "field 'skills' must be a list of strings");
    }
    std::string label = text::collapse_whitespace(text::normalize_nfc(skill.get<std::string>()));
    if (!label.empty() && skills.size() < max_skills) skills.push_back(std::move(label));
  }
  return skills;
}

/// Only http(s) links are kept: anything else (javascript:, data:) must never reach a page.
std::string keep_web_url(std::string url) {
  const auto lower_prefix = [&url](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    }
    return true;
  };
  const bool web = lower_prefix("http://") || lower_prefix("https://");
  const bool has_space = url.find_first_of(" \t\r\n\"<>") != std::string::npos;
  return web && !has_space ? url : std::string{};
}

/// A stable id for records that carry none, so re-importing them is still idempotent.
std::string content_fingerprint(const JobPosting& job) {
  const std::string content = job.title + '\x1f' + job.company + '\x1f' + job.location + '\x1f' +
                              job.job_url + '\x1f' + job.description_text.substr(0, 2000);
  unsigned char hash[8];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(content.data()),
                     content.size(), nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string(job.source.empty() ? "unknown" : job.source) + ":" + hex;
}

void set_description(JobPosting& job, const std::string& raw) {
  // Plain text may still carry character references: "exp&eacute;rience" would split the word
  // for matching and show as such on the page, and "&lt;p&gt;" is escaped markup.
  const std::string text =
      text::looks_like_html(raw) ? raw : text::decode_character_references(raw);
  if (text::looks_like_html(text)) {
    job.description = text::sanitize_html(text);
    job.description_text = text::html_to_text(text);
  } else {
    job.description = text;
    job.description_text = text;
  }
}

void classify_contract(JobPosting& job, const std::string& employment_type) {
  auto contract = text::parse_contract_type(job.contract_raw);
  if (!contract) contract = text::parse_contract_type(employment_type);
  if (contract) job.contrat = std::string(text::contract_label(*contract));
  auto working_time = text::parse_working_time(job.contract_raw);
  if (!working_time) working_time = text::parse_working_time(employment_type);
  if (working_time) job.job_type = std::string(text::working_time_label(*working_time));
}

std::string normalise_date(const std::string& date, const std::string& date_raw) {
  if (auto iso = text::parse_date_to_iso(date)) return *iso;
  if (auto iso = text::parse_date_to_iso(date_raw)) return *iso;
  return {};
}

}  // namespace

Result<JobPosting> parse_posting_record(std::string_view json_line, const RecordLimits& limits) {
  const std::string line = text::decode_to_utf8(json_line);
  json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return core::fail(ErrorCode::kInvalidInput, "not valid JSON");
  if (!record.is_object()) {
    return core::fail(ErrorCode::kInvalidInput, "a record must be a JSON object");
  }
  JobPosting job;
  const std::size_t field = limits.max_field_bytes;
  std::string description, date, date_raw, employment_type, url;
  // Each entry: the record's field, where it goes, and its size limit.
  const std::tuple<const char*, std::string*, std::size_t> fields[] = {
      {"title", &job.title, field},
      {"company", &job.company, field},
      {"location", &job.location, field},
      {"country", &job.country, 8},
      {"salary", &job.salary, field},
      {"source", &job.source, 100},
      {"source_id", &job.source_id, field},
      {"id", &job.external_id, field},
      {"language", &job.language, 16},
      {"remote", &job.remote, 100},
      {"experience", &job.experience, field},
      {"contract", &job.contract_raw, field},
      {"url", &url, 8'000},
      {"date", &date, 100},
      {"date_raw", &date_raw, 100},
      {"employment_type", &employment_type, 100},
      {"description", &description, limits.max_description_bytes},
  };
  for (const auto& [name, target, max_bytes] : fields) {
    const bool one_line = target != &description;
    auto value = read_text_field(record, name, max_bytes, one_line);
    if (!value) return std::unexpected(value.error());
    *target = std::move(*value);
  }
  if (job.title.empty()) return core::fail(ErrorCode::kInvalidInput, "missing title");
  if (text::count_code_points(job.title) > limits.max_title_chars) {
    return core::fail(
        ErrorCode::kInvalidInput,
        "title longer than " + std::to_string(limits.max_title_chars) + " characters");
  }
  auto skills = read_skills(record, limits.max_skills);
  if (!skills) return std::unexpected(skills.error());
  job.skills = std::move(*skills);
  job.job_url = keep_web_url(std::move(url));
  job.date = normalise_date(date, date_raw);
  set_description(job, description);
  classify_contract(job, employment_type);
  if (job.external_id.empty()) job.external_id = content_fingerprint(job);
  return job;
}

}  // namespace jobmatch::ingest
