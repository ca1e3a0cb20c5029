#pragma once
// kg export: the graph, a path through it or the neighbourhood of an entity, as DOT or JSON.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_export_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
