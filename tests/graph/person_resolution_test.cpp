#include "graph/person_resolution.h"

#include <catch2/catch.hpp>

#include <algorithm>

using kg::graph::ArticleFacts;
using kg::graph::KnowledgeGraph;

namespace {

std::string key_of(const std::string& name) {
    std::string key = "person:" + name;
    std::replace(key.begin(), key.end(), ' ', '-');
    return key;
}

// An article naming NAME as attending its meeting.
ArticleFacts naming(const std::string& id, const std::string& name) {
    ArticleFacts facts;
    facts.article = {"article:" + id, "Article", {{"name", id}, {"file", id}, {"published", "2023-12-07"}}};
    facts.nodes.push_back({key_of(name), "Person", {{"name", name}}});
    facts.nodes.push_back({"meeting:" + id, "Meeting", {{"name", id}}});
    facts.edges.push_back({"ATTENDS", key_of(name), "meeting:" + id, {}, {{"article:" + id, 0, 5, name + " came."}}});
    return facts;
}

std::vector<std::string> people(const KnowledgeGraph& graph) {
    std::vector<std::string> names;
    for (const auto& node : graph.nodes())
        if (node.label == "Person") names.push_back(node.prop("name"));
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("shorter forms of one name merge into the longest, which keeps its name and every edge", "[graph]") {
    KnowledgeGraph graph;
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"a", "Recep Tayyip Erdogan"}, {"b", "Tayyip Erdogan"}, {"c", "Erdogan"}, {"d", "Lula"},
             {"e", "Luiz Inacio Lula da Silva"}})
        graph.add(naming(id, name));
    kg::graph::merge_name_variants(graph);
    CHECK(people(graph) == std::vector<std::string>{"Luiz Inacio Lula da Silva", "Recep Tayyip Erdogan"});
    auto attends = std::count_if(graph.edges().begin(), graph.edges().end(),
                                 [](const auto& e) { return e.from == "person:Recep-Tayyip-Erdogan"; });
    CHECK(attends == 3);
}

TEST_CASE("a name part of two longest names stays a person of its own", "[graph]") {
    KnowledgeGraph graph;
    graph.add(naming("a", "Wang Yi"));
    graph.add(naming("b", "Wang Wenbin"));
    graph.add(naming("c", "Wang"));
    kg::graph::merge_name_variants(graph);
    CHECK(people(graph) == std::vector<std::string>{"Wang", "Wang Wenbin", "Wang Yi"});
}
