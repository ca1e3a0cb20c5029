#include "cli/ingest_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "cli/graph_source.h"
#include "ingest/content_hash.h"
#include "ingest/extractor.h"
#include "ingest/ingest_error.h"
#include "ingest/lexicon.h"

namespace kg::cli {
namespace {

struct IngestOptions {
    std::vector<std::filesystem::path> paths;
    std::filesystem::path manifest;
};

struct Counts {
    std::size_t added = 0, replaced = 0, unchanged = 0, skipped = 0;
    std::size_t seen() const { return added + replaced + unchanged + skipped; }
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
    std::vector<ingest::InputProblem> problems;
    Counts counts;
    Progress progress;
    auto on_article = [&](ingest::RawArticle&& article) {
        std::string hash = ingest::content_hash(article, extractor.fingerprint());
        if (store->article_hash(article.key) == hash) {
            ++counts.unchanged;
        } else {
            try {
                auto outcome = store->put(extractor.extract(article, hash));
                ++(outcome == store::PutOutcome::Replaced ? counts.replaced : counts.added);
            } catch (const ingest::IngestError& e) {
                problems.push_back({article.origin, e.what()});
            }
        }
        progress.update(counts);
    };
    ingest::read_articles(options.paths, read_options, on_article, problems);
    for (const auto& problem : problems) fmt::print(stderr, "kg: {}: {} (skipped)\n", problem.where, problem.what);
    fmt::print(stderr, "kg: {} articles: {} added, {} replaced, {} unchanged; {} inputs skipped; the store {} holds {}\n",
               counts.seen(), counts.added, counts.replaced, counts.unchanged, problems.size(),
               global.store.string(), store->article_count());
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
