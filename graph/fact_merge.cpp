#include "graph/fact_merge.h"

#include <algorithm>
#include <tuple>

namespace kg::graph {
namespace {

bool more_precise_date(const std::string& candidate, const std::string& current) {
    return candidate.size() > current.size() && candidate.starts_with(current);
}

void widen_seen(Properties& props, const std::string& date) {
    if (date.empty()) return;
    auto& first = props["first_seen"];
    auto& last = props["last_seen"];
    if (first.empty() || date < first) first = date;
    if (last.empty() || date > last) last = date;
}

}  // namespace

Node merge_node(const std::string& key, std::vector<NodeStatement> statements) {
    std::sort(statements.begin(), statements.end(), [&](const NodeStatement& a, const NodeStatement& b) {
        return std::make_tuple(a.fact.key != key, b.published, b.article, a.fact.key) <
               std::make_tuple(b.fact.key != key, a.published, a.article, b.fact.key);
    });
    Node merged{key, statements.empty() ? std::string() : statements.front().fact.label, {}};
    for (const auto& statement : statements) {
        for (const auto& [name, value] : statement.fact.props) {
            if (value.empty()) continue;
            auto& current = merged.props[name];
            if (current.empty() || (name == "date" && more_precise_date(value, current))) current = value;
        }
    }
    return merged;
}

Edge merge_edge(const std::string& label, const std::string& from, const std::string& to,
                std::vector<EdgeStatement> statements) {
    std::stable_sort(statements.begin(), statements.end(),
                     [](const EdgeStatement& a, const EdgeStatement& b) { return a.article < b.article; });
    Edge merged{label, from, to, {}, {}};
    for (const auto& statement : statements) {
        for (const auto& [name, value] : statement.fact.props)
            if (!value.empty() && name != "first_seen" && name != "last_seen") merged.props.try_emplace(name, value);
        for (const auto& evidence : statement.fact.evidence)
            if (std::find(merged.evidence.begin(), merged.evidence.end(), evidence) == merged.evidence.end())
                merged.evidence.push_back(evidence);
        widen_seen(merged.props, statement.published);
        widen_seen(merged.props, statement.fact.prop("first_seen"));
        widen_seen(merged.props, statement.fact.prop("last_seen"));
    }
    return merged;
}

}  // namespace kg::graph
