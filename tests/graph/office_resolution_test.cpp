#include "graph/office_resolution.h"

#include <catch2/catch.hpp>

using kg::graph::ArticleFacts;
using kg::graph::KnowledgeGraph;

namespace {

ArticleFacts president_article(const std::string& id, const std::string& country, bool inferred) {
    ArticleFacts facts;
    facts.article = {"article:" + id, "Article", {{"name", id}, {"file", id}, {"published", "2023-03-01"}}};
    std::string office = "office:" + country + ":president";
    facts.nodes.push_back({"person:yoon", "Person", {{"name", "Yoon"}}});
    facts.nodes.push_back({office, "Office", {{"name", "President"}, {"title", "President"}, {"country", country}}});
    kg::graph::Properties props;
    if (inferred) props["country_inferred"] = "true";
    facts.edges.push_back({"HOLDS", "person:yoon", office, props, {{"article:" + id, 0, 5, "President Yoon."}}});
    return facts;
}

bool holds(const KnowledgeGraph& graph, const std::string& office) {
    for (const auto& e : graph.edges())
        if (e.label == "HOLDS" && e.to == office) return true;
    return false;
}

}  // namespace

TEST_CASE("a guessed office country yields to the one another article writes", "[graph]") {
    KnowledgeGraph graph;
    graph.add(president_article("a", "south-korea", false));
    graph.add(president_article("b", "united-states", true));
    kg::graph::resolve_inferred_offices(graph);
    CHECK(holds(graph, "office:south-korea:president"));
    CHECK_FALSE(holds(graph, "office:united-states:president"));
    REQUIRE(graph.edges().size() == 1);
    CHECK(graph.edges().front().evidence.size() == 2);
}

TEST_CASE("a guessed office country stays when no article writes one", "[graph]") {
    KnowledgeGraph graph;
    graph.add(president_article("b", "united-states", true));
    kg::graph::resolve_inferred_offices(graph);
    CHECK(holds(graph, "office:united-states:president"));
}
