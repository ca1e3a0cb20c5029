#include "graph/knowledge_graph.h"

#include <catch2/catch.hpp>

#include "graph/name_forms.h"

using kg::graph::ArticleFacts;
using kg::graph::Edge;
using kg::graph::Evidence;
using kg::graph::KnowledgeGraph;
using kg::graph::Node;

namespace {

ArticleFacts article(const std::string& key, const std::string& published, const std::string& meeting_date) {
    ArticleFacts facts;
    facts.article = {key, "Article", {{"name", key}, {"published", published}}};
    facts.nodes.push_back({"person:a", "Person", {{"name", "Ann Example"}}});
    facts.nodes.push_back({"meeting:m", "Meeting", {{"name", "talks"}, {"date", meeting_date}}});
    facts.edges.push_back({"ATTENDS", "person:a", "meeting:m", {}, {{key, 0, 5, "Ann attends."}}});
    return facts;
}

}  // namespace

TEST_CASE("articles telling the same fact merge into one edge with both evidences", "[graph]") {
    KnowledgeGraph graph;
    graph.add(article("article:1", "2021-11-28", "2022-01"));
    graph.add(article("article:2", "2021-12-15", "2022-01-07"));

    REQUIRE(graph.nodes().size() == 4);
    REQUIRE(graph.edges().size() == 1);
    const Edge& attends = graph.edges().front();
    CHECK(attends.evidence.size() == 2);
    CHECK(attends.prop("first_seen") == "2021-11-28");
    CHECK(attends.prop("last_seen") == "2021-12-15");
    CHECK(graph.node(*graph.find("meeting:m")).prop("date") == "2022-01-07");
}

TEST_CASE("adding the same article twice adds no evidence", "[graph]") {
    KnowledgeGraph graph;
    graph.add(article("article:1", "2021-11-28", "2022-01"));
    graph.add(article("article:1", "2021-11-28", "2022-01"));
    CHECK(graph.edges().front().evidence.size() == 1);
    CHECK(graph.nodes().size() == 3);
}

TEST_CASE("a less precise date does not overwrite a more precise one", "[graph]") {
    KnowledgeGraph graph;
    graph.add(article("article:2", "2021-12-15", "2022-01-07"));
    graph.add(article("article:3", "2022-11-01", "2022-01"));
    CHECK(graph.node(*graph.find("meeting:m")).prop("date") == "2022-01-07");
}

TEST_CASE("unknown values are absent, not empty", "[graph]") {
    KnowledgeGraph graph;
    graph.add(article("article:1", "2021-11-28", ""));
    const Node& meeting = graph.node(*graph.find("meeting:m"));
    CHECK_FALSE(meeting.props.contains("date"));
    graph.add(article("article:2", "2021-12-15", "2022-01"));
    CHECK(graph.node(*graph.find("meeting:m")).prop("date") == "2022-01");
}

TEST_CASE("every name a node is given is kept among its name forms", "[graph]") {
    KnowledgeGraph graph;
    auto first = article("article:1", "2021-11-28", "2022-01");
    auto second = article("article:2", "2021-12-15", "2022-01");
    second.nodes[0].props["name"] = "Example Ann";
    graph.add(first);
    graph.add(second);
    graph.add(first);
    const Node& ann = graph.node(*graph.find("person:a"));
    CHECK(kg::graph::name_forms(ann) == std::vector<std::string>{"Ann Example", "Example Ann"});
    CHECK(kg::graph::name_forms(graph.node(*graph.find("meeting:m"))) == std::vector<std::string>{"talks"});
    CHECK_FALSE(graph.node(*graph.find("meeting:m")).props.contains("names"));

    graph.merge_nodes({{"meeting:m", "person:a"}});  // as resolution merges a name variant
    CHECK(kg::graph::name_forms(graph.node(*graph.find("person:a"))) ==
          std::vector<std::string>{"Ann Example", "Example Ann", "talks"});
}
