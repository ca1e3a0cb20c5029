#pragma once
// kg load --db URL: copies every article's facts from the embedded store into the AGE store,
// in one transaction.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_load_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
