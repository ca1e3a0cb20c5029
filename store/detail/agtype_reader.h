#pragma once
// Reads agtype's text form, what AGE prints for cypher() results: JSON in which any value may
// carry a type annotation, as in {"id": 844424930131969, ...}::vertex, {...}::edge,
// [vertex, edge, vertex]::path or 2.5::numeric. Graph ids (label id << 48 | entry id) pass
// 2^53, so integers are read as int64, never through a double.

#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace kg::store::detail {

struct Agtype {
    rapidjson::Document value;  // the JSON with every annotation removed
    std::string annotation;     // the outermost value's ("vertex", "edge", "path"), or ""
};

// Throws StoreError saying what is wrong with TEXT.
Agtype parse_agtype(std::string_view text);

// A vertex or an edge as cypher() returns it.
struct AgEntity {
    std::int64_t id = 0;
    std::string label;
    std::int64_t start_id = 0;  // edges only
    std::int64_t end_id = 0;    // edges only
    rapidjson::Document properties;  // an object
};

// Read "{...}::vertex" and "{...}::edge"; throw StoreError when TEXT is another kind of value
// or lacks a part.
AgEntity read_vertex(std::string_view text);
AgEntity read_edge(std::string_view text);

}  // namespace kg::store::detail
