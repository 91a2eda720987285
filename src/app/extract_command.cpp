// `jobmatch extract FILE`: what the server would read from an uploaded CV, on the command line.
// Exit codes: 0 read, 1 the document is refused (type, limit, no text), 2 the file cannot be
// read at all.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "app/config.hpp"
#include "cv/profile.hpp"

namespace jobmatch::app {
namespace {

namespace fs = std::filesystem;

core::Result<std::string> read_document_file(const std::string& path, std::size_t max_bytes) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    return core::fail(core::ErrorCode::kNotFound, path + " is not a readable file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::fail(core::ErrorCode::kNotFound, path + " cannot be opened");
  // One byte past the limit is enough for extract_document to report the size.
  std::string bytes(max_bytes + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

// A string field of the profile JSON, "" when absent or null.
std::string text_of(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

void print_list(const char* title, const nlohmann::json& items, const char* field) {
  if (!items.is_array() || items.empty()) return;
  std::printf("%s:\n", title);
  for (const auto& item : items) {
    std::printf("  - %s\n", text_of(item, field).c_str());
  }
}

// A readable summary of the profile JSON, so both outputs come from one serialisation.
void print_profile(const nlohmann::json& profile) {
  std::printf("language: %s\n", text_of(profile, "language").c_str());
  std::printf("sections:");
  for (const auto& section : profile["sections"]) {
    std::printf(" %s", text_of(section, "kind").c_str());
  }
  const auto& years = profile["experience"]["total_years"];
  std::printf("\nexperience: %.1f years\n", years.is_number() ? years.get<double>() : 0.0);
  const auto& education = profile["education"];
  std::printf("education: %s\n", text_of(education, "highest_level").c_str());
  print_list("degrees", education["entries"], "label");
  std::printf("languages:\n");
  for (const auto& language : profile["languages"]) {
    std::printf("  - %s %s %s\n", text_of(language, "name").c_str(),
                text_of(language, "cefr").c_str(), text_of(language, "level").c_str());
  }
  print_list("certifications", profile["certifications"], "name");
  if (profile.contains("contact")) {
    const auto& contact = profile["contact"];
    std::printf("contact: %s\n", text_of(contact, "name").c_str());
    for (const char* field : {"emails", "phones", "links"}) {
      if (!contact.contains(field) || !contact[field].is_array()) continue;
      for (const auto& value : contact[field]) {
        if (value.is_string()) std::printf("  %s\n", value.get<std::string>().c_str());
      }
    }
  }
}

}  // namespace

int run_extract(const AppConfig& config) {
  const documents::ExtractionLimits limits = extraction_limits(config);
  auto bytes = read_document_file(config.extract_file, limits.max_file_bytes);
  if (!bytes) return print_error(bytes.error()), 2;
  auto doc = documents::extract_document(*bytes, limits);
  if (!doc) return print_error(doc.error()), 1;
  for (const auto& warning : doc->warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());

  nlohmann::json profile;
  if (config.extract_profile) {
    profile = cv::profile_to_json(
        cv::parse_cv_profile(doc->text, doc->headings, cv::profile_options_for_today()),
        cv::ContactVisibility::kOwner);
  }
  if (config.extract_json) {
    nlohmann::json out = {{"file", config.extract_file},
                          {"document_type", documents::document_type_name(doc->type)},
                          {"pages", doc->pages},
                          {"used_ocr", doc->used_ocr},
                          {"headings", doc->headings},
                          {"warnings", doc->warnings},
                          {"text", doc->text}};
    if (config.extract_profile) out["profile"] = profile;
    std::printf("%s\n", out.dump(2).c_str());
  } else if (config.extract_profile) {
    print_profile(profile);
  } else {
    std::printf("%s\n", doc->text.c_str());
  }
  return 0;
}

}  // namespace jobmatch::app
