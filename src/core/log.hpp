#pragma once
// Logging set-up: spdlog to stderr, structured "event=... key=value" lines. Never log secrets,
// passwords, session tokens or CV contents.

#include <string_view>

namespace jobmatch::core {

/// Configures the default logger; `level` is one of trace, debug, info, warn, error, off.
void setup_logging(std::string_view level);

}  // namespace jobmatch::core
