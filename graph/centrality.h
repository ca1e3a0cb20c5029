#pragma once
// Which nodes matter most: measures of centrality over the whole graph, computed on who is
// next to whom (NeighbourGraph: two facts joining the same pair count once, edge weights play
// no part), then filtered and ranked.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

enum class Measure {
    degree,       // number of neighbours
    betweenness,  // Brandes: shortest paths between other pairs through the node, each
                  // unordered pair counted once and split evenly among its shortest paths
    pagerank,     // Boost page_rank, damping 0.85, on each neighbour pair as two arcs;
                  // scaled to sum to 1
    closeness,    // harmonic: the sum of 1 / hops to every other node, over n - 1. Nodes in
                  // another component add 0, so a disconnected graph needs no special case
};

// "degree", "betweenness", "pagerank", "closeness"; throws GraphError listing them for any
// other name.
Measure parse_measure(std::string_view name);
// The measures' names, in the order to list them.
std::vector<std::string_view> measure_names();
std::string_view measure_name(Measure measure);

// One score per node, indexed like KnowledgeGraph::nodes().
std::vector<double> centrality(const KnowledgeGraph& graph, Measure measure);

struct ScoredNode {
    std::size_t node;  // index into KnowledgeGraph::nodes()
    double score;
};

struct RankOptions {
    std::string label;  // keep only nodes with this label; empty keeps all
    std::size_t top = 10;
};

// The top nodes by SCORES (from centrality()), highest first, equal scores by name then key.
// The label filter applies after computing, so scores still reflect the whole graph.
std::vector<ScoredNode> rank_nodes(const KnowledgeGraph& graph, const std::vector<double>& scores,
                                   const RankOptions& options);

}  // namespace kg::graph
