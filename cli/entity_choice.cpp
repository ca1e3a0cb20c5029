#include "cli/entity_choice.h"

#include <fmt/format.h>

#include "cli/command_error.h"
#include "graph/entity_lookup.h"
#include "graph/printable.h"

namespace kg::cli {

std::size_t choose_entity(const graph::KnowledgeGraph& graph, const std::string& query) {
    auto matches = graph::find_entities(graph, query);
    if (matches.nodes.empty())
        throw CommandError(kNotFound, fmt::format("no entity is named '{}' (kg centrality lists the main ones)", query));
    if (matches.nodes.size() == 1) return matches.nodes.front();
    std::string message = fmt::format("'{}' names {} entities; say which, by fuller name or key:", query,
                                      matches.nodes.size());
    for (auto index : matches.nodes) {
        const auto& node = graph.node(index);
        message += fmt::format("\n  {} ({})  key: {}", graph::printable(node.name()), node.label, graph::printable(node.key));
    }
    throw CommandError(kAmbiguous, message);
}

}  // namespace kg::cli
