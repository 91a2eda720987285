// libFuzzer target: plain text (the text reader: encodings, BOMs, line ends). Run by scripts/fuzz;
// see docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.hpp"
#include "documents/raw_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  jobmatch::fuzz::fuzz_document(bytes, jobmatch::documents::DocumentType::kText,
                                jobmatch::documents::read_text_file);
  return 0;
}
