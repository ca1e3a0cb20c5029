#pragma once
// How the facts several articles state of one node or one edge combine into what the graph
// shows. Each result depends only on the set of statements, never on the order they arrived
// in, so a graph built article by article equals one built from all of them at once.

#include <string>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

// One article's statement of a node or edge, with the article's publication date and key,
// which rank statements: newer articles' values win, the article key breaks ties.
template <typename Fact>
struct Statement {
    Fact fact;
    std::string published;
    std::string article;
};

using NodeStatement = Statement<Node>;
using EdgeStatement = Statement<Edge>;

// The node KEY as its statements tell it. Statements of KEY itself come before those of nodes
// merged into it; among them the newest article's non-empty value of each property wins; a
// "date" keeps its most precise form. The label is that of the first statement so ranked.
Node merge_node(const std::string& key, std::vector<NodeStatement> statements);

// The edge LABEL from FROM to TO as its statements tell it: each property from the earliest
// article (by key) that gives it, the evidence of all in article order without repeats, and
// first_seen/last_seen the oldest and newest publication date.
Edge merge_edge(const std::string& label, const std::string& from, const std::string& to,
                std::vector<EdgeStatement> statements);

}  // namespace kg::graph
