#pragma once
// The canonical text of an article. It is computed once, before anything else reads the article:
// every offset the pipeline records (blocks, sentences, evidence) is a byte offset into it.

#include <string>
#include <string_view>

namespace kg::ingest {

// Returns valid UTF-8 text in NFKC where every Unicode space separator is ' ', invisible
// characters (zero-width spaces and joiners, soft hyphens, bidi marks, BOM) are gone, curly
// quotes and primes are ASCII ' and ", every dash and the minus sign are '-', ... is three
// full stops, lines end in LF, runs of spaces and tabs are one space and no line ends in a space.
// The input must be valid UTF-8 (the reader checks it).
std::string normalize_text(std::string_view utf8);

}  // namespace kg::ingest
