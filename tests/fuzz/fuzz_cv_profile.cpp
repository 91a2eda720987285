// libFuzzer target: the CV profile parser (sections, dates, degrees, languages, contact) and its
// JSON view. The first input byte picks which of the first eight lines are passed as layout
// heading hints, so the fuzzer explores the lenient heading path too; the rest is the CV text.
// Run by scripts/fuzz; see docs/fuzzing.md.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "cv/profile.hpp"
#include "text/unicode.hpp"

namespace {

using jobmatch::cv::ContactVisibility;
using jobmatch::cv::CvProfile;

void require(bool holds, const char* promise) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", promise);
  std::abort();
}

/// Lines whose index (0..7) has its bit set in `mask`, as the documents module would flag them.
std::vector<std::string> pick_heading_hints(std::string_view text, unsigned mask) {
  std::vector<std::string> hints;
  std::size_t start = 0;
  for (unsigned index = 0; index < 8 && start <= text.size(); ++index) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (mask & (1u << index)) hints.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return hints;
}

/// profile.hpp: every offset points into the parsed text, and durations are finite and >= 0.
void check_profile(const CvProfile& profile, std::size_t text_size) {
  for (const auto& section : profile.sections) {
    require(section.heading_start <= section.body_start, "a heading starts before its body");
    require(section.body_start <= section.body_end, "a section body has start <= end");
    require(section.body_end <= text_size, "a section ends inside the text");
  }
  for (const auto& entry : profile.experience) {
    require(entry.offset <= text_size, "an experience offset is inside the text");
    require(std::isfinite(entry.years) && entry.years >= 0.0, "experience years are >= 0");
  }
  require(std::isfinite(profile.total_experience_years) && profile.total_experience_years >= 0.0,
          "total experience years are >= 0");
  for (const auto& entry : profile.education) {
    require(entry.offset <= text_size, "an education offset is inside the text");
  }
  for (const auto& entry : profile.languages) {
    require(entry.offset <= text_size, "a language offset is inside the text");
  }
  for (const auto& entry : profile.certifications) {
    require(entry.offset <= text_size, "a certification offset is inside the text");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned hint_mask = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::vector<std::string> hints = pick_heading_hints(text, hint_mask);

  const CvProfile profile =
      jobmatch::cv::parse_cv_profile(text, hints, {.reference_year = 2025, .reference_month = 6});
  check_profile(profile, text.size());

  // Valid UTF-8 in must give JSON that serialises strictly (dump() throws on a string cut
  // inside a character); other input is only required not to crash.
  const bool valid_input = jobmatch::text::is_valid_utf8(text);
  for (auto visibility : {ContactVisibility::kOwner, ContactVisibility::kRedacted}) {
    const nlohmann::json json = jobmatch::cv::profile_to_json(profile, visibility);
    const std::string dumped =
        valid_input ? json.dump()
                    : json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    require(!dumped.empty(), "the profile serialises");
  }
  return 0;
}
