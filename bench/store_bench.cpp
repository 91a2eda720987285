// Store benchmarks: the catalogue queries behind GET /api/search, /api/facets and /api/stats,
// called through the JobStore interface on an existing database (JOBMATCH_BENCH_DB), so the
// numbers are what one HTTP request pays in SQLite before JSON and sockets.
//
// Each search benchmark also reports p50_us and p99_us over its iterations, because a mean
// hides the slow queries the HTTP p99 target is about. Times and rates are wall clock
// (UseRealTime): a request waits for the wall clock, not for its thread's CPU time.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "store/cached_job_store.hpp"
#include "store/job_store.hpp"

namespace {

using jobmatch::store::JobStore;
using jobmatch::store::SearchQuery;

/// The store shared by every benchmark; null when JOBMATCH_BENCH_DB is unset or unusable.
JobStore* bench_store = nullptr;
std::string bench_db_path;

/// Per-call latencies of one benchmark run, summarised as counters when the run ends.
class LatencyRecorder {
 public:
  template <typename Call>
  void time(Call&& call) {
    const auto start = std::chrono::steady_clock::now();
    call();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    micros_.push_back(std::chrono::duration<double, std::micro>(elapsed).count());
  }

  void report(benchmark::State& state) {
    if (micros_.empty()) return;
    std::sort(micros_.begin(), micros_.end());
    auto at = [this](double fraction) {
      const auto index =
          static_cast<std::size_t>(fraction * static_cast<double>(micros_.size() - 1));
      return micros_[index];
    };
    // Averaged, not summed, over the threads of a multi-threaded run.
    state.counters["p50_us"] = benchmark::Counter(at(0.50), benchmark::Counter::kAvgThreads);
    state.counters["p99_us"] = benchmark::Counter(at(0.99), benchmark::Counter::kAvgThreads);
    state.SetItemsProcessed(state.iterations());
  }

 private:
  std::vector<double> micros_;
};

/// Stops a benchmark on a store error, with SQLite's own words (details) when there are some.
void skip_with_store_error(benchmark::State& state, const jobmatch::core::Error& error) {
  const std::string text =
      error.details.empty() ? error.message : error.message + " (" + error.details + ")";
  state.SkipWithError(text.c_str());
}

bool skip_without_store(benchmark::State& state) {
  if (bench_store) return false;
  state.SkipWithError("JOBMATCH_BENCH_DB is not set: point it at a catalogue (scripts/bench)");
  return true;
}

SearchQuery make_query(std::string keyword, std::string location = {}, std::int64_t page = 1) {
  SearchQuery query;
  query.keyword = std::move(keyword);
  query.location = std::move(location);
  query.page = page;
  query.today = "2025-06-01";
  return query;
}

void run_search(benchmark::State& state, const SearchQuery& query) {
  if (skip_without_store(state)) return;
  LatencyRecorder latencies;
  std::int64_t total = 0;
  for (auto _ : state) {
    latencies.time([&] {
      auto page = bench_store->search_jobs(query);
      if (!page) {
        skip_with_store_error(state, page.error());
        return;
      }
      total = page->total;
      benchmark::DoNotOptimize(page->jobs.data());
    });
  }
  latencies.report(state);
  state.counters["matches"] =
      benchmark::Counter(static_cast<double>(total), benchmark::Counter::kAvgThreads);
}

void run_facets(benchmark::State& state, const SearchQuery& query) {
  if (skip_without_store(state)) return;
  LatencyRecorder latencies;
  for (auto _ : state) {
    latencies.time([&] {
      auto facets = bench_store->count_facets(query);
      if (!facets) skip_with_store_error(state, facets.error());
      benchmark::DoNotOptimize(facets);
    });
  }
  latencies.report(state);
}

/// Dashboard figures computed from the catalogue (what a result-cache miss costs).
void stats_uncached(benchmark::State& state) {
  if (skip_without_store(state)) return;
  LatencyRecorder latencies;
  for (auto _ : state) {
    latencies.time([&] {
      auto stats = bench_store->compute_stats();
      if (!stats) skip_with_store_error(state, stats.error());
      benchmark::DoNotOptimize(stats);
    });
  }
  latencies.report(state);
}
BENCHMARK(stats_uncached)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();

/// Dashboard figures as most requests of `serve` see them: a result-cache hit (one version
/// read and a copy).
void stats_cached(benchmark::State& state) {
  if (skip_without_store(state)) return;
  auto opened = jobmatch::store::open_sqlite_job_store(bench_db_path);
  if (!opened) {
    skip_with_store_error(state, opened.error());
    return;
  }
  auto cached = jobmatch::store::with_result_cache(std::move(*opened), 16);
  if (auto warm = cached->compute_stats(); !warm) {
    skip_with_store_error(state, warm.error());
    return;
  }
  for (auto _ : state) {
    auto stats = cached->compute_stats();
    benchmark::DoNotOptimize(stats);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(stats_cached)->UseRealTime();

void count_jobs(benchmark::State& state) {
  if (skip_without_store(state)) return;
  for (auto _ : state) {
    auto count = bench_store->count_jobs();
    benchmark::DoNotOptimize(count);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(count_jobs)->UseRealTime();

/// Registers the search and facet benchmarks from one table of queries.
void register_query_benchmarks() {
  struct NamedQuery {
    const char* name;
    SearchQuery query;
  };
  // 1- and 2-word queries as users type them; "ingénieur" checks the accent-folding path.
  const NamedQuery searches[] = {
      {"kw_data", make_query("data")},
      {"kw_python", make_query("python")},
      {"kw_ingenieur", make_query("ingénieur")},
      {"kw_data_engineer", make_query("data engineer")},
      {"kw_developpeur_java", make_query("développeur java")},
      {"loc_paris", make_query("", "paris")},
      {"kw_developpeur_loc_paris", make_query("développeur", "paris")},
      {"browse_page1", make_query("")},
      {"browse_page50", make_query("", "", 50)},
      {"kw_data_page50", make_query("data", "", 50)},
  };
  for (const auto& [name, query] : searches) {
    benchmark::RegisterBenchmark((std::string("search/") + name).c_str(), run_search, query)
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
  }
  // Two threads on two cores: does the store scale, or do queries serialise somewhere?
  benchmark::RegisterBenchmark("search/kw_data_2threads", run_search, make_query("data"))
      ->Unit(benchmark::kMicrosecond)
      ->Threads(2)
      ->UseRealTime();
  const NamedQuery facets[] = {
      {"browse", make_query("")},
      {"kw_data", make_query("data")},
      {"kw_developpeur_java", make_query("développeur java")},
  };
  for (const auto& [name, query] : facets) {
    benchmark::RegisterBenchmark((std::string("facets/") + name).c_str(), run_facets, query)
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::unique_ptr<JobStore> store;
  if (const char* path = std::getenv("JOBMATCH_BENCH_DB"); path && *path) {
    bench_db_path = path;
    auto opened = jobmatch::store::open_sqlite_job_store(bench_db_path);
    if (!opened) {
      std::fprintf(stderr, "store_bench: cannot open %s: %s\n", path,
                   opened.error().message.c_str());
      return 2;
    }
    store = std::move(*opened);
    bench_store = store.get();
    auto count = store->count_jobs();
    std::printf("store_bench: %s holds %lld postings\n", path,
                count ? static_cast<long long>(*count) : -1LL);
    std::fflush(stdout);
  } else {
    std::printf(
        "store_bench: skipped, JOBMATCH_BENCH_DB is not set (scripts/bench builds a 100k "
        "catalogue and sets it)\n");
    return 0;
  }
  register_query_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
