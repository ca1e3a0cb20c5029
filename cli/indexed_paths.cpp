#include "cli/indexed_paths.h"

#include <algorithm>
#include <set>

#include "cli/entity_choice.h"
#include "graph/compact_paths.h"
#include "graph/edge_weights.h"
#include "graph/entity_lookup.h"

namespace kg::cli {
namespace {

// The one node NAME names, found through the name index. A name that matches nothing is
// weighed against every node's name, for suggestions: only a miss reads them all.
std::uint32_t node_id(const store::EmbeddedStore& store, const std::string& name) {
    const auto candidates = store.nodes_named(name);
    if (graph::find_entities(candidates.graph, name).nodes.empty()) choose_entity(store.load_structure(), name);
    return static_cast<std::uint32_t>(candidates.ids[choose_entity(candidates.graph, name)]);
}

graph::LabelCosts label_costs(const graph::EdgeWeights& weights) {
    graph::LabelCosts costs{};
    for (std::size_t i = 0; i < costs.size(); ++i) costs[i] = weights.of(graph::kEdgeLabels[i]);
    return costs;
}

graph::LabelCosts one_per_hop() {
    graph::LabelCosts costs{};
    costs.fill(1);
    return costs;
}

// The path's nodes and edges, read from the store, with the path over them.
FoundPaths read_path(const store::EmbeddedStore& store, const graph::CompactPath& found) {
    std::vector<std::int64_t> nodes(found.nodes.begin(), found.nodes.end()), edges(found.edges.begin(), found.edges.end());
    FoundPaths result{store.subgraph(nodes, edges), {}};
    graph::Path path{{}, {}, found.cost};
    for (std::size_t i = 0; i < found.nodes.size(); ++i) path.nodes.push_back(i);
    for (std::size_t i = 0; i < found.edges.size(); ++i) path.edges.push_back(i);
    result.paths.push_back(std::move(path));
    return result;
}

// The nodes near both ends (those that may lie on a wanted path), and every edge among them,
// read from the store; the graph lists them in order of their ids.
graph::KnowledgeGraph region(const store::EmbeddedStore& store, const graph::LiveAdjacency& adjacency,
                             const std::set<std::uint32_t>& inside) {
    std::vector<std::int64_t> nodes, edges;
    for (const auto node : inside) {
        nodes.push_back(node);
        adjacency.for_each_arc(node, [&](const graph::Arc& arc) {
            if (arc.forward && inside.contains(arc.node)) edges.push_back(arc.edge);
        });
    }
    return store.subgraph(nodes, edges);
}

}  // namespace

FoundPaths find_indexed_paths(const store::EmbeddedStore& store, const PathQuery& query) {
    const std::uint32_t from = node_id(store, query.from), to = node_id(store, query.to);
    const auto weights = graph::EdgeWeights::load(graph::EdgeWeights::default_path());
    const auto costs = label_costs(weights);
    const auto stored = store.adjacency();
    const graph::LiveAdjacency adjacency(*stored.snapshot, stored.delta);
    if (!query.all && !query.max_hops) {
        const auto path = graph::cheapest_path(adjacency, from, to, costs);
        return path ? read_path(store, *path) : FoundPaths{};
    }
    // --all and --max-hops search the part of the graph their paths can cross, in memory.
    std::vector<std::uint32_t> around_from, around_to;
    if (query.max_hops) {
        const auto hops = static_cast<double>(*query.max_hops);
        around_from = graph::within_cost(adjacency, from, hops, one_per_hop());
        around_to = graph::within_cost(adjacency, to, hops, one_per_hop());
    } else {
        const auto cheapest = graph::cheapest_path(adjacency, from, to, costs);
        if (!cheapest) return {};
        around_from = graph::within_cost(adjacency, from, cheapest->cost, costs);
        around_to = graph::within_cost(adjacency, to, cheapest->cost, costs);
    }
    std::set<std::uint32_t> near_from(around_from.begin(), around_from.end()), inside;
    for (const auto node : around_to)
        if (near_from.contains(node)) inside.insert(node);
    if (!inside.contains(from) || !inside.contains(to)) return {};
    FoundPaths result{region(store, adjacency, inside), {}};
    auto index_of = [&](std::uint32_t id) { return static_cast<std::size_t>(std::distance(inside.begin(), inside.find(id))); };
    const auto view = graph::make_graph_view(result.graph, weights);
    const graph::PathOptions options{query.max_hops, graph::kMaxPaths};
    if (query.all) {
        result.paths = graph::all_shortest_paths(view, index_of(from), index_of(to), options);
    } else if (auto path = graph::shortest_path(view, index_of(from), index_of(to), options)) {
        result.paths.push_back(std::move(*path));
    }
    return result;
}

}  // namespace kg::cli
