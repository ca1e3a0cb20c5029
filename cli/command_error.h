#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "cli/exit_codes.h"

namespace kg::cli {

// An entity an error points the user to: one of several a name matches, or one a misspelt
// name resembles.
struct Candidate {
    std::string key;
    std::string label;
    std::string name;
};

// An outcome a command reports as an error with its own exit code (an ambiguous name, no
// path). main() prints the message (as JSON under --json, with the candidates) and exits with
// the code.
class CommandError : public std::runtime_error {
public:
    CommandError(ExitCode code, const std::string& message, std::vector<Candidate> candidates = {})
        : std::runtime_error(message), code_(code), candidates_(std::move(candidates)) {}
    ExitCode code() const { return code_; }
    const std::vector<Candidate>& candidates() const { return candidates_; }

private:
    ExitCode code_;
    std::vector<Candidate> candidates_;
};

}  // namespace kg::cli
