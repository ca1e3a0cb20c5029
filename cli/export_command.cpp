#include "cli/export_command.h"

#include <fmt/format.h>

#include <memory>
#include <optional>

#include "cli/command_error.h"
#include "cli/entity_choice.h"
#include "cli/graph_source.h"
#include "cli/output_file.h"
#include "cli/option_checks.h"
#include "cli/time_window_options.h"
#include "graph/edge_weights.h"
#include "graph/exporter.h"
#include "graph/paths.h"
#include "graph/subgraph.h"

namespace kg::cli {
namespace {

struct ExportOptions {
    std::optional<std::string> format;  // default dot
    std::vector<std::string> path;  // two names
    std::string around;
    std::size_t hops = 1;
    std::filesystem::path output;
    graph::TimeWindow window;
};

std::vector<graph::Path> paths_between(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
    std::size_t from = choose_entity(graph, options.path[0]);
    std::size_t to = choose_entity(graph, options.path[1]);
    auto view = graph::make_graph_view(graph, graph::EdgeWeights::load(graph::EdgeWeights::default_path()));
    auto paths = graph::all_shortest_paths(view, from, to);
    if (paths.empty())
        throw CommandError(kNotFound, fmt::format("no path between '{}' and '{}'", options.path[0], options.path[1]));
    return paths;
}

graph::Selection selection(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
    if (!options.around.empty()) {
        auto selected = graph::select_ego(graph, choose_entity(graph, options.around), options.hops);
        if (!options.path.empty()) graph::highlight_paths(selected, paths_between(graph, options));
        return selected;
    }
    auto selected = graph::select_all(graph);
    if (!options.path.empty()) graph::highlight_paths(selected, paths_between(graph, options));
    return selected;
}

// --json asks for the JSON export, which --format may not contradict.
std::string format(const ExportOptions& options, const GlobalOptions& global) {
    if (!global.json) return options.format.value_or("dot");
    if (options.format.value_or("json") != "json")
        throw CommandError(kUsage, "--json writes the JSON export: leave out --format " + *options.format);
    return "json";
}

ExitCode run_export(const ExportOptions& options, const GlobalOptions& global) {
    auto exporter = graph::make_exporter(format(options, global));
    auto graph = load_graph(global, options.window);
    auto selected = selection(graph, options);
    write_output(options.output, [&](std::ostream& out) { exporter->write(graph, selected, out); });
    return kOk;
}

}  // namespace

void add_export_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<ExportOptions>();
    auto* cmd = app.add_subcommand("export", "Write the graph as Graphviz DOT or JSON Lines (APOC export.json layout)");
    cmd->add_option("--format", options->format, "dot (the default) or json (as --json)")->transform(one_of(graph::export_formats()));
    cmd->add_option("--path", options->path, "Highlight the shortest paths between two entities")->expected(2);
    cmd->add_option("--around", options->around, "Only the entities within --hops of this one");
    cmd->add_option("--hops", options->hops, "With --around: how far to reach (default 1)")
        ->check(CLI::Range(std::size_t{0}, graph::kMaxHops));
    cmd->add_option("-o,--output", options->output, "Write to this file, whole or not at all, instead of standard output (-)");
    add_time_window_options(*cmd, options->window);
    cmd->callback([options, &global, &result] { result = run_export(*options, global); });
}

}  // namespace kg::cli
