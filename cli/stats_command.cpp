#include "cli/stats_command.h"

#include <fmt/format.h>

#include <iostream>
#include <numeric>

#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "graph/graph_stats.h"

namespace kg::cli {
namespace {

std::size_t total(const std::map<std::string, std::size_t>& counts) {
    return std::accumulate(counts.begin(), counts.end(), std::size_t{0},
                           [](std::size_t sum, const auto& entry) { return sum + entry.second; });
}

std::string source_name(const std::string& source) { return source.empty() ? "(not given)" : source; }

void print_counts(const char* what, const std::map<std::string, std::size_t>& counts) {
    std::cout << fmt::format("{:<9}{:>6}\n", what, total(counts));
    for (const auto& [label, count] : counts) std::cout << fmt::format("{:>15}  {}\n", count, label);
}

void print_text(const graph::GraphStats& stats) {
    std::string published = stats.first_published.empty()
                                ? "none dated"
                                : fmt::format("published {} to {}", stats.first_published, stats.last_published);
    std::cout << fmt::format("{:<9}{:>6}  {}; {} undated\n", "articles", stats.articles, published, stats.undated);
    std::cout << "sources\n";
    for (const auto& [source, count] : stats.sources)
        std::cout << fmt::format("{:>15}  {}\n", count, source_name(source));
    print_counts("nodes", stats.nodes_by_label);
    print_counts("edges", stats.edges_by_label);
}

void write_counts(graph::JsonWriter& w, const std::map<std::string, std::size_t>& counts) {
    w.StartObject();
    for (const auto& [label, count] : counts) {
        write_text(w, label);
        w.Uint64(count);
    }
    w.EndObject();
}

void print_json_stats(const graph::GraphStats& stats) {
    print_json(std::cout, [&](graph::JsonWriter& w) {
        w.Key("articles");
        w.Uint64(stats.articles);
        w.Key("published");
        w.StartObject();
        w.Key("first");
        write_text_or_null(w, stats.first_published);
        w.Key("last");
        write_text_or_null(w, stats.last_published);
        w.Key("undated");
        w.Uint64(stats.undated);
        w.EndObject();
        w.Key("sources");
        w.StartArray();
        for (const auto& [source, count] : stats.sources) {
            w.StartObject();
            w.Key("source");
            write_text_or_null(w, source);
            w.Key("articles");
            w.Uint64(count);
            w.EndObject();
        }
        w.EndArray();
        w.Key("nodes");
        write_counts(w, stats.nodes_by_label);
        w.Key("edges");
        write_counts(w, stats.edges_by_label);
    });
}

ExitCode run_stats(const GlobalOptions& global) {
    const auto stats = graph::graph_stats(load_graph(global));
    if (global.json)
        print_json_stats(stats);
    else
        print_text(stats);
    return kOk;
}

}  // namespace

void add_stats_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto* cmd = app.add_subcommand("stats", "Count the articles (with their dates and sources), nodes and edges");
    cmd->callback([&global, &result] { result = run_stats(global); });
}

}  // namespace kg::cli
