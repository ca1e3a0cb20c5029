#include "graph/path_format.h"

#include "graph/evidence_output.h"
#include "graph/graph_view.h"

namespace kg::graph {
namespace {

bool points_forward(const KnowledgeGraph& graph, const Path& path, std::size_t step) {
    return graph.edges()[path.edges[step]].from == graph.node(path.nodes[step]).key;
}

void append_node_line(std::string& out, const Node& node) {
    out += one_line(node.name()) + " (" + node.label + ")\n";
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

void write_path_edge(JsonWriter& writer, const KnowledgeGraph& graph, const Edge& edge,
                     bool forward) {
    const std::string owner = "edge " + edge.key();
    writer.StartObject();
    writer.Key("id");
    write_string(writer, edge.key(), owner);
    writer.Key("label");
    write_string(writer, edge.label, owner);
    auto [from, to] = endpoints(graph, edge);
    writer.Key("start");
    write_node_reference(writer, graph.node(from));
    writer.Key("end");
    write_node_reference(writer, graph.node(to));
    writer.Key("direction");
    writer.String(forward ? "forward" : "backward");
    writer.Key("evidence");
    writer.StartArray();
    for (const Evidence& evidence : edge.evidence) write_evidence_json(writer, graph, evidence, owner);
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

void write_path_json(JsonWriter& writer, const KnowledgeGraph& graph, const Path& path) {
    writer.StartObject();
    writer.Key("cost");
    writer.Double(path.cost);
    writer.Key("hops");
    writer.Uint64(path.hops());
    writer.Key("nodes");
    writer.StartArray();
    for (auto node : path.nodes) write_entity(writer, graph.node(node));
    writer.EndArray();
    writer.Key("edges");
    writer.StartArray();
    for (std::size_t i = 0; i < path.edges.size(); ++i)
        write_path_edge(writer, graph, graph.edges()[path.edges[i]],
                        points_forward(graph, path, i));
    writer.EndArray();
    writer.EndObject();
}

}  // namespace kg::graph
