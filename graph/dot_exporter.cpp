#include "graph/dot_exporter.h"

#include <ostream>

#include "graph/data_file.h"
#include "graph/graph_error.h"
#include "graph/graph_view.h"

namespace kg::graph {
namespace {

constexpr std::string_view kMarkedNode = ", color=red, penwidth=2, style=\"filled,bold\"";
constexpr std::string_view kMarkedEdge = ", color=red, fontcolor=red, penwidth=2, style=bold";

// TEXT for inside a DOT quoted string. Quotes and backslashes are escaped (Graphviz reads "\\"
// in a label as one backslash); a line break becomes "\n", Graphviz's centred line break;
// other control characters become spaces. UTF-8 passes through: the graph declares its charset.
std::string escaped(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n' || c == '\r') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::string dot_string(std::string_view text) { return '"' + escaped(text) + '"'; }

// "Name\n(Label)": the line break between them is DOT's, added after escaping.
std::string node_label(const Node& node) {
    return '"' + escaped(node.name()) + "\\n(" + escaped(node.label) + ")\"";
}

}  // namespace

DotStyles load_dot_styles(const std::filesystem::path& path) {
    DotStyles styles;
    for (const auto& row : read_data_file(path)) {
        if (row.columns.size() < 3 || row.columns[1].empty() || row.columns[2].empty())
            throw GraphError(path.string() + ":" + std::to_string(row.line) +
                             ": expected a label, a shape and a fill colour, separated by tabs");
        styles[row.columns[0]] = {row.columns[1], row.columns[2]};
    }
    return styles;
}

void DotExporter::write(const KnowledgeGraph& graph, const Selection& selection,
                        std::ostream& out) const {
    check_selection(graph, selection);
    out << "digraph kg {\n  charset=\"UTF-8\";\n  node [style=filled];\n";
    for (std::size_t i = 0; i < graph.nodes().size(); ++i) {
        if (!selection.nodes[i]) continue;
        const Node& node = graph.node(i);
        out << "  " << dot_string(node.key) << " [label=" << node_label(node);
        if (auto style = styles_.find(node.label); style != styles_.end())
            out << ", shape=" << dot_string(style->second.shape)
                << ", fillcolor=" << dot_string(style->second.fillcolor);
        if (selection.marked_nodes[i]) out << kMarkedNode;
        out << "];\n";
    }
    for (std::size_t i = 0; i < graph.edges().size(); ++i) {
        if (!selection.edges[i]) continue;
        const Edge& edge = graph.edges()[i];
        auto [from, to] = endpoints(graph, edge);
        out << "  " << dot_string(graph.node(from).key) << " -> " << dot_string(graph.node(to).key)
            << " [label=" << dot_string(edge.label);
        if (selection.marked_edges[i]) out << kMarkedEdge;
        out << "];\n";
    }
    out << "}\n";
}

}  // namespace kg::graph
