#include "cli/ingest_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "cli/graph_source.h"
#include "cli/ingest_progress.h"
#include "cli/json_output.h"
#include "cli/report.h"
#include "graph/model.h"
#include "ingest/content_hash.h"
#include "ingest/extraction_pool.h"
#include "ingest/ingest_error.h"
#include "store/fact_check.h"

namespace kg::cli {
namespace {

struct IngestOptions {
    std::vector<std::filesystem::path> paths;
    std::filesystem::path manifest;
    std::size_t max_article_bytes = ingest::kDefaultMaxArticleBytes;
};

struct Counts {
    std::size_t added = 0, replaced = 0, unchanged = 0;
    std::size_t seen() const { return added + replaced + unchanged; }
};

// How many extracted articles the embedded store takes in one transaction: one sync per
// batch, and the resolved graph brought up to date once for all of them.
constexpr std::size_t kBatchSize = 1000;

// Stores extracted articles in batches, in the order they were read, and keeps the counts.
class BatchWriter {
public:
    BatchWriter(store::Store& store, Counts& counts, IngestProgress& progress, std::vector<ingest::InputProblem>& problems)
        : store_(store), counts_(counts), progress_(progress), problems_(problems) {}
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    void take(std::vector<ingest::Extracted>&& done) {
        for (auto& result : done) {
            progress_.read(result.text_bytes);
            if (!result.facts) {
                problems_.push_back({result.origin, result.problem});
            } else if (auto fault = store::storage_fault(*result.facts)) {
                problems_.push_back({result.origin, *fault});
            } else {
                pending_.push_back(std::move(result));
            }
        }
    }

    // Stores what is pending once there is a batch of it (or whatever there is, when ALL).
    void store(bool all) {
        if (pending_.empty() || (!all && pending_.size() < kBatchSize)) return;
        std::sort(pending_.begin(), pending_.end(),
                  [](const ingest::Extracted& a, const ingest::Extracted& b) { return a.number < b.number; });
        std::vector<graph::ArticleFacts> batch;
        for (auto& result : pending_) batch.push_back(std::move(*result.facts));
        pending_.clear();
        progress_.storing(batch.size());
        for (auto outcome : store_.put_all(batch))
            ++(outcome == store::PutOutcome::Replaced ? counts_.replaced
               : outcome == store::PutOutcome::Added  ? counts_.added
                                                      : counts_.unchanged);
        progress_.stored(batch.size());
    }

private:
    store::Store& store_;
    Counts& counts_;
    IngestProgress& progress_;
    std::vector<ingest::InputProblem>& problems_;
    std::vector<ingest::Extracted> pending_;
};

void print_summary(const Counts& counts, const std::vector<ingest::InputProblem>& problems, const store::Store& store) {
    for (const auto& problem : problems) report(fmt::format("{}: {} (skipped)", problem.where, problem.what));
    report(fmt::format("{} articles: {} added, {} replaced, {} unchanged; {} inputs skipped; {} holds {}", counts.seen(),
                       counts.added, counts.replaced, counts.unchanged, problems.size(), store.location(),
                       store.article_count()));
}

void print_summary_json(const Counts& counts, const std::vector<ingest::InputProblem>& problems,
                        const store::Store& store) {
    print_json(std::cout, [&](graph::JsonWriter& w) {
        w.Key("articles");
        w.Uint64(counts.seen());
        w.Key("added");
        w.Uint64(counts.added);
        w.Key("replaced");
        w.Uint64(counts.replaced);
        w.Key("unchanged");
        w.Uint64(counts.unchanged);
        w.Key("skipped");
        w.StartArray();
        for (const auto& problem : problems) {
            w.StartObject();
            w.Key("input");
            write_text(w, problem.where);
            w.Key("problem");
            write_text(w, problem.what);
            w.EndObject();
        }
        w.EndArray();
        w.Key("store");
        write_text(w, store.location());
        w.Key("stored");
        w.Uint64(store.article_count());
    });
}

ExitCode run_ingest(const IngestOptions& options, const GlobalOptions& global) {
    auto store = open_store(global);
    ingest::ExtractionPool extraction(lexicon_dir(global), std::thread::hardware_concurrency());
    ingest::ReadOptions read_options;
    if (!options.manifest.empty()) read_options.manifest = options.manifest;
    read_options.max_article_bytes = options.max_article_bytes;
    std::vector<ingest::InputProblem> problems;
    Counts counts;
    IngestProgress progress(options.paths);
    BatchWriter writer(*store, counts, progress, problems);
    // The database (AGE) takes every article in one transaction at the end; the embedded store
    // a batch at a time, while extraction goes on.
    const bool one_batch = global.db.has_value();
    auto on_article = [&](ingest::RawArticle&& article) {
        std::string hash = ingest::content_hash(article, extraction.fingerprint());
        if (store->article_hash(article.key) == hash) {
            ++counts.unchanged;
            progress.read(article.text.size());
        } else {
            extraction.submit(std::move(article), std::move(hash));
        }
        writer.take(extraction.take_done());
        if (!one_batch) writer.store(false);
    };
    ingest::read_articles(options.paths, read_options, on_article, problems);
    writer.take(extraction.finish());
    writer.store(true);
    if (global.json)
        print_summary_json(counts, problems, *store);
    else
        print_summary(counts, problems, *store);
    return problems.empty() ? kOk : kInputSkipped;
}

}  // namespace

void add_ingest_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<IngestOptions>();
    auto* cmd = app.add_subcommand("ingest", "Read articles (text files, folders, JSON Lines) into the store");
    cmd->add_option("paths", options->paths, "Article files or folders")->required();
    cmd->add_option("--manifest", options->manifest, "JSON Lines of {file, published, ...} for text files")
        ->check(CLI::ExistingFile);
    cmd->add_option("--max-article-bytes", options->max_article_bytes,
                    "Refuse articles longer than this (default 2097152: 2 MB); extraction takes up to 150 MB a MB")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
    cmd->callback([options, &global, &result] { result = run_ingest(*options, global); });
}

}  // namespace kg::cli
