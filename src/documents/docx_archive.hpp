#pragma once
// The ZIP container of a DOCX, read from memory with the zip-bomb guards: each part is checked
// against the central directory and the limits before it is inflated, then inflated with a bound
// so that a lying header cannot make us produce more than it declared. Internal to documents.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "documents/documents.hpp"

struct zip;  // libzip's zip_t, kept out of this header

namespace jobmatch::documents {

/// More entries than any real DOCX has (a CV has 10-40); beyond it the file is refused.
inline constexpr std::size_t kMaxDocxEntries = 200;

/// Parts below this inflated size skip the ratio check: XML legitimately compresses 20-50x, and a
/// small part cannot hurt even at a huge ratio (the total budget still applies).
inline constexpr std::size_t kDocxRatioCheckFloor = 1u << 20;

/// Passes an Error from one Result to another through core::fail, so these files do not depend on
/// how core::Result is implemented.
inline auto fail_with(core::Error error) {
  return core::fail(error.code, std::move(error.message), std::move(error.details));
}

/// A DOCX archive opened read-only over caller-owned bytes.
class DocxArchive {
 public:
  /// Opens `bytes` (which must outlive the archive). kUnprocessable when it is not a readable
  /// zip, kTooLarge above kMaxDocxEntries entries.
  static core::Result<DocxArchive> open(std::string_view bytes, const ExtractionLimits& limits);

  /// Whether a part exists (OPC part names are case-insensitive).
  bool has_part(std::string_view name) const;

  /// Names of every entry, in central-directory order.
  std::vector<std::string> part_names() const;

  /// Inflates one part, counting it against limits.max_docx_uncompressed_bytes. kTooLarge for a
  /// limit (checked before inflating, then enforced while inflating), kUnprocessable when the
  /// part is encrypted, missing or corrupt.
  core::Result<std::string> read_part(std::string_view name);

 private:
  struct ZipDiscarder {
    void operator()(zip* archive) const;
  };

  DocxArchive(zip* archive, const ExtractionLimits& limits);
  core::Result<void> check_before_inflating(std::string_view name, std::size_t size,
                                            std::size_t compressed_size) const;

  std::unique_ptr<zip, ZipDiscarder> zip_;
  std::size_t max_inflated_bytes_;
  double max_ratio_;
  std::size_t inflated_bytes_ = 0;  // sum of the declared sizes of the parts read so far
};

}  // namespace jobmatch::documents
