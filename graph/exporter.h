#pragma once
// Writes a selection of the graph in a file format chosen by name ("dot", "json").

#include <filesystem>
#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "graph/data_file.h"
#include "graph/knowledge_graph.h"
#include "graph/subgraph.h"

namespace kg::graph {

struct ExportOptions {
    std::filesystem::path dot_styles = default_data_file("dot_styles.tsv");
};

class Exporter {
public:
    virtual ~Exporter() = default;
    // Writes the selected nodes and edges of GRAPH to OUT.
    virtual void write(const KnowledgeGraph& graph, const Selection& selection,
                       std::ostream& out) const = 0;
};

// The format names make_exporter knows, in the order to list them.
std::vector<std::string_view> export_formats();

// Throws GraphError listing the known formats for any other name, and whatever the format's
// data files throw (a missing dot_styles.tsv).
std::unique_ptr<Exporter> make_exporter(std::string_view format, const ExportOptions& options = {});

// make_exporter(format, options)->write(graph, selection, out).
void export_graph(std::string_view format, const KnowledgeGraph& graph, const Selection& selection,
                  std::ostream& out, const ExportOptions& options = {});

}  // namespace kg::graph
