#pragma once

#include <stdexcept>
#include <string>

#include "cli/exit_codes.h"

namespace kg::cli {

// An outcome a command reports as an error with its own exit code (an ambiguous name, no
// path). main() prints the message and exits with the code.
class CommandError : public std::runtime_error {
public:
    CommandError(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode code() const { return code_; }

private:
    ExitCode code_;
};

}  // namespace kg::cli
