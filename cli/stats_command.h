#pragma once
// kg stats: what the store holds in numbers: articles and their dates, sources, nodes and
// edges by label.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_stats_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
