#include "cli/entity_choice.h"

#include <fmt/format.h>

#include "cli/command_error.h"
#include "graph/entity_lookup.h"
#include "graph/printable.h"

namespace kg::cli {
namespace {

std::vector<graph::Node> candidates(const graph::KnowledgeGraph& graph, const std::vector<std::size_t>& nodes) {
    std::vector<graph::Node> found;
    for (auto index : nodes) found.push_back(graph.node(index));
    return found;
}

std::string listed(const std::vector<graph::Node>& candidates) {
    std::string list;
    for (const auto& c : candidates)
        list += fmt::format("\n  {} ({})  key: {}", graph::printable(c.name()), c.label, graph::printable(c.key));
    return list;
}

}  // namespace

std::size_t choose_entity(const graph::KnowledgeGraph& graph, const std::string& query) {
    auto matches = graph::find_entities(graph, query);
    if (matches.nodes.size() == 1) return matches.nodes.front();
    if (matches.nodes.empty()) {
        auto similar = candidates(graph, graph::similar_entities(graph, query));
        if (similar.empty())
            throw CommandError(kNotFound,
                               fmt::format("no entity is named '{}' (kg centrality lists the main ones)", query));
        throw CommandError(kNotFound, fmt::format("no entity is named '{}'; did you mean:{}", query, listed(similar)),
                           similar);
    }
    auto several = candidates(graph, matches.nodes);
    throw CommandError(kAmbiguous,
                       fmt::format("'{}' names {} entities; say which, by fuller name or key:{}", query,
                                   several.size(), listed(several)),
                       several);
}

}  // namespace kg::cli
