#pragma once
// Where kg keeps the facts it read: one set of facts per article, replaced whole when the
// article changes. Backends: EmbeddedStore (a local folder) and, later, an AGE database.

#include <cstddef>
#include <optional>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/model.h"

namespace kg::store {

enum class PutOutcome { Added, Unchanged, Replaced };

class Store {
public:
    virtual ~Store() = default;

    // The content hash stored for an article (its "hash" property), if any, so that ingest
    // can skip an unchanged article before extracting its facts.
    virtual std::optional<std::string> article_hash(const std::string& article_key) const = 0;

    // Stores one article's facts, replacing what that article stored before; the facts of
    // other articles are untouched. Unchanged when the stored hash equals the new one.
    virtual PutOutcome put(const graph::ArticleFacts& facts) = 0;

    // Every article's facts merged into one graph, added in a stable order.
    virtual graph::KnowledgeGraph load_graph() const = 0;

    virtual std::size_t article_count() const = 0;
};

}  // namespace kg::store
