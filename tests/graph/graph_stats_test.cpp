#include "graph/graph_stats.h"

#include <catch2/catch.hpp>

using kg::graph::ArticleFacts;
using kg::graph::KnowledgeGraph;

namespace {

ArticleFacts article(const std::string& id, const std::string& published, const std::string& source) {
    ArticleFacts facts;
    facts.article = {"article:" + id, "Article", {{"name", id}, {"published", published}, {"source", source}}};
    facts.nodes.push_back({"country:japan", "Country", {{"name", "Japan"}}});
    facts.edges.push_back({"MENTIONS", "article:" + id, "country:japan", {}, {{"article:" + id, 0, 5, "Japan."}}});
    return facts;
}

}  // namespace

TEST_CASE("stats count articles, their dates by day, sources, nodes and edges by label", "[graph]") {
    KnowledgeGraph graph;
    graph.add(article("a", "2022-11-28", "Kyodo"));
    graph.add(article("b", "2022-11", "Kyodo"));  // may end after 2022-11-28
    graph.add(article("c", "2021-03-10", "NHK"));
    graph.add(article("d", "", ""));
    auto stats = kg::graph::graph_stats(graph);
    CHECK(stats.articles == 4);
    CHECK(stats.undated == 1);
    CHECK(stats.first_published == "2021-03-10");
    CHECK(stats.last_published == "2022-11");
    using Source = std::pair<std::string, std::size_t>;
    CHECK(stats.sources == std::vector<Source>{{"Kyodo", 2}, {"", 1}, {"NHK", 1}});
    CHECK(stats.nodes_by_label.at("Article") == 4);
    CHECK(stats.nodes_by_label.at("Country") == 1);
    CHECK(stats.edges_by_label.at("MENTIONS") == 4);
}
