#include "graph/subgraph.h"

#include <string>

#include "graph/graph_error.h"
#include "graph/graph_view.h"
#include "graph/hop_count.h"

namespace kg::graph {
namespace {

Selection empty_selection(const KnowledgeGraph& graph) {
    const std::size_t nodes = graph.nodes().size();
    const std::size_t edges = graph.edges().size();
    return {std::vector<bool>(nodes), std::vector<bool>(edges), std::vector<bool>(nodes),
            std::vector<bool>(edges)};
}

}  // namespace

void check_selection(const KnowledgeGraph& graph, const Selection& selection) {
    if (selection.nodes.size() != graph.nodes().size() ||
        selection.edges.size() != graph.edges().size() ||
        selection.marked_nodes.size() != graph.nodes().size() ||
        selection.marked_edges.size() != graph.edges().size())
        throw GraphError("the selection does not fit the graph: it was made for " +
                         std::to_string(selection.nodes.size()) + " nodes and " +
                         std::to_string(selection.edges.size()) + " edges, the graph has " +
                         std::to_string(graph.nodes().size()) + " and " +
                         std::to_string(graph.edges().size()));
}

Selection select_all(const KnowledgeGraph& graph) {
    Selection selection = empty_selection(graph);
    selection.nodes.flip();
    selection.edges.flip();
    return selection;
}

Selection select_paths(const KnowledgeGraph& graph, const std::vector<Path>& paths) {
    Selection selection = empty_selection(graph);
    highlight_paths(selection, paths);
    return selection;
}

Selection select_ego(const KnowledgeGraph& graph, std::size_t center, std::size_t hops) {
    if (center >= graph.nodes().size())
        throw GraphError("no node with index " + std::to_string(center) + " to centre on");
    std::vector<std::size_t> distance;
    count_hops(make_neighbour_graph(graph), center, distance);
    Selection selection = empty_selection(graph);
    for (std::size_t i = 0; i < distance.size(); ++i) selection.nodes[i] = distance[i] <= hops;
    selection.marked_nodes[center] = true;
    for (std::size_t i = 0; i < graph.edges().size(); ++i) {
        auto [from, to] = endpoints(graph, graph.edges()[i]);
        selection.edges[i] = selection.nodes[from] && selection.nodes[to];
    }
    return selection;
}

void highlight_paths(Selection& selection, const std::vector<Path>& paths) {
    for (const Path& path : paths) {
        for (auto node : path.nodes) {
            selection.nodes[node] = true;
            selection.marked_nodes[node] = true;
        }
        for (auto edge : path.edges) {
            selection.edges[edge] = true;
            selection.marked_edges[edge] = true;
        }
    }
}

}  // namespace kg::graph
