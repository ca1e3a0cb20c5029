#include "graph/graph_view.h"

#include "graph/graph_error.h"

namespace kg::graph {
namespace {

std::size_t node_index(const KnowledgeGraph& graph, const Edge& edge, const std::string& key) {
    auto index = graph.find(key);
    if (!index)
        throw GraphError("edge " + edge.key() + " names node " + key +
                         ", which the graph lacks: re-ingest the article that told it");
    return *index;
}

}  // namespace

std::pair<std::size_t, std::size_t> endpoints(const KnowledgeGraph& graph, const Edge& edge) {
    return {node_index(graph, edge, edge.from), node_index(graph, edge, edge.to)};
}

GraphView make_graph_view(const KnowledgeGraph& graph, const EdgeWeights& weights) {
    GraphView view(graph.nodes().size());
    for (std::size_t i = 0; i < graph.edges().size(); ++i) {
        const Edge& edge = graph.edges()[i];
        auto [from, to] = endpoints(graph, edge);
        boost::add_edge(from, to, EdgeProps{i, weights.of(edge.label)}, view);
    }
    return view;
}

NeighbourGraph make_neighbour_graph(const KnowledgeGraph& graph) {
    NeighbourGraph neighbours(graph.nodes().size());
    for (const Edge& edge : graph.edges()) {
        auto [from, to] = endpoints(graph, edge);
        if (from != to) boost::add_edge(from, to, neighbours);
    }
    return neighbours;
}

DirectedNeighbourGraph make_directed_neighbour_graph(const KnowledgeGraph& graph) {
    DirectedNeighbourGraph arcs(graph.nodes().size());
    for (const Edge& edge : graph.edges()) {
        auto [from, to] = endpoints(graph, edge);
        if (from == to) continue;
        boost::add_edge(from, to, arcs);
        boost::add_edge(to, from, arcs);
    }
    return arcs;
}

}  // namespace kg::graph
