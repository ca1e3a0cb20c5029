#include "cli/load_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "cli/command_error.h"
#include "cli/graph_source.h"
#include "cli/report.h"
#include "store/age_store.h"
#include "store/embedded_store.h"
#include "store/fact_check.h"

namespace kg::cli {
namespace {

ExitCode run_load(const GlobalOptions& global) {
    // Opening an embedded store creates it; loading from a mistyped folder should not.
    if (!std::filesystem::is_directory(global.store))
        throw CommandError(kError, "there is no store at " + global.store.string() +
                                       ": give the folder kg ingest wrote (--store DIR or KG_STORE)");
    store::AgeStore database(database_url(global, "load"), global.graph);
    const store::EmbeddedStore embedded(global.store);
    // An article stored by an older kg may break a rule of today's: it is named and left out.
    std::vector<graph::ArticleFacts> articles;
    std::size_t refused = 0;
    for (auto& facts : embedded.articles()) {
        if (auto fault = store::storage_fault(facts)) {
            report(*fault + " (skipped)");
            ++refused;
        } else {
            articles.push_back(std::move(facts));
        }
    }
    const auto outcomes = database.put_all(articles);
    auto count = [&](store::PutOutcome outcome) { return std::count(outcomes.begin(), outcomes.end(), outcome); };
    report(fmt::format("{} articles from {}: {} added, {} replaced, {} unchanged; {} holds {}", outcomes.size(),
                       embedded.location(), count(store::PutOutcome::Added), count(store::PutOutcome::Replaced),
                       count(store::PutOutcome::Unchanged), database.location(), database.article_count()));
    return refused == 0 ? kOk : kInputSkipped;
}

}  // namespace

void add_load_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto* cmd = app.add_subcommand("load", "Copy the embedded store (--store) into the AGE database (--db URL)");
    cmd->callback([&global, &result] { result = run_load(global); });
}

}  // namespace kg::cli

