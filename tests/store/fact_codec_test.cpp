#include "store/fact_codec.h"

#include <catch2/catch.hpp>

#include "store/store_error.h"

using kg::graph::ArticleFacts;
using kg::graph::Edge;
using kg::graph::Node;
using kg::store::decode_facts;
using kg::store::encode_facts;
using kg::store::StoreError;

namespace {

void check_same(const Node& actual, const Node& expected) {
    CHECK(actual.key == expected.key);
    CHECK(actual.label == expected.label);
    CHECK(actual.props == expected.props);
}

void check_same(const ArticleFacts& actual, const ArticleFacts& expected) {
    check_same(actual.article, expected.article);
    REQUIRE(actual.nodes.size() == expected.nodes.size());
    for (std::size_t i = 0; i < expected.nodes.size(); ++i) check_same(actual.nodes[i], expected.nodes[i]);
    REQUIRE(actual.edges.size() == expected.edges.size());
    for (std::size_t i = 0; i < expected.edges.size(); ++i) {
        CHECK(actual.edges[i].key() == expected.edges[i].key());
        CHECK(actual.edges[i].props == expected.edges[i].props);
        CHECK(actual.edges[i].evidence == expected.edges[i].evidence);
    }
}

ArticleFacts awkward_facts() {
    ArticleFacts facts;
    facts.article = {"article:a \"quoted\".txt",
                     "Article",
                     {{"name", "Back\\slash \\n not a newline"},
                      {"title", "Line one\nLine two\ttabbed"},
                      {"hash", "0123abcd"},
                      {"published", "2022-01"}}};
    facts.nodes.push_back(
        {"person:\xE6\x9E\x97", "Person", {{"name", "\xE6\x9E\x97\xE8\x8A\xB3\xE6\xAD\xA3 (Hayashi)"}}});
    facts.nodes.push_back({"place:empty-props", "Place", {}});
    facts.nodes.push_back(
        {"claim:nul", "Claim", {{"name", std::string("before\0after", 12)}, {"", "empty name"}}});
    facts.edges.push_back({"ATTENDS",
                           "person:\xE6\x9E\x97",
                           "place:empty-props",
                           {},
                           {{"article:a \"quoted\".txt", 0, 17, "\xE6\x9E\x97 said \"yes\".\r\n"},
                            {"article:other", 1ull << 40, (1ull << 40) + 3, ""}}});
    facts.edges.push_back({"ABOUT", "claim:nul", "place:empty-props", {{"quote", "\"\\/\b\f\n\r\t"}}, {}});
    return facts;
}

}  // namespace

TEST_CASE("facts survive a round trip through JSON unchanged", "[store]") {
    const ArticleFacts facts = awkward_facts();
    check_same(decode_facts(encode_facts(facts)), facts);
}

TEST_CASE("facts with nothing but an article survive a round trip", "[store]") {
    ArticleFacts facts;
    facts.article = {"article:bare", "Article", {}};
    const ArticleFacts decoded = decode_facts(encode_facts(facts));
    check_same(decoded, facts);
    CHECK(decoded.nodes.empty());
    CHECK(decoded.edges.empty());
}

TEST_CASE("the document carries its format version", "[store]") {
    const std::string json = encode_facts(awkward_facts());
    CHECK_THAT(json, Catch::Contains("\"version\":" + std::to_string(kg::store::kFactFormatVersion)));
}

TEST_CASE("a document of another version is refused", "[store]") {
    std::string json = encode_facts(awkward_facts());
    const std::string version = "\"version\":" + std::to_string(kg::store::kFactFormatVersion);
    json.replace(json.find(version), version.size(), "\"version\":99");
    CHECK_THROWS_WITH(decode_facts(json), Catch::Contains("version 99"));
}

TEST_CASE("damaged documents are refused with what is wrong", "[store]") {
    const std::string json = encode_facts(awkward_facts());
    CHECK_THROWS_WITH(decode_facts(json.substr(0, json.size() / 2)), Catch::StartsWith("not valid JSON"));
    CHECK_THROWS_WITH(decode_facts(""), Catch::StartsWith("not valid JSON"));
    CHECK_THROWS_AS(decode_facts("[]"), StoreError);
    CHECK_THROWS_WITH(decode_facts("{\"title\":\"some other JSON\"}"),
                      Catch::Contains("not a kg fact document"));

    std::string no_label = json;
    no_label.replace(no_label.find("\"label\":\"Person\""), 16, "\"label\":7");
    CHECK_THROWS_WITH(decode_facts(no_label), Catch::Contains("nodes[0].label is not a string"));

    CHECK_THROWS_WITH(decode_facts(std::string(200000, '[') + std::string(200000, ']')),
                      Catch::Contains("nested deeper than 100 levels"));

    std::string bad_offset = json;
    bad_offset.replace(bad_offset.find("\"begin\":0"), 9, "\"begin\":-1");
    CHECK_THROWS_WITH(decode_facts(bad_offset), Catch::Contains("edges[0].evidence[0].begin"));
}
