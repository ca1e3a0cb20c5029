#include "store/detail/age_graph_reader.h"

#include <pqxx/result>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/detail/age_properties.h"
#include "store/detail/agtype_reader.h"
#include "store/store_error.h"

namespace kg::store::detail {
namespace {

constexpr std::int64_t kEntryMask = (std::int64_t{1} << 48) - 1;

// Every row of a one-column cypher() query, read by READ and sorted by entry id.
template <typename Read>
std::vector<AgEntity> cypher_rows(pqxx::transaction_base& tx, const std::string& graph, const char* query,
                                  Read read) {
    // cypher() takes the graph's name only as a constant; a checked name, escaped all the same.
    std::string sql = "SELECT * FROM ag_catalog.cypher('";
    sql += tx.esc(graph);
    sql += "', $$";
    sql += query;
    sql += "$$) AS (value ag_catalog.agtype)";
    const auto rows = tx.exec(sql);
    std::vector<AgEntity> entities;
    entities.reserve(rows.size());
    for (const auto& row : rows) entities.push_back(read(std::string_view(row[0].c_str(), row[0].size())));
    std::sort(entities.begin(), entities.end(),
              [](const AgEntity& a, const AgEntity& b) { return (a.id & kEntryMask) < (b.id & kEntryMask); });
    return entities;
}

// KnowledgeGraph grows only by articles' facts, so each node arrives as an "article" of its
// own, and the edges with a property-less copy of a node already there: nothing merges, no
// date widens, and the order stays the order given.
graph::KnowledgeGraph assemble(const std::vector<graph::Node>& nodes, std::vector<graph::Edge> edges) {
    graph::KnowledgeGraph assembled;
    for (const auto& node : nodes) assembled.add({node, {}, {}});
    if (!edges.empty()) assembled.add({{nodes.front().key, nodes.front().label, {}}, {}, std::move(edges)});
    return assembled;
}

}  // namespace

graph::KnowledgeGraph read_age_graph(pqxx::transaction_base& tx, const std::string& graph) {
    const std::string schema = tx.quote_name(graph);
    tx.exec("LOCK TABLE " + schema + "._ag_label_vertex, " + schema + "._ag_label_edge IN ACCESS SHARE MODE");

    std::vector<graph::Node> nodes;
    std::unordered_map<std::int64_t, std::size_t> node_index;
    for (const auto& vertex : cypher_rows(tx, graph, "MATCH (n) RETURN n", read_vertex)) {
        node_index.emplace(vertex.id, nodes.size());
        nodes.push_back(node_from(vertex));
    }
    auto key_of = [&](std::int64_t id, const AgEntity& edge) -> const std::string& {
        auto found = node_index.find(id);
        if (found == node_index.end())
            throw StoreError("edge " + std::to_string(edge.id) + " in graph '" + graph + "' ends at " +
                             std::to_string(id) + ", which is not a vertex: load the graph again (kg load)");
        return nodes[found->second].key;
    };
    std::vector<graph::Edge> edges;
    for (const auto& edge : cypher_rows(tx, graph, "MATCH ()-[e]->() RETURN e", read_edge))
        edges.push_back(edge_from(edge, key_of(edge.start_id, edge), key_of(edge.end_id, edge)));
    return assemble(nodes, std::move(edges));
}

}  // namespace kg::store::detail
