#pragma once
// How kg shows a fact's evidence: the article a reader can open, and one evidence entry as
// JSON. Shared by paths, holders and kg show.

#include <string>
#include <string_view>

#include "graph/json_writer.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

// TEXT on one line: each run of white space (line breaks too) a single space, none at the ends,
// control characters written out (graph/printable.h).
std::string one_line(std::string_view text);

// The name a reader can open an article by: its file, else its name (the title), else its key.
std::string article_file(const KnowledgeGraph& graph, const std::string& article_key);

// Writes {"article": key, "begin", "end", "text", "file": article_file(...)}; throws GraphError
// naming OWNER when the text is not UTF-8.
void write_evidence_json(JsonWriter& writer, const KnowledgeGraph& graph, const Evidence& evidence,
                         std::string_view owner);

}  // namespace kg::graph
