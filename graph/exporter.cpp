#include "graph/exporter.h"

#include <array>
#include <string>

#include "graph/dot_exporter.h"
#include "graph/graph_error.h"
#include "graph/json_exporter.h"

namespace kg::graph {
namespace {

struct Format {
    std::string_view name;
    std::unique_ptr<Exporter> (*make)(const ExportOptions&);
};

std::unique_ptr<Exporter> make_dot(const ExportOptions& options) {
    return std::make_unique<DotExporter>(load_dot_styles(options.dot_styles));
}

std::unique_ptr<Exporter> make_json(const ExportOptions&) {
    return std::make_unique<JsonExporter>();
}

constexpr std::array kFormats = {Format{"dot", make_dot}, Format{"json", make_json}};

}  // namespace

std::vector<std::string_view> export_formats() {
    std::vector<std::string_view> names;
    for (const auto& format : kFormats) names.push_back(format.name);
    return names;
}

std::unique_ptr<Exporter> make_exporter(std::string_view format, const ExportOptions& options) {
    std::string known;
    for (const auto& entry : kFormats) {
        if (entry.name == format) return entry.make(options);
        known += known.empty() ? "" : ", ";
        known += entry.name;
    }
    throw GraphError("unknown export format '" + std::string(format) + "': use one of " + known);
}

void export_graph(std::string_view format, const KnowledgeGraph& graph, const Selection& selection,
                  std::ostream& out, const ExportOptions& options) {
    make_exporter(format, options)->write(graph, selection, out);
}

}  // namespace kg::graph
