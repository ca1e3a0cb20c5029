#include "cli/load_command.h"

#include <fmt/format.h>

#include <algorithm>

#include "cli/graph_source.h"
#include "store/age_store.h"
#include "store/embedded_store.h"

namespace kg::cli {
namespace {

ExitCode run_load(const GlobalOptions& global) {
    require_store(global.store);
    store::AgeStore database(database_url(global, "load"), global.graph);
    const store::EmbeddedStore embedded(global.store);
    const auto outcomes = database.put_all(embedded.articles());
    auto count = [&](store::PutOutcome outcome) { return std::count(outcomes.begin(), outcomes.end(), outcome); };
    fmt::print(stderr, "kg: {} articles from {}: {} added, {} replaced, {} unchanged; {} holds {}\n",
               outcomes.size(), embedded.location(), count(store::PutOutcome::Added),
               count(store::PutOutcome::Replaced), count(store::PutOutcome::Unchanged), database.location(),
               database.article_count());
    return kOk;
}

}  // namespace

void add_load_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto* cmd = app.add_subcommand("load", "Copy the embedded store (--store) into the AGE database (--db URL)");
    cmd->callback([&global, &result] { result = run_load(global); });
}

}  // namespace kg::cli

