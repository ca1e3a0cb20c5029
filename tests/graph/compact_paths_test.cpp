#include "graph/compact_paths.h"

#include <catch2/catch.hpp>

#include "graph/compact_graph.h"
#include "tests/support/temp_dir.h"

using namespace kg::graph;

namespace {

constexpr std::uint8_t kAttends = 2, kMentions = 8;

LabelCosts costs() {
    LabelCosts costs{};
    costs.fill(1);
    costs[kMentions] = 4;
    return costs;
}

// 1 -ATTENDS- 2 -ATTENDS- 3, and 1 -MENTIONS- 4 -MENTIONS- 3 (dearer); 5 alone; edge ids 10+.
std::vector<EdgeEnds> edges() {
    return {{10, 1, 2, kAttends}, {11, 3, 2, kAttends}, {12, 4, 1, kMentions}, {13, 4, 3, kMentions}};
}

}  // namespace

TEST_CASE("the cheapest path crosses the cheaper edges, whichever way they point", "[graph][paths]") {
    kg::test::TempDir dir("compact-paths");
    CompactGraph::write(dir / "g.csr", 6, edges(), 7);
    const CompactGraph snapshot(dir / "g.csr");
    CHECK(snapshot.log_position() == 7);
    CHECK(snapshot.arc_count() == 8);
    const GraphDelta none;
    const LiveAdjacency graph(snapshot, none);
    const auto path = cheapest_path(graph, 1, 3, costs());
    REQUIRE(path);
    CHECK(path->nodes == std::vector<std::uint32_t>{1, 2, 3});
    CHECK(path->edges == std::vector<std::uint32_t>{10, 11});
    CHECK(path->cost == 2);
    CHECK_FALSE(cheapest_path(graph, 1, 5, costs()));
    CHECK(cheapest_path(graph, 5, 5, costs())->nodes == std::vector<std::uint32_t>{5});
}

TEST_CASE("changes laid over a snapshot count as the graph", "[graph][paths]") {
    kg::test::TempDir dir("compact-delta");
    CompactGraph::write(dir / "g.csr", 6, edges(), 0);
    const CompactGraph snapshot(dir / "g.csr");
    GraphDelta delta;
    delta.removed.insert(11);  // 2-3 gone: the path goes round by the mentions
    const auto around = cheapest_path(LiveAdjacency(snapshot, delta), 1, 3, costs());
    REQUIRE(around);
    CHECK(around->edges == std::vector<std::uint32_t>{12, 13});
    CHECK(around->cost == 8);

    delta.added[5].push_back({7, 20, kAttends, 1});  // a node past the snapshot's slots
    delta.added[7].push_back({5, 20, kAttends, 0});
    delta.node_slots = 8;
    const LiveAdjacency grown(snapshot, delta);
    CHECK(grown.node_slots() == 8);
    REQUIRE(cheapest_path(grown, 7, 5, costs()));
    CHECK(cheapest_path(grown, 7, 5, costs())->edges == std::vector<std::uint32_t>{20});
}

TEST_CASE("among equally cheap paths the one with fewer hops wins", "[graph][paths]") {
    kg::test::TempDir dir("compact-hops");
    // 1-2-3-4 by three edges of cost 1 (3 in all) and 1-4 by one of cost 3.
    LabelCosts cost = costs();
    cost[0] = 3;
    CompactGraph::write(dir / "g.csr", 5, {{1, 1, 2, kAttends}, {2, 2, 3, kAttends}, {3, 3, 4, kAttends}, {4, 1, 4, 0}}, 0);
    const CompactGraph snapshot(dir / "g.csr");
    const GraphDelta none;
    const auto path = cheapest_path(LiveAdjacency(snapshot, none), 1, 4, cost);
    REQUIRE(path);
    CHECK(path->edges == std::vector<std::uint32_t>{4});
}

TEST_CASE("a damaged adjacency file is refused with what to do", "[graph][paths]") {
    kg::test::TempDir dir("compact-damaged");
    dir.write("g.csr", "kg-csr-not-really");
    CHECK_THROWS_WITH(CompactGraph(dir / "g.csr"), Catch::Contains("kg reindex"));
}
