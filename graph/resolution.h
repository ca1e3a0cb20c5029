#pragma once
// What can only be settled once every article is in: the graph-wide resolutions, in order.
// Every backend runs it on the graph it assembles.

#include "graph/knowledge_graph.h"
#include "graph/meeting_resolution.h"
#include "graph/office_resolution.h"
#include "graph/person_resolution.h"

namespace kg::graph {

inline void resolve_across_articles(KnowledgeGraph& graph) {
    merge_name_variants(graph);
    resolve_inferred_offices(graph);
    merge_generic_meetings(graph);
}

}  // namespace kg::graph
