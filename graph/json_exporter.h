#pragma once
// JSON Lines in the layout of Neo4j APOC's export.json, one node or relationship a line:
//   {"type":"node","id":"<key>","labels":["Person"],"properties":{"key":"<key>","name":...}}
//   {"type":"relationship","id":"<edge key>","label":"HOLDS",
//    "start":{"id":"<key>","labels":["Person"]},"end":{"id":"<key>","labels":["Office"]},
//    "properties":{...,"evidence":[{"article":"<key>","begin":0,"end":42,"text":"..."}]}}
// Nodes come first, then relationships, each in graph order.

#include "graph/exporter.h"

namespace kg::graph {

class JsonExporter : public Exporter {
public:
    // Throws GraphError naming the node or edge whose text is not UTF-8.
    void write(const KnowledgeGraph& graph, const Selection& selection,
               std::ostream& out) const override;
};

}  // namespace kg::graph
