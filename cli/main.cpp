// kg: a knowledge graph of who holds which office, who meets whom and who said what, read
// from news articles. This file only wires the subcommands and maps errors to exit codes.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/centrality_command.h"
#include "cli/command_error.h"
#include "cli/export_command.h"
#include "cli/global_options.h"
#include "cli/holders_command.h"
#include "cli/ingest_command.h"
#include "cli/init_command.h"
#include "cli/load_command.h"
#include "cli/path_command.h"
#include "cli/subcommand_choice.h"
#include "graph/graph_error.h"
#include "ingest/ingest_error.h"
#include "store/database_error.h"
#include "store/store_error.h"

namespace {

int fail(kg::cli::ExitCode code, const std::string& message) {
    fmt::print(stderr, "kg: {}\n", message);
    return code;
}

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
    add_global_options(app, global);
    try {
        app.parse(argc, argv);
        return result;
    } catch (const CLI::Success& e) {  // --help, --version
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return fail(kUsage, subcommand_problem(app).value_or(std::string(e.what()) + " (see --help)"));
    } catch (const CommandError& e) {
        return fail(e.code(), e.what());
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
