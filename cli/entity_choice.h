#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace kg::cli {

// The one node a user's words name. Throws CommandError: kNotFound when nothing matches,
// kAmbiguous listing the candidates (name, label, key) when several do.
std::size_t choose_entity(const graph::KnowledgeGraph& graph, const std::string& query);

}  // namespace kg::cli
