#include "ingest/fact_builder.h"

#include "graph/labels.h"

namespace kg::ingest {

std::string slug(const std::string& text) {
    std::string out;
    bool dash = false;
    for (unsigned char c : text) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c - 'A' + 'a');
            keep = true;
        }
        if (keep) {
            if (dash && !out.empty()) out += '-';
            out += static_cast<char>(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

FactBuilder::FactBuilder(graph::Node article) { facts_.article = std::move(article); }

void FactBuilder::node(const std::string& key, std::string_view label, graph::Properties props) {
    if (node_index_.contains(key)) return;
    node_index_[key] = facts_.nodes.size();
    facts_.nodes.push_back({key, std::string(label), std::move(props)});
}

void FactBuilder::edge(std::string_view label, const std::string& from, const std::string& to,
                       const Sentence& evidence, graph::Properties props) {
    graph::Edge e{std::string(label), from, to, std::move(props), {}};
    auto [it, inserted] = edge_index_.emplace(e.key(), facts_.edges.size());
    if (inserted) facts_.edges.push_back(std::move(e));
    // In one article a sentence is known by its offsets: a set of them, not a scan of the
    // edge's evidence, keeps an edge told in every sentence of a long article linear.
    if (evidence_seen_.emplace(it->second, evidence.begin, evidence.end).second)
        facts_.edges[it->second].evidence.push_back({facts_.article.key, evidence.begin, evidence.end, evidence.text});
}

std::string FactBuilder::country(const std::string& name) {
    std::string key = "country:" + slug(name);
    node(key, graph::label::kCountry, {{"name", name}});
    return key;
}

graph::ArticleFacts FactBuilder::finish() { return std::move(facts_); }

}  // namespace kg::ingest
