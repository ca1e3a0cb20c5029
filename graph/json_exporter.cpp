#include "graph/json_exporter.h"

#include "graph/graph_view.h"
#include "graph/json_writer.h"

namespace kg::graph {
namespace {

void write_node(JsonWriter& writer, const Node& node) {
    const std::string owner = "node " + node.key;
    writer.StartObject();
    writer.Key("type");
    writer.String("node");
    write_id_and_labels(writer, node);
    writer.Key("properties");
    writer.StartObject();
    writer.Key("key");
    write_string(writer, node.key, owner);
    Properties props = node.props;
    props.erase("key");
    write_properties(writer, props, owner);
    writer.EndObject();
    writer.EndObject();
}

void write_relationship(JsonWriter& writer, const KnowledgeGraph& graph, const Edge& edge) {
    const std::string owner = "edge " + edge.key();
    writer.StartObject();
    writer.Key("type");
    writer.String("relationship");
    writer.Key("id");
    write_string(writer, edge.key(), owner);
    writer.Key("label");
    write_string(writer, edge.label, owner);
    auto [from, to] = endpoints(graph, edge);
    writer.Key("start");
    write_node_reference(writer, graph.node(from));
    writer.Key("end");
    write_node_reference(writer, graph.node(to));
    writer.Key("properties");
    writer.StartObject();
    Properties props = edge.props;
    props.erase("evidence");
    write_properties(writer, props, owner);
    writer.Key("evidence");
    writer.StartArray();
    for (const Evidence& evidence : edge.evidence) {
        writer.StartObject();
        write_evidence_fields(writer, evidence, owner);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    writer.EndObject();
}

template <class Write>
void write_line(std::ostream& out, Write write) {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    write(writer);
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    out << '\n';
}

}  // namespace

void JsonExporter::write(const KnowledgeGraph& graph, const Selection& selection,
                         std::ostream& out) const {
    check_selection(graph, selection);
    for (std::size_t i = 0; i < graph.nodes().size(); ++i)
        if (selection.nodes[i])
            write_line(out, [&](JsonWriter& w) { write_node(w, graph.node(i)); });
    for (std::size_t i = 0; i < graph.edges().size(); ++i)
        if (selection.edges[i])
            write_line(out, [&](JsonWriter& w) { write_relationship(w, graph, graph.edges()[i]); });
}

}  // namespace kg::graph
