#include "graph/compact_paths.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <unordered_map>

namespace kg::graph {
namespace {

// A path's length: cost first, hops to break ties.
struct Distance {
    double cost = std::numeric_limits<double>::infinity();
    std::uint32_t hops = 0;
    auto operator<=>(const Distance&) const = default;
    Distance operator+(const Distance& other) const { return {cost + other.cost, hops + other.hops}; }
};

struct Reached {
    Distance distance;
    std::uint32_t parent = 0;
    std::uint32_t edge = 0;
    bool settled = false;
};

// One direction of the search: the nodes it reached and the frontier still to settle.
class Search {
public:
    explicit Search(std::uint32_t start) {
        reached_[start] = {{0, 0}, start, 0, false};
        queue_.push({{0, 0}, start});
    }

    const Distance* distance_to(std::uint32_t node) const {
        auto found = reached_.find(node);
        return found == reached_.end() ? nullptr : &found->second.distance;
    }

    // The distance of the next node to settle (infinite when none is left).
    Distance next() {
        drop_settled();
        return queue_.empty() ? Distance{} : queue_.top().first;
    }

    // Settles the nearest node and relaxes its arcs; calls MET for each node reached.
    template <typename Met>
    void step(const LiveAdjacency& graph, const LabelCosts& costs, Met met) {
        drop_settled();
        const auto [distance, node] = queue_.top();
        queue_.pop();
        reached_[node].settled = true;
        graph.for_each_arc(node, [&](const Arc& arc) {
            if (arc.label >= costs.size() || costs[arc.label] <= 0) return;
            const Distance through = distance + Distance{costs[arc.label], 1};
            auto& target = reached_[arc.node];
            if (target.settled || !(through < target.distance)) return;
            target = {through, node, arc.edge, false};
            queue_.push({through, arc.node});
            met(arc.node);
        });
    }

    // Walks parents from NODE back to the start: the nodes and edges on the way.
    void trace(std::uint32_t node, std::vector<std::uint32_t>& nodes, std::vector<std::uint32_t>& edges) const {
        for (auto at = node; reached_.at(at).distance.hops > 0; at = reached_.at(at).parent) {
            edges.push_back(reached_.at(at).edge);
            nodes.push_back(reached_.at(at).parent);
        }
    }

    std::vector<std::uint32_t> settled_nodes() const {
        std::vector<std::uint32_t> nodes;
        for (const auto& [node, reached] : reached_)
            if (reached.settled) nodes.push_back(node);
        return nodes;
    }

private:
    using Entry = std::pair<Distance, std::uint32_t>;

    void drop_settled() {
        while (!queue_.empty() && (reached_[queue_.top().second].settled ||
                                   reached_[queue_.top().second].distance < queue_.top().first))
            queue_.pop();
    }

    std::unordered_map<std::uint32_t, Reached> reached_;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue_;
};

}  // namespace

std::optional<CompactPath> cheapest_path(const LiveAdjacency& graph, std::uint32_t from, std::uint32_t to,
                                         const LabelCosts& costs) {
    if (from == to) return CompactPath{{from}, {}, 0};
    Search forward(from), backward(to);
    Distance best;
    std::uint32_t meeting = 0;
    auto consider = [&](std::uint32_t node) {
        const auto* there = forward.distance_to(node);
        const auto* back = backward.distance_to(node);
        if (there && back && *there + *back < best) {
            best = *there + *back;
            meeting = node;
        }
    };
    while (true) {
        const Distance f = forward.next(), b = backward.next();
        if (f.cost == std::numeric_limits<double>::infinity() || b.cost == std::numeric_limits<double>::infinity())
            break;
        if (!(f + b < best)) break;
        if (f <= b) forward.step(graph, costs, consider);
        else backward.step(graph, costs, consider);
    }
    if (best.cost == std::numeric_limits<double>::infinity()) return std::nullopt;
    CompactPath path;
    std::vector<std::uint32_t> nodes, edges;
    forward.trace(meeting, nodes, edges);
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
    nodes.push_back(meeting);
    std::vector<std::uint32_t> back_nodes, back_edges;
    backward.trace(meeting, back_nodes, back_edges);
    nodes.insert(nodes.end(), back_nodes.begin(), back_nodes.end());
    edges.insert(edges.end(), back_edges.begin(), back_edges.end());
    return CompactPath{std::move(nodes), std::move(edges), best.cost};
}

std::vector<std::uint32_t> within_cost(const LiveAdjacency& graph, std::uint32_t from, double cost,
                                       const LabelCosts& costs) {
    Search search(from);
    while (search.next().cost <= cost) search.step(graph, costs, [](std::uint32_t) {});
    return search.settled_nodes();
}

}  // namespace kg::graph
