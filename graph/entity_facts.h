#pragma once
// Every fact an entity takes part in (kg show), grouped by what the fact says: its edge label,
// and whether the entity is where the edge starts or ends.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

struct FactGroup {
    std::string label;
    bool outgoing = true;            // the entity is the edges' start
    std::vector<std::size_t> edges;  // indices into edges(), by first_seen, then the other end's name
};

// NODE's facts (an index into nodes()), its outgoing groups first, each side by label. Throws
// GraphError when an edge names a node the graph lacks.
std::vector<FactGroup> facts_of(const KnowledgeGraph& graph, std::size_t node);

// The node at the other end of EDGE from NODE.
std::size_t other_end(const KnowledgeGraph& graph, const Edge& edge, std::size_t node);

}  // namespace kg::graph
