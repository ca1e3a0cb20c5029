#pragma once
// The property-graph model every part of kg shares: what ingest produces, what the stores
// keep, and what the algorithms and exporters read. Labels and properties are documented in
// schema/README.md.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace kg::graph {

using Properties = std::map<std::string, std::string>;

// Where a fact was read: an article and the sentence in it (offsets are bytes into the
// article's normalized text).
struct Evidence {
    std::string article;  // the Article node's key
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;

    bool operator==(const Evidence&) const = default;
};

struct Node {
    std::string key;  // stable across runs and backends, e.g. "person:hayashi-yoshimasa"
    std::string label;
    Properties props;  // always holds "name"

    const std::string& name() const;
    const std::string& prop(const std::string& name) const;  // "" when absent
};

struct Edge {
    std::string label;
    std::string from;  // node keys
    std::string to;
    Properties props;
    std::vector<Evidence> evidence;

    // One edge per fact: two edges with the same label and ends are the same fact.
    std::string key() const { return label + '|' + from + '|' + to; }
    const std::string& prop(const std::string& name) const;
};

// Everything read from one article; the unit the stores replace when an article changes.
struct ArticleFacts {
    Node article;  // label Article; props: file, title, published, source, url, hash
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

}  // namespace kg::graph
