#pragma once
// Reads an AGE graph back into a knowledge graph with Cypher (MATCH (n) RETURN n, and the same
// for edges), parsing the agtype each row returns, so that kg path, centrality and export work
// from what the database holds.

#include <string>

#include <pqxx/transaction_base>

#include "graph/knowledge_graph.h"

namespace kg::store::detail {

// TX must be a fresh REPEATABLE READ transaction: the first thing this does is lock the
// graph's tables against a load's TRUNCATE, so the snapshot taken after it sees one whole
// load. Nodes and edges come back in the order of their entry ids (the order they were
// written in). Throws StoreError on an edge whose end is not a vertex of the graph.
graph::KnowledgeGraph read_age_graph(pqxx::transaction_base& tx, const std::string& graph);

}  // namespace kg::store::detail
