#pragma once
// Writes a whole knowledge graph into an AGE graph's label tables in bulk, never one Cypher
// statement per fact: TRUNCATE every label table, one COPY per label with graph ids computed
// here (label id << 48 | entry id), then each label's id sequence moved past the ids used, so
// that a later Cypher CREATE gets fresh ids. Entry ids follow the knowledge graph's order of
// nodes and of edges, so reading them back in id order gives that order again.

#include <string>

#include <pqxx/transaction_base>

#include "graph/knowledge_graph.h"

namespace kg::store::detail {

// Runs inside TX, whose caller holds the graph's load lock and commits. Throws DatabaseError
// when a label is not in the graph (its schema is older than kg), StoreError when an edge
// names a node the graph lacks.
void materialize(pqxx::transaction_base& tx, const std::string& graph, const graph::KnowledgeGraph& data);

}  // namespace kg::store::detail
