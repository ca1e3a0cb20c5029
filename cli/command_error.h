#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "cli/exit_codes.h"
#include "graph/model.h"

namespace kg::cli {

// An outcome a command reports as an error with its own exit code (an ambiguous name, no
// path). main() prints the message (as JSON under --json, with the candidates) and exits with
// the code. The candidates are the entities it points the user to: those an ambiguous name
// matches, or those a misspelt one resembles.
class CommandError : public std::runtime_error {
public:
    CommandError(ExitCode code, const std::string& message, std::vector<graph::Node> candidates = {})
        : std::runtime_error(message), code_(code), candidates_(std::move(candidates)) {}
    ExitCode code() const { return code_; }
    const std::vector<graph::Node>& candidates() const { return candidates_; }

private:
    ExitCode code_;
    std::vector<graph::Node> candidates_;
};

}  // namespace kg::cli
