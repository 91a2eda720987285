#pragma once
// The ATS engine for the web: the analysis of one posting for the session CV, every posting
// ranked for it, and the skills postings ask for most. Holds an in-memory index of the
// requirements computed at import, reloaded when the catalogue version changes. No HTTP here.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "ats/ranking.hpp"
#include "store/job_store.hpp"
#include "store/session_store.hpp"

namespace jobmatch::web {

/// One page of postings ranked for a CV and the number of all candidates.
struct MatchPage {
  std::vector<ats::RankedJob> jobs;
  std::int64_t total = 0;
};

class MatchService {
 public:
  /// The skills taxonomy of `data_dir` is loaded on first use (under a second) or by
  /// warm_up(), so that the server answers at once.
  MatchService(store::JobStore& store, std::filesystem::path data_dir);

  /// The loaded extractor, or why the taxonomy could not be loaded (503).
  core::Result<const skills::SkillExtractor*> extractor();

  /// What the engine reads from a session CV; kept for the last CVs used.
  core::Result<std::shared_ptr<const ats::CvFacts>> cv_facts(const store::SessionCv& cv);

  /// The explained report of one posting (title and plain-text description) for a CV.
  core::Result<nlohmann::json> analyze(const ats::CvFacts& cv, std::string_view title,
                                       std::string_view description);

  /// Postings matching the filters of `query`, best first for `cv`, one page of them.
  core::Result<MatchPage> rank(const ats::CvFacts& cv, const store::SearchQuery& query);

  /// The skills most postings ask for, over all postings and per source.
  struct DemandedSkills {
    std::vector<ats::SkillDemandCount> overall;
    std::vector<std::pair<std::string, std::vector<ats::SkillDemandCount>>> by_source;
    std::int64_t postings = 0;  // postings analysed
  };
  core::Result<DemandedSkills> demanded_skills(std::size_t limit);

  /// Computes missing requirements and reloads the index when the catalogue changed. Called
  /// once at start-up (so the first request does not wait) and before each use.
  core::Result<void> refresh();

  /// After `delay` (unless stop() comes first), loads the taxonomy and refreshes the index, so
  /// the first visitor does not wait; run on a thread of its own at start-up. The delay keeps a
  /// server stopped right after its start from paying for the load.
  void warm_up(std::chrono::milliseconds delay);

  /// Wakes a waiting warm_up() and makes a running refresh stop after its current batch
  /// (server shutdown).
  void stop();

 private:
  struct Index {
    std::int64_t catalogue_version = -1;
    std::vector<ats::IndexedJob> jobs;  // sorted by id
  };
  core::Result<std::shared_ptr<const Index>> current_index();
  std::shared_ptr<const Index> snapshot();
  /// The index of `catalogue_version`. With a `previous` index, only the postings added since
  /// are read and the deleted ones dropped (ids only grow, postings never change); without one,
  /// or when the catalogue does not add up, every posting is read.
  core::Result<std::shared_ptr<const Index>> load_index(const skills::SkillExtractor& extractor,
                                                        std::int64_t catalogue_version,
                                                        std::shared_ptr<const Index> previous);
  /// Appends to `jobs` the postings of `previous` still in the catalogue (`listed`, sorted ids);
  /// false when the catalogue holds a posting up to the previous last id that `previous` lacks
  /// (written by another process meanwhile): the index must then be read whole.
  static bool keep_listed(const Index& previous, const std::vector<std::int64_t>& listed,
                          std::vector<ats::IndexedJob>& jobs);

  store::JobStore& store_;
  std::filesystem::path data_dir_;
  std::once_flag load_once_;
  core::Result<std::shared_ptr<const skills::SkillExtractor>> loaded_;
  std::atomic<bool> stopping_{false};
  std::mutex stop_mutex_;
  std::condition_variable stop_wake_;
  // One reload at a time. While a request reloads after a catalogue change, the others rank on
  // the previous index instead of waiting (seconds at 100k postings); a posting deleted
  // meanwhile is skipped when its card is read.
  std::mutex reload_mutex_;
  std::mutex snapshot_mutex_;  // guards index_ itself, held only to copy or swap the pointer
  std::shared_ptr<const Index> index_;
  std::mutex demand_mutex_;
  std::shared_ptr<const Index> demand_index_;  // the index demand_cache_ was counted on
  std::size_t demand_limit_ = 0;
  DemandedSkills demand_cache_;
  std::mutex cv_mutex_;
  std::list<std::pair<std::string, std::shared_ptr<const ats::CvFacts>>> recent_cvs_;
};

}  // namespace jobmatch::web
