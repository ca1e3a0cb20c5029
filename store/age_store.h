#pragma once
// The store in a PostgreSQL database with Apache AGE, set up by kg init (schema/age.sql):
//   public.kg_article_facts  one row per graph and article: its facts (the fact codec's JSON)
//                            and content hash, the source of truth
//   the AGE graph            the knowledge graph built from all those rows (one node per key,
//                            one edge per fact), for Cypher in psql (queries/)
// Every write is one transaction holding the graph's advisory lock: it upserts the articles'
// rows, then rebuilds the graph from every row in bulk. So two writers run one after the
// other and duplicate nothing, and a writer or server killed mid-way leaves the graph as it
// was. One object is not for use by several threads at once.

#include <memory>
#include <string>
#include <string_view>

#include "store/store.h"

namespace kg::store {

namespace detail {
class AgeConnection;
}

inline constexpr std::string_view kDefaultGraph = "news";

class AgeStore final : public Store {
public:
    // Connects to URL (a postgresql:// URL or key=value pairs; libpq's PG* variables supply what
    // it leaves out, everything when it is empty) and opens GRAPH. Throws DatabaseError when the
    // name is not valid, the server cannot be reached or refuses the login, or the extension, the
    // graph or the facts table is missing (then: run kg init).
    explicit AgeStore(const std::string& url, const std::string& graph = std::string(kDefaultGraph));
    ~AgeStore() override;
    AgeStore(const AgeStore&) = delete;
    AgeStore& operator=(const AgeStore&) = delete;

    std::optional<std::string> article_hash(const std::string& article_key) const override;
    PutOutcome put(const graph::ArticleFacts& facts) override;
    // One transaction; the graph is rebuilt once, and only when some article changed. An
    // article given twice counts as given once, its last facts.
    std::vector<PutOutcome> put_all(const std::vector<graph::ArticleFacts>& articles) override;
    // The graph as AGE holds it, read with Cypher: the articles' facts merged and resolved
    // across articles (graph::resolve_across_articles) as they were when it was built.
    graph::KnowledgeGraph load_graph() const override;
    std::vector<graph::ArticleFacts> articles() const override;
    std::size_t article_count() const override;
    std::string location() const override;  // "graph 'news' in database kg at 127.0.0.1:55432"

    const std::string& graph_name() const { return graph_; }

private:
    void check_setup() const;

    std::string graph_;
    std::unique_ptr<detail::AgeConnection> connection_;
};

}  // namespace kg::store
