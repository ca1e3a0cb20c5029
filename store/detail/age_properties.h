#pragma once
// How the model's nodes and edges sit in AGE, typed for Cypher users (schema/README.md
// documents each property):
// - a vertex's properties are its node's plus "key"; an edge's its edge's plus "key"
//   ("LABEL|from|to", what Edge::key() gives) and "evidence", a list of {"article" (the
//   article's key), "title" (when it has one), "begin", "end", "text"};
// - unknown values are absent; booleans (hedged, country_inferred, implied) are booleans;
// - each date (date, published, as_of, first_seen, last_seen) stays an ISO string at the
//   precision known and gains DATE_lo and DATE_hi, the first and last day it may mean
//   (YYYY-MM-DD, which sort as days do); date and published also give "year", an integer;
// - people and offices have "names", the list of every name form seen.
// Reading back undoes all this, so a graph read from AGE equals the one written.

#include <string>
#include <unordered_map>

#include "graph/knowledge_graph.h"
#include "graph/model.h"
#include "store/detail/agtype_reader.h"

namespace kg::store::detail {

// Article titles by article key, for the evidence entries.
using ArticleTitles = std::unordered_map<std::string, std::string>;
ArticleTitles article_titles(const graph::KnowledgeGraph& graph);

// agtype text (JSON) for the properties column. Throws StoreError when the node or edge has a
// property named like one AGE keeps for kg ("key", a date's "_lo"/"_hi", "year"; for edges
// also "evidence").
std::string vertex_properties(const graph::Node& node);
std::string edge_properties(const graph::Edge& edge, const ArticleTitles& titles);

// The node or edge back from what cypher() returned; FROM and TO are the keys of the edge's
// ends. A property of another type (set by hand in Cypher) becomes its JSON text.
graph::Node node_from(const AgEntity& vertex);
graph::Edge edge_from(const AgEntity& edge, std::string from, std::string to);

}  // namespace kg::store::detail
