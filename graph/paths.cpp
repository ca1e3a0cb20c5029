#include "graph/paths.h"

#include <algorithm>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <tuple>

#include "graph/graph_error.h"

namespace kg::graph {
namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();
constexpr std::size_t kNoHops = std::numeric_limits<std::size_t>::max();

// Vertex k * n + v stands for node v reached after exactly k hops; arcs lead only from layer k
// to layer k + 1. Dijkstra over it finds the cheapest path of each length, which is how a hop
// limit stays exact where pruning Dijkstra on the plain graph would not.
using LayeredGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                           boost::no_property, EdgeProps>;

LayeredGraph layered(const GraphView& view, std::size_t max_hops) {
    const std::size_t n = boost::num_vertices(view);
    LayeredGraph layers(n * (max_hops + 1));
    for (auto e : boost::make_iterator_range(boost::edges(view))) {
        auto a = boost::source(e, view);
        auto b = boost::target(e, view);
        for (std::size_t k = 0; k < max_hops; ++k) {
            boost::add_edge(k * n + a, (k + 1) * n + b, view[e], layers);
            boost::add_edge(k * n + b, (k + 1) * n + a, view[e], layers);
        }
    }
    return layers;
}

bool same_cost(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

struct Step {
    std::size_t vertex;  // the vertex before, on a cheapest path
    std::size_t edge;    // the fact crossed, an index into KnowledgeGraph::edges()
};

// What Dijkstra from one source leaves behind, with every cheapest way into each vertex kept
// (Boost's predecessor map keeps one).
struct CheapestPaths {
    std::size_t source = 0;
    std::vector<double> distance;
    std::vector<std::vector<Step>> predecessors;
    std::vector<std::size_t> fewest_hops;  // along predecessors, back to the source
};

template <class Graph>
void collect_predecessors(const Graph& g, CheapestPaths& paths) {
    paths.predecessors.assign(boost::num_vertices(g), {});
    for (auto u : boost::make_iterator_range(boost::vertices(g))) {
        if (paths.distance[u] == kUnreached) continue;
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
            auto v = boost::target(e, g);
            if (same_cost(paths.distance[u] + g[e].weight, paths.distance[v]))
                paths.predecessors[v].push_back({u, g[e].edge});
        }
    }
}

// Weights are positive, so a predecessor is always nearer the source: visiting vertices by
// distance sees each predecessor's hop count settled first.
void count_hops(CheapestPaths& paths) {
    std::vector<std::size_t> order;
    for (std::size_t v = 0; v < paths.distance.size(); ++v)
        if (paths.distance[v] != kUnreached) order.push_back(v);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return paths.distance[a] < paths.distance[b]; });
    paths.fewest_hops.assign(paths.distance.size(), kNoHops);
    paths.fewest_hops[paths.source] = 0;
    for (auto v : order)
        for (const Step& step : paths.predecessors[v])
            paths.fewest_hops[v] =
                std::min(paths.fewest_hops[v], paths.fewest_hops[step.vertex] + 1);
}

template <class Graph>
CheapestPaths cheapest_paths(const Graph& g, std::size_t source) {
    CheapestPaths paths;
    paths.source = source;
    paths.distance.assign(boost::num_vertices(g), kUnreached);
    boost::dijkstra_shortest_paths(
        g, source,
        boost::weight_map(boost::get(&EdgeProps::weight, g))
            .distance_map(boost::make_iterator_property_map(paths.distance.begin(),
                                                            boost::get(boost::vertex_index, g)))
            .distance_inf(kUnreached));
    collect_predecessors(g, paths);
    count_hops(paths);
    return paths;
}

// Walks predecessors from target vertices back to the source, building paths over nodes:
// vertex v stands for node v % nodes (the identity on a GraphView, the node of a layer on a
// LayeredGraph).
class PathCollector {
public:
    PathCollector(const CheapestPaths& paths, std::size_t nodes, std::size_t limit)
        : paths_(paths), nodes_(nodes), limit_(limit) {}

    void all_from(std::size_t target) {
        target_ = target;
        steps_.clear();
        walk_all(target);
    }

    void fewest_hops_from(std::size_t target) {
        target_ = target;
        steps_.clear();
        for (std::size_t v = target; v != paths_.source;) {
            const auto& options = paths_.predecessors[v];
            const Step& step =
                *std::min_element(options.begin(), options.end(), [&](auto& a, auto& b) {
                    return paths_.fewest_hops[a.vertex] < paths_.fewest_hops[b.vertex];
                });
            steps_.push_back(step);
            v = step.vertex;
        }
        found_.push_back(path());
    }

    std::vector<Path> take() { return std::move(found_); }

private:
    void walk_all(std::size_t v) {
        if (found_.size() >= limit_) return;
        if (v == paths_.source) {
            found_.push_back(path());
            return;
        }
        for (const Step& step : paths_.predecessors[v]) {
            steps_.push_back(step);
            walk_all(step.vertex);
            steps_.pop_back();
        }
    }

    // steps_ runs from the target back; a Path runs from the source.
    Path path() const {
        Path found;
        found.cost = paths_.distance[target_];
        for (auto it = steps_.rbegin(); it != steps_.rend(); ++it) {
            found.nodes.push_back(it->vertex % nodes_);
            found.edges.push_back(it->edge);
        }
        found.nodes.push_back(target_ % nodes_);
        return found;
    }

    const CheapestPaths& paths_;
    std::size_t nodes_;
    std::size_t limit_;
    std::size_t target_ = 0;
    std::vector<Step> steps_;
    std::vector<Path> found_;
};

// TARGETS are the vertices standing for the node sought, fewest hops first.
template <class Graph>
std::vector<Path> search(const Graph& g, std::size_t nodes, std::size_t source,
                         const std::vector<std::size_t>& targets, bool all, std::size_t limit) {
    CheapestPaths paths = cheapest_paths(g, source);
    double best = kUnreached;
    for (auto t : targets) best = std::min(best, paths.distance[t]);
    if (best == kUnreached || limit == 0) return {};
    PathCollector collector(paths, nodes, limit);
    for (auto t : targets) {
        if (!same_cost(paths.distance[t], best)) continue;
        if (!all) {
            collector.fewest_hops_from(t);
            break;
        }
        collector.all_from(t);
    }
    return collector.take();
}

void check_node(const GraphView& view, std::size_t node) {
    if (node >= boost::num_vertices(view))
        throw GraphError("no node with index " + std::to_string(node) + " in a graph of " +
                         std::to_string(boost::num_vertices(view)) + " nodes");
}

std::vector<Path> find_paths(const GraphView& view, std::size_t from, std::size_t to,
                             const PathOptions& options, bool all, std::size_t limit) {
    check_node(view, from);
    check_node(view, to);
    const std::size_t n = boost::num_vertices(view);
    // A path that repeats no node has at most n - 1 hops, so a larger limit limits nothing
    // (written so, max_hops + 1 cannot wrap to 0; check_node ensured n >= 1).
    if (!options.max_hops || *options.max_hops >= n - 1)
        return search(view, n, from, {to}, all, limit);
    std::vector<std::size_t> targets;
    for (std::size_t k = 0; k <= *options.max_hops; ++k) targets.push_back(k * n + to);
    return search(layered(view, *options.max_hops), n, from, targets, all, limit);
}

}  // namespace

std::optional<Path> shortest_path(const GraphView& view, std::size_t from, std::size_t to,
                                  const PathOptions& options) {
    auto found = find_paths(view, from, to, options, false, 1);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Path> all_shortest_paths(const GraphView& view, std::size_t from, std::size_t to,
                                     const PathOptions& options) {
    auto found = find_paths(view, from, to, options, true, options.max_paths);
    std::sort(found.begin(), found.end(), [](const Path& a, const Path& b) {
        if (a.hops() != b.hops()) return a.hops() < b.hops();
        return std::tie(a.nodes, a.edges) < std::tie(b.nodes, b.edges);
    });
    return found;
}

}  // namespace kg::graph
