#pragma once
// Where the commands read and write facts: the embedded store the options name.

#include <memory>

#include "cli/global_options.h"
#include "graph/knowledge_graph.h"
#include "store/store.h"

namespace kg::cli {

std::unique_ptr<store::Store> open_store(const GlobalOptions& options);
graph::KnowledgeGraph load_graph(const GlobalOptions& options);

}  // namespace kg::cli
