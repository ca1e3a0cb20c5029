#pragma once
// Meetings told by several articles end on one node through their keys (type, countries,
// month). One article may only say "their last talks in January": a generic meeting. It is
// the same meeting as the one specific meeting (a two-plus-two, a summit) with the same
// countries and an agreeing date, when everyone it names as attending attends that one too.

#include "graph/knowledge_graph.h"

namespace kg::graph {

// The generic meeting type, which a more specific one replaces.
inline constexpr std::string_view kGenericMeetingType = "talks";

void merge_generic_meetings(KnowledgeGraph& graph);

}  // namespace kg::graph
