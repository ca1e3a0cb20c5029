#include "graph/entity_facts.h"

#include <catch2/catch.hpp>

#include "tests/support/graph_fixture.h"

using kg::test::node_index;

TEST_CASE("an entity's facts are grouped by label and side, outgoing first", "[graph]") {
    auto graph = kg::test::meeting_graph();
    const auto hayashi = node_index(graph, "person:hayashi");
    auto groups = kg::graph::facts_of(graph, hayashi);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].label == "ATTENDS");
    CHECK(groups[0].outgoing);
    CHECK(groups[1].label == "HOLDS");
    CHECK(groups[2].label == "MENTIONS");
    CHECK_FALSE(groups[2].outgoing);
    const auto& holds = graph.edges()[groups[1].edges.at(0)];
    CHECK(graph.node(kg::graph::other_end(graph, holds, hayashi)).key == "office:japan-fm");
}

TEST_CASE("facts in a group are ordered by the other end's name when seen together", "[graph]") {
    auto graph = kg::test::meeting_graph();
    auto groups = kg::graph::facts_of(graph, node_index(graph, "article:talks"));
    REQUIRE(groups.size() == 1);
    std::vector<std::string> names;
    for (auto e : groups[0].edges)
        names.push_back(graph.node(kg::graph::other_end(graph, graph.edges()[e], node_index(graph, "article:talks"))).name());
    CHECK(names == std::vector<std::string>{"Foreign Minister", "Jos\u00e9 N\u00fa\u00f1ez", "Lloyd Austin",
                                            "Sarah Austin", "Yoshimasa Hayashi"});
}
