#pragma once
// The tables of the embedded store (store/README.md explains the design):
//   article            one row per stored article: key, content hash, publication date
//   raw_node, raw_edge what each article states, as it stated it: the source of truth, from
//                      which everything below is derived (and re-derived by kg reindex)
//   node_map           every stated node key -> the resolved node it is part of
//   person, person_word, meeting
//                      what resolution needs indexed: a person's name (its words joined by
//                      single spaces) and each of its words, a meeting's
//                      parties ("sig") and whether it is generic
//   node, edge         the resolved graph: one row per node and per fact, ids stable across
//                      writes and never reused (the adjacency snapshot and AGE go by them);
//                      an edge's evidence is read from the raw_edge rows it merges
//   name_word          folded name words of resolved nodes, for name lookup
//   edge_log           edges added or removed since the adjacency snapshot (graph.csr) was made

#include "store/sqlite/database.h"

namespace kg::store::sqlite {

inline constexpr int kSchemaVersion = 2;

// Creates the tables in a new database; checks the version of an existing one (StoreError
// naming the file when it is another).
void prepare_schema(const Database& db);

}  // namespace kg::store::sqlite
