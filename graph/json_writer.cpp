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
