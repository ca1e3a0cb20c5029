#include "graph/office_resolution.h"

#include <set>

#include "graph/labels.h"

namespace kg::graph {
namespace {

bool inferred(const Edge& holds) { return holds.prop("country_inferred") == "true" || holds.prop("implied") == "true"; }

const std::string& title_of(const KnowledgeGraph& graph, const std::string& office_key) {
    static const std::string none;
    auto office = graph.find(office_key);
    return office ? graph.node(*office).prop("title") : none;
}

}  // namespace

void resolve_inferred_offices(KnowledgeGraph& graph) {
    std::map<std::pair<std::string, std::string>, std::set<std::string>> written;  // (person, title) -> offices
    for (const auto& edge : graph.edges())
        if (edge.label == label::kHolds && !inferred(edge))
            written[{edge.from, title_of(graph, edge.to)}].insert(edge.to);
    std::map<std::string, std::string> to;
    for (const auto& edge : graph.edges()) {
        if (edge.label != label::kHolds || !inferred(edge)) continue;
        auto it = written.find({edge.from, title_of(graph, edge.to)});
        if (it != written.end() && it->second.size() == 1 && *it->second.begin() != edge.to)
            to[edge.key()] = *it->second.begin();
    }
    if (!to.empty()) graph.retarget_edges(to);
}

}  // namespace kg::graph
