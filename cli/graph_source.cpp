#include "cli/graph_source.h"

#include "cli/command_error.h"
#include "store/age_store.h"
#include "store/embedded_store.h"

namespace kg::cli {

std::unique_ptr<store::Store> open_store(const GlobalOptions& options) {
    if (options.db) return std::make_unique<store::AgeStore>(*options.db, options.graph);
    return std::make_unique<store::EmbeddedStore>(options.store);
}

void require_store(const std::filesystem::path& dir) {
    if (!store::is_store(dir))
        throw CommandError(kStoreError, "there is no kg store at " + dir.string() +
                                            ": give the folder kg ingest wrote (--store DIR or KG_STORE)");
}

const std::string& database_url(const GlobalOptions& options, const std::string& command) {
    if (!options.db)
        throw CommandError(kUsage, "kg " + command + " needs a database: give --db URL or set KG_DATABASE_URL");
    return *options.db;
}

graph::KnowledgeGraph load_graph(const GlobalOptions& options) {
    if (!options.db) require_store(options.store);
    return open_store(options)->load_graph();
}

graph::KnowledgeGraph load_graph_structure(const GlobalOptions& options) {
    if (options.db) return load_graph(options);
    require_store(options.store);
    return store::EmbeddedStore(options.store, store::OpenMode::existing).load_structure();
}

graph::KnowledgeGraph load_graph(const GlobalOptions& options, const graph::TimeWindow& window) {
    auto graph = load_graph(options);
    return window.open() ? graph : graph::within(graph, window);
}

}  // namespace kg::cli
