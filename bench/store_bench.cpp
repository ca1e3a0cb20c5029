// The embedded store at scale, on synthetic facts (no extraction): ingest rate in batches as
// kg ingest stores them, the cost of one more article into the large store, and the store's
// bytes per edge. Paths and other reads are timed as whole processes by bench/run-scale.
//
//   build/bench/kg_store_bench ARTICLES DIR [BATCH]

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "bench/synthetic_articles.h"
#include "store/embedded_store.h"
#include "store/sqlite/database.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::uintmax_t folder_bytes(const std::filesystem::path& dir) {
    std::uintmax_t bytes = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) bytes += entry.file_size();
    return bytes;
}

std::int64_t count(const kg::store::EmbeddedStore& store, const char* table) {
    kg::store::sqlite::Statement rows(store.database(), std::string("SELECT count(*) FROM ") + table);
    rows.bind_all().step();
    return rows.integer(0);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: kg_store_bench ARTICLES DIR [BATCH]\n");
        return 2;
    }
    const std::size_t articles = std::stoul(argv[1]);
    const std::filesystem::path dir = argv[2];
    const std::size_t batch = argc > 3 ? std::stoul(argv[3]) : 1000;
    auto all = kg::bench::synthetic_articles(articles + 1);
    const auto extra = all.back();
    all.pop_back();

    kg::store::EmbeddedStore store(dir);
    const auto start = Clock::now();
    for (std::size_t i = 0; i < all.size(); i += batch) {
        std::vector<kg::graph::ArticleFacts> part(all.begin() + static_cast<long>(i),
                                                  all.begin() + static_cast<long>(std::min(i + batch, all.size())));
        store.put_all(part);
    }
    const double ingest = seconds_since(start);
    const auto one = Clock::now();
    store.put(extra);
    const double one_more = seconds_since(one);
    const auto nodes = count(store, "node"), edges = count(store, "edge");
    std::printf("articles %zu: %lld nodes, %lld edges; ingest %.2f s (%.0f articles/s, batches of %zu); "
                "one more article %.3f s; store %.0f bytes/edge; peak %ld MB\n",
                articles, static_cast<long long>(nodes), static_cast<long long>(edges), ingest,
                static_cast<double>(articles) / ingest, batch, one_more,
                static_cast<double>(folder_bytes(dir)) / static_cast<double>(edges), peak_rss_kb() / 1024);
}
