#include "cli/path_command.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command_error.h"
#include "cli/entity_choice.h"
#include "cli/graph_source.h"
#include "cli/indexed_paths.h"
#include "cli/json_output.h"
#include "graph/edge_weights.h"
#include "graph/path_format.h"
#include "graph/paths.h"

namespace kg::cli {
namespace {

using PathOptions = PathQuery;

// On the AGE store: the whole graph read into memory.
FoundPaths find_loaded_paths(const GlobalOptions& global, const PathQuery& query) {
    FoundPaths found{load_graph(global), {}};
    std::size_t from = choose_entity(found.graph, query.from);
    std::size_t to = choose_entity(found.graph, query.to);
    auto view = graph::make_graph_view(found.graph, graph::EdgeWeights::load(graph::EdgeWeights::default_path()));
    graph::PathOptions path_options{query.max_hops, graph::kMaxPaths};
    if (query.all) {
        found.paths = graph::all_shortest_paths(view, from, to, path_options);
    } else if (auto path = graph::shortest_path(view, from, to, path_options)) {
        found.paths.push_back(std::move(*path));
    }
    return found;
}

ExitCode run_path(const PathOptions& options, const GlobalOptions& global) {
    if (!global.db) require_store(global.store);
    auto [graph, paths] = global.db ? find_loaded_paths(global, options)
                                    : find_indexed_paths(store::EmbeddedStore(global.store, store::OpenMode::existing), options);
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
    cmd->add_option("--max-hops", options->max_hops, "Only paths of at most N steps")
        ->check(CLI::Range(std::size_t{1}, graph::kMaxHops));
    cmd->callback([options, &global, &result] { result = run_path(*options, global); });
}

}  // namespace kg::cli
