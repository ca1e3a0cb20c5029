#pragma once
// Collects one article's facts as graph nodes and edges: nodes by key (the first writing of
// a node wins), edges by fact, each edge with the sentences it was read from.

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "graph/model.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

// A key's readable part: lowercase ASCII letters and digits, other runs of ASCII become '-';
// other scripts are kept as they are.
std::string slug(const std::string& text);

class FactBuilder {
public:
    explicit FactBuilder(graph::Node article);

    void node(const std::string& key, std::string_view label, graph::Properties props);
    void edge(std::string_view label, const std::string& from, const std::string& to, const Sentence& evidence,
              graph::Properties props = {});

    std::string country(const std::string& name);  // adds the Country node, returns its key
    const std::string& article_key() const { return facts_.article.key; }
    graph::ArticleFacts finish();

private:
    graph::ArticleFacts facts_;
    std::map<std::string, std::size_t> node_index_;
    std::map<std::string, std::size_t> edge_index_;
    std::set<std::tuple<std::size_t, std::size_t, std::size_t>> evidence_seen_;  // edge index, begin, end
};

}  // namespace kg::ingest
