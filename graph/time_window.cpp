#include "graph/time_window.h"

#include "graph/graph_error.h"
#include "graph/graph_view.h"
#include "graph/iso_date.h"

namespace kg::graph {

bool TimeWindow::overlaps(const std::string& first_seen, const std::string& last_seen) const {
    if (open()) return true;
    if (first_seen.empty()) return false;
    const std::string& last = last_seen.empty() ? first_seen : last_seen;
    // Compared as days (YYYY-MM-DD sorts as the days do), so "2022-11" is all of November.
    return (since.empty() || last_day(last) >= first_day(since)) &&
           (until.empty() || first_day(first_seen) <= last_day(until));
}

KnowledgeGraph within(const KnowledgeGraph& graph, const TimeWindow& window) {
    for (const auto* bound : {&window.since, &window.until})
        if (!bound->empty() && !is_iso_date(*bound))
            throw GraphError("'" + *bound + "' is no date: write YYYY-MM-DD, YYYY-MM or YYYY");
    std::vector<bool> nodes(graph.nodes().size(), false);
    std::vector<bool> edges(graph.edges().size(), false);
    for (std::size_t i = 0; i < graph.edges().size(); ++i) {
        const Edge& edge = graph.edges()[i];
        if (!window.overlaps(edge.prop("first_seen"), edge.prop("last_seen"))) continue;
        edges[i] = true;
        auto [from, to] = endpoints(graph, edge);
        nodes[from] = nodes[to] = true;
    }
    return graph.subset(nodes, edges);
}

}  // namespace kg::graph
