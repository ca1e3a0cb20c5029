#include "store/fact_codec.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/json_reader.h"
#include "store/store_error.h"

namespace kg::store {
namespace {

using graph::ArticleFacts;
using graph::Edge;
using graph::Evidence;
using graph::Node;
using graph::Properties;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using rapidjson::Value;

constexpr const char* kFormatName = "kg-article-facts";

// RapidJSON writes strings with their length, so NUL bytes and any other bytes survive.
void write_string(Writer& writer, const std::string& text) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_key(Writer& writer, const std::string& key) {
    writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void write_props(Writer& writer, const Properties& props) {
    writer.StartObject();
    for (const auto& [name, value] : props) {
        write_key(writer, name);
        write_string(writer, value);
    }
    writer.EndObject();
}

void write_node(Writer& writer, const Node& node) {
    writer.StartObject();
    writer.Key("key");
    write_string(writer, node.key);
    writer.Key("label");
    write_string(writer, node.label);
    writer.Key("props");
    write_props(writer, node.props);
    writer.EndObject();
}

void write_evidence(Writer& writer, const Evidence& evidence) {
    writer.StartObject();
    writer.Key("article");
    write_string(writer, evidence.article);
    writer.Key("begin");
    writer.Uint64(evidence.begin);
    writer.Key("end");
    writer.Uint64(evidence.end);
    writer.Key("text");
    write_string(writer, evidence.text);
    writer.EndObject();
}

void write_edge(Writer& writer, const Edge& edge) {
    writer.StartObject();
    writer.Key("label");
    write_string(writer, edge.label);
    writer.Key("from");
    write_string(writer, edge.from);
    writer.Key("to");
    write_string(writer, edge.to);
    writer.Key("props");
    write_props(writer, edge.props);
    writer.Key("evidence");
    writer.StartArray();
    for (const auto& evidence : edge.evidence) write_evidence(writer, evidence);
    writer.EndArray();
    writer.EndObject();
}

// Decoding: each reader names the place of a bad value ("edges[2].evidence[0].begin").

const Value& member(const Value& object, const char* name, const std::string& where) {
    auto found = object.FindMember(name);
    if (found == object.MemberEnd()) throw StoreError(fmt::format("{} has no \"{}\"", where, name));
    return found->value;
}

std::string read_string(const Value& value, const std::string& where) {
    if (!value.IsString()) throw StoreError(where + " is not a string");
    return {value.GetString(), value.GetStringLength()};
}

std::size_t read_size(const Value& value, const std::string& where) {
    if (!value.IsUint64()) throw StoreError(where + " is not a byte offset");
    return static_cast<std::size_t>(value.GetUint64());
}

const Value& read_object(const Value& value, const std::string& where) {
    if (!value.IsObject()) throw StoreError(where + " is not an object");
    return value;
}

Value::ConstArray read_array(const Value& value, const std::string& where) {
    if (!value.IsArray()) throw StoreError(where + " is not an array");
    return value.GetArray();
}

std::string field(const Value& object, const char* name, const std::string& where) {
    return read_string(member(object, name, where), where + '.' + name);
}

Properties read_props(const Value& value, const std::string& where) {
    Properties props;
    for (const auto& [name, text] : read_object(value, where).GetObject()) {
        std::string key(name.GetString(), name.GetStringLength());
        props[key] = read_string(text, where + '.' + key);
    }
    return props;
}

Node read_node(const Value& value, const std::string& where) {
    read_object(value, where);
    return {field(value, "key", where), field(value, "label", where),
            read_props(member(value, "props", where), where + ".props")};
}

Evidence read_evidence(const Value& value, const std::string& where) {
    read_object(value, where);
    return {field(value, "article", where), read_size(member(value, "begin", where), where + ".begin"),
            read_size(member(value, "end", where), where + ".end"), field(value, "text", where)};
}

Edge read_edge(const Value& value, const std::string& where) {
    read_object(value, where);
    Edge edge{field(value, "label", where),
              field(value, "from", where),
              field(value, "to", where),
              read_props(member(value, "props", where), where + ".props"),
              {}};
    const std::string evidence_where = where + ".evidence";
    for (const auto& evidence : read_array(member(value, "evidence", where), evidence_where))
        edge.evidence.push_back(
            read_evidence(evidence, fmt::format("{}[{}]", evidence_where, edge.evidence.size())));
    return edge;
}

void check_version(const Value& document) {
    auto format = document.FindMember("format");
    if (format == document.MemberEnd() || !format->value.IsString() ||
        format->value.GetString() != std::string(kFormatName))
        throw StoreError(fmt::format("not a kg fact document (no \"format\":\"{}\")", kFormatName));
    const Value& version = member(document, "version", "the document");
    if (!version.IsInt() || version.GetInt() != kFactFormatVersion)
        throw StoreError(fmt::format("fact format version {} is not the one this kg reads ({})",
                                     version.IsInt() ? std::to_string(version.GetInt()) : "unknown",
                                     kFactFormatVersion));
}

rapidjson::Document parsed(std::string_view json) {
    rapidjson::Document document;
    if (auto error = graph::parse_json(document, json))
        throw StoreError(fmt::format("not valid JSON: {} at byte {}", error->what, error->offset));
    return document;
}

}  // namespace

std::string encode_properties(const Properties& props) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    write_props(writer, props);
    return {buffer.GetString(), buffer.GetSize()};
}

Properties decode_properties(std::string_view json) { return read_props(parsed(json), "properties"); }

std::string encode_evidence(const std::vector<Evidence>& evidence) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartArray();
    for (const auto& item : evidence) write_evidence(writer, item);
    writer.EndArray();
    return {buffer.GetString(), buffer.GetSize()};
}

std::vector<Evidence> decode_evidence(std::string_view json) {
    const auto document = parsed(json);
    std::vector<Evidence> evidence;
    for (const auto& item : read_array(document, "evidence"))
        evidence.push_back(read_evidence(item, fmt::format("evidence[{}]", evidence.size())));
    return evidence;
}

std::string encode_facts(const ArticleFacts& facts) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartObject();
    writer.Key("format");
    writer.String(kFormatName);
    writer.Key("version");
    writer.Int(kFactFormatVersion);
    writer.Key("article");
    write_node(writer, facts.article);
    writer.Key("nodes");
    writer.StartArray();
    for (const auto& node : facts.nodes) write_node(writer, node);
    writer.EndArray();
    writer.Key("edges");
    writer.StartArray();
    for (const auto& edge : facts.edges) write_edge(writer, edge);
    writer.EndArray();
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

ArticleFacts decode_facts(std::string_view json) {
    const auto document = parsed(json);
    read_object(document, "the document");
    check_version(document);

    ArticleFacts facts;
    facts.article = read_node(member(document, "article", "the document"), "article");
    for (const auto& node : read_array(member(document, "nodes", "the document"), "nodes"))
        facts.nodes.push_back(read_node(node, fmt::format("nodes[{}]", facts.nodes.size())));
    for (const auto& edge : read_array(member(document, "edges", "the document"), "edges"))
        facts.edges.push_back(read_edge(edge, fmt::format("edges[{}]", facts.edges.size())));
    return facts;
}

}  // namespace kg::store
