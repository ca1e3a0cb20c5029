#include "store/sqlite/graph_reader.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <set>

#include "graph/entity_lookup.h"
#include "store/fact_codec.h"
#include "store/sqlite/graph_update.h"
#include "store/sqlite/schema.h"

namespace kg::store::sqlite {
namespace {

graph::Node node_of(const Statement& row, int first) {
    return {row.text(first), row.text(first + 1), decode_properties(row.text_view(first + 2))};
}

}  // namespace

Candidates nodes_named(const Database& db, std::string_view query) {
    ReadTransaction tx(db);
    std::set<std::int64_t> found;
    Statement by_key(db, "SELECT id FROM node WHERE key = ?");
    if (by_key.bind_all(std::string(query)).step()) found.insert(by_key.integer(0));
    const auto words = graph::name_words(query);
    if (!words.empty()) {
        std::string sql = "SELECT node FROM name_word WHERE word = ?";
        for (std::size_t i = 1; i < words.size(); ++i) sql += " INTERSECT SELECT node FROM name_word WHERE word = ?";
        Statement by_words(db, sql);
        for (by_words.bind_each(words); by_words.step();) found.insert(by_words.integer(0));
    }
    Candidates candidates;
    std::vector<graph::Node> nodes;
    Statement node_row(db, "SELECT key, label, props FROM node WHERE id = ?");
    for (const auto id : found) {
        if (!node_row.bind_all(id).step()) continue;
        nodes.push_back(node_of(node_row, 0));
        candidates.ids.push_back(id);
    }
    candidates.graph = graph::KnowledgeGraph::assembled(std::move(nodes), {});
    return candidates;
}

graph::KnowledgeGraph whole_graph(const Database& db) {
    sqlite::ReadTransaction tx(db);
    std::vector<graph::Node> nodes;
    std::map<std::int64_t, std::string> key_of;
    sqlite::Statement node_rows(db, "SELECT id, key, label, props FROM node ORDER BY key");
    for (node_rows.bind_all(); node_rows.step();) {
        key_of[node_rows.integer(0)] = node_rows.text(1);
        nodes.push_back({node_rows.text(1), node_rows.text(2), decode_properties(node_rows.text_view(3))});
    }
    std::vector<graph::Edge> edges;
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> edge_of;
    sqlite::Statement edge_rows(db, "SELECT label, src, dst, props FROM edge ORDER BY id");
    for (edge_rows.bind_all(); edge_rows.step();) {
        graph::Edge edge{edge_rows.text(0), key_of.at(edge_rows.integer(1)), key_of.at(edge_rows.integer(2)),
                         decode_properties(edge_rows.text_view(3)), {}};
        edge_of[{edge.label, edge.from, edge.to}] = edges.size();
        edges.push_back(std::move(edge));
    }
    sqlite::Statement evidence(db, "SELECT r.label, r.fsrc, r.fdst, r.evidence FROM raw_edge r "
                                     "JOIN article a ON a.id = r.article ORDER BY a.key, r.id");
    for (evidence.bind_all(); evidence.step();) {
        auto found = edge_of.find({evidence.text(0), evidence.text(1), evidence.text(2)});
        if (found == edge_of.end()) continue;
        auto& kept = edges[found->second].evidence;
        for (auto& item : decode_evidence(evidence.text_view(3)))
            if (std::find(kept.begin(), kept.end(), item) == kept.end()) kept.push_back(std::move(item));
    }
    return graph::KnowledgeGraph::assembled(std::move(nodes), std::move(edges));
}

graph::KnowledgeGraph subgraph(const Database& db, const std::vector<std::int64_t>& nodes,
                               const std::vector<std::int64_t>& edges) {
    ReadTransaction tx(db);
    struct EdgeRow {
        std::string label;
        std::int64_t from, to;
        graph::Properties props;
    };
    std::vector<EdgeRow> rows;
    Statement edge_row(db, "SELECT label, src, dst, props FROM edge WHERE id = ?");
    for (const auto id : edges)
        if (edge_row.bind_all(id).step())
            rows.push_back({edge_row.text(0), edge_row.integer(1), edge_row.integer(2), decode_properties(edge_row.text_view(3))});
    std::vector<std::int64_t> node_ids;
    std::set<std::int64_t> seen;
    auto keep = [&](std::int64_t id) {
        if (seen.insert(id).second) node_ids.push_back(id);
    };
    for (const auto id : nodes) keep(id);
    for (const auto& row : rows) {
        keep(row.from);
        keep(row.to);
    }
    std::map<std::int64_t, std::string> key_of;
    std::vector<graph::Node> graph_nodes;
    Statement node_row(db, "SELECT key, label, props FROM node WHERE id = ?");
    for (const auto id : node_ids) {
        if (!node_row.bind_all(id).step()) continue;
        graph_nodes.push_back(node_of(node_row, 0));
        key_of[id] = graph_nodes.back().key;
    }
    std::set<std::string> articles;  // named by the evidence: their titles and files are shown
    std::vector<graph::Edge> graph_edges;
    Statement evidence(db, "SELECT r.evidence FROM raw_edge r JOIN article a ON a.id = r.article "
                           "WHERE r.label = ? AND r.fsrc = ? AND r.fdst = ? ORDER BY a.key, r.id");
    for (auto& row : rows) {
        graph::Edge edge{row.label, key_of.at(row.from), key_of.at(row.to), std::move(row.props), {}};
        for (evidence.bind_all(edge.label, edge.from, edge.to); evidence.step();)
            for (auto& item : decode_evidence(evidence.text_view(0)))
                if (std::find(edge.evidence.begin(), edge.evidence.end(), item) == edge.evidence.end())
                    edge.evidence.push_back(std::move(item));
        for (const auto& item : edge.evidence) articles.insert(item.article);
        graph_edges.push_back(std::move(edge));
    }
    Statement article_row(db, "SELECT key, label, props FROM node WHERE key = ?");
    for (const auto& key : articles) {
        const bool listed = std::any_of(graph_nodes.begin(), graph_nodes.end(), [&](const graph::Node& n) { return n.key == key; });
        if (!listed && article_row.bind_all(key).step()) graph_nodes.push_back(node_of(article_row, 0));
    }
    return graph::KnowledgeGraph::assembled(std::move(graph_nodes), std::move(graph_edges));
}

graph::GraphDelta changes_since(const Database& db, std::int64_t log_position) {
    graph::GraphDelta delta;
    Statement changes(db, "SELECT l.edge, l.added, e.src, e.dst, e.label FROM edge_log l "
                          "LEFT JOIN edge e ON e.id = l.edge WHERE l.seq > ? ORDER BY l.seq");
    for (changes.bind_all(log_position); changes.step();) {
        const auto edge = static_cast<std::uint32_t>(changes.integer(0));
        if (changes.integer(1) == 0) {
            delta.removed.insert(edge);
            continue;
        }
        if (changes.is_null(2)) continue;  // added, then removed again
        const auto from = static_cast<std::uint32_t>(changes.integer(2)), to = static_cast<std::uint32_t>(changes.integer(3));
        const auto label = graph::label_code(changes.text_view(4));
        delta.added[from].push_back({to, edge, label, 1});
        delta.added[to].push_back({from, edge, label, 0});
        delta.node_slots = std::max({delta.node_slots, from + 1, to + 1});
    }
    return delta;
}

void write_snapshot(const Database& db, const std::filesystem::path& file) {
    std::int64_t position = 0;
    std::vector<graph::EdgeEnds> edges;
    std::uint32_t slots = 0;
    {
        ReadTransaction tx(db);
        Statement last(db, "SELECT coalesce(max(seq), 0) FROM edge_log");
        last.bind_all().step();
        position = last.integer(0);
        Statement max_node(db, "SELECT coalesce(max(id), 0) FROM node");
        max_node.bind_all().step();
        slots = static_cast<std::uint32_t>(max_node.integer(0) + 1);
        Statement rows(db, "SELECT id, src, dst, label FROM edge");
        for (rows.bind_all(); rows.step();)
            edges.push_back({static_cast<std::uint32_t>(rows.integer(0)), static_cast<std::uint32_t>(rows.integer(1)),
                             static_cast<std::uint32_t>(rows.integer(2)), graph::label_code(rows.text_view(3))});
    }
    graph::CompactGraph::write(file, slots, std::move(edges), position);
    WriteTransaction tx(db);
    Statement forget(db, "DELETE FROM edge_log WHERE seq <= ?");
    forget.bind_all(position).run();
    tx.commit();
}

std::int64_t snapshot_lag(const Database& db, const std::filesystem::path& file) {
    std::error_code error;
    Statement count(db, std::filesystem::exists(file, error) ? "SELECT count(*) FROM edge_log"
                                                              : "SELECT count(*) + 1 FROM edge");
    count.bind_all().step();
    return count.integer(0);
}

graph::KnowledgeGraph graph_structure(const Database& db) {
    ReadTransaction tx(db);
    std::vector<graph::Node> nodes;
    std::unordered_map<std::int64_t, std::size_t> index_of;
    Statement node_rows(db, "SELECT id, key, label, props FROM node ORDER BY key");
    for (node_rows.bind_all(); node_rows.step();) {
        index_of[node_rows.integer(0)] = nodes.size();
        auto props = decode_properties(node_rows.text_view(3));
        nodes.push_back({node_rows.text(1), node_rows.text(2), {{"name", props["name"]}}});
    }
    std::vector<graph::Edge> edges;
    Statement edge_rows(db, "SELECT label, src, dst FROM edge ORDER BY id");
    for (edge_rows.bind_all(); edge_rows.step();)
        edges.push_back({edge_rows.text(0), nodes[index_of.at(edge_rows.integer(1))].key,
                         nodes[index_of.at(edge_rows.integer(2))].key, {}, {}});
    return graph::KnowledgeGraph::assembled(std::move(nodes), std::move(edges));
}

graph::KnowledgeGraph resolved_in_memory(const std::vector<graph::ArticleFacts>& articles) {
    const Database db(":memory:", true);
    prepare_schema(db);
    WriteTransaction tx(db);
    GraphUpdate update(db);
    for (const auto& facts : articles) {
        update.retract(facts.article.key);
        update.add(facts);
    }
    update.finish();
    tx.commit();
    return whole_graph(db);
}

}  // namespace kg::store::sqlite
