#pragma once
// kg path on the embedded store without reading the whole graph: names are looked up in the
// name index, the search runs on the memory-mapped adjacency, and only the nodes and edges of
// the answer are read with their evidence.

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/paths.h"
#include "store/embedded_store.h"

namespace kg::cli {

struct PathQuery {
    std::string from, to;
    bool all = false;
    std::optional<std::size_t> max_hops;
};

// The paths found, indexing into GRAPH, which holds what they cross (and, for --all and
// --max-hops, the neighbourhood they were searched in).
struct FoundPaths {
    graph::KnowledgeGraph graph;
    std::vector<graph::Path> paths;
};

// Throws CommandError (kNotFound, kAmbiguous) for names that name no one or several.
FoundPaths find_indexed_paths(const store::EmbeddedStore& store, const PathQuery& query);

}  // namespace kg::cli
