#pragma once
// Hops from one node to every other, by breadth-first search.

#include <cstddef>
#include <limits>
#include <vector>

#include "graph/graph_view.h"

namespace kg::graph {

inline constexpr std::size_t kUnreachable = std::numeric_limits<std::size_t>::max();

// Fills the caller's HOPS (resized to one entry per vertex) with the hop count from SOURCE,
// kUnreachable for vertices in another component.
void count_hops(const NeighbourGraph& graph, std::size_t source, std::vector<std::size_t>& hops);

}  // namespace kg::graph
