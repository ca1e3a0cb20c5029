#pragma once
// How far apart two spellings are, for "did you mean" suggestions (a mistyped subcommand, a
// misspelt name).

#include <cstddef>
#include <string_view>

namespace kg::graph {

// Levenshtein distance: the fewest single-byte insertions, deletions and substitutions that
// turn A into B. Callers compare folded text (graph/entity_lookup), so bytes serve.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Whether CANDIDATE is near enough to TYPED to suggest it: at most one edit for every three
// bytes typed, and at least one allowed.
bool is_near_miss(std::string_view typed, std::string_view candidate);

}  // namespace kg::graph
