#include "web/page_set.hpp"

#include <fstream>
#include <sstream>

namespace jobmatch::web {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kIncludeOpen = "<!--#include ";
constexpr std::string_view kIncludeClose = "-->";

core::Result<std::string> read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "missing page " + path.string() + ": is --web-dir right?");
  }
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

/// Appends `partial` with every line indented by `indent`.
void append_indented(std::string& out, std::string_view partial, std::string_view indent) {
  while (!partial.empty()) {
    const auto end = partial.find('\n');
    const std::string_view line = partial.substr(0, end);
    if (!line.empty()) out.append(indent);
    out.append(line);
    out += '\n';
    partial = end == std::string_view::npos ? std::string_view{} : partial.substr(end + 1);
  }
}

}  // namespace

core::Result<std::string> expand_includes(std::string_view page, const fs::path& partials_dir) {
  std::string out;
  out.reserve(page.size() * 2);
  while (!page.empty()) {
    const auto end = page.find('\n');
    const std::string_view line = page.substr(0, end);
    page = end == std::string_view::npos ? std::string_view{} : page.substr(end + 1);
    const auto indent_end = line.find_first_not_of(" \t");
    const std::string_view body =
        indent_end == std::string_view::npos ? std::string_view{} : line.substr(indent_end);
    if (!body.starts_with(kIncludeOpen) || !body.ends_with(kIncludeClose)) {
      out.append(line);
      if (end != std::string_view::npos) out += '\n';
      continue;
    }
    std::string name(
        body.substr(kIncludeOpen.size(), body.size() - kIncludeOpen.size() - kIncludeClose.size()));
    name.erase(name.find_last_not_of(' ') + 1);
    if (name.empty() || name.find_first_of("/\\.") != std::string::npos) {
      return core::fail(core::ErrorCode::kInvalidInput, "bad include name '" + name + "'");
    }
    auto partial = read_file(partials_dir / (name + ".html"));
    if (!partial) return partial;
    append_indented(out, *partial, line.substr(0, indent_end));
  }
  return out;
}

core::Result<PageSet> load_page_set(const fs::path& pages_dir,
                                    std::initializer_list<std::string_view> names) {
  PageSet pages;
  for (std::string_view name : names) {
    auto raw = read_file(pages_dir / name);
    if (!raw) return std::unexpected(raw.error());
    auto assembled = expand_includes(*raw, pages_dir / "partials");
    if (!assembled) return std::unexpected(assembled.error());
    pages.html[std::string(name)] = std::move(*assembled);
  }
  return pages;
}

}  // namespace jobmatch::web
