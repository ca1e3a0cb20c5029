#include "cli/path_command.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command_error.h"
#include "cli/entity_choice.h"
#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "graph/edge_weights.h"
#include "graph/path_format.h"
#include "graph/paths.h"

namespace kg::cli {
namespace {

struct PathOptions {
    std::string from, to;
    bool all = false;
    std::optional<std::size_t> max_hops;
};

std::vector<graph::Path> find_paths(const graph::KnowledgeGraph& graph, const PathOptions& options) {
    std::size_t from = choose_entity(graph, options.from);
    std::size_t to = choose_entity(graph, options.to);
    auto view = graph::make_graph_view(graph, graph::EdgeWeights::load(graph::EdgeWeights::default_path()));
    graph::PathOptions path_options{options.max_hops, graph::kMaxPaths};
    if (options.all) return graph::all_shortest_paths(view, from, to, path_options);
    auto path = graph::shortest_path(view, from, to, path_options);
    return path ? std::vector<graph::Path>{*path} : std::vector<graph::Path>{};
}

ExitCode run_path(const PathOptions& options, const GlobalOptions& global) {
    auto graph = load_graph(global);
    auto paths = find_paths(graph, options);
    if (paths.empty()) {
        std::string within = options.max_hops ? fmt::format(" within {} hops", *options.max_hops) : "";
        throw CommandError(kNotFound, fmt::format("no path between '{}' and '{}'{}", options.from, options.to, within));
    }
    if (global.json) {
        print_json(std::cout, [&](graph::JsonWriter& w) {
            w.Key("paths");
            w.StartArray();
            for (const auto& path : paths) graph::write_path_json(w, graph, path);
            w.EndArray();
        });
        return kOk;
    }
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (paths.size() > 1) std::cout << fmt::format("Path {} of {}:\n", i + 1, paths.size());
        std::cout << fmt::format("{} hops, cost {}\n", paths[i].hops(), paths[i].cost)
                  << graph::format_path_text(graph, paths[i]) << (i + 1 < paths.size() ? "\n" : "");
    }
    return kOk;
}

}  // namespace

void add_path_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<PathOptions>();
    auto* cmd = app.add_subcommand("path", "Show how two entities are connected, with evidence");
    cmd->add_option("from", options->from, "An entity as you would name it (\"Hayashi\", \"lloyd austin\")")->required();
    cmd->add_option("to", options->to, "Another entity")->required();
    cmd->add_flag("--all", options->all, "Every path as short as the shortest");
    cmd->add_option("--max-hops", options->max_hops, "Only paths of at most N steps")->check(CLI::PositiveNumber);
    cmd->callback([options, &global, &result] { result = run_path(*options, global); });
}

}  // namespace kg::cli
