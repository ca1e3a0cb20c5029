#pragma once
// Words of a sentence, the unit the extraction rules match on.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct Token {
    std::size_t begin = 0;  // byte offsets into the sentence
    std::size_t end = 0;
    std::string text;
    std::string lower;  // ASCII-lowercased text, for case-insensitive matching
    bool word = false;  // letters or digits; otherwise punctuation
    bool capitalized = false;
};

// Splits a sentence into words and punctuation. Hyphens and plus signs become tokens of
// their own ("two-plus-two" is five tokens) so that "Japan-US" yields both countries; an
// abbreviation of single letters keeps its full stops ("U.S."); a possessive "'s" is a
// token; quotation marks are dropped.
std::vector<Token> tokenize(std::string_view sentence);

// The tokens' texts joined by single spaces, for display ("Yoshimasa Hayashi").
std::string join_tokens(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

}  // namespace kg::ingest
