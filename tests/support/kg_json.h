#pragma once
// kg's --json output, parsed, with its schema version checked (README.md, "JSON output").

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <string>

namespace kg::test {

inline rapidjson::Document parse_kg_json(const std::string& text) {
    rapidjson::Document json;
    json.Parse(text.c_str());
    INFO(text);
    REQUIRE_FALSE(json.HasParseError());
    REQUIRE(json.IsObject());
    REQUIRE(json.HasMember("schema"));
    CHECK(json["schema"].GetUint() == 1);
    return json;
}

// A string member's text.
inline std::string text(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

}  // namespace kg::test
