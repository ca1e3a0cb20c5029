#include "graph/paths.h"

#include <catch2/catch.hpp>
#include <limits>

#include "graph/edge_weights.h"
#include "graph/graph_error.h"
#include "graph/graph_view.h"
#include "tests/support/graph_fixture.h"

using kg::graph::EdgeWeights;
using kg::graph::KnowledgeGraph;
using kg::graph::Path;
using kg::graph::PathOptions;
using kg::test::node_index;

namespace {

EdgeWeights shipped_weights() { return EdgeWeights::load(KG_SOURCE_DIR "/graph/edge_weights.tsv"); }

std::vector<std::string> keys(const KnowledgeGraph& graph, const Path& path) {
    std::vector<std::string> found;
    for (auto node : path.nodes) found.push_back(graph.node(node).key);
    return found;
}

std::vector<std::string> labels(const KnowledgeGraph& graph, const Path& path) {
    std::vector<std::string> found;
    for (auto edge : path.edges) found.push_back(graph.edges()[edge].label);
    return found;
}

struct Fixture {
    KnowledgeGraph graph = kg::test::meeting_graph();
    kg::graph::GraphView view = kg::graph::make_graph_view(graph, shipped_weights());

    std::size_t at(const std::string& key) const { return node_index(graph, key); }
};

}  // namespace

TEST_CASE("two people who attend one meeting are joined through it, not the article", "[graph]") {
    Fixture f;
    auto path = kg::graph::shortest_path(f.view, f.at("person:hayashi"), f.at("person:austin"));
    REQUIRE(path);
    // ATTENDS + ATTENDS = 1 + 1, against MENTIONS + MENTIONS = 4 + 4 through the article.
    CHECK(keys(f.graph, *path) ==
          std::vector<std::string>{"person:hayashi", "meeting:two-plus-two", "person:austin"});
    CHECK(labels(f.graph, *path) == std::vector<std::string>{"ATTENDS", "ATTENDS"});
    CHECK(path->cost == 2.0);
    CHECK(path->hops() == 2);
}

TEST_CASE("a node with no edges has no path to anyone", "[graph]") {
    Fixture f;
    CHECK_FALSE(kg::graph::shortest_path(f.view, f.at("person:hayashi"), f.at("person:hermit")));
    CHECK(kg::graph::all_shortest_paths(f.view, f.at("person:hermit"), f.at("person:austin"))
              .empty());
}

TEST_CASE("a node's path to itself has no edges", "[graph]") {
    Fixture f;
    auto path = kg::graph::shortest_path(f.view, f.at("country:japan"), f.at("country:japan"));
    REQUIRE(path);
    CHECK(keys(f.graph, *path) == std::vector<std::string>{"country:japan"});
    CHECK(path->cost == 0.0);
}

TEST_CASE("a hop limit finds the cheapest path within it, or none", "[graph]") {
    Fixture f;
    const auto austin = f.at("person:austin");
    const auto office = f.at("office:japan-fm");

    // Unlimited: through the meeting and Hayashi or Japan, 3 hops costing 1 each.
    auto free = kg::graph::shortest_path(f.view, austin, office);
    REQUIRE(free);
    CHECK(free->cost == 3.0);

    // Two hops: only through the article that mentions both, MENTIONS 4 + 4.
    auto two = kg::graph::shortest_path(f.view, austin, office, PathOptions{2});
    REQUIRE(two);
    CHECK(keys(f.graph, *two) ==
          std::vector<std::string>{"person:austin", "article:talks", "office:japan-fm"});
    CHECK(two->cost == 8.0);

    CHECK_FALSE(kg::graph::shortest_path(f.view, austin, office, PathOptions{1}));
    CHECK(kg::graph::all_shortest_paths(f.view, austin, office, PathOptions{1}).empty());
}

TEST_CASE("a hop limit larger than any path changes nothing", "[graph]") {
    Fixture f;
    auto path = kg::graph::shortest_path(f.view, f.at("person:austin"), f.at("office:japan-fm"),
                                         PathOptions{50});
    REQUIRE(path);
    CHECK(path->cost == 3.0);
}

TEST_CASE("the largest hop limit there is changes nothing either", "[graph]") {
    Fixture f;
    const PathOptions no_limit{std::numeric_limits<std::size_t>::max()};
    auto path = kg::graph::shortest_path(f.view, f.at("person:austin"), f.at("office:japan-fm"), no_limit);
    REQUIRE(path);
    CHECK(path->cost == 3.0);
    CHECK(kg::graph::all_shortest_paths(f.view, f.at("person:austin"), f.at("office:japan-fm"), no_limit).size() ==
          kg::graph::all_shortest_paths(f.view, f.at("person:austin"), f.at("office:japan-fm")).size());
}

TEST_CASE("all shortest paths finds both equally cheap routes", "[graph]") {
    Fixture f;
    // Hayashi HOLDS the office that is OF Japan; he ATTENDS the meeting that INVOLVES Japan.
    auto paths =
        kg::graph::all_shortest_paths(f.view, f.at("person:hayashi"), f.at("country:japan"));
    REQUIRE(paths.size() == 2);
    std::vector<std::vector<std::string>> routes;
    for (const auto& path : paths) {
        CHECK(path.cost == 2.0);
        routes.push_back(keys(f.graph, path));
        routes.push_back(labels(f.graph, path));
    }
    CHECK_THAT(routes, Catch::Matchers::UnorderedEquals(std::vector<std::vector<std::string>>{
                           {"person:hayashi", "office:japan-fm", "country:japan"},
                           {"HOLDS", "OF"},
                           {"person:hayashi", "meeting:two-plus-two", "country:japan"},
                           {"ATTENDS", "INVOLVES"}}));
}

TEST_CASE("all shortest paths within a hop limit", "[graph]") {
    Fixture f;
    const auto austin = f.at("person:austin");
    const auto office = f.at("office:japan-fm");
    CHECK(kg::graph::all_shortest_paths(f.view, austin, office).size() == 2);
    auto within_two = kg::graph::all_shortest_paths(f.view, austin, office, PathOptions{2});
    REQUIRE(within_two.size() == 1);
    CHECK(keys(f.graph, within_two.front()) ==
          std::vector<std::string>{"person:austin", "article:talks", "office:japan-fm"});
    CHECK(within_two.front().cost == 8.0);
}

TEST_CASE("the number of paths returned is capped", "[graph]") {
    Fixture f;
    PathOptions options;
    options.max_paths = 1;
    CHECK(kg::graph::all_shortest_paths(f.view, f.at("person:hayashi"), f.at("country:japan"),
                                        options)
              .size() == 1);
}

TEST_CASE("among equally cheap paths, the one with fewer hops comes first", "[graph]") {
    // a and b are linked by a claim (ATTRIBUTED_TO 2 + ABOUT 2 = 4, two hops) and by two
    // meetings with a country in common (four edges costing 1 = 4, four hops).
    kg::test::FixtureArticle article("article:x", "x.txt");
    article.node("person:a", "Person", "Ann A")
        .node("person:b", "Person", "Bob B")
        .node("claim:c", "Claim", "A said something of B")
        .node("meeting:1", "Meeting", "first talks")
        .node("meeting:2", "Meeting", "second talks")
        .node("country:c", "Country", "Centralia")
        .edge("ATTRIBUTED_TO", "claim:c", "person:a", "A said B was right.")
        .edge("ABOUT", "claim:c", "person:b", "A said B was right.")
        .edge("ATTENDS", "person:a", "meeting:1", "A went to the first talks.")
        .edge("INVOLVES", "meeting:1", "country:c", "The first talks were in Centralia.")
        .edge("INVOLVES", "meeting:2", "country:c", "The second talks were in Centralia.")
        .edge("ATTENDS", "person:b", "meeting:2", "B went to the second talks.");
    KnowledgeGraph graph;
    graph.add(article.facts());
    auto view = kg::graph::make_graph_view(graph, shipped_weights());
    const auto a = node_index(graph, "person:a");
    const auto b = node_index(graph, "person:b");

    auto path = kg::graph::shortest_path(view, a, b);
    REQUIRE(path);
    CHECK(keys(graph, *path) == std::vector<std::string>{"person:a", "claim:c", "person:b"});

    auto paths = kg::graph::all_shortest_paths(view, a, b);
    REQUIRE(paths.size() == 2);
    CHECK(keys(graph, paths[0]) == std::vector<std::string>{"person:a", "claim:c", "person:b"});
    CHECK(keys(graph, paths[1]) ==
          std::vector<std::string>{"person:a", "meeting:1", "country:c", "meeting:2", "person:b"});
    CHECK(paths[1].cost == 4.0);
}

TEST_CASE("a node index outside the graph is an error", "[graph]") {
    Fixture f;
    CHECK_THROWS_AS(kg::graph::shortest_path(f.view, 0, 1000), kg::graph::GraphError);
}
