#pragma once
// Where kg keeps the facts it read: one set of facts per article, replaced whole when the
// article changes. Backends: EmbeddedStore (a local folder) and AgeStore (PostgreSQL + AGE).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

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

    // Stores many articles' facts, one outcome per article in order. A store that can do it as
    // one unit (AgeStore: one transaction) does; this default puts them one by one.
    virtual std::vector<PutOutcome> put_all(const std::vector<graph::ArticleFacts>& articles) {
        std::vector<PutOutcome> outcomes;
        for (const auto& facts : articles) outcomes.push_back(put(facts));
        return outcomes;
    }

    // Every article's facts as stored, in order of their keys.
    virtual std::vector<graph::ArticleFacts> articles() const = 0;

    // Every article's facts merged into one graph, added in a stable order.
    virtual graph::KnowledgeGraph load_graph() const = 0;

    virtual std::size_t article_count() const = 0;

    // Where the facts are, for messages: "the store kg-data", or "graph 'news' in database kg at
    // 127.0.0.1:55432" (never a password).
    virtual std::string location() const = 0;
};

}  // namespace kg::store
