#include "web/match_service.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "cv/profile.hpp"
#include "ingest/requirements_refresh.hpp"

namespace jobmatch::web {

namespace {

// CV facts cost a few milliseconds to rebuild; the last few sessions' are kept.
constexpr std::size_t kRecentCvs = 64;

std::vector<std::string> stored_headings(const std::string& document_json) {
  std::vector<std::string> headings;
  const auto facts = nlohmann::json::parse(document_json, nullptr, /*allow_exceptions=*/false);
  if (!facts.is_object()) return headings;
  const auto list = facts.find("headings");
  if (list == facts.end() || !list->is_array()) return headings;
  for (const auto& heading : *list) {
    if (heading.is_string()) headings.push_back(heading.get<std::string>());
  }
  return headings;
}

}  // namespace

MatchService::MatchService(store::JobStore& store, std::filesystem::path data_dir)
    : store_(store), data_dir_(std::move(data_dir)), loaded_(nullptr) {}

void MatchService::warm_up(std::chrono::milliseconds delay) {
  {
    std::unique_lock lock(stop_mutex_);
    if (stop_wake_.wait_for(lock, delay, [this] { return stopping_.load(); })) return;
  }
  if (auto ready = refresh(); !ready && !stopping_) {
    spdlog::warn("event=match_index_failed error=\"{}\" details=\"{}\"", ready.error().message,
                 ready.error().details);
  }
}

void MatchService::stop() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_wake_.notify_all();
}

core::Result<const skills::SkillExtractor*> MatchService::extractor() {
  std::call_once(load_once_, [this] { loaded_ = skills::load_extractor(data_dir_); });
  const auto& loaded = loaded_;
  if (!loaded) {
    return core::fail(core::ErrorCode::kUnavailable,
                      "l'analyse ATS est indisponible : la taxonomie des compétences n'a pas pu "
                      "être chargée",
                      loaded.error().message);
  }
  return loaded->get();
}

core::Result<std::shared_ptr<const ats::CvFacts>> MatchService::cv_facts(
    const store::SessionCv& cv) {
  auto extractor = this->extractor();
  if (!extractor) return core::forward_error(std::move(extractor));
  {
    std::lock_guard lock(cv_mutex_);
    for (auto it = recent_cvs_.begin(); it != recent_cvs_.end(); ++it) {
      if (it->first != cv.stored_name) continue;
      recent_cvs_.splice(recent_cvs_.begin(), recent_cvs_, it);
      return it->second;
    }
  }
  const std::vector<std::string> headings = stored_headings(cv.document_json);
  cv::CvProfile profile = cv::parse_cv_profile(cv.text, headings, cv::profile_options_for_today());
  auto facts = std::make_shared<const ats::CvFacts>(
      ats::read_cv_facts(**extractor, cv.text, std::move(profile)));
  std::lock_guard lock(cv_mutex_);
  recent_cvs_.emplace_front(cv.stored_name, facts);
  if (recent_cvs_.size() > kRecentCvs) recent_cvs_.pop_back();
  return facts;
}

core::Result<nlohmann::json> MatchService::analyze(const ats::CvFacts& cv, std::string_view title,
                                                   std::string_view description) {
  auto extractor = this->extractor();
  if (!extractor) return core::forward_error(std::move(extractor));
  const ats::JobRequirements job = ats::read_job_requirements(**extractor, title, description);
  nlohmann::json report = ats::build_report((*extractor)->taxonomy(), cv, job);
  // The texts the evidence offsets point into, so that a page can highlight them.
  report["job_text"] = job.text;
  report["cv_text"] = cv.text;
  return report;
}

core::Result<void> MatchService::refresh() {
  auto index = current_index();
  if (!index) return core::forward_error(std::move(index));
  return {};
}

std::shared_ptr<const MatchService::Index> MatchService::snapshot() {
  std::lock_guard lock(snapshot_mutex_);
  return index_;
}

core::Result<std::shared_ptr<const MatchService::Index>> MatchService::current_index() {
  auto loaded = extractor();
  if (!loaded) return core::forward_error(std::move(loaded));
  auto version = store_.catalogue_version();
  if (!version) return core::forward_error(std::move(version));
  std::shared_ptr<const Index> current = snapshot();
  if (current && current->catalogue_version == *version) return current;
  // Stale: the first request reloads; the others keep the previous index meanwhile.
  std::unique_lock reload(reload_mutex_, std::defer_lock);
  if (current) {
    if (!reload.try_lock()) return current;
  } else {
    reload.lock();
  }
  current = snapshot();  // another request may have reloaded while this one waited
  if (current && current->catalogue_version == *version) return current;
  auto index = load_index(**loaded, *version, current);
  if (!index) return core::forward_error(std::move(index));
  std::lock_guard lock(snapshot_mutex_);
  index_ = std::move(*index);
  return index_;
}

core::Result<std::shared_ptr<const MatchService::Index>> MatchService::load_index(
    const skills::SkillExtractor& extractor, std::int64_t catalogue_version,
    std::shared_ptr<const Index> previous) {
  const auto start = std::chrono::steady_clock::now();
  const std::int64_t after = previous && !previous->jobs.empty() ? previous->jobs.back().id : 0;
  auto computed = ingest::refresh_job_requirements(
      store_, extractor, [this](std::int64_t) { return !stopping_.load(); }, after);
  if (!computed) return core::forward_error(std::move(computed));
  if (stopping_) return core::fail(core::ErrorCode::kUnavailable, "le serveur s'arrête");
  auto index = std::make_shared<Index>();
  index->catalogue_version = catalogue_version;
  if (after > 0) {
    auto listed = store_.find_matching_ids(store::SearchQuery{});
    if (!listed) return core::forward_error(std::move(listed));
    std::sort(listed->begin(), listed->end());
    index->jobs.reserve(listed->size());
    if (!keep_listed(*previous, *listed, index->jobs)) {
      return load_index(extractor, catalogue_version, nullptr);
    }
  }
  const std::size_t kept = index->jobs.size();
  auto rows = store_.load_requirements(ats::requirements_version(extractor.taxonomy()), after);
  if (!rows) return core::forward_error(std::move(rows));
  for (store::StoredRequirements& row : *rows) {
    index->jobs.push_back({row.job_id, std::move(row.source),
                           ats::requirements_from_storage(extractor.taxonomy(), row.data)});
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  spdlog::info(
      "event=match_index_loaded postings={} kept={} read={} computed={} incremental={} "
      "seconds={:.2f}",
      index->jobs.size(), kept, rows->size(), *computed, after > 0, took.count());
  return std::shared_ptr<const Index>(std::move(index));
}

bool MatchService::keep_listed(const Index& previous, const std::vector<std::int64_t>& listed,
                               std::vector<ats::IndexedJob>& jobs) {
  const std::int64_t last = previous.jobs.back().id;
  auto job = previous.jobs.begin();
  for (const std::int64_t id : listed) {
    if (id > last) break;
    while (job != previous.jobs.end() && job->id < id) ++job;  // deleted since
    if (job == previous.jobs.end() || job->id != id) return false;
    jobs.push_back(*job);
  }
  return true;
}

core::Result<MatchPage> MatchService::rank(const ats::CvFacts& cv,
                                           const store::SearchQuery& query) {
  auto index = current_index();
  if (!index) return core::forward_error(std::move(index));
  const auto& jobs = (*index)->jobs;
  std::vector<const ats::IndexedJob*> candidates;
  const bool filtered = !query.keyword.empty() || !query.location.empty() ||
                        !query.company.empty() || !query.contrat.empty() ||
                        !query.job_type.empty() || !query.source.empty() ||
                        query.date_range != store::DateRange::kAll;
  if (!filtered) {
    candidates.reserve(jobs.size());
    for (const auto& job : jobs) candidates.push_back(&job);
  } else {
    auto ids = store_.find_matching_ids(query);
    if (!ids) return core::forward_error(std::move(ids));
    candidates.reserve(ids->size());
    for (const std::int64_t id : *ids) {
      const auto it =
          std::lower_bound(jobs.begin(), jobs.end(), id,
                           [](const ats::IndexedJob& j, std::int64_t v) { return j.id < v; });
      if (it != jobs.end() && it->id == id) candidates.push_back(&*it);
    }
  }
  auto extractor = this->extractor();
  if (!extractor) return core::forward_error(std::move(extractor));
  std::vector<ats::RankedJob> ranked = ats::rank_jobs((*extractor)->taxonomy(), cv, candidates);
  MatchPage page;
  page.total = static_cast<std::int64_t>(ranked.size());
  const std::int64_t offset = (query.page - 1) * query.per_page;
  if (offset < page.total) {
    const auto first = ranked.begin() + offset;
    const auto last = ranked.begin() + std::min(page.total, offset + query.per_page);
    page.jobs.assign(std::make_move_iterator(first), std::make_move_iterator(last));
  }
  return page;
}

core::Result<MatchService::DemandedSkills> MatchService::demanded_skills(std::size_t limit) {
  auto index = current_index();
  if (!index) return core::forward_error(std::move(index));
  // The counts change only with the index: computed once per catalogue version and limit.
  std::lock_guard lock(demand_mutex_);
  if (demand_index_ == *index && demand_limit_ == limit) return demand_cache_;
  const auto& jobs = (*index)->jobs;
  DemandedSkills out;
  out.postings = static_cast<std::int64_t>(jobs.size());
  out.overall = ats::count_demanded_skills(jobs, "", limit);
  std::vector<std::string> sources;
  for (const auto& job : jobs) {
    if (!job.source.empty() &&
        std::find(sources.begin(), sources.end(), job.source) == sources.end()) {
      sources.push_back(job.source);
    }
  }
  std::sort(sources.begin(), sources.end());
  for (const std::string& source : sources) {
    out.by_source.emplace_back(source, ats::count_demanded_skills(jobs, source, limit));
  }
  demand_index_ = *index;
  demand_limit_ = limit;
  demand_cache_ = out;
  return out;
}

}  // namespace jobmatch::web
