#include "graph/entity_facts.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/graph_view.h"

namespace kg::graph {

std::size_t other_end(const KnowledgeGraph& graph, const Edge& edge, std::size_t node) {
    auto [from, to] = endpoints(graph, edge);
    return from == node ? to : from;
}

std::vector<FactGroup> facts_of(const KnowledgeGraph& graph, std::size_t node) {
    std::map<std::pair<bool, std::string>, std::vector<std::size_t>> groups;  // (incoming, label)
    for (std::size_t i = 0; i < graph.edges().size(); ++i) {
        const Edge& edge = graph.edges()[i];
        auto [from, to] = endpoints(graph, edge);
        if (from == node) groups[{false, edge.label}].push_back(i);
        if (to == node && from != node) groups[{true, edge.label}].push_back(i);
    }
    std::vector<FactGroup> facts;
    for (auto& [side, edges] : groups) {
        std::stable_sort(edges.begin(), edges.end(), [&](std::size_t a, std::size_t b) {
            const Edge& x = graph.edges()[a];
            const Edge& y = graph.edges()[b];
            return std::forward_as_tuple(x.prop("first_seen"), graph.node(other_end(graph, x, node)).name()) <
                   std::forward_as_tuple(y.prop("first_seen"), graph.node(other_end(graph, y, node)).name());
        });
        facts.push_back({side.second, !side.first, std::move(edges)});
    }
    return facts;
}

}  // namespace kg::graph
