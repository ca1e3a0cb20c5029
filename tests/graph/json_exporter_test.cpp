#include "graph/json_exporter.h"

#include <rapidjson/document.h>
#include <catch2/catch.hpp>
#include <sstream>

#include "graph/graph_error.h"
#include "tests/support/graph_fixture.h"

using kg::graph::KnowledgeGraph;

namespace {

std::vector<rapidjson::Document> export_lines(const KnowledgeGraph& graph) {
    std::ostringstream out;
    kg::graph::export_graph("json", graph, kg::graph::select_all(graph), out);
    std::vector<rapidjson::Document> lines;
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);) {
        lines.emplace_back();
        lines.back().Parse(line.c_str());
        INFO(line);
        REQUIRE_FALSE(lines.back().HasParseError());
    }
    return lines;
}

const rapidjson::Value& find_record(const std::vector<rapidjson::Document>& lines,
                                    const std::string& id) {
    for (const auto& line : lines)
        if (line["id"].GetString() == id) return line;
    FAIL("no record with id " << id);
    throw std::logic_error("unreachable");
}

std::string text(const rapidjson::Value& value) {
    return {value.GetString(), value.GetStringLength()};
}

}  // namespace

TEST_CASE("JSON export writes one line per node, then one per relationship", "[graph]") {
    auto graph = kg::test::meeting_graph();
    auto lines = export_lines(graph);
    REQUIRE(lines.size() == graph.nodes().size() + graph.edges().size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        CHECK(text(lines[i]["type"]) == (i < graph.nodes().size() ? "node" : "relationship"));
}

TEST_CASE("JSON export: a node carries its key, labels and properties", "[graph]") {
    auto lines = export_lines(kg::test::meeting_graph());
    const auto& meeting = find_record(lines, "meeting:two-plus-two");
    REQUIRE(meeting["labels"].Size() == 1);
    CHECK(text(meeting["labels"][0]) == "Meeting");
    CHECK(text(meeting["properties"]["key"]) == "meeting:two-plus-two");
    CHECK(text(meeting["properties"]["name"]) == "Japan-United States two-plus-two, 2022-01");
    CHECK(text(meeting["properties"]["date"]) == "2022-01");
    const auto& article = find_record(lines, "article:talks");
    CHECK(text(article["properties"]["file"]) == "001_talks.txt");
}

TEST_CASE("JSON export: a relationship carries its ends and its evidence", "[graph]") {
    auto lines = export_lines(kg::test::meeting_graph());
    const auto& holds = find_record(lines, "HOLDS|person:hayashi|office:japan-fm");
    CHECK(text(holds["label"]) == "HOLDS");
    CHECK(text(holds["start"]["id"]) == "person:hayashi");
    CHECK(text(holds["start"]["labels"][0]) == "Person");
    CHECK(text(holds["end"]["id"]) == "office:japan-fm");
    CHECK(text(holds["end"]["labels"][0]) == "Office");
    CHECK(text(holds["properties"]["first_seen"]) == "2022-01-05");
    const auto& evidence = holds["properties"]["evidence"];
    REQUIRE(evidence.Size() == 1);
    CHECK(text(evidence[0]["article"]) == "article:talks");
    CHECK(text(evidence[0]["text"]) == "Foreign Minister Hayashi spoke.");
    CHECK(evidence[0]["end"].GetUint64() - evidence[0]["begin"].GetUint64() ==
          std::string("Foreign Minister Hayashi spoke.").size());

    const auto& attends = find_record(lines, "ATTENDS|person:austin|meeting:two-plus-two");
    CHECK(attends["properties"]["evidence"].Size() == 3);
}

TEST_CASE("JSON export: quotes, backslashes, line breaks and other scripts round-trip", "[graph]") {
    const std::string name = "Say \"hi\" \\ back\nslash\t\u65e5\u672c\u8a9e";
    kg::test::FixtureArticle article("article:x", "x.txt");
    article.node("person:tricky", "Person", name)
        .edge("MENTIONS", "article:x", "person:tricky", name);
    KnowledgeGraph graph;
    graph.add(article.facts());
    auto lines = export_lines(graph);
    CHECK(text(find_record(lines, "person:tricky")["properties"]["name"]) == name);
    CHECK(text(find_record(
              lines, "MENTIONS|article:x|person:tricky")["properties"]["evidence"][0]["text"]) ==
          name);
}

TEST_CASE("JSON export of text that is not UTF-8 is an error naming the node", "[graph]") {
    kg::test::FixtureArticle article("article:x", "x.txt");
    article.node("person:broken", "Person", "Bad \xff byte");
    KnowledgeGraph graph;
    graph.add(article.facts());
    std::ostringstream out;
    CHECK_THROWS_WITH(kg::graph::export_graph("json", graph, kg::graph::select_all(graph), out),
                      Catch::Contains("person:broken"));
}
