#include "graph/centrality.h"

#include <catch2/catch.hpp>

#include "graph/graph_error.h"
#include "tests/support/graph_fixture.h"

using kg::graph::KnowledgeGraph;
using kg::graph::Measure;
using kg::test::node_index;

namespace {

// An article mentioning four people: the article is the hub of a star.
KnowledgeGraph star() {
    kg::test::FixtureArticle article("article:hub", "hub.txt");
    for (const char* who : {"Dan", "Ann", "Cid", "Bea"}) {
        std::string key = std::string("person:") + who;
        article.node(key, "Person", who)
            .edge("MENTIONS", "article:hub", key, std::string(who) + " spoke.");
    }
    KnowledgeGraph graph;
    graph.add(article.facts());
    return graph;
}

// The path graph article - a - m - b: the article mentions a, and a and b attend m.
KnowledgeGraph four_node_path() {
    kg::test::FixtureArticle article("article:p", "p.txt");
    article.node("person:a", "Person", "Ann")
        .node("meeting:m", "Meeting", "talks")
        .node("person:b", "Person", "Bob")
        .edge("MENTIONS", "article:p", "person:a", "Ann spoke.")
        .edge("ATTENDS", "person:a", "meeting:m", "Ann went to the talks.")
        .edge("ATTENDS", "person:b", "meeting:m", "Bob went to the talks.");
    KnowledgeGraph graph;
    graph.add(article.facts());
    return graph;
}

double score(const KnowledgeGraph& graph, Measure measure, const std::string& key) {
    return kg::graph::centrality(graph, measure)[node_index(graph, key)];
}

}  // namespace

TEST_CASE("the hub of a star ranks first in every measure", "[graph]") {
    auto graph = star();
    for (auto measure :
         {Measure::degree, Measure::betweenness, Measure::pagerank, Measure::closeness}) {
        INFO(kg::graph::measure_name(measure));
        auto top = kg::graph::rank_nodes(graph, kg::graph::centrality(graph, measure), {"", 2});
        REQUIRE(top.size() == 2);
        CHECK(graph.node(top[0].node).key == "article:hub");
        CHECK(top[0].score > top[1].score);
    }
}

TEST_CASE("star: degree, betweenness and closeness by hand", "[graph]") {
    auto graph = star();
    CHECK(score(graph, Measure::degree, "article:hub") == 4.0);
    CHECK(score(graph, Measure::degree, "person:Ann") == 1.0);
    // Every pair of the 4 leaves (6 pairs) has its one shortest path through the hub.
    CHECK(score(graph, Measure::betweenness, "article:hub") == Approx(6.0));
    CHECK(score(graph, Measure::closeness, "article:hub") == Approx(1.0));
    // One neighbour at 1 hop and three leaves at 2, over the 4 others.
    CHECK(score(graph, Measure::closeness, "person:Ann") == Approx((1.0 + 3 * 0.5) / 4));
}

TEST_CASE("path graph of four nodes: degree and betweenness by hand", "[graph]") {
    auto graph = four_node_path();
    CHECK(score(graph, Measure::degree, "article:p") == 1.0);
    CHECK(score(graph, Measure::degree, "person:a") == 2.0);
    CHECK(score(graph, Measure::degree, "meeting:m") == 2.0);
    CHECK(score(graph, Measure::degree, "person:b") == 1.0);
    // a lies between (article, m) and (article, b); m between (article, b) and (a, b).
    CHECK(score(graph, Measure::betweenness, "article:p") == Approx(0.0));
    CHECK(score(graph, Measure::betweenness, "person:a") == Approx(2.0));
    CHECK(score(graph, Measure::betweenness, "meeting:m") == Approx(2.0));
    CHECK(score(graph, Measure::betweenness, "person:b") == Approx(0.0));
}

TEST_CASE("path graph of four nodes: closeness and pagerank by hand", "[graph]") {
    auto graph = four_node_path();
    CHECK(score(graph, Measure::closeness, "article:p") == Approx((1.0 + 1.0 / 2 + 1.0 / 3) / 3));
    CHECK(score(graph, Measure::closeness, "person:a") == Approx((1.0 + 1.0 + 1.0 / 2) / 3));
    // Stationary ranks with damping 0.85: an end e and a middle m satisfy
    // e = 0.15 + 0.85 m / 2 and m = 0.15 + 0.85 (e + m / 2), so m = 74/57 and e = 40/57;
    // over their sum, 4: m = 37/114, e = 10/57.
    CHECK(score(graph, Measure::pagerank, "person:a") == Approx(37.0 / 114).epsilon(1e-6));
    CHECK(score(graph, Measure::pagerank, "article:p") == Approx(10.0 / 57).epsilon(1e-6));
}

TEST_CASE("closeness on a disconnected graph counts only the reachable", "[graph]") {
    // Components {article, a} and {b, m, c}: five nodes, so each sum is over 4.
    kg::test::FixtureArticle article("article:x", "x.txt");
    article.node("person:a", "Person", "Ann")
        .node("person:b", "Person", "Bob")
        .node("person:c", "Person", "Cid")
        .node("meeting:m", "Meeting", "talks")
        .edge("MENTIONS", "article:x", "person:a", "Ann spoke.")
        .edge("ATTENDS", "person:b", "meeting:m", "Bob went.")
        .edge("ATTENDS", "person:c", "meeting:m", "Cid went.");
    KnowledgeGraph graph;
    graph.add(article.facts());
    CHECK(score(graph, Measure::closeness, "article:x") == Approx(1.0 / 4));
    CHECK(score(graph, Measure::closeness, "meeting:m") == Approx(2.0 / 4));
    CHECK(score(graph, Measure::closeness, "person:b") == Approx(1.5 / 4));
}

TEST_CASE("two facts between the same pair make one neighbour", "[graph]") {
    kg::test::FixtureArticle article("article:x", "x.txt");
    article.node("claim:c", "Claim", "Ann said she was right")
        .node("person:a", "Person", "Ann")
        .edge("ATTRIBUTED_TO", "claim:c", "person:a", "Ann said she was right.")
        .edge("ABOUT", "claim:c", "person:a", "Ann said she was right.");
    KnowledgeGraph graph;
    graph.add(article.facts());
    CHECK(score(graph, Measure::degree, "claim:c") == 1.0);
}

TEST_CASE("a label filter ranks within the label, ties by name", "[graph]") {
    auto graph = star();
    auto people = kg::graph::rank_nodes(graph, kg::graph::centrality(graph, Measure::pagerank),
                                        {"Person", 3});
    REQUIRE(people.size() == 3);
    CHECK(graph.node(people[0].node).name() == "Ann");
    CHECK(graph.node(people[1].node).name() == "Bea");
    CHECK(graph.node(people[2].node).name() == "Cid");
    // Filtered after computing: the leaves keep the scores they have in the whole star.
    CHECK(people[0].score < score(graph, Measure::pagerank, "article:hub"));
}

TEST_CASE("measures are known by name", "[graph]") {
    CHECK(kg::graph::parse_measure("betweenness") == Measure::betweenness);
    CHECK(kg::graph::measure_name(Measure::closeness) == "closeness");
    CHECK_THROWS_WITH(
        kg::graph::parse_measure("fame"),
        Catch::Contains("fame") && Catch::Contains("degree, betweenness, pagerank, closeness"));
}
