#include "graph/json_reader.h"

#include <catch2/catch.hpp>

using kg::graph::kMaxJsonDepth;
using kg::graph::parse_json;

TEST_CASE("JSON nested up to the limit parses, and one level more is refused where it starts", "[graph]") {
    rapidjson::Document document;
    const std::string at_limit = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    CHECK_FALSE(parse_json(document, at_limit));
    CHECK(document.IsArray());

    const auto error = parse_json(document, "[" + at_limit + "]");
    REQUIRE(error);
    CHECK(error->what == "nested deeper than 100 levels");
    CHECK(error->offset == kMaxJsonDepth);  // the 101st '[', at byte 100
}

TEST_CASE("JSON far too deep for a recursive parser is refused, not a stack overflow", "[graph]") {
    rapidjson::Document document;
    const auto error = parse_json(document, std::string(400000, '['));
    REQUIRE(error);
    CHECK(error->what == "nested deeper than 100 levels");
}

TEST_CASE("malformed JSON says what is wrong and where", "[graph]") {
    rapidjson::Document document;
    const auto error = parse_json(document, R"({"a": 1,})");
    REQUIRE(error);
    CHECK(error->what == "Missing a name for object member.");
    CHECK(error->offset == 8);
}
