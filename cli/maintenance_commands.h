#pragma once
// The embedded store's upkeep: kg forget ARTICLE... (retract articles' facts, nothing else
// touched) and kg reindex (recompute the resolved graph from the stored facts, after the
// lexicons or rules changed).

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_forget_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);
void add_reindex_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
