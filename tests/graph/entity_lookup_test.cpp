#include "graph/entity_lookup.h"

#include <catch2/catch.hpp>

#include "tests/support/graph_fixture.h"

using kg::graph::MatchKind;

namespace {

std::vector<std::string> found_keys(const std::string& query) {
    static const auto graph = kg::test::meeting_graph();
    std::vector<std::string> keys;
    for (auto node : kg::graph::find_entities(graph, query).nodes)
        keys.push_back(graph.node(node).key);
    return keys;
}

MatchKind kind(const std::string& query) {
    return kg::graph::find_entities(kg::test::meeting_graph(), query).kind;
}

}  // namespace

TEST_CASE("a node key finds exactly that node", "[graph]") {
    CHECK(found_keys("person:austin") == std::vector<std::string>{"person:austin"});
    CHECK(kind("person:austin") == MatchKind::key);
}

TEST_CASE("a full name matches ignoring case", "[graph]") {
    CHECK(found_keys("lloyd AUSTIN") == std::vector<std::string>{"person:austin"});
    CHECK(kind("lloyd AUSTIN") == MatchKind::name);
    CHECK(found_keys("japan") == std::vector<std::string>{"country:japan"});
    CHECK(found_keys("  lloyd   austin ") == std::vector<std::string>{"person:austin"});
}

TEST_CASE("an abbreviation matches only a node named so", "[graph]") {
    // The fixture's United States is not named "U.S.": no alias is invented.
    CHECK(found_keys("U.S.").empty());
}

TEST_CASE("a name matches without its accents", "[graph]") {
    CHECK(found_keys("jose nunez") == std::vector<std::string>{"person:nunez"});
    CHECK(found_keys("N\u00daNEZ") == std::vector<std::string>{"person:nunez"});
}

TEST_CASE("a surname finds the person", "[graph]") {
    CHECK(found_keys("Hayashi") == std::vector<std::string>{"person:hayashi"});
    CHECK(kind("Hayashi") == MatchKind::words);
    CHECK(found_keys("Hayashi Yoshimasa") == std::vector<std::string>{"person:hayashi"});
}

TEST_CASE("a surname two people share returns both, ordered by name", "[graph]") {
    CHECK(found_keys("Austin") == std::vector<std::string>{"person:austin", "person:sarah-austin"});
}

TEST_CASE("a full name beats a match on some of the words", "[graph]") {
    // "Japan" is a word of the meeting's name too, but the country is named so exactly.
    CHECK(found_keys("Japan") == std::vector<std::string>{"country:japan"});
}

TEST_CASE("articles match only by key or their exact name", "[graph]") {
    CHECK(found_keys("001_talks.txt") == std::vector<std::string>{"article:talks"});
    CHECK(found_keys("001_TALKS.TXT").empty());
    CHECK(found_keys("talks").empty());
}

TEST_CASE("a name in no node, or an empty query, matches nothing", "[graph]") {
    CHECK(found_keys("Blinken").empty());
    CHECK(kind("Blinken") == MatchKind::none);
    CHECK(found_keys("").empty());
    CHECK(found_keys("  ").empty());
}

TEST_CASE("a misspelt name suggests the names it is near, nearest first", "[graph]") {
    const auto graph = kg::test::meeting_graph();
    auto keys = [&](const std::string& query) {
        std::vector<std::string> found;
        for (auto node : kg::graph::similar_entities(graph, query)) found.push_back(graph.node(node).key);
        return found;
    };
    CHECK(keys("Hayshi") == std::vector<std::string>{"person:hayashi"});
    CHECK(keys("lloyd austen") == std::vector<std::string>{"person:austin"});
    CHECK(keys("Nunes") == std::vector<std::string>{"person:nunez"});
    CHECK(keys("Austen") == std::vector<std::string>{"person:austin", "person:sarah-austin"});
    CHECK(keys("Zebedee").empty());
}

TEST_CASE("a person is found by any name form an article wrote", "[graph]") {
    kg::test::FixtureArticle article("article:x", "x.txt");
    article.node("person:motegi", "Person", "Toshimitsu Motegi", {{"names", "Toshimitsu Motegi\nMotegi Toshimitsu"}});
    kg::graph::KnowledgeGraph graph;
    graph.add(article.facts());
    CHECK(kg::graph::find_entities(graph, "motegi toshimitsu").kind == MatchKind::name);
    CHECK(kg::graph::find_entities(graph, "motegi toshimitsu").nodes.size() == 1);
}
