#include "store/detail/age_properties.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "graph/iso_date.h"
#include "graph/labels.h"
#include "graph/name_forms.h"
#include "store/store_error.h"

namespace kg::store::detail {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using rapidjson::Value;

constexpr std::string_view kKey = "key";
constexpr std::string_view kEvidence = "evidence";
constexpr std::string_view kYear = "year";
constexpr std::string_view kLow = "_lo";
constexpr std::string_view kHigh = "_hi";
constexpr std::array<std::string_view, 3> kBooleans = {"hedged", "country_inferred", "implied"};
constexpr std::array<std::string_view, 5> kDates = {"date", "published", "as_of", "first_seen", "last_seen"};
constexpr std::array<std::string_view, 2> kDatesWithYear = {"date", "published"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Whether NAME is one AGE writes beside a node's or edge's own properties.
bool is_derived(std::string_view name) {
    if (name == kYear) return true;
    for (auto suffix : {kLow, kHigh})
        if (name.ends_with(suffix) && among(kDates, name.substr(0, name.size() - suffix.size()))) return true;
    return false;
}

void write_string(Writer& writer, std::string_view text) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_key(Writer& writer, std::string_view name) {
    writer.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void check_own(const graph::Properties& props, const std::string& owner, bool edge) {
    for (const auto& [name, value] : props)
        if (name == kKey || (edge && name == kEvidence) || is_derived(name))
            throw StoreError(owner + " has a property named \"" + name +
                             "\", which the AGE store keeps for its own use: rename it in the extraction rules");
}

void write_date(Writer& writer, const std::string& name, const std::string& date) {
    write_key(writer, name);
    write_string(writer, date);
    if (!graph::is_iso_date(date)) return;
    write_key(writer, name + std::string(kLow));
    write_string(writer, graph::first_day(date));
    write_key(writer, name + std::string(kHigh));
    write_string(writer, graph::last_day(date));
    if (among(kDatesWithYear, name)) {
        write_key(writer, kYear);
        writer.Int(std::stoi(date.substr(0, 4)));
    }
}

void write_names(Writer& writer, const graph::Node& node) {
    write_key(writer, graph::kNamesProperty);
    writer.StartArray();
    for (const auto& form : graph::name_forms(node)) write_string(writer, form);
    writer.EndArray();
}

// Writes {"key": KEY and the typed PROPS; the caller closes the object.
void start_properties(Writer& writer, const std::string& key, const graph::Properties& props) {
    writer.StartObject();
    write_key(writer, kKey);
    write_string(writer, key);
    for (const auto& [name, value] : props) {
        if (value.empty() || name == graph::kNamesProperty) continue;
        if (among(kBooleans, name) && (value == "true" || value == "false")) {
            write_key(writer, name);
            writer.Bool(value == "true");
        } else if (among(kDates, name)) {
            write_date(writer, name, value);
        } else {
            write_key(writer, name);
            write_string(writer, value);
        }
    }
}

std::string text_of(const Value& value) {
    if (value.IsString()) return {value.GetString(), value.GetStringLength()};
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

std::string string_member(const Value& object, std::string_view name, const std::string& owner) {
    auto found = object.FindMember(Value(rapidjson::StringRef(name.data(), name.size())));
    if (found == object.MemberEnd() || !found->value.IsString())
        throw StoreError(owner + " has no string \"" + std::string(name) + "\" property");
    return text_of(found->value);
}

std::size_t offset_member(const Value& object, const char* name, const std::string& owner) {
    auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsUint64())
        throw StoreError(owner + "'s evidence has no byte offset \"" + name + "\"");
    return static_cast<std::size_t>(found->value.GetUint64());
}

// The node's or edge's own properties, as strings; what AGE added beside them is left out.
graph::Properties props_from(const Value& properties, bool edge) {
    graph::Properties props;
    for (const auto& [name, value] : properties.GetObject()) {
        const std::string key(name.GetString(), name.GetStringLength());
        if (key == kKey || (edge && key == kEvidence) || is_derived(key)) continue;
        if (key == graph::kNamesProperty && value.IsArray()) {
            std::vector<std::string> forms;
            for (const auto& form : value.GetArray()) forms.push_back(text_of(form));
            graph::set_name_forms(props, forms);
        } else {
            props[key] = text_of(value);
        }
    }
    return props;
}

std::vector<graph::Evidence> evidence_from(const Value& properties, const std::string& owner) {
    std::vector<graph::Evidence> evidence;
    auto found = properties.FindMember(kEvidence.data());
    if (found == properties.MemberEnd()) return evidence;
    if (!found->value.IsArray()) throw StoreError(owner + "'s evidence is not a list");
    for (const auto& item : found->value.GetArray()) {
        if (!item.IsObject()) throw StoreError(owner + "'s evidence holds something other than a map");
        evidence.push_back({string_member(item, "article", owner), offset_member(item, "begin", owner),
                            offset_member(item, "end", owner), string_member(item, "text", owner)});
    }
    return evidence;
}

bool has_names(const graph::Node& node) {
    return node.label == graph::label::kPerson || node.label == graph::label::kOffice ||
           node.props.contains(std::string(graph::kNamesProperty));
}

}  // namespace

ArticleTitles article_titles(const graph::KnowledgeGraph& graph) {
    ArticleTitles titles;
    for (const auto& node : graph.nodes())
        if (node.label == graph::label::kArticle && !node.prop("title").empty()) titles[node.key] = node.prop("title");
    return titles;
}

std::string vertex_properties(const graph::Node& node) {
    check_own(node.props, "node " + node.key, false);
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    start_properties(writer, node.key, node.props);
    if (has_names(node)) write_names(writer, node);
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string edge_properties(const graph::Edge& edge, const ArticleTitles& titles) {
    const std::string key = edge.key();
    check_own(edge.props, "edge " + key, true);
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    start_properties(writer, key, edge.props);
    write_key(writer, kEvidence);
    writer.StartArray();
    for (const auto& evidence : edge.evidence) {
        writer.StartObject();
        write_key(writer, "article");
        write_string(writer, evidence.article);
        if (auto title = titles.find(evidence.article); title != titles.end()) {
            write_key(writer, "title");
            write_string(writer, title->second);
        }
        writer.Key("begin");
        writer.Uint64(evidence.begin);
        writer.Key("end");
        writer.Uint64(evidence.end);
        write_key(writer, "text");
        write_string(writer, evidence.text);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

graph::Node node_from(const AgEntity& vertex) {
    const std::string owner = "vertex " + std::to_string(vertex.id);
    return {string_member(vertex.properties, kKey, owner), vertex.label, props_from(vertex.properties, false)};
}

graph::Edge edge_from(const AgEntity& edge, std::string from, std::string to) {
    const std::string owner = "edge " + std::to_string(edge.id);
    return {edge.label, std::move(from), std::move(to), props_from(edge.properties, true),
            evidence_from(edge.properties, owner)};
}

}  // namespace kg::store::detail
