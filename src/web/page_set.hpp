#pragma once
// The static HTML pages of web/pages/, read once at start-up. A line `<!--#include NAME -->`
// is replaced by web/pages/partials/NAME.html (indented like the marker), so the navbar and
// the footer are written once for every page.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace jobmatch::web {

struct PageSet {
  std::map<std::string, std::string> html;  // file name ("index.html") -> assembled page
  const std::string& page(const std::string& name) const { return html.at(name); }
};

/// Reads `names` from `pages_dir` and expands their includes; an unreadable page or an unknown
/// partial is an error naming the file.
core::Result<PageSet> load_page_set(const std::filesystem::path& pages_dir,
                                    std::initializer_list<std::string_view> names);

/// `page` with every include line replaced by the partial of that name from `partials_dir`.
core::Result<std::string> expand_includes(std::string_view page,
                                          const std::filesystem::path& partials_dir);

}  // namespace jobmatch::web
