#pragma once
// What a graph holds, in numbers (kg stats): its articles and when they were published, where
// they come from, and its nodes and edges by label.

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

struct GraphStats {
    std::size_t articles = 0;
    std::size_t undated = 0;      // articles without a publication date
    std::string first_published;  // ISO dates at the precision stored; "" when none is dated
    std::string last_published;
    // Articles per source ("" for those that name none), most first, then by name.
    std::vector<std::pair<std::string, std::size_t>> sources;
    std::map<std::string, std::size_t> nodes_by_label;
    std::map<std::string, std::size_t> edges_by_label;
};

GraphStats graph_stats(const KnowledgeGraph& graph);

}  // namespace kg::graph
