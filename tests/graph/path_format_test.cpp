#include "graph/path_format.h"

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/support/graph_fixture.h"

using kg::graph::KnowledgeGraph;
using kg::graph::Path;
using kg::test::edge_index;
using kg::test::node_index;

namespace {

// Hayashi -ATTENDS-> the meeting <-ATTENDS- Austin, as the path search would return it.
Path hayashi_to_austin(const KnowledgeGraph& graph) {
    Path path;
    path.nodes = {node_index(graph, "person:hayashi"), node_index(graph, "meeting:two-plus-two"),
                  node_index(graph, "person:austin")};
    path.edges = {edge_index(graph, "ATTENDS|person:hayashi|meeting:two-plus-two"),
                  edge_index(graph, "ATTENDS|person:austin|meeting:two-plus-two")};
    path.cost = 2;
    return path;
}

// The text of the path from an article (FILE) to the one person (NAME) it mentions, in SENTENCE.
std::string mention_path_text(const std::string& file, const std::string& name, const std::string& sentence) {
    kg::test::FixtureArticle article("article:x", file);
    article.node("person:a", "Person", name).edge("MENTIONS", "article:x", "person:a", sentence);
    KnowledgeGraph graph;
    graph.add(article.facts());
    return kg::graph::format_path_text(graph, {{node_index(graph, "article:x"), node_index(graph, "person:a")}, {0}, 4});
}

}  // namespace

TEST_CASE("a path reads as a chain with each edge's direction and evidence", "[graph]") {
    auto graph = kg::test::meeting_graph();
    CHECK(kg::graph::format_path_text(graph, hayashi_to_austin(graph)) ==
          "Yoshimasa Hayashi (Person)\n"
          "  -[ATTENDS]->  \"Hayashi and Austin will meet in Tokyo.\" (article 001_talks.txt)\n"
          "Japan-United States two-plus-two, 2022-01 (Meeting)\n"
          "  <-[ATTENDS]-  \"Hayashi and Austin will meet in Tokyo.\" (article 001_talks.txt)\n"
          "                \"Austin flies to Tokyo on Friday.\" (article 001_talks.txt)\n"
          "                (+1 more)\n"
          "Lloyd Austin (Person)\n");
}

TEST_CASE("a path's text folds line breaks in sentences", "[graph]") {
    CHECK(mention_path_text("x.txt", "Ann", "Ann\n  spoke.") ==
          "x.txt (Article)\n"
          "  -[MENTIONS]->  \"Ann spoke.\" (article x.txt)\n"
          "Ann (Person)\n");
}

TEST_CASE("a path's text writes out the control characters of names, sentences and files", "[graph]") {
    CHECK(mention_path_text("x\x1b[2J.txt", "Ann \x1b[31mRed", "Ann\x07 spoke.") ==
          "x\\x1B[2J.txt (Article)\n"
          "  -[MENTIONS]->  \"Ann\\x07 spoke.\" (article x\\x1B[2J.txt)\n"
          "Ann \\x1B[31mRed (Person)\n");
}

TEST_CASE("a path as JSON lists nodes, edges with direction, and all evidence", "[graph]") {
    auto graph = kg::test::meeting_graph();
    rapidjson::Document json;
    rapidjson::StringBuffer buffer;
    kg::graph::JsonWriter writer(buffer);
    kg::graph::write_path_json(writer, graph, hayashi_to_austin(graph));
    json.Parse(buffer.GetString());
    REQUIRE_FALSE(json.HasParseError());
    CHECK(json["cost"].GetDouble() == 2.0);
    CHECK(json["hops"].GetUint64() == 2);
    REQUIRE(json["nodes"].Size() == 3);
    CHECK(std::string(json["nodes"][1]["labels"][0].GetString()) == "Meeting");
    CHECK(std::string(json["nodes"][2]["name"].GetString()) == "Lloyd Austin");
    const auto& edges = json["edges"];
    REQUIRE(edges.Size() == 2);
    CHECK(std::string(edges[0]["direction"].GetString()) == "forward");
    CHECK(std::string(edges[1]["direction"].GetString()) == "backward");
    // Edge ends as the JSON export writes them.
    CHECK(std::string(edges[1]["start"]["id"].GetString()) == "person:austin");
    CHECK(std::string(edges[1]["start"]["labels"][0].GetString()) == "Person");
    REQUIRE(edges[1]["evidence"].Size() == 3);
    CHECK(std::string(edges[1]["evidence"][2]["text"].GetString()) ==
          "Austin will attend the two-plus-two.");
    CHECK(std::string(edges[1]["evidence"][2]["file"].GetString()) == "001_talks.txt");
}
