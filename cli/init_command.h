#pragma once
// kg init --db URL: sets the database up for the AGE store (schema/age.sql); safe to run again.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_init_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
