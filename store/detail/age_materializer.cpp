#include "store/detail/age_materializer.h"

#include <pqxx/result>
#include <pqxx/stream_to>

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "store/database_error.h"
#include "store/detail/age_properties.h"

namespace kg::store::detail {
namespace {

struct Label {
    std::int64_t id = 0;
    bool is_vertex = false;
    std::string sequence;   // qualified and quoted, for ::regclass
    std::int64_t last_entry = 0;  // the highest entry id written
};

using Labels = std::map<std::string, Label>;

constexpr int kEntryBits = 48;

std::int64_t graph_id(const Label& label, std::size_t index) {
    return (label.id << kEntryBits) | static_cast<std::int64_t>(index + 1);
}

Labels read_labels(pqxx::transaction_base& tx, const std::string& graph) {
    Labels labels;
    const auto rows = tx.exec_params(
        "SELECT l.name::text, l.id::bigint, l.kind = 'v', l.seq_name::text FROM ag_catalog.ag_label l "
        "JOIN ag_catalog.ag_graph g ON g.graphid = l.graph WHERE g.name = $1",
        graph);
    for (const auto& row : rows)
        labels[row[0].as<std::string>()] = {row[1].as<std::int64_t>(), row[2].as<bool>(),
                                            tx.quote_name(graph) + '.' + tx.quote_name(row[3].as<std::string>())};
    return labels;
}

Label& find_label(Labels& labels, const std::string& name, bool is_vertex, const std::string& graph) {
    auto found = labels.find(name);
    if (found == labels.end() || found->second.is_vertex != is_vertex)
        throw DatabaseError("graph '" + graph + "' has no " + (is_vertex ? "vertex" : "edge") + " label " + name +
                            ": run kg init --db URL --graph " + graph + " (its schema is older than this kg)");
    return found->second;
}

std::string table(pqxx::transaction_base& tx, const std::string& graph, const std::string& label) {
    return tx.quote_name(graph) + '.' + tx.quote_name(label);
}

// Indexes of the items in each label, in the graph's order.
template <typename Item>
std::map<std::string, std::vector<std::size_t>> by_label(const std::vector<Item>& items) {
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < items.size(); ++i) groups[items[i].label].push_back(i);
    return groups;
}

std::vector<std::int64_t> copy_vertices(pqxx::transaction_base& tx, const std::string& graph,
                                        const graph::KnowledgeGraph& data, Labels& labels) {
    const auto& nodes = data.nodes();
    std::vector<std::int64_t> ids(nodes.size());
    for (const auto& [name, indexes] : by_label(nodes)) {
        Label& label = find_label(labels, name, true, graph);
        pqxx::stream_to copy(tx, table(tx, graph, name), std::vector<std::string>{"id", "properties"});
        for (std::size_t i : indexes) {
            ids[i] = graph_id(label, i);
            copy << std::make_tuple(ids[i], vertex_properties(nodes[i]));
        }
        copy.complete();
        label.last_entry = static_cast<std::int64_t>(indexes.back() + 1);
    }
    return ids;
}

std::int64_t end_id(const graph::KnowledgeGraph& data, const std::vector<std::int64_t>& node_ids,
                    const graph::Edge& edge, const std::string& key) {
    const auto index = data.find(key);
    if (!index)
        throw StoreError("edge " + edge.key() + " names " + key +
                         ", which no article states as a node: ingest that article again");
    return node_ids[*index];
}

void copy_edges(pqxx::transaction_base& tx, const std::string& graph, const graph::KnowledgeGraph& data,
                const std::vector<std::int64_t>& node_ids, Labels& labels) {
    const auto& edges = data.edges();
    const auto titles = article_titles(data);
    for (const auto& [name, indexes] : by_label(edges)) {
        Label& label = find_label(labels, name, false, graph);
        pqxx::stream_to copy(tx, table(tx, graph, name),
                             std::vector<std::string>{"id", "start_id", "end_id", "properties"});
        for (std::size_t i : indexes) {
            const auto& edge = edges[i];
            copy << std::make_tuple(graph_id(label, i), end_id(data, node_ids, edge, edge.from),
                                    end_id(data, node_ids, edge, edge.to), edge_properties(edge, titles));
        }
        copy.complete();
        label.last_entry = static_cast<std::int64_t>(indexes.back() + 1);
    }
}

// The next id a label's sequence gives is one past the last written (1 for an empty label).
void advance_sequences(pqxx::transaction_base& tx, const Labels& labels) {
    for (const auto& [name, label] : labels)
        tx.exec_params("SELECT pg_catalog.setval($1::regclass, $2, $3)", label.sequence,
                       std::max<std::int64_t>(label.last_entry, 1), label.last_entry > 0);
}

}  // namespace

void materialize(pqxx::transaction_base& tx, const std::string& graph, const graph::KnowledgeGraph& data) {
    Labels labels = read_labels(tx, graph);
    tx.exec("TRUNCATE " + table(tx, graph, "_ag_label_vertex") + ", " + table(tx, graph, "_ag_label_edge"));
    const auto node_ids = copy_vertices(tx, graph, data, labels);
    copy_edges(tx, graph, data, node_ids, labels);
    advance_sequences(tx, labels);
}

}  // namespace kg::store::detail
