#pragma once
// Which part of the graph to export, and which of it to draw highlighted.

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/paths.h"

namespace kg::graph {

// Flags indexed like KnowledgeGraph::nodes() and edges(). The select_* functions only select
// an edge with both its ends, so exporters may rely on it.
struct Selection {
    std::vector<bool> nodes;
    std::vector<bool> edges;
    std::vector<bool> marked_nodes;  // drawn highlighted, where the format can
    std::vector<bool> marked_edges;
};

Selection select_all(const KnowledgeGraph& graph);

// The nodes and edges of PATHS, all marked.
Selection select_paths(const KnowledgeGraph& graph, const std::vector<Path>& paths);

// The nodes within HOPS hops of CENTER (marked) and every edge between two of them. Throws
// GraphError when CENTER is not a node index.
Selection select_ego(const KnowledgeGraph& graph, std::size_t center, std::size_t hops);

// Throws GraphError unless SELECTION has one flag per node and edge of GRAPH.
void check_selection(const KnowledgeGraph& graph, const Selection& selection);

// Marks the nodes and edges of PATHS in SELECTION, selecting them too.
void highlight_paths(Selection& selection, const std::vector<Path>& paths);

}  // namespace kg::graph
