#include "store/embedded_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

#include "store/detail/atomic_file.h"
#include "store/fact_check.h"
#include "store/fact_codec.h"
#include "store/sqlite/database.h"
#include "store/sqlite/graph_update.h"
#include "store/sqlite/schema.h"
#include "store/store_error.h"

namespace kg::store {
namespace {

namespace fs = std::filesystem;
using graph::ArticleFacts;

constexpr const char* kMarkerName = "kg-store";
constexpr const char* kDatabaseName = "kg.sqlite";
constexpr const char* kSnapshotName = "graph.csr";
// A snapshot is written anew when the edges changed since exceed this share of all edges (or
// a floor, so small stores are not rewritten at every ingest): readers lay fewer changes over
// the snapshot, and a writer rewrites it seldom enough that ingest stays linear.
constexpr std::int64_t kSnapshotLagFloor = 20000;
constexpr std::int64_t kSnapshotLagShare = 10;
const std::string kMarkerContent = "kg embedded store\nformat 2 (sqlite)\n";

// A folder holding only what a store would (say, from a run killed while creating it) is
// taken as a new store; any other file means the folder belongs to something else.
bool is_foreign(const fs::path& dir) {
    static const std::set<std::string> own = {kMarkerName, kDatabaseName, "kg.sqlite-wal", "kg.sqlite-shm",
                                              "graph.csr", "tmp"};
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
        if (!own.contains(it->path().filename().string())) return true;
    if (error) throw StoreError("cannot list " + dir.string() + ": " + error.message());
    return false;
}

// Checks DIR before anything is written into it, and creates it when absent and MODE allows.
fs::path prepared(fs::path dir, OpenMode mode) {
    std::error_code error;
    if (!fs::exists(dir, error)) {
        if (mode == OpenMode::existing)
            throw StoreError("there is no store " + dir.string() + ": ingest articles into it first, or name "
                             "another with --store");
        if (!fs::create_directories(dir, error) && error)
            throw StoreError("cannot create the store folder " + dir.string() + ": " + error.message());
    } else if (!fs::is_directory(dir, error)) {
        throw StoreError(dir.string() + " is not a folder: give the store a folder");
    } else if (!fs::exists(dir / kMarkerName, error)) {
        if (is_foreign(dir))
            throw StoreError(dir.string() + " is not a kg store (it holds other files and no " + kMarkerName +
                             " marker): give the store a new or empty folder");
        if (mode == OpenMode::existing)
            throw StoreError(dir.string() + " is an empty folder, not a kg store: ingest articles into it first");
    }
    return dir;
}

void check_marker(const fs::path& dir) {
    const fs::path marker = dir / kMarkerName;
    const auto content = detail::read_file(marker);
    if (!content) {
        fs::create_directories(dir / "tmp");
        detail::replace_file(marker, kMarkerContent, dir / "tmp");
    } else if (*content != kMarkerContent) {
        throw StoreError("the store " + dir.string() + " has another format than this kg reads (see " +
                         marker.string() + "): ingest its articles again into a new folder");
    }
}

std::unique_ptr<sqlite::Database> opened(const fs::path& dir) {
    check_marker(dir);
    auto db = std::make_unique<sqlite::Database>(dir / kDatabaseName, true);
    sqlite::prepare_schema(*db);
    return db;
}

}  // namespace

EmbeddedStore::EmbeddedStore(fs::path dir, OpenMode mode)
    : dir_(prepared(std::move(dir), mode)),
      db_(opened(dir_)),
      hash_of_(std::make_unique<sqlite::Statement>(*db_, "SELECT hash FROM article WHERE key = ?")) {}

EmbeddedStore::~EmbeddedStore() = default;

bool is_store(const fs::path& dir) {
    std::error_code error;
    return fs::is_regular_file(dir / kMarkerName, error);
}

std::optional<std::string> EmbeddedStore::article_hash(const std::string& article_key) const {
    auto& hash = hash_of_->bind_all(article_key);
    std::optional<std::string> found;
    if (hash.step() && !hash.text_view(0).empty()) found = hash.text(0);
    hash.reset_now();  // a statement left on a row would keep a read snapshot open (see GraphUpdate::finish)
    return found;
}

PutOutcome EmbeddedStore::put(const ArticleFacts& facts) { return put_all({facts}).front(); }

std::vector<PutOutcome> EmbeddedStore::put_all(const std::vector<ArticleFacts>& articles) {
    for (const auto& facts : articles) check_storable(facts);
    sqlite::WriteTransaction tx(*db_);
    sqlite::GraphUpdate update(*db_);
    std::map<std::string, PutOutcome> outcome_of;  // an article given twice counts once, its last facts
    for (const auto& facts : articles) {
        const auto stored = article_hash(facts.article.key);
        const std::string& hash = facts.article.prop("hash");
        if (stored && !hash.empty() && *stored == hash) {
            outcome_of.try_emplace(facts.article.key, PutOutcome::Unchanged);
            continue;
        }
        const bool replaced = update.retract(facts.article.key);
        update.add(facts);
        auto [it, inserted] = outcome_of.try_emplace(facts.article.key, replaced ? PutOutcome::Replaced : PutOutcome::Added);
        if (!inserted && it->second == PutOutcome::Unchanged) it->second = PutOutcome::Replaced;
    }
    update.finish();
    tx.commit();
    refresh_snapshot();
    std::vector<PutOutcome> outcomes;
    for (const auto& facts : articles) outcomes.push_back(outcome_of.at(facts.article.key));
    return outcomes;
}

bool EmbeddedStore::forget(const std::string& article_key) {
    sqlite::WriteTransaction tx(*db_);
    sqlite::GraphUpdate update(*db_);
    if (!update.retract(article_key)) return false;
    update.finish();
    tx.commit();
    refresh_snapshot();
    return true;
}

std::vector<std::string> EmbeddedStore::articles_named(const std::string& name) const {
    sqlite::Statement named(*db_, "SELECT key FROM article WHERE key = ?1 OR key = 'article:' || ?1 "
                                  "OR substr(key, -length(?1) - 1) = '/' || ?1 ORDER BY key");
    std::vector<std::string> keys;
    for (named.bind_all(name); named.step();) keys.push_back(named.text(0));
    return keys;
}

void EmbeddedStore::reindex() {
    sqlite::WriteTransaction tx(*db_);
    sqlite::GraphUpdate update(*db_);
    update.everything();
    update.finish();
    tx.commit();
    sqlite::write_snapshot(*db_, dir_ / kSnapshotName);
}

void EmbeddedStore::refresh_snapshot() const {
    sqlite::Statement edges(*db_, "SELECT count(*) FROM edge");
    edges.bind_all().step();
    const std::int64_t lag = sqlite::snapshot_lag(*db_, dir_ / kSnapshotName);
    if (lag > std::max(kSnapshotLagFloor, edges.integer(0) / kSnapshotLagShare) ||
        !std::filesystem::exists(dir_ / kSnapshotName))
        sqlite::write_snapshot(*db_, dir_ / kSnapshotName);
}

EmbeddedStore::Adjacency EmbeddedStore::adjacency() const {
    const auto file = dir_ / kSnapshotName;
    if (!std::filesystem::exists(file)) sqlite::write_snapshot(*db_, file);
    // The log is read in the transaction that was open before the snapshot was mapped, so a
    // writer that writes a newer snapshot and trims the log meanwhile takes nothing from it.
    sqlite::ReadTransaction tx(*db_);
    sqlite::Statement begin(*db_, "SELECT count(*) FROM edge_log");
    begin.bind_all().step();
    Adjacency adjacency{std::make_unique<graph::CompactGraph>(file), {}};
    adjacency.delta = sqlite::changes_since(*db_, adjacency.snapshot->log_position());
    return adjacency;
}

sqlite::Candidates EmbeddedStore::nodes_named(std::string_view query) const { return sqlite::nodes_named(*db_, query); }

graph::KnowledgeGraph EmbeddedStore::subgraph(const std::vector<std::int64_t>& nodes,
                                              const std::vector<std::int64_t>& edges) const {
    return sqlite::subgraph(*db_, nodes, edges);
}

graph::KnowledgeGraph EmbeddedStore::load_graph() const { return sqlite::whole_graph(*db_); }

graph::KnowledgeGraph EmbeddedStore::load_structure() const { return sqlite::graph_structure(*db_); }

std::vector<ArticleFacts> EmbeddedStore::articles() const {
    sqlite::ReadTransaction tx(*db_);
    std::vector<ArticleFacts> articles;
    std::map<std::int64_t, std::size_t> index_of;
    sqlite::Statement article_rows(*db_, "SELECT id, key FROM article ORDER BY key");
    for (article_rows.bind_all(); article_rows.step();) {
        index_of[article_rows.integer(0)] = articles.size();
        articles.emplace_back().article.key = article_rows.text(1);
    }
    sqlite::Statement node_rows(*db_, "SELECT article, key, label, props FROM raw_node ORDER BY rowid");
    for (node_rows.bind_all(); node_rows.step();) {
        auto& facts = articles[index_of.at(node_rows.integer(0))];
        graph::Node node{node_rows.text(1), node_rows.text(2), decode_properties(node_rows.text_view(3))};
        if (node.key == facts.article.key) facts.article = std::move(node);
        else facts.nodes.push_back(std::move(node));
    }
    sqlite::Statement edge_rows(*db_, "SELECT article, label, src, dst, props, evidence FROM raw_edge ORDER BY id");
    for (edge_rows.bind_all(); edge_rows.step();)
        articles[index_of.at(edge_rows.integer(0))].edges.push_back(
            {edge_rows.text(1), edge_rows.text(2), edge_rows.text(3), decode_properties(edge_rows.text_view(4)),
             decode_evidence(edge_rows.text_view(5))});
    return articles;
}

std::size_t EmbeddedStore::article_count() const {
    sqlite::Statement count(*db_, "SELECT count(*) FROM article");
    count.bind_all().step();
    return static_cast<std::size_t>(count.integer(0));
}

}  // namespace kg::store
