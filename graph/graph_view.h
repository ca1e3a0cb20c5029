#pragma once
// Boost.Graph views of a KnowledgeGraph for the algorithms: vertex i is node i of
// KnowledgeGraph::nodes(). The views hold structure and edge indices only: names and
// evidence stay in the KnowledgeGraph they were made from.

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <utility>

#include "graph/edge_weights.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct EdgeProps {
    std::size_t edge = 0;  // index into KnowledgeGraph::edges()
    double weight = 1;     // cost of crossing it, from EdgeWeights
};

// Undirected, one Boost edge per fact: two facts between the same nodes stay two edges,
// since each carries its own evidence. For paths.
using GraphView = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                        boost::no_property, EdgeProps>;

// Who is next to whom, each pair once (setS drops parallel edges, self-loops are left out):
// centrality counts neighbours, not how many facts join them.
using NeighbourGraph = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;

// The same with each neighbour pair as two arcs, for algorithms that need a directed graph
// (page_rank).
using DirectedNeighbourGraph =
    boost::adjacency_list<boost::setS, boost::vecS, boost::bidirectionalS>;

// The node indices of EDGE's ends (from, to); throws GraphError when GRAPH lacks either.
std::pair<std::size_t, std::size_t> endpoints(const KnowledgeGraph& graph, const Edge& edge);

// Each throws GraphError when an edge names a node the graph lacks; make_graph_view also
// when EdgeWeights has no weight for an edge's label.
GraphView make_graph_view(const KnowledgeGraph& graph, const EdgeWeights& weights);
NeighbourGraph make_neighbour_graph(const KnowledgeGraph& graph);
DirectedNeighbourGraph make_directed_neighbour_graph(const KnowledgeGraph& graph);

}  // namespace kg::graph
