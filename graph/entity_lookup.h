#pragma once
// Resolves what a person types ("Hayashi", "lloyd austin", "Japan", or a node key) to nodes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// How the query matched; the first kind that finds anything wins.
enum class MatchKind {
    none,
    key,    // the query is a node key, exactly
    name,   // the whole name, ignoring case and accents ("lloyd austin" = "Lloyd Austin"); any
            // name the node was written by counts (graph/name_forms.h)
    words,  // every word of the query is a word of the name, in any order ("Austin" matches
            // "Lloyd Austin"; "Hayashi Yoshimasa" matches "Yoshimasa Hayashi")
};

struct EntityMatches {
    MatchKind kind = MatchKind::none;
    // Indices into KnowledgeGraph::nodes(), ordered by name (ignoring case and accents), then
    // label, then key. More than one means the query is ambiguous: list them.
    std::vector<std::size_t> nodes;
};

// Article and Claim nodes match only by key or by their exact name (their names are titles
// and sentences, whose words would match almost anything). An empty query matches nothing.
EntityMatches find_entities(const KnowledgeGraph& graph, std::string_view query);

// The words a name is matched by: case and accents folded, punctuation trimmed ("U.S." is
// "u.s"). An index of these finds the candidates find_entities would look at.
std::vector<std::string> name_words(std::string_view name);

// Whether find_entities matches NODE by name words at all (Article and Claim nodes it does not).
bool matched_by_words(const Node& node);

// For a query that matched nothing: up to LIMIT nodes whose name, or one word of it, is a near
// miss of the query (graph/edit_distance.h) ignoring case and accents; nearest first, then by
// name. Article and Claim nodes are never suggested.
std::vector<std::size_t> similar_entities(const KnowledgeGraph& graph, std::string_view query,
                                          std::size_t limit = 5);

}  // namespace kg::graph
