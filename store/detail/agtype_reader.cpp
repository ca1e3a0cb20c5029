#include "store/detail/agtype_reader.h"

#include <fmt/format.h>

#include "graph/json_reader.h"
#include "store/store_error.h"

namespace kg::store::detail {
namespace {

bool is_annotation_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

// Copies TEXT without its "::name" annotations (outside strings only) and returns the last one
// found at nesting depth 0: the outermost value's.
std::string strip_annotations(std::string_view text, std::string& outer) {
    std::string json;
    json.reserve(text.size());
    bool in_string = false;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            json += c;
            if (c == '\\' && i + 1 < text.size()) json += text[++i];
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == ':' && i + 1 < text.size() && text[i + 1] == ':') {
            std::size_t end = i + 2;
            while (end < text.size() && is_annotation_char(text[end])) ++end;
            if (depth == 0) outer = std::string(text.substr(i + 2, end - i - 2));
            i = end - 1;
            continue;
        }
        if (c == '"') in_string = true;
        if (c == '{' || c == '[') ++depth;
        if (c == '}' || c == ']') --depth;
        json += c;
    }
    return json;
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* name, std::string_view kind) {
    auto found = object.FindMember(name);
    if (found == object.MemberEnd()) throw StoreError(fmt::format("an agtype {} has no \"{}\"", kind, name));
    return found->value;
}

std::int64_t read_id(const rapidjson::Value& object, const char* name, std::string_view kind) {
    const auto& value = member(object, name, kind);
    if (!value.IsInt64()) throw StoreError(fmt::format("an agtype {}'s \"{}\" is not a graph id", kind, name));
    return value.GetInt64();
}

AgEntity read_entity(std::string_view text, std::string_view kind) {
    Agtype parsed = parse_agtype(text);
    if (parsed.annotation != kind || !parsed.value.IsObject())
        throw StoreError(fmt::format("expected an agtype {}, got: {:.80}", kind, text));
    AgEntity entity;
    entity.id = read_id(parsed.value, "id", kind);
    const auto& label = member(parsed.value, "label", kind);
    if (!label.IsString()) throw StoreError(fmt::format("an agtype {}'s label is not a string", kind));
    entity.label.assign(label.GetString(), label.GetStringLength());
    if (kind == "edge") {
        entity.start_id = read_id(parsed.value, "start_id", kind);
        entity.end_id = read_id(parsed.value, "end_id", kind);
    }
    const auto& properties = member(parsed.value, "properties", kind);
    if (!properties.IsObject()) throw StoreError(fmt::format("an agtype {}'s properties are not a map", kind));
    entity.properties.CopyFrom(properties, entity.properties.GetAllocator());
    return entity;
}

}  // namespace

Agtype parse_agtype(std::string_view text) {
    Agtype parsed;
    const std::string json = strip_annotations(text, parsed.annotation);
    // NaN and Infinity: how agtype prints those floats.
    if (auto error = graph::parse_json<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseNanAndInfFlag>(parsed.value, json))
        throw StoreError(fmt::format("not agtype text ({} at byte {}): {:.80}", error->what, error->offset, text));
    return parsed;
}

AgEntity read_vertex(std::string_view text) { return read_entity(text, "vertex"); }
AgEntity read_edge(std::string_view text) { return read_entity(text, "edge"); }

}  // namespace kg::store::detail
