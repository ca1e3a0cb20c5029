#include "cli/show_command.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/entity_choice.h"
#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "graph/entity_facts.h"
#include "graph/evidence_output.h"
#include "graph/name_forms.h"
#include "graph/path_format.h"

namespace kg::cli {
namespace {

struct ShowOptions {
    std::string name;
};

// "k: v; k: v" for the properties a reader has not seen yet on the line (all but SKIPPED).
std::string properties_text(const graph::Properties& props, std::initializer_list<std::string_view> skipped) {
    std::string text;
    for (const auto& [name, value] : props) {
        if (value.empty() || std::find(skipped.begin(), skipped.end(), name) != skipped.end()) continue;
        text += fmt::format("{}{}: {}", text.empty() ? "" : "; ", name, graph::one_line(value));
    }
    return text;
}

std::string seen_text(const graph::Edge& edge) {
    const std::string& first = edge.prop("first_seen");
    const std::string& last = edge.prop("last_seen");
    if (first.empty()) return "date unknown";
    return first == last ? "seen " + first : fmt::format("seen {} to {}", first, last);
}

void print_fact(const graph::KnowledgeGraph& graph, const graph::Edge& edge, std::size_t entity) {
    const auto& other = graph.node(graph::other_end(graph, edge, entity));
    std::string extra = properties_text(edge.props, {"first_seen", "last_seen"});
    std::cout << fmt::format("  {} ({})  {}{}\n", graph::one_line(other.name()), other.label, seen_text(edge),
                             extra.empty() ? "" : "; " + extra);
    for (std::size_t i = 0; i < edge.evidence.size() && i < graph::kEvidenceShown; ++i)
        std::cout << fmt::format("    \"{}\" (article {})\n", graph::one_line(edge.evidence[i].text),
                                 graph::article_file(graph, edge.evidence[i].article));
    if (edge.evidence.size() > graph::kEvidenceShown)
        std::cout << fmt::format("    (+{} more)\n", edge.evidence.size() - graph::kEvidenceShown);
}

void print_text(const graph::KnowledgeGraph& graph, std::size_t entity, const std::vector<graph::FactGroup>& groups) {
    const auto& node = graph.node(entity);
    std::cout << fmt::format("{} ({})  key: {}\n", graph::one_line(node.name()), node.label, node.key);
    if (auto forms = graph::name_forms(node); forms.size() > 1)
        std::cout << "  written as: " << fmt::format("{}", fmt::join(forms, ", ")) << "\n";
    if (auto props = properties_text(node.props, {"name", graph::kNamesProperty}); !props.empty())
        std::cout << "  " << props << "\n";
    for (const auto& group : groups) {
        std::cout << fmt::format("\n{} ({})\n", group.outgoing ? group.label + " ->" : "<- " + group.label,
                                 group.edges.size());
        for (auto e : group.edges) print_fact(graph, graph.edges()[e], entity);
    }
}

void write_properties_object(graph::JsonWriter& w, const graph::Properties& props, const std::string& owner) {
    w.Key("properties");
    w.StartObject();
    graph::write_properties(w, props, owner);
    w.EndObject();
}

void print_json_facts(const graph::KnowledgeGraph& graph, std::size_t entity,
                      const std::vector<graph::FactGroup>& groups) {
    const auto& node = graph.node(entity);
    print_json(std::cout, [&](graph::JsonWriter& w) {
        w.Key("entity");
        w.StartObject();
        graph::write_entity_members(w, node);
        write_properties_object(w, node.props, "node " + node.key);
        w.EndObject();
        w.Key("groups");
        w.StartArray();
        for (const auto& group : groups) {
            w.StartObject();
            w.Key("label");
            write_text(w, group.label);
            w.Key("direction");
            w.String(group.outgoing ? "outgoing" : "incoming");
            w.Key("facts");
            w.StartArray();
            for (auto e : group.edges) {
                const auto& edge = graph.edges()[e];
                const std::string owner = "edge " + edge.key();
                w.StartObject();
                w.Key("id");
                graph::write_string(w, edge.key(), owner);
                w.Key("other");
                graph::write_entity(w, graph.node(graph::other_end(graph, edge, entity)));
                write_properties_object(w, edge.props, owner);
                w.Key("evidence");
                w.StartArray();
                for (const auto& evidence : edge.evidence) graph::write_evidence_json(w, graph, evidence, owner);
                w.EndArray();
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
    });
}

ExitCode run_show(const ShowOptions& options, const GlobalOptions& global) {
    const auto graph = load_graph(global);
    const std::size_t entity = choose_entity(graph, options.name);
    const auto groups = graph::facts_of(graph, entity);
    if (global.json)
        print_json_facts(graph, entity, groups);
    else
        print_text(graph, entity, groups);
    return kOk;
}

}  // namespace

void add_show_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<ShowOptions>();
    auto* cmd = app.add_subcommand("show", "Every fact an entity takes part in, grouped, with dates and evidence");
    cmd->add_option("name", options->name, "An entity as you would name it (\"Hayashi\", \"Japan\") or its key")
        ->required();
    cmd->callback([options, &global, &result] { result = run_show(*options, global); });
}

}  // namespace kg::cli
