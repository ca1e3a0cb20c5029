#pragma once
// Where a command writes its output (-o FILE): standard output for "-" (or no file), else a
// file written whole or not at all. The output goes to a temporary file beside FILE, renamed
// over FILE once complete, so a failed export leaves no truncated file and FILE as it was.

#include <filesystem>
#include <functional>
#include <ostream>

namespace kg::cli {

// Calls WRITE with the stream to write to. Throws CommandError (exit code 1) naming FILE when
// it cannot be written; whatever WRITE throws is passed on, with FILE untouched.
void write_output(const std::filesystem::path& file, const std::function<void(std::ostream&)>& write);

}  // namespace kg::cli
