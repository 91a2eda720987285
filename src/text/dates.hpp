#pragma once
// Date normalisation: the sources write dates in many shapes; the catalogue stores ISO 8601.

#include <optional>
#include <string>
#include <string_view>

namespace jobmatch::text {

/// ISO "YYYY-MM-DD" for a date written as: ISO date or date-time ("2025-02-20",
/// "2025-02-20T13:26:04.059Z"), "DD/MM/YYYY", "DD-MM-YYYY", "DD.MM.YYYY", "YYYY/MM/DD",
/// French or English month names ("20 février 2025", "26-mars-22", "Feb 20, 2025",
/// "20 Feb 2025", "1er mars 2025"). Day-first for ambiguous numeric dates (the sources are
/// European). Two-digit years are 20YY. Returns nullopt for anything else, including invalid
/// calendar dates (2025-02-30) and years outside 1990..2100.
std::optional<std::string> parse_date_to_iso(std::string_view raw);

/// True when `iso` is a valid "YYYY-MM-DD" calendar date.
bool is_iso_date(std::string_view iso);

}  // namespace jobmatch::text
