#pragma once
// kg show NAME: every fact an entity takes part in, grouped by what it says, with dates and
// evidence.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_show_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
