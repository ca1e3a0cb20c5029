#pragma once
// Who holds an office, and who held it on a date. An office's holders are the people with a
// HOLDS edge to it; each holding is known from the first to the last publication date of the
// articles that state it. Successive holders (one minister, then the next) all stay.

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

struct Holding {
    std::size_t person = 0;  // node indices
    std::size_t office = 0;
    std::size_t edge = 0;    // the HOLDS edge, with its evidence
    std::string first_seen;  // ISO dates at the precision known
    std::string last_seen;
};

// Holdings of the offices with this title (canonical, as Office.title) and, unless empty,
// this country; ordered by first_seen.
std::vector<Holding> office_holdings(const KnowledgeGraph& graph, const std::string& title, const std::string& country);

// Who held it on DATE (ISO): of the holdings first seen on or before DATE, the one last seen
// latest up to DATE; ties go to the one first seen later (the successor).
std::optional<Holding> holder_on(const std::vector<Holding>& holdings, const std::string& date);

}  // namespace kg::graph
