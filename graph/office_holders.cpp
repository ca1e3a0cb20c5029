#include "graph/office_holders.h"

#include <algorithm>

#include "graph/labels.h"

namespace kg::graph {

std::vector<Holding> office_holdings(const KnowledgeGraph& graph, const std::string& title,
                                     const std::string& country) {
    std::vector<Holding> holdings;
    for (std::size_t e = 0; e < graph.edges().size(); ++e) {
        const Edge& edge = graph.edges()[e];
        if (edge.label != label::kHolds) continue;
        auto office = graph.find(edge.to);
        auto person = graph.find(edge.from);
        if (!office || !person) continue;
        const Node& o = graph.node(*office);
        if (o.prop("title") != title || (!country.empty() && o.prop("country") != country)) continue;
        holdings.push_back({*person, *office, e, edge.prop("first_seen"), edge.prop("last_seen")});
    }
    std::sort(holdings.begin(), holdings.end(),
              [](const Holding& x, const Holding& y) { return x.first_seen < y.first_seen; });
    return holdings;
}

std::optional<Holding> holder_on(const std::vector<Holding>& holdings, const std::string& date) {
    std::optional<Holding> best;
    std::string best_seen;
    for (const auto& h : holdings) {
        if (h.first_seen.empty() || h.first_seen.substr(0, date.size()) > date) continue;
        std::string seen = std::min(h.last_seen.empty() ? h.first_seen : h.last_seen, date);
        if (!best || seen > best_seen || (seen == best_seen && h.first_seen > best->first_seen)) {
            best = h;
            best_seen = seen;
        }
    }
    return best;
}

}  // namespace kg::graph
