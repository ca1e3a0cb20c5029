#include "cli/load_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "cli/report.h"
#include "store/age_store.h"
#include "store/embedded_store.h"
#include "store/fact_check.h"

namespace kg::cli {
namespace {

ExitCode run_load(const GlobalOptions& global) {
    require_store(global.store);
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
    auto count = [&](store::PutOutcome outcome) {
        return static_cast<std::size_t>(std::count(outcomes.begin(), outcomes.end(), outcome));
    };
    const ExitCode code = refused == 0 ? kOk : kInputSkipped;
    if (global.json) {
        print_json(std::cout, [&](graph::JsonWriter& w) {
            w.Key("articles");
            w.Uint64(outcomes.size());
            w.Key("added");
            w.Uint64(count(store::PutOutcome::Added));
            w.Key("replaced");
            w.Uint64(count(store::PutOutcome::Replaced));
            w.Key("unchanged");
            w.Uint64(count(store::PutOutcome::Unchanged));
            w.Key("refused");
            w.Uint64(refused);
            w.Key("from");
            write_text(w, embedded.location());
            w.Key("store");
            write_text(w, database.location());
            w.Key("stored");
            w.Uint64(database.article_count());
        });
        return code;
    }
    report(fmt::format("{} articles from {}: {} added, {} replaced, {} unchanged; {} holds {}", outcomes.size(),
                       embedded.location(), count(store::PutOutcome::Added), count(store::PutOutcome::Replaced),
                       count(store::PutOutcome::Unchanged), database.location(), database.article_count()));
    return code;
}

}  // namespace

void add_load_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto* cmd = app.add_subcommand("load", "Copy the embedded store (--store) into the AGE database (--db URL)");
    cmd->callback([&global, &result] { result = run_load(global); });
}

}  // namespace kg::cli

