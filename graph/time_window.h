#pragma once
// The graph as told in a period (kg centrality, holders and export --since/--until): the facts
// whose time, from first_seen to last_seen (the publication dates of the articles telling
// them), overlaps the period, with the nodes they join.

#include <string>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// ISO dates at any precision, each bound included in full ("2022-11" runs to 2022-11-30);
// an empty bound leaves that side open.
struct TimeWindow {
    std::string since;
    std::string until;

    bool open() const { return since.empty() && until.empty(); }
    // Whether a fact seen from FIRST_SEEN to LAST_SEEN overlaps the window. A fact of unknown
    // date (no first_seen) is in no window but the open one.
    bool overlaps(const std::string& first_seen, const std::string& last_seen) const;
};

// The facts of GRAPH in WINDOW, and the nodes at their ends; a node with no such fact is left
// out. Throws GraphError when a bound is not an ISO date.
KnowledgeGraph within(const KnowledgeGraph& graph, const TimeWindow& window);

}  // namespace kg::graph
