#include "graph/hop_count.h"

#include <boost/graph/breadth_first_search.hpp>

namespace kg::graph {
namespace {

// Each vertex is one hop further than the one that discovered it (Boost's kevin-bacon example).
class HopRecorder : public boost::default_bfs_visitor {
public:
    explicit HopRecorder(std::vector<std::size_t>& hops) : hops_(hops) {}

    template <class Edge, class Graph>
    void tree_edge(Edge e, const Graph& g) const {
        hops_[boost::target(e, g)] = hops_[boost::source(e, g)] + 1;
    }

private:
    std::vector<std::size_t>& hops_;
};

}  // namespace

void count_hops(const NeighbourGraph& graph, std::size_t source, std::vector<std::size_t>& hops) {
    hops.assign(boost::num_vertices(graph), kUnreachable);
    hops[source] = 0;
    boost::breadth_first_search(graph, source, boost::visitor(HopRecorder(hops)));
}

}  // namespace kg::graph
