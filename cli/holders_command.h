#pragma once
// kg holders TITLE [--country C] [--as-of DATE]: who holds an office, since when, on what evidence.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_holders_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
