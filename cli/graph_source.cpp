#include "cli/graph_source.h"

#include "cli/command_error.h"
#include "store/age_store.h"
#include "store/embedded_store.h"

namespace kg::cli {

std::unique_ptr<store::Store> open_store(const GlobalOptions& options) {
    if (options.db) return std::make_unique<store::AgeStore>(*options.db, options.graph);
    return std::make_unique<store::EmbeddedStore>(options.store);
}

const std::string& database_url(const GlobalOptions& options, const std::string& command) {
    if (!options.db)
        throw CommandError(kUsage, "kg " + command + " needs a database: give --db URL or set KG_DATABASE_URL");
    return *options.db;
}

graph::KnowledgeGraph load_graph(const GlobalOptions& options) { return open_store(options)->load_graph(); }

graph::KnowledgeGraph load_graph_structure(const GlobalOptions& options) {
    if (options.db) return load_graph(options);
    return store::EmbeddedStore(options.store, store::OpenMode::existing).load_structure();
}

}  // namespace kg::cli
