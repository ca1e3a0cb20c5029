#pragma once
// kg centrality: which entities matter most, by a Boost.Graph measure.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_centrality_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
