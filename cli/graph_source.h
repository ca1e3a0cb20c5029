#pragma once
// Where the commands read and write facts: the AGE store when the options name a database,
// else the embedded store.

#include <memory>
#include <string>

#include "cli/global_options.h"
#include "graph/knowledge_graph.h"
#include "store/store.h"

namespace kg::cli {

std::unique_ptr<store::Store> open_store(const GlobalOptions& options);
// The database URL, for commands that work only on the AGE store (kg init, kg load); throws
// CommandError (kUsage) naming COMMAND when no database is named.
const std::string& database_url(const GlobalOptions& options, const std::string& command);
graph::KnowledgeGraph load_graph(const GlobalOptions& options);
// The graph's nodes (with names) and edges, without properties or evidence: for whole-graph
// algorithms, which on the embedded store then read neither.
graph::KnowledgeGraph load_graph_structure(const GlobalOptions& options);

}  // namespace kg::cli
