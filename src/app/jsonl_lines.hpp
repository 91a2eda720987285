#pragma once
// Internal to the app: the JSON Lines batch commands (skills --jsonl, match --pairs) read one
// object per line and answer one line per input line, in order, so outputs align with inputs.

#include <cstdio>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace jobmatch::app {

/// Calls `answer` with each line's object (or an Error for a line that is not one) and prints
/// what it returns as one line of stdout. "-" reads stdin. Returns the number of failed lines,
/// or an Error when the file cannot be read.
core::Result<std::size_t> map_json_lines(
    const std::string& path,
    const std::function<core::Result<nlohmann::json>(const nlohmann::json&)>& answer);

}  // namespace jobmatch::app
