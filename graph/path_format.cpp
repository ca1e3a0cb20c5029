#include "graph/path_format.h"

#include <cctype>

#include "graph/json_writer.h"
#include "graph/printable.h"

namespace kg::graph {
namespace {

bool points_forward(const KnowledgeGraph& graph, const Path& path, std::size_t step) {
    return graph.edges()[path.edges[step]].from == graph.node(path.nodes[step]).key;
}

std::string folded_spaces(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// TEXT on one line, each run of spaces one space, control characters written out.
std::string one_line(std::string_view text) { return printable(folded_spaces(text)); }

// The article's file when it has one: what a reader can open.
std::string article_file(const KnowledgeGraph& graph, const std::string& key) {
    auto index = graph.find(key);
    if (!index) return key;
    const Node& article = graph.node(*index);
    if (!article.prop("file").empty()) return article.prop("file");
    if (!article.name().empty()) return article.name();
    return key;
}

void append_node_line(std::string& out, const Node& node) {
    out += one_line(node.name()) + " (" + one_line(node.label) + ")\n";
}

void append_edge_lines(std::string& out, const KnowledgeGraph& graph, const Edge& edge,
                       bool forward, std::size_t shown) {
    std::string arrow = forward ? "  -[" + edge.label + "]->  " : "  <-[" + edge.label + "]-  ";
    const std::string indent(arrow.size(), ' ');
    if (edge.evidence.empty()) {
        out += arrow + "(no evidence)\n";
        return;
    }
    for (std::size_t i = 0; i < edge.evidence.size() && i < shown; ++i) {
        const Evidence& evidence = edge.evidence[i];
        out += (i == 0 ? arrow : indent) + '"' + one_line(evidence.text) + "\" (article " +
               one_line(article_file(graph, evidence.article)) + ")\n";
    }
    if (edge.evidence.size() > shown)
        out += (shown == 0 ? arrow : indent) + "(+" + std::to_string(edge.evidence.size() - shown) +
               " more)\n";
}

void write_path_node(JsonWriter& writer, const Node& node) {
    const std::string owner = "node " + node.key;
    writer.StartObject();
    writer.Key("id");
    write_string(writer, node.key, owner);
    writer.Key("label");
    write_string(writer, node.label, owner);
    writer.Key("name");
    write_string(writer, node.name(), owner);
    writer.EndObject();
}

void write_path_edge(JsonWriter& writer, const KnowledgeGraph& graph, const Edge& edge,
                     bool forward) {
    const std::string owner = "edge " + edge.key();
    writer.StartObject();
    writer.Key("id");
    write_string(writer, edge.key(), owner);
    writer.Key("label");
    write_string(writer, edge.label, owner);
    writer.Key("start");
    write_string(writer, edge.from, owner);
    writer.Key("end");
    write_string(writer, edge.to, owner);
    writer.Key("direction");
    writer.String(forward ? "forward" : "backward");
    writer.Key("evidence");
    writer.StartArray();
    for (const Evidence& evidence : edge.evidence) {
        writer.StartObject();
        write_evidence_fields(writer, evidence, owner);
        writer.Key("file");
        write_string(writer, article_file(graph, evidence.article), owner);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
}

}  // namespace

std::string format_path_text(const KnowledgeGraph& graph, const Path& path,
                             std::size_t evidence_shown) {
    std::string out;
    for (std::size_t i = 0; i < path.nodes.size(); ++i) {
        append_node_line(out, graph.node(path.nodes[i]));
        if (i < path.edges.size())
            append_edge_lines(out, graph, graph.edges()[path.edges[i]],
                              points_forward(graph, path, i), evidence_shown);
    }
    return out;
}

std::string format_path_json(const KnowledgeGraph& graph, const Path& path) {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    writer.StartObject();
    writer.Key("cost");
    writer.Double(path.cost);
    writer.Key("hops");
    writer.Uint64(path.hops());
    writer.Key("nodes");
    writer.StartArray();
    for (auto node : path.nodes) write_path_node(writer, graph.node(node));
    writer.EndArray();
    writer.Key("edges");
    writer.StartArray();
    for (std::size_t i = 0; i < path.edges.size(); ++i)
        write_path_edge(writer, graph, graph.edges()[path.edges[i]],
                        points_forward(graph, path, i));
    writer.EndArray();
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace kg::graph
