#include "cli/global_options.h"

#include <functional>

#include "graph/data_file.h"

namespace kg::cli {
namespace {

constexpr const char* kGroup = "Global options (before or after the subcommand)";

// ENVIRONMENT: whether these copies read environment variables. Only the top level's do, so
// that a subcommand's copy left unset never overrides a value given before the subcommand.
void bind(CLI::App& app, GlobalOptions& global, bool environment) {
    auto add = [&](const char* name, auto& value, const char* description, const char* variable) {
        auto* option = app.add_option(name, value, description)->group(kGroup);
        if (environment && variable) option->envname(variable);
    };
    add("--store", global.store, "The embedded store folder (default ./kg-data; env KG_STORE)", "KG_STORE");
    add("--db", global.db,
        "A PostgreSQL + Apache AGE database URL, used instead of the embedded store (env KG_DATABASE_URL)",
        "KG_DATABASE_URL");
    add("--graph", global.graph, "The AGE graph in the database (default news)", nullptr);
    add("--lexicons", global.lexicons, "The folder of extraction word lists (default: kg's own; env KG_LEXICONS)",
        "KG_LEXICONS");
    app.add_flag("--json", global.json, "Print JSON (one object, with a schema version), and errors as JSON on stderr")
        ->group(kGroup);
}

}  // namespace

std::filesystem::path lexicon_dir(const GlobalOptions& global) {
    return global.lexicons.empty() ? graph::data_path("lexicons", "ingest/lexicons") : global.lexicons;
}

void add_global_options(CLI::App& app, GlobalOptions& global) {
    bind(app, global, true);
    for (CLI::App* command : app.get_subcommands(std::function<bool(CLI::App*)>{})) bind(*command, global, false);
}

}  // namespace kg::cli
