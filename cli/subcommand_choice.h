#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace kg::cli {

// After a failed parse: what is wrong when the command line named no subcommand. A word where
// the subcommand belongs gives "unknown subcommand 'pth'; did you mean 'path'?"; no word at
// all lists the subcommands. nullopt when a subcommand was named (its own error stands).
std::optional<std::string> subcommand_problem(CLI::App& app);

}  // namespace kg::cli
