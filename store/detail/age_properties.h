#pragma once
// How the model's nodes and edges sit in AGE. A vertex's properties are its node's, plus
// "key"; an edge's are its edge's, plus "key" ("LABEL|from|to", what Edge::key() gives) and
// "evidence", an array of {"article", "begin", "end", "text"}. Queries in queries/ read these.

#include <string>

#include "graph/model.h"
#include "store/detail/agtype_reader.h"

namespace kg::store::detail {

// agtype text (JSON) for the properties column. Throws StoreError when the node or edge has a
// property named like one AGE keeps for kg ("key"; for edges also "evidence").
std::string vertex_properties(const graph::Node& node);
std::string edge_properties(const graph::Edge& edge);

// The node or edge back from what cypher() returned; FROM and TO are the keys of the edge's
// ends. A property that is not a string (set by hand in Cypher) becomes its JSON text.
graph::Node node_from(const AgEntity& vertex);
graph::Edge edge_from(const AgEntity& edge, std::string from, std::string to);

}  // namespace kg::store::detail
