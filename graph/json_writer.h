#pragma once
// RapidJSON writing shared by the JSON exporter and the JSON form of paths: strings are checked
// to be UTF-8, so a bad byte fails loudly instead of making a file no JSON reader accepts.

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string_view>

#include "graph/model.h"

namespace kg::graph {

using JsonWriter =
    rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                      rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

// Writes TEXT as a JSON string; throws GraphError naming OWNER ("node <key>", "edge <key>")
// when TEXT is not UTF-8.
void write_string(JsonWriter& writer, std::string_view text, std::string_view owner);

// Writes each property as a member of the object being written.
void write_properties(JsonWriter& writer, const Properties& props, std::string_view owner);

// Writes the members id (the node's key) and labels ([its label]) of the object being written.
void write_id_and_labels(JsonWriter& writer, const Node& node);

// Writes a node as the export refers to an edge's ends: {"id": key, "labels": [label]}.
void write_node_reference(JsonWriter& writer, const Node& node);

// Writes a node as kg's JSON output names an entity: {"id": key, "labels": [label], "name": name};
// write_entity_members writes those members into the object being written.
void write_entity(JsonWriter& writer, const Node& node);
void write_entity_members(JsonWriter& writer, const Node& node);

// Writes the members article, begin, end and text of the object being written.
void write_evidence_fields(JsonWriter& writer, const Evidence& evidence, std::string_view owner);

}  // namespace kg::graph
