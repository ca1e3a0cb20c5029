#include "graph/time_window.h"

#include <catch2/catch.hpp>

#include "graph/graph_error.h"

using kg::graph::ArticleFacts;
using kg::graph::KnowledgeGraph;
using kg::graph::TimeWindow;

namespace {

// One article, published on PUBLISHED, saying PERSON met Japan's foreign minister.
ArticleFacts meeting_article(const std::string& id, const std::string& published, const std::string& person) {
    ArticleFacts facts;
    facts.article = {"article:" + id, "Article", {{"name", id}, {"published", published}}};
    facts.nodes.push_back({"person:" + person, "Person", {{"name", person}}});
    facts.nodes.push_back({"person:hayashi", "Person", {{"name", "Hayashi"}}});
    facts.edges.push_back({"MEETS", "person:" + person, "person:hayashi", {}, {{"article:" + id, 0, 5, "They met."}}});
    return facts;
}

KnowledgeGraph two_years() {
    KnowledgeGraph graph;
    graph.add(meeting_article("a", "2021-03-10", "kishi"));
    graph.add(meeting_article("b", "2022-11", "hamada"));
    return graph;
}

bool has(const KnowledgeGraph& graph, const std::string& key) { return graph.find(key).has_value(); }

}  // namespace

TEST_CASE("a window keeps the facts seen in it and the nodes they join", "[graph]") {
    auto graph = two_years();
    auto in_2022 = kg::graph::within(graph, {"2022", "2022"});
    CHECK(in_2022.edges().size() == 1);
    CHECK(has(in_2022, "person:hamada"));
    CHECK(has(in_2022, "person:hayashi"));
    CHECK_FALSE(has(in_2022, "person:kishi"));
    CHECK_FALSE(has(in_2022, "article:a"));  // it told no fact of 2022

    CHECK(kg::graph::within(graph, {"2021-03-10", ""}).edges().size() == 2);
    CHECK(kg::graph::within(graph, {"", "2021-12-31"}).edges().size() == 1);
    CHECK(kg::graph::within(graph, {"2023", ""}).edges().empty());
}

TEST_CASE("a month in the window counts whole: 2022-11 is seen on 2022-11-15", "[graph]") {
    auto graph = two_years();
    CHECK(kg::graph::within(graph, {"2022-11-15", "2022-11-15"}).edges().size() == 1);
    CHECK(TimeWindow{"2022-11-15", ""}.overlaps("2022-11", "2022-11"));
    CHECK_FALSE(TimeWindow{"2022-12-01", ""}.overlaps("2022-11", "2022-11"));
}

TEST_CASE("a fact of unknown date is in no window, and a bound must be a date", "[graph]") {
    CHECK_FALSE(TimeWindow{"2020", ""}.overlaps("", ""));
    CHECK(TimeWindow{}.overlaps("", ""));
    CHECK_THROWS_AS(kg::graph::within(two_years(), {"11/2022", ""}), kg::graph::GraphError);
}
