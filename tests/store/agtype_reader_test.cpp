#include "store/detail/agtype_reader.h"

#include <catch2/catch.hpp>

#include "store/store_error.h"

using kg::store::StoreError;
using namespace kg::store::detail;

namespace {

// Person is label 33 of some graph: 33 << 48 | 1, past 2^53, and odd, so no double holds it.
constexpr std::int64_t kBigId = 9288674231451649;

std::string text_of(const rapidjson::Value& value, const char* name) {
    return {value[name].GetString(), value[name].GetStringLength()};
}

}  // namespace

TEST_CASE("a vertex's id, label and properties are read, the id exactly", "[store]") {
    auto vertex = read_vertex(
        R"({"id": 9288674231451649, "label": "Person", "properties": {"key": "person:a", "name": "A"}}::vertex)");
    CHECK(vertex.id == kBigId);
    CHECK(vertex.label == "Person");
    CHECK(text_of(vertex.properties, "key") == "person:a");
    CHECK(text_of(vertex.properties, "name") == "A");
}

TEST_CASE("an edge's ends are read exactly", "[store]") {
    auto edge = read_edge(R"({"id": 3096224743817217, "label": "HOLDS", "end_id": 9288674231451651, )"
                          R"("start_id": 9288674231451649, "properties": {"key": "k"}}::edge)");
    CHECK(edge.id == 3096224743817217);
    CHECK(edge.label == "HOLDS");
    CHECK(edge.start_id == kBigId);
    CHECK(edge.end_id == kBigId + 2);
}

TEST_CASE("escapes and an annotation-like text inside strings are kept as written", "[store]") {
    auto vertex = read_vertex(R"({"id": 1, "label": "Claim", "properties": )"
                              R"({"text": "He said \"no\" \\ then::vertex {x} [y]\n\u65e5\u672c", "source": "日本語"}}::vertex)");
    CHECK(text_of(vertex.properties, "text") == "He said \"no\" \\ then::vertex {x} [y]\n\xe6\x97\xa5\xe6\x9c\xac");
    CHECK(text_of(vertex.properties, "source") == "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
}

TEST_CASE("annotations inside values are dropped: numerics, floats, a path's parts", "[store]") {
    auto numbers = parse_agtype(R"({"a": 2.5::numeric, "b": [1, 3::numeric], "c": NaN, "d": -Infinity})");
    CHECK(numbers.annotation.empty());
    CHECK(numbers.value["a"].GetDouble() == 2.5);
    CHECK(numbers.value["b"][1].GetInt() == 3);
    CHECK(numbers.value["c"].IsDouble());

    auto path = parse_agtype(R"([{"id": 1, "label": "A", "properties": {}}::vertex, )"
                             R"({"id": 2, "label": "E", "end_id": 3, "start_id": 1, "properties": {}}::edge, )"
                             R"({"id": 3, "label": "B", "properties": {}}::vertex]::path)");
    CHECK(path.annotation == "path");
    REQUIRE(path.value.IsArray());
    REQUIRE(path.value.Size() == 3);
    CHECK(path.value[1]["end_id"].GetInt64() == 3);
}

TEST_CASE("the kind of value is checked: an edge is no vertex, a map is neither", "[store]") {
    const std::string edge = R"({"id": 2, "label": "E", "end_id": 3, "start_id": 1, "properties": {}}::edge)";
    CHECK_THROWS_AS(read_vertex(edge), StoreError);
    CHECK_NOTHROW(read_edge(edge));
    CHECK_THROWS_AS(read_vertex(R"({"id": 1, "label": "A", "properties": {}})"), StoreError);
}

TEST_CASE("missing parts and bad text are errors that say so", "[store]") {
    CHECK_THROWS_WITH(read_vertex(R"({"label": "A", "properties": {}}::vertex)"), Catch::Contains("\"id\""));
    CHECK_THROWS_WITH(read_vertex(R"({"id": "1", "label": "A", "properties": {}}::vertex)"),
                      Catch::Contains("not a graph id"));
    CHECK_THROWS_WITH(read_edge(R"({"id": 2, "label": "E", "end_id": 3, "properties": {}}::edge)"),
                      Catch::Contains("start_id"));
    CHECK_THROWS_WITH(parse_agtype(R"({"id": 1,)"), Catch::Contains("not agtype text"));
}

TEST_CASE("agtype nested 200,000 deep is refused, not a stack overflow", "[store]") {
    const std::string deep = R"({"id": 1, "label": "A", "properties": {"p": )" + std::string(200000, '[') +
                             std::string(200000, ']') + "}}::vertex";
    CHECK_THROWS_WITH(read_vertex(deep), Catch::Contains("nested deeper than 100 levels"));
}
