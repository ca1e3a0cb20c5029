#pragma once
// kg ingest PATH...: reads articles, extracts their facts and stores them.

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "cli/global_options.h"

namespace kg::cli {

void add_ingest_command(CLI::App& app, const GlobalOptions& global, ExitCode& result);

}  // namespace kg::cli
