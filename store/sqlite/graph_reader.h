#pragma once
// Reads of the resolved graph that touch only what they answer: nodes by name through the
// name-word index, a few nodes and edges with their evidence, and the adjacency snapshot
// (graph.csr) with the edges added and removed since it was written.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "graph/compact_graph.h"
#include "graph/knowledge_graph.h"
#include "store/sqlite/database.h"

namespace kg::store::sqlite {

// The nodes a query may name (graph/entity_lookup.h): the node whose key it is, and those
// whose names hold every word of it. As a graph of those nodes alone, their ids beside.
struct Candidates {
    graph::KnowledgeGraph graph;
    std::vector<std::int64_t> ids;  // indexed like graph.nodes()
};
Candidates nodes_named(const Database& db, std::string_view query);

// The whole resolved graph, nodes in order of their keys, with every edge's evidence.
graph::KnowledgeGraph whole_graph(const Database& db);

// The resolved graph's structure alone: nodes with their names, edges without properties or
// evidence (what whole-graph algorithms read), in the order whole_graph gives.
graph::KnowledgeGraph graph_structure(const Database& db);

// ARTICLES' facts resolved as the embedded store resolves them, in a database in memory: for
// backends that build the graph elsewhere (AGE), so that every backend shows the same graph.
graph::KnowledgeGraph resolved_in_memory(const std::vector<graph::ArticleFacts>& articles);

// The nodes NODES and edges EDGES (store ids) with their properties and evidence, and the ends
// of those edges. The graph lists NODES first, in their order, and EDGES in theirs.
graph::KnowledgeGraph subgraph(const Database& db, const std::vector<std::int64_t>& nodes,
                               const std::vector<std::int64_t>& edges);

// The edges added and removed since the snapshot's log position.
graph::GraphDelta changes_since(const Database& db, std::int64_t log_position);

// Writes FILE anew from the edge table, and forgets the log it now includes.
void write_snapshot(const Database& db, const std::filesystem::path& file);

// How many logged changes the snapshot at FILE lacks (all edges when there is none).
std::int64_t snapshot_lag(const Database& db, const std::filesystem::path& file);

}  // namespace kg::store::sqlite
