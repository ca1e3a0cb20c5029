#pragma once
// kg doctor: what kg uses (its data files, the store, the database, the libraries it was built
// with) and whether each is there.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_doctor_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
