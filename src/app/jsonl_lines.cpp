#include "app/jsonl_lines.hpp"

#include <fstream>
#include <iostream>

namespace jobmatch::app {

namespace {

// One CV and one posting fit comfortably; a longer line is a mistake, not a document.
constexpr std::size_t kMaxLineBytes = 16u << 20;

nlohmann::json error_line(const nlohmann::json& id, const std::string& message) {
  return {{"id", id}, {"error", message}};
}

}  // namespace

core::Result<std::size_t> map_json_lines(
    const std::string& path,
    const std::function<core::Result<nlohmann::json>(const nlohmann::json&)>& answer) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return core::fail(core::ErrorCode::kNotFound, path + " cannot be opened");
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::size_t failed = 0;
  std::size_t number = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = "line " + std::to_string(number) + ": ";
    nlohmann::json out;
    const nlohmann::json record =
        line.size() > kMaxLineBytes
            ? nlohmann::json(nlohmann::json::value_t::discarded)
            : nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object()) {
      out = error_line(nullptr, where + "not a JSON object (or longer than 16 MB)");
    } else if (auto answered = answer(record); !answered) {
      out = error_line(record.value("id", nlohmann::json()), where + answered.error().message);
    } else {
      out = std::move(*answered);
    }
    if (out.contains("error")) {
      ++failed;
      std::fprintf(stderr, "%s\n", out["error"].get<std::string>().c_str());
    }
    const std::string text = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
  }
  return failed;
}

}  // namespace jobmatch::app
