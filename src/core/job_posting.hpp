#pragma once
// The job posting as the whole product sees it: what ingest produces, store keeps and web shows.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jobmatch::core {

/// One posting of the catalogue. Text fields are UTF-8; empty means "not given by the source".
struct JobPosting {
  std::int64_t id = 0;      // catalogue id, assigned by the store
  std::string external_id;  // "<source>:<native id>" from the source, unique when present
  std::string title;
  std::string company;
  std::string location;
  std::string country;           // ISO 3166-1 alpha-2 or empty
  std::string description;       // for display: sanitised HTML when the source sent HTML, else text
  std::string description_text;  // plain text, what search indexes
  std::string job_url;           // unique when present
  std::string date;              // ISO 8601 YYYY-MM-DD or empty
  std::string job_type;          // working time label: "Temps plein" / "Temps partiel" or empty
  std::string contrat;           // contract label: CDI, CDD, Stage, Alternance, Freelance, Intérim
  std::string contract_raw;      // the source's own contract wording
  std::string salary;            // free text as the source wrote it
  std::string source;            // platform id: linkedin, france_travail, ...
  std::string source_id;         // the source's native id
  std::string language;          // ISO 639-1
  std::string remote;            // Remote / Hybrid / On-site or empty
  std::string experience;        // the source's experience wording
  std::vector<std::string> skills;  // skills as listed by the source
  std::string created_at;           // when the store inserted it (UTC, ISO 8601)
};

}  // namespace jobmatch::core
