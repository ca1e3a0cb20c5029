#include "cli/init_command.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "cli/report.h"
#include "store/age_schema.h"
#include "store/age_store.h"

namespace kg::cli {
namespace {

struct InitOptions {
    std::filesystem::path schema;  // empty: the installed schema/age.sql, else the source tree's
};

ExitCode run_init(const InitOptions& options, const GlobalOptions& global) {
    const std::string& url = database_url(global, "init");
    store::initialize_age(url, global.graph, options.schema.empty() ? store::default_schema_file() : options.schema);
    const store::AgeStore opened(url, global.graph);
    if (global.json) {
        print_json(std::cout, [&](graph::JsonWriter& w) {
            w.Key("store");
            write_text(w, opened.location());
            w.Key("stored");
            w.Uint64(opened.article_count());
        });
        return kOk;
    }
    report(fmt::format("{} is ready; it holds {} articles", opened.location(), opened.article_count()));
    return kOk;
}

}  // namespace

void add_init_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand("init", "Set a PostgreSQL + Apache AGE database up for kg (--db URL)");
    cmd->add_option("--schema", options->schema, "The schema file (default: kg's schema/age.sql)")
        ->check(CLI::ExistingFile);
    cmd->callback([options, &global, &result] { result = run_init(*options, global); });
}

}  // namespace kg::cli
