#pragma once
// An article that leaves a title's country unsaid ("President Yoon") has it guessed from
// the article; another article that writes it ("South Korean President Yoon") knows. A HOLDS
// edge whose country was guessed moves to the office of the same title that the same person
// holds with its country written, when there is exactly one.

#include "graph/knowledge_graph.h"

namespace kg::graph {

void resolve_inferred_offices(KnowledgeGraph& graph);

}  // namespace kg::graph
