#pragma once
// The store kept in a local folder, for kg without a database server:
//   DIR/kg-store     format marker; a folder with other files and no marker is refused
//   DIR/articles/    one JSON file of facts per article, named by a hash of its key
//   DIR/tmp/         files being written; leftovers of a killed run are removed on open
//   DIR/lock         flock: writers hold it exclusively, multi-file readers shared
// Every write replaces one whole file atomically, so a crash leaves each article's old facts
// or its new ones. One object is not for use by several threads at once.

#include <filesystem>
#include <vector>

#include "store/detail/file_lock.h"
#include "store/store.h"

namespace kg::store {

// Whether DIR is a kg store: a folder holding the store's marker. Readers ask before opening,
// since opening creates a store.
bool is_store(const std::filesystem::path& dir);

class EmbeddedStore final : public Store {
public:
    // Opens the store in DIR, creating it when DIR is absent or empty. Throws StoreError when
    // DIR holds files but is not a kg store, has another format, or cannot be created.
    explicit EmbeddedStore(std::filesystem::path dir);

    // nullopt also when the article's file is corrupt: ingesting it again replaces the file.
    std::optional<std::string> article_hash(const std::string& article_key) const override;
    PutOutcome put(const graph::ArticleFacts& facts) override;
    // Articles are added in order of their keys. Throws StoreError naming a corrupt file.
    graph::KnowledgeGraph load_graph() const override;
    // Throws StoreError naming a corrupt file.
    std::vector<graph::ArticleFacts> articles() const override;
    std::size_t article_count() const override;
    std::string location() const override { return "the store " + dir_.string(); }

    const std::filesystem::path& dir() const { return dir_; }
    // The file that holds an article's facts, whether stored yet or not.
    std::filesystem::path article_file(const std::string& article_key) const;

private:
    std::vector<std::filesystem::path> article_files() const;
    graph::ArticleFacts read_article(const std::filesystem::path& file) const;
    void initialize() const;
    void remove_leftover_temp_files() const;

    std::filesystem::path dir_;
    detail::LockFile lock_;
};

}  // namespace kg::store
