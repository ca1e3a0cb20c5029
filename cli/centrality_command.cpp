#include "cli/centrality_command.h"

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>
#include <memory>

#include "cli/graph_source.h"
#include "cli/option_checks.h"
#include "graph/centrality.h"

namespace kg::cli {
namespace {

struct CentralityOptions {
    std::string measure = "degree";
    std::string label;
    std::size_t top = 10;
    bool json = false;
};

std::string as_json(const graph::KnowledgeGraph& graph, const std::vector<graph::ScoredNode>& ranked,
                    std::string_view measure) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("measure");
    w.String(measure.data(), static_cast<rapidjson::SizeType>(measure.size()));
    w.Key("ranking");
    w.StartArray();
    for (const auto& scored : ranked) {
        const auto& node = graph.node(scored.node);
        w.StartObject();
        w.Key("id");
        w.String(node.key.c_str());
        w.Key("label");
        w.String(node.label.c_str());
        w.Key("name");
        w.String(node.name().c_str());
        w.Key("score");
        w.Double(scored.score);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return buffer.GetString();
}

ExitCode run_centrality(const CentralityOptions& options, const GlobalOptions& global) {
    auto measure = graph::parse_measure(options.measure);
    auto graph = load_graph(global);
    auto ranked = graph::rank_nodes(graph, graph::centrality(graph, measure), {options.label, options.top});
    if (options.json) {
        std::cout << as_json(graph, ranked, graph::measure_name(measure)) << '\n';
        return kOk;
    }
    std::cout << fmt::format("{:>4}  {:>10}  {}\n", "rank", graph::measure_name(measure), "entity");
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto& node = graph.node(ranked[i].node);
        std::cout << fmt::format("{:>4}  {:>10.4f}  {} ({})\n", i + 1, ranked[i].score, node.name(), node.label);
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
    cmd->add_flag("--json", options->json, "JSON instead of a table");
    cmd->callback([options, &global, &result] { result = run_centrality(*options, global); });
}

}  // namespace kg::cli
