// CV upload, check, profile and removal against the real server: the seed's "Endpoints CV",
// the session cookie, atomic replacement, and bad uploads that must leave nothing on disk.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "shared_server.hpp"
#include "unit/documents/docx_builder.hpp"

namespace jobmatch::integration {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

std::string read_fixture(const std::string& name) {
  std::ifstream in(fixture_path("documents/" + name), std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t files_in(const fs::path& dir) {
  std::size_t count = 0;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
    ++count;
  return count;
}

/// The `name=value` part of a Set-Cookie header.
std::string cookie_pair(const std::string& set_cookie) {
  return set_cookie.substr(0, set_cookie.find(';'));
}

class CvUpload : public WithSharedServer<CvUpload> {
 public:
  // These tests upload far more than the default 10 CVs a minute from one address.
  static ServerOptions server_options() {
    return small_catalogue({{"JOBMATCH_MAX_UPLOADS_PER_MINUTE", "1000"}});
  }

 protected:
  ApiAnswer upload(const std::string& bytes, const std::string& filename,
                   const std::string& field = "cv_file", const std::string& cookie = "") {
    auto http = client();
    httplib::Headers headers;
    if (!cookie.empty()) headers.emplace("Cookie", cookie);
    const httplib::MultipartFormDataItems items = {{field, bytes, filename, "application/pdf"}};
    return to_answer(http.Post("/upload-cv", headers, items));
  }

  ApiAnswer get_with(const std::string& path, const std::string& cookie) {
    auto http = client();
    return get(http, path, {{"Cookie", cookie}});
  }

  ApiAnswer post_with(const std::string& path, const std::string& cookie) {
    auto http = client();
    return to_answer(http.Post(path, {{"Cookie", cookie}}, "", "text/plain"));
  }

  /// Uploads `bytes` as `filename` and expects a JSON error with `status` and nothing stored.
  void expect_refused(const std::string& bytes, const std::string& filename, int status,
                      std::string_view code) {
    const std::size_t before = files_in(server().uploads_dir());
    const ApiAnswer answer = upload(bytes, filename);
    EXPECT_TRUE(is_json_error(answer, status, code)) << filename << ": " << answer.raw_body;
    EXPECT_EQ(answer.header("Set-Cookie"), "") << filename;
    EXPECT_EQ(files_in(server().uploads_dir()), before) << filename << " left a file behind";
  }
};

TEST_F(CvUpload, UploadsCheckShowsAndRemovesACv) {
  const ApiAnswer uploaded = upload(read_fixture("harvey_dent_mle.pdf"), "harvey_dent_mle.pdf");
  ASSERT_EQ(uploaded.status, 200) << uploaded.raw_body;
  EXPECT_EQ(uploaded.body["success"], true);
  EXPECT_EQ(uploaded.body["message"], "CV uploadé avec succès");
  EXPECT_EQ(uploaded.body["filename"], "harvey_dent_mle.pdf");
  const std::string set_cookie = uploaded.header("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("SameSite=Lax"), std::string::npos) << set_cookie;
  const std::string cookie = cookie_pair(set_cookie);

  const ApiAnswer check = get_with("/check-cv", cookie);
  EXPECT_EQ(check.body,
            (nlohmann::json{{"cv_uploaded", true}, {"cv_filename", "harvey_dent_mle.pdf"}}));

  const ApiAnswer profile = get_with("/api/cv/profile", cookie);
  ASSERT_EQ(profile.status, 200) << profile.raw_body;
  EXPECT_EQ(profile.body["document_type"], "pdf");
  EXPECT_NE(profile.body["text"].get<std::string>().find("Harvey Dent"), std::string::npos);
  EXPECT_TRUE(profile.body["profile"]["sections"].is_array());
  EXPECT_GT(profile.body["profile"]["experience"]["total_years"].get<double>(), 0.0);

  ASSERT_EQ(files_in(server().uploads_dir()), 1u);
  for (const auto& entry : fs::directory_iterator(server().uploads_dir())) {
    EXPECT_EQ(entry.path().filename().string().find("harvey"), std::string::npos)
        << "stored under the client's name";
  }

  const ApiAnswer removed = post_with("/remove-cv", cookie);
  ASSERT_EQ(removed.status, 200) << removed.raw_body;
  EXPECT_EQ(removed.body,
            (nlohmann::json{{"success", true}, {"message", "CV supprimé avec succès"}}));
  EXPECT_EQ(files_in(server().uploads_dir()), 0u);
  EXPECT_EQ(get_with("/check-cv", cookie).body["cv_uploaded"], false);
  EXPECT_TRUE(is_json_error(get_with("/api/cv/profile", cookie), 404, "not_found"));
  EXPECT_TRUE(is_json_error(post_with("/remove-cv", cookie), 404, "not_found"));
}

TEST_F(CvUpload, ReplacingACvKeepsOneFileAndTheNewName) {
  const ApiAnswer first = upload(read_fixture("harvey_dent_mle.pdf"), "premier.pdf");
  ASSERT_EQ(first.status, 200) << first.raw_body;
  const std::string cookie = cookie_pair(first.header("Set-Cookie"));
  const std::size_t stored = files_in(server().uploads_dir());
  const ApiAnswer second =
      upload(read_fixture("alfred_pennyworth_pm.pdf"), "second.pdf", "cv_file", cookie);
  ASSERT_EQ(second.status, 200) << second.raw_body;
  EXPECT_EQ(files_in(server().uploads_dir()), stored);
  EXPECT_EQ(get_with("/check-cv", cookie).body["cv_filename"], "second.pdf");
  EXPECT_TRUE(post_with("/remove-cv", cookie).status == 200);
}

TEST_F(CvUpload, ACvIsOnlyVisibleToItsOwnSession) {
  const ApiAnswer uploaded = upload(read_fixture("harvey_dent_mle.pdf"), "cv.pdf");
  ASSERT_EQ(uploaded.status, 200);
  EXPECT_EQ(get_with("/check-cv", "").body["cv_uploaded"], false);
  EXPECT_EQ(get_with("/check-cv", "jobmatch_session=" + std::string(32, 'a')).body["cv_uploaded"],
            false);
  EXPECT_TRUE(
      is_json_error(get_with("/api/cv/profile", "jobmatch_session=../../etc"), 404, "not_found"));
  post_with("/remove-cv", cookie_pair(uploaded.header("Set-Cookie")));
}

TEST_F(CvUpload, RefusesEmptyAndBinaryFilesWhateverTheirName) {
  expect_refused("", "vide.pdf", 400, "invalid_input");
  expect_refused(" \n\t\n  \n", "blanc.txt", 422, "unprocessable");
  expect_refused(
      "\x7F"
      "ELF\x02\x01\x01\x00"s +
          std::string(4000, '\0'),
      "cv.pdf", 415, "unsupported_type");
  expect_refused("<!DOCTYPE html><html><body><h1>CV</h1></body></html>", "cv.docx", 415,
                 "unsupported_type");
}

TEST_F(CvUpload, RefusesEncryptedTruncatedAndNearlyEmptyDocuments) {
  expect_refused(read_fixture("harvey_dent_encrypted.pdf"), "cv.pdf", 422, "unprocessable");
  const std::string pdf = read_fixture("harvey_dent_mle.pdf");
  expect_refused(pdf.substr(0, pdf.size() / 2), "cv.pdf", 422, "unprocessable");
  const ApiAnswer short_text = upload("Jean Dupont, développeur.", "cv.txt");
  EXPECT_TRUE(is_json_error(short_text, 422, "unprocessable"));
  EXPECT_NE(short_text.body["error"]["message"].get<std::string>().find("50"), std::string::npos);
}

TEST_F(CvUpload, RefusesDocxZipBombs) {
  using documents::docx_testing::docx;
  using documents::docx_testing::paragraph;
  // 100 MB of XML: far above the 25 MB inflated-size limit, compressed to ~100 kB.
  const std::string huge_paragraph = paragraph(std::string(100u << 20, ' '));
  expect_refused(docx(huge_paragraph), "bombe.docx", 413, "too_large");
}

TEST_F(CvUpload, RefusesAnUploadAboveTheSizeLimit) {
  const ApiAnswer answer = upload(std::string(50u << 20, 'a'), "gros.txt");
  if (answer.status == 0) {
    // The server may close the connection before reading a 50 MB body: also a refusal.
    SUCCEED() << "connection closed: " << answer.transport_error;
  } else {
    EXPECT_TRUE(is_json_error(answer, 413, "too_large")) << answer.raw_body;
  }
  EXPECT_EQ(files_in(server().uploads_dir()), 0u);
  auto http = client();
  EXPECT_TRUE(server_is_healthy(http));
}

TEST_F(CvUpload, RefusesAMissingOrWronglyNamedFileField) {
  const ApiAnswer wrong = upload(read_fixture("harvey_dent_mle.pdf"), "cv.pdf", "file");
  EXPECT_TRUE(is_json_error(wrong, 400, "invalid_input")) << wrong.raw_body;
  EXPECT_NE(wrong.body["error"]["message"].get<std::string>().find("cv_file"), std::string::npos);
}

TEST_F(CvUpload, RefusesAFormWithoutAnyFile) {
  auto http = client();
  const httplib::MultipartFormDataItems items = {{"note", "bonjour", "", ""}};
  const ApiAnswer answer = to_answer(http.Post("/upload-cv", items));
  EXPECT_TRUE(is_json_error(answer, 400, "invalid_input")) << answer.raw_body;
}

TEST_F(CvUpload, RefusesTwoFilesAtOnce) {
  auto http = client();
  const std::string pdf = read_fixture("harvey_dent_mle.pdf");
  const httplib::MultipartFormDataItems items = {{"cv_file", pdf, "a.pdf", "application/pdf"},
                                                 {"cv_file", pdf, "b.pdf", "application/pdf"}};
  EXPECT_TRUE(is_json_error(to_answer(http.Post("/upload-cv", items)), 400, "invalid_input"));
  const httplib::MultipartFormDataItems other = {{"cv_file", pdf, "a.pdf", "application/pdf"},
                                                 {"photo", pdf, "b.pdf", "application/pdf"}};
  EXPECT_TRUE(is_json_error(to_answer(http.Post("/upload-cv", other)), 400, "invalid_input"));
  EXPECT_EQ(files_in(server().uploads_dir()), 0u);
}

TEST_F(CvUpload, RefusesFileNamesWithPathsOrControlCharacters) {
  const std::string pdf = read_fixture("harvey_dent_mle.pdf");
  expect_refused(pdf, "../../etc/passwd.pdf", 400, "invalid_input");
  expect_refused(pdf, "..\\..\\windows\\cv.pdf", 400, "invalid_input");
  expect_refused(pdf, "cv\x01\x1b[31m.pdf", 400, "invalid_input");
}

TEST_F(CvUpload, RefusesABodyThatIsNotMultipart) {
  auto http = client();
  const ApiAnswer answer =
      to_answer(http.Post("/upload-cv", read_fixture("harvey_dent_mle.pdf"), "application/pdf"));
  EXPECT_TRUE(is_json_error(answer, 415, "unsupported_type")) << answer.raw_body;
  EXPECT_EQ(files_in(server().uploads_dir()), 0u);
}

TEST_F(CvUpload, RefusesACrossSiteUpload) {
  auto http = client();
  const httplib::MultipartFormDataItems items = {
      {"cv_file", read_fixture("harvey_dent_mle.pdf"), "cv.pdf", "application/pdf"}};
  const ApiAnswer answer =
      to_answer(http.Post("/upload-cv", {{"Origin", "https://evil.example"}}, items));
  EXPECT_TRUE(is_json_error(answer, 403, "forbidden")) << answer.raw_body;
}

TEST_F(CvUpload, AcceptsTheSiteItselfAndAProxiedHostAsOrigin) {
  auto http = client();
  const std::string pdf = read_fixture("harvey_dent_mle.pdf");
  const httplib::MultipartFormDataItems items = {{"cv_file", pdf, "cv.pdf", "application/pdf"}};
  const std::string self = "http://127.0.0.1:" + std::to_string(server().port());
  const ApiAnswer direct = to_answer(http.Post("/upload-cv", {{"Origin", self}}, items));
  EXPECT_EQ(direct.status, 200) << direct.raw_body;
  const ApiAnswer proxied = to_answer(
      http.Post("/upload-cv",
                {{"Origin", "https://jobs.example"}, {"X-Forwarded-Host", "jobs.example"}}, items));
  EXPECT_EQ(proxied.status, 200) << proxied.raw_body;
  post_with("/remove-cv", cookie_pair(direct.header("Set-Cookie")));
  post_with("/remove-cv", cookie_pair(proxied.header("Set-Cookie")));
}

TEST_F(CvUpload, ServesTheMyCvPage) {
  auto http = client();
  const ApiAnswer page = get(http, "/mon-cv");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.header("Content-Type").find("text/html"), std::string::npos);
}

class CvUploadRateLimit : public WithSharedServer<CvUploadRateLimit> {
 public:
  static ServerOptions server_options() {
    return small_catalogue({{"JOBMATCH_MAX_UPLOADS_PER_MINUTE", "2"}});
  }
};

TEST_F(CvUploadRateLimit, RefusesUploadsBeyondTheLimitPerMinuteWith429) {
  auto http = client();
  const httplib::MultipartFormDataItems items = {{"cv_file", "", "vide.txt", "text/plain"}};
  EXPECT_EQ(to_answer(http.Post("/upload-cv", items)).status, 400);
  EXPECT_EQ(to_answer(http.Post("/upload-cv", items)).status, 400);
  const ApiAnswer third = to_answer(http.Post("/upload-cv", items));
  EXPECT_TRUE(is_json_error(third, 429, "too_many_requests")) << third.raw_body;
  EXPECT_TRUE(server_is_healthy(http));
}

}  // namespace
}  // namespace jobmatch::integration
