#include "cli/centrality_command.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/time_window_options.h"
#include "graph/centrality.h"
#include "graph/printable.h"

namespace kg::cli {
namespace {

struct CentralityOptions {
    std::string measure = "degree";
    std::string label;
    std::size_t top = 10;
    graph::TimeWindow window;
};

void print_ranking_json(const graph::KnowledgeGraph& graph, const std::vector<graph::ScoredNode>& ranked,
                        std::string_view measure) {
    print_json(std::cout, [&](graph::JsonWriter& w) {
        w.Key("measure");
        write_text(w, std::string(measure));
        w.Key("ranking");
        w.StartArray();
        for (const auto& scored : ranked) {
            w.StartObject();
            graph::write_entity_members(w, graph.node(scored.node));
            w.Key("score");
            w.Double(scored.score);
            w.EndObject();
        }
        w.EndArray();
    });
}

ExitCode run_centrality(const CentralityOptions& options, const GlobalOptions& global) {
    auto measure = graph::parse_measure(options.measure);
    // The structure alone serves unless a period is asked for, which reads when facts were told.
    auto graph = options.window.open() ? load_graph_structure(global) : load_graph(global, options.window);
    auto ranked = graph::rank_nodes(graph, graph::centrality(graph, measure), {options.label, options.top});
    if (global.json) {
        print_ranking_json(graph, ranked, graph::measure_name(measure));
        return kOk;
    }
    std::cout << fmt::format("{:>4}  {:>10}  {}\n", "rank", graph::measure_name(measure), "entity");
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto& node = graph.node(ranked[i].node);
        std::cout << fmt::format("{:>4}  {:>10.4f}  {} ({})\n", i + 1, ranked[i].score, graph::printable(node.name()),
                                 graph::printable(node.label));
    }
    return kOk;
}

}  // namespace

void add_centrality_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<CentralityOptions>();
    auto* cmd = app.add_subcommand("centrality", "Rank entities by centrality");
    cmd->add_option("--measure", options->measure, "degree, betweenness, pagerank or closeness")
        ->transform(one_of(graph::measure_names()));
    cmd->add_option("--label", options->label, "Only entities with this label (Person, Country, Meeting, ...)")
        ->transform(node_label());
    cmd->add_option("--top", options->top, "How many to list")->check(CLI::PositiveNumber);
    add_time_window_options(*cmd, options->window);
    cmd->callback([options, &global, &result] { result = run_centrality(*options, global); });
}

}  // namespace kg::cli
