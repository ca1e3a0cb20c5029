#include "graph/graph_stats.h"

#include <algorithm>
#include <tuple>

#include "graph/iso_date.h"
#include "graph/labels.h"

namespace kg::graph {

GraphStats graph_stats(const KnowledgeGraph& graph) {
    GraphStats stats;
    std::map<std::string, std::size_t> per_source;
    for (const Node& node : graph.nodes()) {
        ++stats.nodes_by_label[node.label];
        if (node.label != label::kArticle) continue;
        ++stats.articles;
        ++per_source[node.prop("source")];
        const std::string& published = node.prop("published");
        if (published.empty()) {
            ++stats.undated;
            continue;
        }
        // By day, as dates of mixed precision do not sort: "2022-11" may end after "2022-11-28".
        if (stats.first_published.empty() || first_day(published) < first_day(stats.first_published))
            stats.first_published = published;
        if (stats.last_published.empty() || last_day(published) > last_day(stats.last_published))
            stats.last_published = published;
    }
    for (const Edge& edge : graph.edges()) ++stats.edges_by_label[edge.label];
    stats.sources.assign(per_source.begin(), per_source.end());
    std::stable_sort(stats.sources.begin(), stats.sources.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return stats;
}

}  // namespace kg::graph
