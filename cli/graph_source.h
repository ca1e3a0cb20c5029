#pragma once
// Where the commands read and write facts: the AGE store when the options name a database,
// else the embedded store.

#include <filesystem>
#include <memory>
#include <string>

#include "cli/global_options.h"
#include "graph/knowledge_graph.h"
#include "graph/time_window.h"
#include "store/store.h"

namespace kg::cli {

// The store to write to; an embedded store is created when absent.
std::unique_ptr<store::Store> open_store(const GlobalOptions& options);
// Throws CommandError (kStoreError) naming DIR unless it is a kg store: commands that only
// read never create one, so a mistyped --store is an error, not an empty answer.
void require_store(const std::filesystem::path& dir);
// The database URL, for commands that work only on the AGE store (kg init, kg load); throws
// CommandError (kUsage) naming COMMAND when no database is named.
const std::string& database_url(const GlobalOptions& options, const std::string& command);
// The graph of the store the options name, which must exist; with a WINDOW, only the facts
// told in it.
graph::KnowledgeGraph load_graph(const GlobalOptions& options);
graph::KnowledgeGraph load_graph(const GlobalOptions& options, const graph::TimeWindow& window);
// The graph's nodes (with names) and edges, without properties or evidence: for whole-graph
// algorithms, which on the embedded store then read neither.
graph::KnowledgeGraph load_graph_structure(const GlobalOptions& options);

}  // namespace kg::cli
