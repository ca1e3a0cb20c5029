#pragma once
// Whether bytes read from an input are text kg can ingest: not blank, not binary, and strict
// UTF-8.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest::detail {

// Binary: mostly bytes no text has; Nul: a NUL byte in what is otherwise text.
enum class TextFault { Empty, Binary, Nul, NotUtf8 };

struct TextProblem {
    TextFault fault;
    std::string what;  // one line for the user
};

// Why BYTES is not text, or nullopt when it is. first_offset is the file offset of bytes[0],
// so that a problem in one line of a file names the offset in the file.
std::optional<TextProblem> check_text(std::string_view bytes, std::size_t first_offset = 0);

}  // namespace kg::ingest::detail
