#include "graph/centrality.h"

#include <algorithm>
#include <array>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <numeric>
#include <tuple>

#include "graph/graph_error.h"
#include "graph/graph_view.h"
#include "graph/hop_count.h"

namespace kg::graph {
namespace {

struct MeasureName {
    Measure measure;
    std::string_view name;
};

constexpr std::array kMeasures = {
    MeasureName{Measure::degree, "degree"},
    MeasureName{Measure::betweenness, "betweenness"},
    MeasureName{Measure::pagerank, "pagerank"},
    MeasureName{Measure::closeness, "closeness"},
};

// Enough for the ranks to settle: each iteration shrinks the error by the damping factor.
constexpr std::size_t kPageRankIterations = 100;

std::vector<double> degrees(const NeighbourGraph& g) {
    std::vector<double> scores;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        scores.push_back(static_cast<double>(boost::degree(v, g)));
    return scores;
}

std::vector<double> betweenness(const NeighbourGraph& g) {
    std::vector<double> scores(boost::num_vertices(g), 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, g)));
    return scores;
}

std::vector<double> pagerank(const DirectedNeighbourGraph& g) {
    std::vector<double> scores(boost::num_vertices(g), 0.0);
    boost::graph::page_rank(
        g, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, g)),
        boost::graph::n_iterations(kPageRankIterations));
    // Boost's ranks sum to the number of nodes (less where nodes have no neighbours).
    double total = std::accumulate(scores.begin(), scores.end(), 0.0);
    if (total > 0)
        for (auto& score : scores) score /= total;
    return scores;
}

std::vector<double> harmonic_closeness(const NeighbourGraph& g) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> scores(n, 0.0);
    if (n < 2) return scores;
    std::vector<std::size_t> hops;
    for (std::size_t source = 0; source < n; ++source) {
        count_hops(g, source, hops);
        for (auto h : hops)
            if (h != 0 && h != kUnreachable) scores[source] += 1.0 / static_cast<double>(h);
        scores[source] /= static_cast<double>(n - 1);
    }
    return scores;
}

// Symmetric nodes can come out of page_rank a rounding error apart; they still tie. Rounding
// (not a tolerance) keeps the ordering transitive.
long long rounded(double score) {
    constexpr double kScale = 1e9;
    return std::llround(score * kScale);
}

}  // namespace

Measure parse_measure(std::string_view name) {
    std::string known;
    for (const auto& entry : kMeasures) {
        if (entry.name == name) return entry.measure;
        known += known.empty() ? "" : ", ";
        known += entry.name;
    }
    throw GraphError("unknown centrality measure '" + std::string(name) + "': use one of " + known);
}

std::vector<std::string_view> measure_names() {
    std::vector<std::string_view> names;
    for (const auto& entry : kMeasures) names.push_back(entry.name);
    return names;
}

std::string_view measure_name(Measure measure) {
    for (const auto& entry : kMeasures)
        if (entry.measure == measure) return entry.name;
    return "unknown";
}

std::vector<double> centrality(const KnowledgeGraph& graph, Measure measure) {
    switch (measure) {
        case Measure::degree:
            return degrees(make_neighbour_graph(graph));
        case Measure::betweenness:
            return betweenness(make_neighbour_graph(graph));
        case Measure::pagerank:
            return pagerank(make_directed_neighbour_graph(graph));
        case Measure::closeness:
            return harmonic_closeness(make_neighbour_graph(graph));
    }
    throw GraphError("unknown centrality measure");
}

std::vector<ScoredNode> rank_nodes(const KnowledgeGraph& graph, const std::vector<double>& scores,
                                   const RankOptions& options) {
    std::vector<ScoredNode> ranked;
    for (std::size_t i = 0; i < graph.nodes().size() && i < scores.size(); ++i)
        if (options.label.empty() || graph.node(i).label == options.label)
            ranked.push_back({i, scores[i]});
    auto before = [&](const ScoredNode& a, const ScoredNode& b) {
        if (rounded(a.score) != rounded(b.score)) return a.score > b.score;
        const Node& x = graph.node(a.node);
        const Node& y = graph.node(b.node);
        return std::tie(x.name(), x.key) < std::tie(y.name(), y.key);
    };
    const std::size_t keep = std::min(options.top, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end(), before);
    ranked.resize(keep);
    return ranked;
}

}  // namespace kg::graph
