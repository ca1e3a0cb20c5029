#include "cli/ingest_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "graph/model.h"
#include "ingest/content_hash.h"
#include "ingest/extractor.h"
#include "ingest/ingest_error.h"

namespace kg::cli {
namespace {

struct IngestOptions {
    std::vector<std::filesystem::path> paths;
    std::filesystem::path manifest;
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

void print_summary(const Counts& counts, const std::vector<ingest::InputProblem>& problems, const store::Store& store) {
    for (const auto& problem : problems) fmt::print(stderr, "kg: {}: {} (skipped)\n", problem.where, problem.what);
    fmt::print(stderr, "kg: {} articles: {} added, {} replaced, {} unchanged; {} inputs skipped; {} holds {}\n",
               counts.seen(), counts.added, counts.replaced, counts.unchanged, problems.size(), store.location(),
               store.article_count());
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
    ingest::Extractor extractor(lexicon_dir(global));
    ingest::ReadOptions read_options;
    if (!options.manifest.empty()) read_options.manifest = options.manifest;
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
                pending.push_back(extractor.extract(article, hash));
                ++counts.waiting;
                if (!batched) store_pending();
            } catch (const ingest::IngestError& e) {
                problems.push_back({article.origin, e.what()});
            }
        }
        progress.update(counts);
    };
    ingest::read_articles(options.paths, read_options, on_article, problems);
    store_pending();
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
    cmd->callback([options, &global, &result] { result = run_ingest(*options, global); });
}

}  // namespace kg::cli
