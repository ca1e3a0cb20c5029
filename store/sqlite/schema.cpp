#include "store/sqlite/schema.h"

#include <fmt/format.h>

#include "store/store_error.h"

namespace kg::store::sqlite {
namespace {

constexpr const char* kTables = R"sql(
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE article(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, hash TEXT NOT NULL,
                     published TEXT NOT NULL);
CREATE TABLE raw_node(article INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL,
                      props TEXT NOT NULL);
CREATE INDEX raw_node_key ON raw_node(key);
CREATE INDEX raw_node_article ON raw_node(article);
CREATE TABLE raw_edge(id INTEGER PRIMARY KEY, article INTEGER NOT NULL, label TEXT NOT NULL,
                      src TEXT NOT NULL, dst TEXT NOT NULL, fsrc TEXT NOT NULL, fdst TEXT NOT NULL,
                      props TEXT NOT NULL, evidence TEXT NOT NULL);
CREATE INDEX raw_edge_article ON raw_edge(article);
CREATE INDEX raw_edge_src ON raw_edge(src);
CREATE INDEX raw_edge_dst ON raw_edge(dst);
CREATE INDEX raw_edge_final ON raw_edge(label, fsrc, fdst);
CREATE TABLE node_map(key TEXT PRIMARY KEY, final TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX node_map_final ON node_map(final);
CREATE TABLE person(key TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX person_name ON person(name);
CREATE TABLE person_word(word TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(word, key)) WITHOUT ROWID;
CREATE INDEX person_word_key ON person_word(key);
CREATE TABLE meeting(key TEXT PRIMARY KEY, generic INTEGER NOT NULL, date TEXT NOT NULL,
                     sig TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX meeting_sig ON meeting(sig, generic);
CREATE TABLE node(id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE NOT NULL, label TEXT NOT NULL,
                  props TEXT NOT NULL);
CREATE TABLE edge(id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, src INTEGER NOT NULL,
                  dst INTEGER NOT NULL, props TEXT NOT NULL, UNIQUE(label, src, dst));
CREATE INDEX edge_src ON edge(src);
CREATE INDEX edge_dst ON edge(dst);
CREATE TABLE name_word(word TEXT NOT NULL, node INTEGER NOT NULL, PRIMARY KEY(word, node)) WITHOUT ROWID;
CREATE INDEX name_word_node ON name_word(node);
CREATE TABLE edge_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, edge INTEGER NOT NULL, added INTEGER NOT NULL);
)sql";

}  // namespace

void prepare_schema(const Database& db) {
    WriteTransaction tx(db);
    Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!exists.bind_all().step()) {
        db.exec(kTables);
        Statement version(db, "INSERT INTO meta(name, value) VALUES ('schema', ?)");
        version.bind_all(std::to_string(kSchemaVersion)).run();
    } else {
        Statement version(db, "SELECT value FROM meta WHERE name = 'schema'");
        const std::string found = version.bind_all().step() ? version.text(0) : "unknown";
        if (found != std::to_string(kSchemaVersion))
            throw StoreError(fmt::format("the database {} has schema version {}, and this kg reads {}: "
                                         "ingest into a new store folder",
                                         db.file().string(), found, kSchemaVersion));
    }
    tx.commit();
}

}  // namespace kg::store::sqlite
