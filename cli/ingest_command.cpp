#include "cli/ingest_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "cli/graph_source.h"
#include "cli/report.h"
#include "graph/model.h"
#include "ingest/content_hash.h"
#include "ingest/extractor.h"
#include "ingest/ingest_error.h"
#include "ingest/lexicon.h"
#include "store/fact_check.h"

namespace kg::cli {
namespace {

struct IngestOptions {
    std::vector<std::filesystem::path> paths;
    std::filesystem::path manifest;
    std::size_t max_article_bytes = ingest::kDefaultMaxArticleBytes;
};

struct Counts {
    std::size_t added = 0, replaced = 0, unchanged = 0, skipped = 0;
    std::size_t waiting = 0;  // extracted, not yet stored
    std::size_t seen() const { return added + replaced + unchanged + skipped + waiting; }
};

// One line on stderr, rewritten in place, only when a person watches a terminal.
class Progress {
public:
    Progress() : shown_(isatty(STDERR_FILENO) == 1) {}
    ~Progress() {
        if (shown_ && drawn_) std::fputs("\r\033[K", stderr);
    }
    void update(const Counts& c) {
        if (!shown_) return;
        drawn_ = true;
        fmt::print(stderr, "\r{} articles read: {} added, {} replaced, {} unchanged", c.seen(), c.added, c.replaced,
                   c.unchanged);
    }

private:
    bool shown_;
    bool drawn_ = false;
};

ExitCode run_ingest(const IngestOptions& options, const GlobalOptions& global) {
    auto store = open_store(global);
    ingest::Extractor extractor(global.lexicons.empty() ? ingest::default_lexicon_dir() : global.lexicons);
    ingest::ReadOptions read_options;
    if (!options.manifest.empty()) read_options.manifest = options.manifest;
    read_options.max_article_bytes = options.max_article_bytes;
    std::vector<ingest::InputProblem> problems;
    Counts counts;
    Progress progress;
    // The database takes every article in one transaction at the end; the embedded store
    // keeps each as soon as it is read.
    const bool batched = global.db.has_value();
    std::vector<graph::ArticleFacts> pending;
    auto store_pending = [&] {
        for (auto outcome : store->put_all(pending))
            ++(outcome == store::PutOutcome::Replaced ? counts.replaced
               : outcome == store::PutOutcome::Added  ? counts.added
                                                      : counts.unchanged);
        pending.clear();
        counts.waiting = 0;
    };
    auto on_article = [&](ingest::RawArticle&& article) {
        std::string hash = ingest::content_hash(article, extractor.fingerprint());
        if (store->article_hash(article.key) == hash) {
            ++counts.unchanged;
        } else {
            try {
                auto facts = extractor.extract(article, hash);
                if (auto fault = store::storage_fault(facts)) {
                    problems.push_back({article.origin, *fault});
                } else {
                    pending.push_back(std::move(facts));
                    ++counts.waiting;
                    if (!batched) store_pending();
                }
            } catch (const ingest::IngestError& e) {
                problems.push_back({article.origin, e.what()});
            }
        }
        progress.update(counts);
    };
    ingest::read_articles(options.paths, read_options, on_article, problems);
    store_pending();
    for (const auto& problem : problems) report(fmt::format("{}: {} (skipped)", problem.where, problem.what));
    report(fmt::format("{} articles: {} added, {} replaced, {} unchanged; {} inputs skipped; {} holds {}", counts.seen(),
                       counts.added, counts.replaced, counts.unchanged, problems.size(), store->location(),
                       store->article_count()));
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
