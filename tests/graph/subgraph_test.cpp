#include "graph/subgraph.h"

#include <catch2/catch.hpp>

#include "graph/graph_error.h"
#include "tests/support/graph_fixture.h"

using kg::graph::KnowledgeGraph;
using kg::graph::Selection;

namespace {

std::vector<std::string> node_keys(const KnowledgeGraph& graph, const std::vector<bool>& flags) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < flags.size(); ++i)
        if (flags[i]) keys.push_back(graph.node(i).key);
    return keys;
}

std::vector<std::string> edge_keys(const KnowledgeGraph& graph, const std::vector<bool>& flags) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < flags.size(); ++i)
        if (flags[i]) keys.push_back(graph.edges()[i].key());
    return keys;
}

}  // namespace

TEST_CASE("the ego network holds the nodes within N hops and the edges among them", "[graph]") {
    auto graph = kg::test::meeting_graph();
    Selection ego =
        kg::graph::select_ego(graph, kg::test::node_index(graph, "meeting:two-plus-two"), 1);
    CHECK_THAT(node_keys(graph, ego.nodes),
               Catch::Matchers::UnorderedEquals(
                   std::vector<std::string>{"meeting:two-plus-two", "person:hayashi",
                                            "person:austin", "country:japan", "country:us"}));
    CHECK_THAT(edge_keys(graph, ego.edges),
               Catch::Matchers::UnorderedEquals(
                   std::vector<std::string>{"ATTENDS|person:hayashi|meeting:two-plus-two",
                                            "ATTENDS|person:austin|meeting:two-plus-two",
                                            "INVOLVES|meeting:two-plus-two|country:japan",
                                            "INVOLVES|meeting:two-plus-two|country:us"}));
    CHECK(node_keys(graph, ego.marked_nodes) == std::vector<std::string>{"meeting:two-plus-two"});
}

TEST_CASE("an ego network of zero hops is the node alone", "[graph]") {
    auto graph = kg::test::meeting_graph();
    Selection ego = kg::graph::select_ego(graph, kg::test::node_index(graph, "person:austin"), 0);
    CHECK(node_keys(graph, ego.nodes) == std::vector<std::string>{"person:austin"});
    CHECK(edge_keys(graph, ego.edges).empty());
    CHECK_THROWS_AS(kg::graph::select_ego(graph, 1000, 1), kg::graph::GraphError);
}

TEST_CASE("a path's selection holds and marks its nodes and edges only", "[graph]") {
    auto graph = kg::test::meeting_graph();
    kg::graph::Path path;
    path.nodes = {kg::test::node_index(graph, "person:hayashi"),
                  kg::test::node_index(graph, "office:japan-fm")};
    path.edges = {kg::test::edge_index(graph, "HOLDS|person:hayashi|office:japan-fm")};

    Selection selected = kg::graph::select_paths(graph, {path});
    CHECK(node_keys(graph, selected.nodes) == node_keys(graph, selected.marked_nodes));
    CHECK_THAT(node_keys(graph, selected.nodes),
               Catch::Matchers::UnorderedEquals(
                   std::vector<std::string>{"person:hayashi", "office:japan-fm"}));
    CHECK(edge_keys(graph, selected.edges) ==
          std::vector<std::string>{"HOLDS|person:hayashi|office:japan-fm"});

    Selection all = kg::graph::select_all(graph);
    kg::graph::highlight_paths(all, {path});
    CHECK(node_keys(graph, all.nodes).size() == graph.nodes().size());
    CHECK(edge_keys(graph, all.marked_edges) ==
          std::vector<std::string>{"HOLDS|person:hayashi|office:japan-fm"});
}
