#pragma once
// How two nodes are connected: the cheapest paths between them in a GraphView, where an
// edge costs its weight (graph/edge_weights.tsv). Finding none is an answer, not an error.

#include <cstddef>
#include <optional>
#include <vector>

#include "graph/graph_view.h"

namespace kg::graph {

struct Path {
    std::vector<std::size_t> nodes;  // indices into KnowledgeGraph::nodes(), from first to last
    std::vector<std::size_t> edges;  // indices into KnowledgeGraph::edges(); edges[i] joins
                                     // nodes[i] and nodes[i + 1], in either direction
    double cost = 0;

    std::size_t hops() const { return edges.size(); }
};

// How many paths all_shortest_paths returns at most unless told otherwise: the number of
// equally cheap paths can grow exponentially with their length.
inline constexpr std::size_t kMaxPaths = 100;

// The largest hop limit kg's commands take: the search keeps the graph's nodes once for each
// hop, and paths worth reading are a few hops long.
inline constexpr std::size_t kMaxHops = 1000;

struct PathOptions {
    // Paths with more edges do not count: the answer is the cheapest path of at most this many
    // hops, which may cost more than the cheapest path overall.
    std::optional<std::size_t> max_hops;
    std::size_t max_paths = kMaxPaths;
};

// The cheapest path from FROM to TO (a zero-hop path when they are the same node); among
// equally cheap ones, one with the fewest hops. Ignores options.max_paths. Throws GraphError
// only for a node index outside the graph.
std::optional<Path> shortest_path(const GraphView& view, std::size_t from, std::size_t to,
                                  const PathOptions& options = {});

// Every path as cheap as the cheapest, up to options.max_paths of them (which ones are kept
// past the cap is unspecified; ask for one more than you show to tell there were more).
// Sorted by hops, then node indices, then edge indices. Two facts joining the same nodes
// make two paths.
std::vector<Path> all_shortest_paths(const GraphView& view, std::size_t from, std::size_t to,
                                     const PathOptions& options = {});

}  // namespace kg::graph
