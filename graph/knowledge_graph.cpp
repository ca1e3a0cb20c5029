#include "graph/knowledge_graph.h"

#include <algorithm>

#include "graph/name_forms.h"

namespace kg::graph {
namespace {

// ISO dates at any precision ("2022", "2022-01", "2022-01-07"): the longer one is more
// precise, and two agree when one is a prefix of the other.
bool more_precise_date(const std::string& candidate, const std::string& current) {
    return candidate.size() > current.size() && candidate.starts_with(current);
}

// A value that is "" is no value: the model leaves unknown properties out.
void drop_empty(Properties& props) {
    std::erase_if(props, [](const auto& entry) { return entry.second.empty(); });
}

void widen_seen(Properties& props, const std::string& published) {
    if (published.empty()) return;
    auto& first = props["first_seen"];
    auto& last = props["last_seen"];
    if (first.empty() || published < first) first = published;
    if (last.empty() || published > last) last = published;
}

}  // namespace

void KnowledgeGraph::add(const ArticleFacts& facts) {
    const std::string& published = facts.article.prop("published");
    add_node(facts.article, published);
    for (const auto& node : facts.nodes) add_node(node, published);
    for (const auto& edge : facts.edges) add_edge(edge, published);
}

KnowledgeGraph KnowledgeGraph::assembled(std::vector<Node> nodes, std::vector<Edge> edges) {
    KnowledgeGraph graph;
    graph.nodes_ = std::move(nodes);
    graph.edges_ = std::move(edges);
    graph.node_published_.resize(graph.nodes_.size());
    for (std::size_t i = 0; i < graph.nodes_.size(); ++i) graph.node_index_.emplace(graph.nodes_[i].key, i);
    for (std::size_t i = 0; i < graph.edges_.size(); ++i) graph.edge_index_.emplace(graph.edges_[i].key(), i);
    return graph;
}

std::optional<std::size_t> KnowledgeGraph::find(std::string_view key) const {
    auto it = node_index_.find(std::string(key));
    if (it == node_index_.end()) return std::nullopt;
    return it->second;
}

void KnowledgeGraph::add_node(const Node& node, const std::string& published) {
    auto [it, inserted] = node_index_.emplace(node.key, nodes_.size());
    if (inserted) {
        nodes_.push_back(node);
        drop_empty(nodes_.back().props);
        node_published_.push_back(published);
        return;
    }
    Node& existing = nodes_[it->second];
    const bool newer = published >= node_published_[it->second];
    merge_name_forms(existing, node);
    for (const auto& [name, value] : node.props) {
        if (value.empty() || name == kNamesProperty) continue;
        auto [current, added] = existing.props.try_emplace(name, value);
        if (added) continue;
        if (name == "date") {
            if (more_precise_date(value, current->second)) current->second = value;
        } else if (newer) {
            current->second = value;
        }
    }
    if (newer) node_published_[it->second] = published;
}

void KnowledgeGraph::add_edge(const Edge& edge, const std::string& published) {
    auto [it, inserted] = edge_index_.emplace(edge.key(), edges_.size());
    if (inserted) {
        edges_.push_back(edge);
        drop_empty(edges_.back().props);
        widen_seen(edges_.back().props, published);
        return;
    }
    Edge& existing = edges_[it->second];
    for (const auto& [name, value] : edge.props)
        if (!value.empty()) existing.props.try_emplace(name, value);
    for (const auto& evidence : edge.evidence) {
        if (std::find(existing.evidence.begin(), existing.evidence.end(), evidence) ==
            existing.evidence.end())
            existing.evidence.push_back(evidence);
    }
    widen_seen(existing.props, published);
    widen_seen(existing.props, edge.prop("first_seen"));
    widen_seen(existing.props, edge.prop("last_seen"));
}

KnowledgeGraph KnowledgeGraph::subset(const std::vector<bool>& nodes, const std::vector<bool>& edges) const {
    KnowledgeGraph kept;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        if (nodes[i]) kept.add_node(nodes_[i], node_published_[i]);
    for (std::size_t i = 0; i < edges_.size(); ++i)
        if (edges[i] && kept.find(edges_[i].from) && kept.find(edges_[i].to)) kept.add_edge(edges_[i], "");
    return kept;
}

void KnowledgeGraph::merge_nodes(const std::map<std::string, std::string>& into) { rebuild(into, {}); }

void KnowledgeGraph::retarget_edges(const std::map<std::string, std::string>& to) { rebuild({}, to); }

void KnowledgeGraph::rebuild(const std::map<std::string, std::string>& node_into,
                             const std::map<std::string, std::string>& edge_to) {
    auto target = [](const std::map<std::string, std::string>& map, const std::string& key) {
        auto it = map.find(key);
        return it == map.end() ? key : it->second;
    };
    KnowledgeGraph rebuilt;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        if (!node_into.contains(nodes_[i].key)) rebuilt.add_node(nodes_[i], node_published_[i]);
    for (const auto& node : nodes_) {
        if (!node_into.contains(node.key)) continue;
        Node moved = node;
        moved.key = target(node_into, node.key);
        rebuilt.add_node(moved, "");  // the oldest: fills in, never overrides
    }
    for (const auto& edge : edges_) {
        Edge moved = edge;
        if (auto it = edge_to.find(edge.key()); it != edge_to.end()) moved.to = it->second;
        moved.from = target(node_into, moved.from);
        moved.to = target(node_into, moved.to);
        rebuilt.add_edge(moved, "");
    }
    *this = std::move(rebuilt);
}

}  // namespace kg::graph
