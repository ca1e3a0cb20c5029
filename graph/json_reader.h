#pragma once
// RapidJSON parsing for every JSON kg reads (JSON Lines records, manifests, stored facts,
// agtype): without recursion, so no nesting, however deep, overflows the stack, and refusing
// documents nested deeper than kMaxJsonDepth, so code that walks a parsed document recursively
// (CopyFrom, a Writer) cannot overflow it either.

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::graph {

// Deeper than anything kg writes or reads (a fact document nests 5 levels).
inline constexpr std::size_t kMaxJsonDepth = 100;

struct JsonError {
    std::string what;  // "Missing a comma or '}' after an object member.", or "nested deeper than 100 levels"
    std::size_t offset = 0;  // the byte of JSON where parsing stopped
};

namespace detail {

// Counts the nesting as a SAX pass meets it, and stops the pass past kMaxJsonDepth.
struct DepthLimit : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, DepthLimit> {
    std::size_t depth = 0;
    bool Default() { return true; }
    bool StartObject() { return ++depth <= kMaxJsonDepth; }
    bool EndObject(rapidjson::SizeType) { return --depth, true; }
    bool StartArray() { return ++depth <= kMaxJsonDepth; }
    bool EndArray(rapidjson::SizeType) { return --depth, true; }
};

}  // namespace detail

// Parses JSON into DOCUMENT with RapidJSON's FLAGS (beyond the iterative parser, which is always
// used); nullopt when it is well-formed and nested at most kMaxJsonDepth deep.
template <unsigned Flags = rapidjson::kParseDefaultFlags>
std::optional<JsonError> parse_json(rapidjson::Document& document, std::string_view json) {
    constexpr unsigned kFlags = Flags | rapidjson::kParseIterativeFlag;
    rapidjson::MemoryStream bytes(json.data(), json.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(bytes);
    rapidjson::Reader reader;
    detail::DepthLimit limit;
    if (auto result = reader.Parse<kFlags>(stream, limit); result.IsError()) {
        if (result.Code() == rapidjson::kParseErrorTermination)
            return JsonError{"nested deeper than " + std::to_string(kMaxJsonDepth) + " levels", result.Offset()};
        return JsonError{rapidjson::GetParseError_En(result.Code()), result.Offset()};
    }
    if (document.Parse<kFlags>(json.data(), json.size()).HasParseError())
        return JsonError{rapidjson::GetParseError_En(document.GetParseError()), document.GetErrorOffset()};
    return std::nullopt;
}

}  // namespace kg::graph
