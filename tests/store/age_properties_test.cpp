// The typed properties AGE keeps (store/detail/age_properties.h), and the way back: a node or
// edge read from AGE equals the one written.

#include "store/detail/age_properties.h"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "store/store_error.h"

using namespace kg::store::detail;
using kg::graph::Edge;
using kg::graph::Node;

namespace {

rapidjson::Document parsed(const std::string& json) {
    rapidjson::Document document;
    document.Parse(json.c_str());
    REQUIRE_FALSE(document.HasParseError());
    return document;
}

std::string text(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

const Node kMeeting{"meeting:m", "Meeting", {{"name", "talks"}, {"date", "2022-11"}, {"place", ""}}};
const Node kPerson{"person:hayashi-yoshimasa", "Person",
                   {{"name", "Yoshimasa Hayashi"}, {"names", "Yoshimasa Hayashi\nHayashi Yoshimasa"}}};
const Edge kHolds{"HOLDS",
                  "person:hayashi-yoshimasa",
                  "office:japan:foreign-minister",
                  {{"as_of", "2021-11-28"}, {"first_seen", "2021-11-28"}, {"last_seen", "2022-11"},
                   {"country_inferred", "true"}},
                  {{"article:000.txt", 0, 20, "Hayashi is Foreign Minister."}}};

}  // namespace

TEST_CASE("dates keep their ISO text and gain the days they may mean, and a year", "[store]") {
    auto json = parsed(vertex_properties(kMeeting));
    CHECK(text(json["date"]) == "2022-11");
    CHECK(text(json["date_lo"]) == "2022-11-01");
    CHECK(text(json["date_hi"]) == "2022-11-30");
    CHECK(json["year"].GetInt() == 2022);
    CHECK_FALSE(json.HasMember("place"));  // unknown: absent, not ""
}

TEST_CASE("booleans are booleans, and evidence carries its article's key and title", "[store]") {
    auto json = parsed(edge_properties(kHolds, {{"article:000.txt", "Japan, US mull two-plus-two"}}));
    CHECK(json["country_inferred"].IsBool());
    CHECK(json["country_inferred"].GetBool());
    CHECK(text(json["last_seen_hi"]) == "2022-11-30");
    CHECK(text(json["first_seen_lo"]) == "2021-11-28");
    CHECK_FALSE(json.HasMember("year"));
    CHECK(text(json["evidence"][0]["article"]) == "article:000.txt");
    CHECK(text(json["evidence"][0]["title"]) == "Japan, US mull two-plus-two");
}

TEST_CASE("people and offices have the list of their name forms", "[store]") {
    auto person = parsed(vertex_properties(kPerson));
    REQUIRE(person["names"].IsArray());
    CHECK(person["names"].Size() == 2);
    CHECK(text(person["names"][1]) == "Hayashi Yoshimasa");
    auto office = parsed(vertex_properties({"office:japan:fm", "Office", {{"name", "Foreign Minister of Japan"}}}));
    REQUIRE(office["names"].Size() == 1);
    CHECK_FALSE(parsed(vertex_properties(kMeeting)).HasMember("names"));
}

TEST_CASE("what AGE returns reads back as the node and edge written", "[store]") {
    for (const Node& node : {kMeeting, kPerson}) {
        auto vertex = read_vertex(R"({"id": 1, "label": ")" + node.label + R"(", "properties": )" +
                                  vertex_properties(node) + "}::vertex");
        Node expected = node;
        std::erase_if(expected.props, [](const auto& p) { return p.second.empty(); });
        auto read = node_from(vertex);
        CHECK(read.key == expected.key);
        CHECK(read.props == expected.props);
    }
    auto edge = read_edge(R"({"id": 2, "label": "HOLDS", "start_id": 1, "end_id": 3, "properties": )" +
                          edge_properties(kHolds, {}) + "}::edge");
    auto read = edge_from(edge, kHolds.from, kHolds.to);
    CHECK(read.props == kHolds.props);
    CHECK(read.evidence == kHolds.evidence);
}

TEST_CASE("a property named like one AGE adds is refused", "[store]") {
    CHECK_THROWS_AS(vertex_properties({"meeting:x", "Meeting", {{"name", "x"}, {"date_lo", "2022-01-01"}}}),
                    kg::store::StoreError);
    CHECK_THROWS_AS(vertex_properties({"article:x", "Article", {{"name", "x"}, {"year", "2022"}}}),
                    kg::store::StoreError);
}
