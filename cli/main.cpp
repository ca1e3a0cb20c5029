// kg: a knowledge graph of who holds which office, who meets whom and who said what, read
// from news articles. This file only wires the subcommands and maps errors to exit codes.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/centrality_command.h"
#include "cli/command_error.h"
#include "cli/doctor_command.h"
#include "cli/export_command.h"
#include "cli/global_options.h"
#include "cli/holders_command.h"
#include "cli/ingest_command.h"
#include "cli/json_output.h"
#include "cli/init_command.h"
#include "cli/load_command.h"
#include "cli/maintenance_commands.h"
#include "cli/path_command.h"
#include "cli/report.h"
#include "cli/show_command.h"
#include "cli/stats_command.h"
#include "cli/subcommand_choice.h"
#include "graph/graph_error.h"
#include "ingest/ingest_error.h"
#include "store/database_error.h"
#include "store/store_error.h"

namespace {

// Prints an error, as JSON when the command line asks for JSON, and returns its exit code.
class ErrorReport {
public:
    // A parse error may end the parse before --json's own callback runs: look at the words.
    ErrorReport(int argc, char** argv) : json_(std::find(argv + 1, argv + argc, std::string_view("--json")) != argv + argc) {}

    int operator()(kg::cli::ExitCode code, const std::string& message,
                   const std::vector<kg::graph::Node>& candidates = {}) const {
        if (json_) {
            try {
                kg::cli::print_json_error(std::cerr, code, message, candidates);
                return code;
            } catch (const kg::graph::GraphError&) {
                // The message holds bytes that are not UTF-8 (typed by the user): say it as text.
            }
        }
        kg::cli::report(message);
        return code;
    }

private:
    bool json_;
};

}  // namespace

int main(int argc, char** argv) {
    using namespace kg::cli;
    CLI::App app{"kg: a knowledge graph from news articles"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "kg " KG_VERSION);
    GlobalOptions global;
    ExitCode result = kOk;
    add_ingest_command(app, global, result);
    add_path_command(app, global, result);
    add_centrality_command(app, global, result);
    add_export_command(app, global, result);
    add_holders_command(app, global, result);
    add_init_command(app, global, result);
    add_load_command(app, global, result);
    add_forget_command(app, global, result);
    add_reindex_command(app, global, result);
    add_stats_command(app, global, result);
    add_show_command(app, global, result);
    add_doctor_command(app, global, result);
    add_global_options(app, global);
    const ErrorReport fail(argc, argv);
    try {
        app.parse(argc, argv);
        return result;
    } catch (const CLI::Success& e) {  // --help, --version
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return fail(kUsage, subcommand_problem(app).value_or(std::string(e.what()) + " (see --help)"));
    } catch (const CommandError& e) {
        return fail(e.code(), e.what(), e.candidates());
    } catch (const kg::store::DatabaseError& e) {
        return fail(kDatabaseError, e.what());
    } catch (const kg::store::StoreError& e) {
        return fail(kStoreError, e.what());
    } catch (const kg::ingest::IngestError& e) {
        return fail(kError, e.what());
    } catch (const kg::graph::GraphError& e) {
        return fail(kError, e.what());
    } catch (const std::exception& e) {
        return fail(kError, e.what());
    }
}
