#include "cli/holders_command.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command_error.h"
#include "cli/graph_source.h"
#include "cli/json_output.h"
#include "cli/option_checks.h"
#include "cli/time_window_options.h"
#include "graph/evidence_output.h"
#include "graph/office_holders.h"
#include "graph/printable.h"
#include "ingest/lexicon.h"
#include "ingest/lexicons.h"

namespace kg::cli {
namespace {

struct HoldersOptions {
    std::string title;
    std::string country;
    std::string as_of;
    graph::TimeWindow window;
};

std::string canonical(const std::string& typed, const std::string& found, const char* what) {
    if (!found.empty()) return found;
    throw CommandError(kNotFound, fmt::format("'{}' is no {} kg knows (see ingest/lexicons/)", typed, what));
}

void print_holding(const graph::KnowledgeGraph& graph, const graph::Holding& h) {
    const auto& edge = graph.edges()[h.edge];
    std::cout << fmt::format("{}  {}  seen {} to {}\n", graph::printable(graph.node(h.person).name()),
                             graph::printable(graph.node(h.office).name()), h.first_seen, h.last_seen);
    if (!edge.evidence.empty()) {
        const auto& ev = edge.evidence.front();
        std::cout << fmt::format("    \"{}\" (article {})\n", graph::printable(ev.text),
                                 graph::printable(graph::article_file(graph, ev.article)));
    }
}

void print_holdings_json(const graph::KnowledgeGraph& graph, const std::string& title, const std::string& country,
                         const HoldersOptions& options, const std::vector<graph::Holding>& holdings) {
    print_json(std::cout, [&](graph::JsonWriter& w) {
        w.Key("title");
        write_text(w, title);
        w.Key("country");
        write_text(w, country);
        w.Key("as_of");
        write_text(w, options.as_of);
        w.Key("holders");
        w.StartArray();
        for (const auto& h : holdings) {
            const auto& edge = graph.edges()[h.edge];
            w.StartObject();
            w.Key("person");
            graph::write_entity(w, graph.node(h.person));
            w.Key("office");
            graph::write_entity(w, graph.node(h.office));
            w.Key("first_seen");
            write_text(w, h.first_seen);
            w.Key("last_seen");
            write_text(w, h.last_seen);
            w.Key("evidence");
            w.StartArray();
            for (const auto& ev : edge.evidence) graph::write_evidence_json(w, graph, ev, "edge " + edge.key());
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
    });
}

ExitCode run_holders(const HoldersOptions& options, const GlobalOptions& global) {
    auto lexicons = ingest::load_lexicons(lexicon_dir(global));
    auto title = canonical(options.title, lexicons.canonical_title(options.title), "office title");
    auto country =
        options.country.empty() ? "" : canonical(options.country, lexicons.canonical_country(options.country), "country");
    auto graph = load_graph(global, options.window);
    auto holdings = graph::office_holdings(graph, title, country);
    if (!options.as_of.empty()) {
        auto holder = graph::holder_on(holdings, options.as_of);
        if (!holder)
            throw CommandError(kNotFound, fmt::format("no one is known to hold {} on {}", title, options.as_of));
        holdings = {*holder};
    }
    if (holdings.empty()) throw CommandError(kNotFound, fmt::format("no one is known to hold {}", title));
    if (global.json) {
        print_holdings_json(graph, title, country, options, holdings);
        return kOk;
    }
    for (const auto& h : holdings) print_holding(graph, h);
    return kOk;
}

}  // namespace

void add_holders_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto options = std::make_shared<HoldersOptions>();
    auto* cmd = app.add_subcommand("holders", "Who holds an office, since when, with evidence");
    cmd->add_option("title", options->title, "An office title as written (\"Defence Secretary\", \"FM\")")->required();
    cmd->add_option("--country", options->country, "Only this country's office (\"Japan\", \"US\")");
    cmd->add_option("--as-of", options->as_of, "Who held it on this date (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->check(iso_date());
    add_time_window_options(*cmd, options->window);
    cmd->callback([options, &global, &result] { result = run_holders(*options, global); });
}

}  // namespace kg::cli
