#pragma once
// The store kept in a local folder, for kg without a database server:
//   DIR/kg-store     format marker; a folder with other files and no marker is refused
//   DIR/kg.sqlite    the SQLite database (with its -wal and -shm files): every article's
//                    statements and the resolved graph derived from them (sqlite/schema.h)
//   DIR/graph.csr    the resolved graph's adjacency, memory-mapped by kg path (graph_snapshot.h)
// A write is one SQLite transaction for a whole batch of articles, so a killed writer leaves
// every batch it reported stored, and readers never wait for a writer. One object is not for
// use by several threads at once.

#include <filesystem>
#include <memory>
#include <vector>

#include "graph/compact_graph.h"
#include "store/sqlite/graph_reader.h"
#include "store/store.h"

namespace kg::store {

namespace sqlite {
class Database;
}

enum class OpenMode { create, existing };

class EmbeddedStore final : public Store {
public:
    // Opens the store in DIR. With OpenMode::create an absent or empty DIR becomes a new store;
    // with OpenMode::existing it is an error. Throws StoreError when DIR holds files but is not
    // a kg store, has another format, or cannot be created.
    explicit EmbeddedStore(std::filesystem::path dir, OpenMode mode = OpenMode::create);
    ~EmbeddedStore() override;
    EmbeddedStore(const EmbeddedStore&) = delete;
    EmbeddedStore& operator=(const EmbeddedStore&) = delete;

    std::optional<std::string> article_hash(const std::string& article_key) const override;
    PutOutcome put(const graph::ArticleFacts& facts) override;
    // One transaction for all of them; the resolved graph is brought up to date once.
    std::vector<PutOutcome> put_all(const std::vector<graph::ArticleFacts>& articles) override;
    // The resolved graph as stored: nothing is recomputed.
    graph::KnowledgeGraph load_graph() const override;
    std::vector<graph::ArticleFacts> articles() const override;
    std::size_t article_count() const override;
    std::string location() const override { return "the store " + dir_.string(); }

    // Retracts one article's statements; false when no such article is stored.
    bool forget(const std::string& article_key);
    // The keys of the stored articles NAME names: its key, its key without "article:", or the
    // end of its path ("talks.txt" names "article:news/talks.txt").
    std::vector<std::string> articles_named(const std::string& name) const;
    // Recomputes the whole resolved graph from the stored statements (after a change of rules).
    void reindex();

    // The resolved graph's adjacency as stored now: the snapshot with the changes since.
    struct Adjacency {
        std::unique_ptr<graph::CompactGraph> snapshot;
        graph::GraphDelta delta;
    };
    Adjacency adjacency() const;
    // Reads that touch only what they return (sqlite/graph_reader.h).
    graph::KnowledgeGraph load_structure() const;
    sqlite::Candidates nodes_named(std::string_view query) const;
    graph::KnowledgeGraph subgraph(const std::vector<std::int64_t>& nodes, const std::vector<std::int64_t>& edges) const;

    const std::filesystem::path& dir() const { return dir_; }
    const sqlite::Database& database() const { return *db_; }

private:
    // Writes the adjacency snapshot anew once the changes since the last one are many.
    void refresh_snapshot() const;

    std::filesystem::path dir_;
    std::unique_ptr<sqlite::Database> db_;
    // Asked once per article read by kg ingest: prepared once.
    std::unique_ptr<sqlite::Statement> hash_of_;
};

// Whether DIR is a kg store (holds its marker), for commands that only read.
bool is_store(const std::filesystem::path& dir);

}  // namespace kg::store
