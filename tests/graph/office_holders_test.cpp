#include "graph/office_holders.h"

#include <catch2/catch.hpp>

using kg::graph::ArticleFacts;
using kg::graph::KnowledgeGraph;

namespace {

// One article, published on PUBLISHED, saying PERSON is Japan's defense minister.
ArticleFacts minister_article(const std::string& id, const std::string& published, const std::string& person) {
    ArticleFacts facts;
    facts.article = {"article:" + id, "Article", {{"name", id}, {"file", id}, {"published", published}}};
    facts.nodes.push_back({"person:" + person, "Person", {{"name", person}}});
    facts.nodes.push_back({"office:japan:defense-minister", "Office",
                           {{"name", "Defense Minister of Japan"}, {"title", "Defense Minister"}, {"country", "Japan"}}});
    facts.edges.push_back({"HOLDS", "person:" + person, "office:japan:defense-minister", {},
                           {{"article:" + id, 0, 10, person + " is defense minister."}}});
    return facts;
}

KnowledgeGraph successive_ministers() {
    KnowledgeGraph graph;
    graph.add(minister_article("a", "2021-03-10", "kishi"));
    graph.add(minister_article("b", "2021-12-15", "kishi"));
    graph.add(minister_article("c", "2022-11", "hamada"));
    return graph;
}

const std::string& name_of(const KnowledgeGraph& graph, const kg::graph::Holding& h) {
    return graph.node(h.person).name();
}

}  // namespace

TEST_CASE("successive holders of an office both stay, each with their dates", "[graph]") {
    auto graph = successive_ministers();
    auto holdings = kg::graph::office_holdings(graph, "Defense Minister", "Japan");
    REQUIRE(holdings.size() == 2);
    CHECK(name_of(graph, holdings[0]) == "kishi");
    CHECK(holdings[0].first_seen == "2021-03-10");
    CHECK(holdings[0].last_seen == "2021-12-15");
    CHECK(name_of(graph, holdings[1]) == "hamada");
    CHECK(kg::graph::office_holdings(graph, "Defense Minister", "India").empty());
}

TEST_CASE("who held an office on a date", "[graph]") {
    auto graph = successive_ministers();
    auto holdings = kg::graph::office_holdings(graph, "Defense Minister", "Japan");
    CHECK(name_of(graph, *kg::graph::holder_on(holdings, "2021-06-01")) == "kishi");
    CHECK(name_of(graph, *kg::graph::holder_on(holdings, "2022-12-01")) == "hamada");
    CHECK(name_of(graph, *kg::graph::holder_on(holdings, "2022-11")) == "hamada");
    CHECK_FALSE(kg::graph::holder_on(holdings, "2020-01-01").has_value());
}
