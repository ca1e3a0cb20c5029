#pragma once
// What a store may keep, whatever the backend (the embedded store, AGE, what replaces them) and
// whatever reads it back (exporters, terminals): one check that ingest, kg load and every
// backend's put path run, so what one accepts all can hold.
//   - every string is valid UTF-8;
//   - keys, labels and property names are 1 to kMaxKeyBytes bytes with no control character
//     (a key is an index entry in AGE, a node name in DOT);
//   - property values and evidence sentences are at most kMaxValueBytes bytes with no control
//     character but tab and newline (no NUL, no terminal escape);
//   - evidence offsets run forwards.

#include <cstddef>
#include <optional>
#include <string>

#include "graph/model.h"

namespace kg::store {

// AGE indexes each node's and edge's key (an edge's key holds two node keys), and PostgreSQL
// refuses index entries over about 2.7 KB.
inline constexpr std::size_t kMaxKeyBytes = 512;
// A news sentence is well under a few KB; this leaves room and bounds what one fact can weigh.
inline constexpr std::size_t kMaxValueBytes = 64 * 1024;

// Throws StoreError naming the article (its key and file) and the field at fault.
void check_storable(const graph::ArticleFacts& facts);

// check_storable's message, or nullopt when FACTS may be stored: for callers that report a
// refused article and go on with the rest.
std::optional<std::string> storage_fault(const graph::ArticleFacts& facts);

}  // namespace kg::store
