#pragma once
// Minimal PDF writer for tests: text pages and image-only (scanned) pages, with a correct
// cross-reference table so readers need no repair.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace jobmatch::documents::testing {

/// Assembles numbered objects 1..n (object 1 the catalog) into a complete PDF file.
inline std::string assemble_pdf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

inline std::string stream_object(std::string_view dictionary, std::string_view data) {
  return "<< " + std::string(dictionary) + " /Length " + std::to_string(data.size()) +
         " >>\nstream\n" + std::string(data) + "\nendstream";
}

/// A PDF whose pages each show one line of ASCII text in Helvetica.
inline std::string pdf_with_text_pages(const std::vector<std::string>& lines) {
  // 1 catalog, 2 pages, 3 font, then per page: page object and content stream.
  std::vector<std::string> objects(3);
  std::string kids;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t page = 4 + 2 * i;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        "<< /F1 3 0 R >> >> /Contents " +
        std::to_string(page + 1) + " 0 R >>");
    objects.push_back(stream_object("", "BT /F1 12 Tf 72 760 Td (" + lines[i] + ") Tj ET"));
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(lines.size()) + " >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  return assemble_pdf(objects);
}

struct JpegFrame {
  int width = 0;
  int height = 0;
  int components = 0;  // 1 grey, 3 colour
};

/// Size and colour components from a JPEG's start-of-frame marker; zeros when not found.
inline JpegFrame jpeg_frame(std::string_view jpeg) {
  for (std::size_t i = 2; i + 9 < jpeg.size();) {
    if (static_cast<unsigned char>(jpeg[i]) != 0xFF) return {};
    const auto marker = static_cast<unsigned char>(jpeg[i + 1]);
    const std::size_t length =
        (static_cast<unsigned char>(jpeg[i + 2]) << 8) | static_cast<unsigned char>(jpeg[i + 3]);
    if (marker >= 0xC0 && marker <= 0xC3) {
      const int height =
          (static_cast<unsigned char>(jpeg[i + 5]) << 8) | static_cast<unsigned char>(jpeg[i + 6]);
      const int width =
          (static_cast<unsigned char>(jpeg[i + 7]) << 8) | static_cast<unsigned char>(jpeg[i + 8]);
      return {width, height, static_cast<unsigned char>(jpeg[i + 9])};
    }
    i += 2 + length;
  }
  return {};
}

/// A one-page PDF that is only a picture: what a scanner produces.
inline std::string pdf_with_scanned_page(std::string_view jpeg, int dpi) {
  const auto [width, height, components] = jpeg_frame(jpeg);
  const double page_width = width * 72.0 / dpi;
  const double page_height = height * 72.0 / dpi;
  char media[96];
  std::snprintf(media, sizeof media, "[0 0 %.2f %.2f]", page_width, page_height);
  char draw[96];
  std::snprintf(draw, sizeof draw, "q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q", page_width, page_height);
  return assemble_pdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox " + std::string(media) +
          " /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
      stream_object("/Type /XObject /Subtype /Image /Width " + std::to_string(width) + " /Height " +
                        std::to_string(height) +
                        (components == 1 ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB") +
                        " /BitsPerComponent 8 /Filter /DCTDecode",
                    jpeg),
      stream_object("", draw),
  });
}

}  // namespace jobmatch::documents::testing
