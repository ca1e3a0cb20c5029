#pragma once
// The cheapest path between two nodes of a LiveAdjacency, by a bidirectional Dijkstra that
// grows a search from each end and stops when they meet: on a graph of millions of edges it
// touches only the neighbourhoods of the two ends. Costs are those of graph/edge_weights.tsv;
// among equally cheap paths the one with the fewest hops wins, as in graph/paths.h.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "graph/compact_graph.h"

namespace kg::graph {

struct CompactPath {
    std::vector<std::uint32_t> nodes;  // store node ids, from first to last
    std::vector<std::uint32_t> edges;  // store edge ids; edges[i] joins nodes[i] and nodes[i + 1]
    double cost = 0;
};

// What crossing an edge of each label code costs (kEdgeLabels order); arcs whose label has no
// positive cost here are not crossed.
using LabelCosts = std::array<double, std::size(kEdgeLabels)>;

std::optional<CompactPath> cheapest_path(const LiveAdjacency& graph, std::uint32_t from, std::uint32_t to,
                                         const LabelCosts& costs);

// The node ids within COST of FROM (Dijkstra, bounded): with the same from TO, the nodes
// that can lie on a path of at most that cost.
std::vector<std::uint32_t> within_cost(const LiveAdjacency& graph, std::uint32_t from, double cost,
                                       const LabelCosts& costs);

}  // namespace kg::graph
