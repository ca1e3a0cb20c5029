#pragma once
// A path shown to people: each node as "Name (Label)", and under each edge its label, which
// way it points and the sentences it was read from:
//
//   Yoshimasa Hayashi (Person)
//     -[ATTENDS]->  "Hayashi will meet Austin in Tokyo." (article 001_talks.txt)
//   Japan-United States two-plus-two (Meeting)
//     <-[ATTENDS]-  "Austin flies to Tokyo for the talks." (article 001_talks.txt)
//                   (+1 more)
//   Lloyd Austin (Person)

#include <cstddef>
#include <string>

#include "graph/json_writer.h"
#include "graph/knowledge_graph.h"
#include "graph/paths.h"

namespace kg::graph {

// How many evidence sentences the text form shows per edge; it counts the rest.
inline constexpr std::size_t kEvidenceShown = 2;

// The chain above, one line per node and per sentence, each ending in a newline. White space
// in names and sentences is folded to single spaces; an article is named by its file, else its
// name, else its key.
std::string format_path_text(const KnowledgeGraph& graph, const Path& path,
                             std::size_t evidence_shown = kEvidenceShown);

// Writes the same as one JSON object, with all the evidence:
//   {"cost":2.0,"hops":2,"nodes":[{"id":"<key>","labels":["Person"],"name":"..."},...],
//    "edges":[{"id":"<edge key>","label":"ATTENDS","start":{"id":"<key>","labels":["Person"]},
//              "end":{...},"direction":"forward"|"backward","evidence":[{"article":"<key>",
//              "begin":0,"end":42,"text":"...","file":"001_talks.txt"},...]},...]}
// Edge ends are written as the JSON export writes them. "direction" is "forward" when the
// edge points along the path. Throws GraphError naming the node or edge whose text is not UTF-8.
void write_path_json(JsonWriter& writer, const KnowledgeGraph& graph, const Path& path);

}  // namespace kg::graph
