#include "documents/docx_archive.hpp"

#include <zip.h>

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace jobmatch::documents {
namespace {

using core::ErrorCode;

constexpr std::string_view kResaveAdvice =
    "Réenregistrez-le avec Word (ou LibreOffice) au format .docx, ou envoyez-le en PDF.";

/// "25 Mo", "1,5 Mo": sizes in the unit French users see in their file manager.
std::string format_megabytes(std::size_t bytes) {
  const double megabytes = static_cast<double>(bytes) / (1u << 20);
  std::string text = fmt::format("{:.1f}", megabytes);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  std::replace(text.begin(), text.end(), '.', ',');
  return text + " Mo";
}

auto fail_corrupt(std::string details) {
  return core::fail(
      ErrorCode::kUnprocessable,
      fmt::format("Le fichier DOCX est corrompu ou tronqué : il n'a pas pu être ouvert. {}",
                  kResaveAdvice),
      std::move(details));
}

auto fail_protected(std::string details) {
  return core::fail(ErrorCode::kUnprocessable,
                    "Le document Word est protégé par mot de passe. Retirez la protection "
                    "(Fichier > Informations > Protéger le document) puis envoyez-le à nouveau.",
                    std::move(details));
}

/// Maps a libzip failure while opening or reading to the error the uploader sees.
auto fail_zip(zip_error_t* error, std::string_view what) {
  const int code = zip_error_code_zip(error);
  std::string details = fmt::format("{}: {}", what, zip_error_strerror(error));
  switch (code) {
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
      return fail_protected(std::move(details));
    case ZIP_ER_COMPNOTSUPP:
      return core::fail(ErrorCode::kUnprocessable,
                        fmt::format("Le fichier DOCX utilise une compression que nous ne savons "
                                    "pas lire. {}",
                                    kResaveAdvice),
                        std::move(details));
    case ZIP_ER_MEMORY:
      return core::fail(ErrorCode::kInternal, "Mémoire insuffisante pour lire le document.",
                        std::move(details));
    default:
      return fail_corrupt(std::move(details));
  }
}

auto fail_zip(zip_t* archive, std::string_view what) {
  return fail_zip(zip_get_error(archive), what);
}

auto fail_too_many_entries(std::uint64_t entries) {
  return core::fail(ErrorCode::kTooLarge,
                    fmt::format("Le fichier DOCX contient {} éléments ; la limite est de {}. Un CV "
                                "n'en contient que quelques dizaines : {}",
                                entries, kMaxDocxEntries, kResaveAdvice),
                    "too many zip entries");
}

/// Entry count from the end-of-central-directory record, read before libzip allocates one
/// structure per entry (a 10 MB upload can declare ~200,000 empty entries). 0 when there is no
/// record (libzip then reports the corruption) or when the count is in a ZIP64 record (libzip
/// reads it, and the count is checked again after opening).
std::size_t declared_entry_count(std::string_view bytes) {
  constexpr std::string_view kEndSignature("PK\x05\x06", 4);
  constexpr std::size_t kEndRecordSize = 22;
  const std::size_t at = bytes.rfind(kEndSignature);
  if (at == std::string_view::npos || bytes.size() - at < kEndRecordSize) return 0;
  const auto byte = [&](std::size_t offset) {
    return static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + offset]));
  };
  const std::size_t count = byte(10) | (byte(11) << 8);  // total entries, little-endian
  return count == 0xFFFF ? 0 : count;                    // 0xFFFF: see the ZIP64 record
}

struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

void DocxArchive::ZipDiscarder::operator()(zip* archive) const { zip_discard(archive); }

DocxArchive::DocxArchive(zip* archive, const ExtractionLimits& limits)
    : zip_(archive),
      max_inflated_bytes_(limits.max_docx_uncompressed_bytes),
      max_ratio_(limits.max_docx_compression_ratio) {}

core::Result<DocxArchive> DocxArchive::open(std::string_view bytes,
                                            const ExtractionLimits& limits) {
  // libzip opens an empty buffer as a new, empty archive; an empty upload is not a DOCX.
  if (bytes.empty()) return fail_corrupt("empty input");

  if (const std::size_t declared = declared_entry_count(bytes); declared > kMaxDocxEntries) {
    return fail_too_many_entries(declared);
  }

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    auto failure = fail_zip(&error, "zip_source_buffer_create");
    zip_error_fini(&error);
    return failure;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);  // on failure the source still belongs to us
    auto failure = fail_zip(&error, "zip_open_from_source");
    zip_error_fini(&error);
    return failure;
  }
  zip_error_fini(&error);

  DocxArchive docx(archive, limits);
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  if (entries < 0) return fail_corrupt("zip_get_num_entries failed");
  if (static_cast<std::size_t>(entries) > kMaxDocxEntries) return fail_too_many_entries(entries);
  return docx;
}

bool DocxArchive::has_part(std::string_view name) const {
  return zip_name_locate(zip_.get(), std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

std::vector<std::string> DocxArchive::part_names() const {
  std::vector<std::string> names;
  const zip_int64_t entries = zip_get_num_entries(zip_.get(), 0);
  for (zip_int64_t index = 0; index < entries; ++index) {
    const char* name = zip_get_name(zip_.get(), static_cast<zip_uint64_t>(index), 0);
    if (name != nullptr) names.emplace_back(name);
  }
  return names;
}

core::Result<void> DocxArchive::check_before_inflating(std::string_view name, std::size_t size,
                                                       std::size_t compressed_size) const {
  if (size > max_inflated_bytes_ - std::min(inflated_bytes_, max_inflated_bytes_)) {
    return core::fail(
        ErrorCode::kTooLarge,
        fmt::format("Le document Word est trop volumineux une fois décompressé : "
                    "son texte et sa mise en forme dépassent {} (la limite). "
                    "Allégez-le ou envoyez-le en PDF.",
                    format_megabytes(max_inflated_bytes_)),
        fmt::format("part {} inflates to {} bytes, {} already read", name, size, inflated_bytes_));
  }
  const double ratio =
      static_cast<double>(size) / static_cast<double>(std::max<std::size_t>(compressed_size, 1));
  if (size > kDocxRatioCheckFloor && ratio > max_ratio_) {
    return core::fail(ErrorCode::kTooLarge,
                      fmt::format("Le document Word contient une partie compressée {:.0f} fois "
                                  "(la limite est de {:.0f} fois) : c'est la signature d'une "
                                  "« bombe ZIP », il n'a pas été ouvert. {}",
                                  ratio, max_ratio_, kResaveAdvice),
                      fmt::format("part {}: {} -> {} bytes", name, compressed_size, size));
  }
  return {};
}

core::Result<std::string> DocxArchive::read_part(std::string_view name) {
  zip_t* archive = zip_.get();
  const zip_int64_t index = zip_name_locate(archive, std::string(name).c_str(), ZIP_FL_NOCASE);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (index < 0 || zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return fail_zip(archive, fmt::format("stat {}", name));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return fail_protected(fmt::format("part {} is encrypted", name));
  }
  if ((stat.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
    return fail_corrupt(fmt::format("part {} has no size", name));
  }
  const std::size_t declared = stat.size;
  if (auto checked = check_before_inflating(name, declared, stat.comp_size); !checked) {
    return fail_with(std::move(checked.error()));
  }
  inflated_bytes_ += declared;

  std::unique_ptr<zip_file_t, ZipFileCloser> file(
      zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) return fail_zip(archive, fmt::format("open {}", name));

  // Never trust the declared size: read exactly that much, then probe for one byte more.
  std::string content(declared, '\0');
  std::size_t total = 0;
  while (total < declared) {
    const zip_int64_t got = zip_fread(file.get(), content.data() + total, declared - total);
    if (got < 0) return fail_zip(zip_file_get_error(file.get()), name);
    if (got == 0) break;
    total += static_cast<std::size_t>(got);
  }
  if (total < declared) {
    return fail_corrupt(fmt::format("part {} is truncated", name));
  }
  char extra = 0;
  const zip_int64_t beyond = zip_fread(file.get(), &extra, 1);
  if (beyond > 0) {
    return core::fail(ErrorCode::kTooLarge,
                      fmt::format("Le document Word contient une partie plus grande que ce que "
                                  "son en-tête annonce ; il a été refusé par sécurité. {}",
                                  kResaveAdvice),
                      fmt::format("part {} inflates beyond its declared {} bytes", name, declared));
  }
  if (beyond < 0) return fail_zip(zip_file_get_error(file.get()), name);
  return content;
}

}  // namespace jobmatch::documents
