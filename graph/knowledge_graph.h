#pragma once
// The knowledge graph assembled from many articles' facts: one node per key, one edge per
// fact, each edge carrying the evidence of every article that told it.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

class KnowledgeGraph {
public:
    // Merges one article's facts. Node properties fill in what is missing; a meeting's
    // "date" keeps the most precise form; other values from a newer article win; every name
    // a node is given is kept among its name forms (graph/name_forms.h). Edges gain the
    // article's evidence and widen their first_seen/last_seen to its publication date. A
    // property whose value is "" is left out: unknown values are absent.
    void add(const ArticleFacts& facts);

    // A graph of nodes and edges already merged and resolved (as a store keeps them): keys are
    // unique, and each edge's ends are among NODES.
    static KnowledgeGraph assembled(std::vector<Node> nodes, std::vector<Edge> edges);

    // Makes each node keyed like a key of INTO one with the node INTO names: its edges move
    // over (merging with equal facts) and its properties fill what the target lacks.
    void merge_nodes(const std::map<std::string, std::string>& into);

    // Points each edge keyed like a key of TO at the node TO names instead (merging with an
    // equal fact there).
    void retarget_edges(const std::map<std::string, std::string>& to);

    // A copy holding the nodes and edges flagged in NODES and EDGES (indexed like nodes() and
    // edges()), as they are here; an edge is kept only with both its ends.
    KnowledgeGraph subset(const std::vector<bool>& nodes, const std::vector<bool>& edges) const;

    const std::vector<Node>& nodes() const { return nodes_; }
    const std::vector<Edge>& edges() const { return edges_; }
    std::optional<std::size_t> find(std::string_view key) const;
    const Node& node(std::size_t index) const { return nodes_[index]; }

private:
    void add_node(const Node& node, const std::string& published);
    void add_edge(const Edge& edge, const std::string& published);
    void rebuild(const std::map<std::string, std::string>& node_into, const std::map<std::string, std::string>& edge_to);

    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    std::vector<std::string> node_published_;  // newest article that set each node's props
    std::unordered_map<std::string, std::size_t> node_index_;
    std::unordered_map<std::string, std::size_t> edge_index_;
};

}  // namespace kg::graph
