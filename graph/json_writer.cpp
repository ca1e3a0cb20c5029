#include "graph/json_writer.h"

#include <string>

#include "graph/graph_error.h"

namespace kg::graph {

void write_string(JsonWriter& writer, std::string_view text, std::string_view owner) {
    if (!writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size())))
        throw GraphError(std::string(owner) +
                         " holds text that is not UTF-8: re-ingest the "
                         "article it came from");
}

void write_properties(JsonWriter& writer, const Properties& props, std::string_view owner) {
    for (const auto& [name, value] : props) {
        write_string(writer, name, owner);
        write_string(writer, value, owner);
    }
}

void write_id_and_labels(JsonWriter& writer, const Node& node) {
    const std::string owner = "node " + node.key;
    writer.Key("id");
    write_string(writer, node.key, owner);
    writer.Key("labels");
    writer.StartArray();
    write_string(writer, node.label, owner);
    writer.EndArray();
}

void write_node_reference(JsonWriter& writer, const Node& node) {
    writer.StartObject();
    write_id_and_labels(writer, node);
    writer.EndObject();
}

void write_entity_members(JsonWriter& writer, const Node& node) {
    write_id_and_labels(writer, node);
    writer.Key("name");
    write_string(writer, node.name(), "node " + node.key);
}

void write_entity(JsonWriter& writer, const Node& node) {
    writer.StartObject();
    write_entity_members(writer, node);
    writer.EndObject();
}

void write_evidence_fields(JsonWriter& writer, const Evidence& evidence, std::string_view owner) {
    writer.Key("article");
    write_string(writer, evidence.article, owner);
    writer.Key("begin");
    writer.Uint64(evidence.begin);
    writer.Key("end");
    writer.Uint64(evidence.end);
    writer.Key("text");
    write_string(writer, evidence.text, owner);
}

}  // namespace kg::graph
