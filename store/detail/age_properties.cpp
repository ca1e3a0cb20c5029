#include "store/detail/age_properties.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "store/store_error.h"

namespace kg::store::detail {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using rapidjson::Value;

constexpr const char* kKey = "key";
constexpr const char* kEvidence = "evidence";

void write_string(Writer& writer, const std::string& text) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_field(Writer& writer, const std::string& name, const std::string& value) {
    writer.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
    write_string(writer, value);
}

void check_not_reserved(const graph::Properties& props, const char* name, const std::string& owner) {
    if (props.contains(name))
        throw StoreError(owner + " has a property named \"" + name +
                         "\", which the AGE store keeps for its own use: rename it in the extraction rules");
}

// Writes {"key": KEY, props...; the caller closes the object.
void start_properties(Writer& writer, const std::string& key, const graph::Properties& props) {
    writer.StartObject();
    write_field(writer, kKey, key);
    for (const auto& [name, value] : props) write_field(writer, name, value);
}

std::string text_of(const Value& value) {
    if (value.IsString()) return {value.GetString(), value.GetStringLength()};
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

std::string string_member(const Value& object, const char* name, const std::string& owner) {
    auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsString())
        throw StoreError(owner + " has no string \"" + name + "\" property");
    return text_of(found->value);
}

std::size_t offset_member(const Value& object, const char* name, const std::string& owner) {
    auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsUint64())
        throw StoreError(owner + "'s evidence has no byte offset \"" + name + "\"");
    return static_cast<std::size_t>(found->value.GetUint64());
}

graph::Properties props_except(const Value& properties, std::initializer_list<std::string_view> reserved) {
    graph::Properties props;
    for (const auto& [name, value] : properties.GetObject()) {
        std::string key(name.GetString(), name.GetStringLength());
        if (std::find(reserved.begin(), reserved.end(), key) == reserved.end()) props[key] = text_of(value);
    }
    return props;
}

std::vector<graph::Evidence> evidence_from(const Value& properties, const std::string& owner) {
    std::vector<graph::Evidence> evidence;
    auto found = properties.FindMember(kEvidence);
    if (found == properties.MemberEnd()) return evidence;
    if (!found->value.IsArray()) throw StoreError(owner + "'s evidence is not a list");
    for (const auto& item : found->value.GetArray()) {
        if (!item.IsObject()) throw StoreError(owner + "'s evidence holds something other than a map");
        evidence.push_back({string_member(item, "article", owner), offset_member(item, "begin", owner),
                            offset_member(item, "end", owner), string_member(item, "text", owner)});
    }
    return evidence;
}

}  // namespace

std::string vertex_properties(const graph::Node& node) {
    check_not_reserved(node.props, kKey, "node " + node.key);
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    start_properties(writer, node.key, node.props);
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string edge_properties(const graph::Edge& edge) {
    const std::string key = edge.key();
    check_not_reserved(edge.props, kKey, "edge " + key);
    check_not_reserved(edge.props, kEvidence, "edge " + key);
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    start_properties(writer, key, edge.props);
    writer.Key(kEvidence);
    writer.StartArray();
    for (const auto& evidence : edge.evidence) {
        writer.StartObject();
        write_field(writer, "article", evidence.article);
        writer.Key("begin");
        writer.Uint64(evidence.begin);
        writer.Key("end");
        writer.Uint64(evidence.end);
        write_field(writer, "text", evidence.text);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

graph::Node node_from(const AgEntity& vertex) {
    const std::string owner = "vertex " + std::to_string(vertex.id);
    return {string_member(vertex.properties, kKey, owner), vertex.label, props_except(vertex.properties, {kKey})};
}

graph::Edge edge_from(const AgEntity& edge, std::string from, std::string to) {
    const std::string owner = "edge " + std::to_string(edge.id);
    return {edge.label, std::move(from), std::move(to), props_except(edge.properties, {kKey, kEvidence}),
            evidence_from(edge.properties, owner)};
}

}  // namespace kg::store::detail
