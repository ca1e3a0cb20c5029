#include "cli/graph_source.h"

#include "graph/meeting_resolution.h"
#include "store/embedded_store.h"

namespace kg::cli {

std::unique_ptr<store::Store> open_store(const GlobalOptions& options) {
    return std::make_unique<store::EmbeddedStore>(options.store);
}

graph::KnowledgeGraph load_graph(const GlobalOptions& options) {
    auto graph = open_store(options)->load_graph();
    graph::merge_generic_meetings(graph);
    return graph;
}

}  // namespace kg::cli
