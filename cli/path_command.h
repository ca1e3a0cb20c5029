#pragma once
// kg path A B: how two entities are connected, with the evidence of every step.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_path_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
