#pragma once
// UTF-8, the encoding of every string in kg's model: how long a character's bytes run, and
// where a string may be cut without splitting a character.

#include <cstddef>
#include <string_view>

namespace kg::graph {

// The length of the well-formed UTF-8 sequence at bytes[at], or 0 when there is none.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t at);

// The longest prefix of TEXT of at most MAX_BYTES that ends at a character boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace kg::graph
