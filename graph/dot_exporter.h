#pragma once
// Graphviz DOT: a digraph with each node drawn by its label's style (graph/dot_styles.tsv),
// named "Name\n(Label)", each edge labelled with its label, and marked nodes and edges drawn
// bold and red. Renders with `dot -Tsvg` without warnings.

#include <filesystem>
#include <map>
#include <string>

#include "graph/exporter.h"

namespace kg::graph {

struct DotStyle {
    std::string shape;
    std::string fillcolor;
};

using DotStyles = std::map<std::string, DotStyle, std::less<>>;  // by node label

// Reads a label, shape, fillcolor file; throws GraphError naming the path and line for a
// missing file or a row without three columns.
DotStyles load_dot_styles(const std::filesystem::path& path);

class DotExporter : public Exporter {
public:
    explicit DotExporter(DotStyles styles) : styles_(std::move(styles)) {}

    void write(const KnowledgeGraph& graph, const Selection& selection,
               std::ostream& out) const override;

private:
    DotStyles styles_;
};

}  // namespace kg::graph
