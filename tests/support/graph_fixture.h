#pragma once
// Small knowledge graphs for the graph module's tests, written as the articles that told them:
// each edge's evidence is a sentence of its article.

#include <stdexcept>
#include <string>
#include <utility>

#include "graph/knowledge_graph.h"

namespace kg::test {

class FixtureArticle {
public:
    FixtureArticle(const std::string& key, const std::string& file) {
        facts_.article = {
            key, "Article", {{"name", file}, {"file", file}, {"published", "2022-01-05"}}};
    }

    FixtureArticle& node(const std::string& key, const std::string& label, const std::string& name,
                         graph::Properties props = {}) {
        props["name"] = name;
        facts_.nodes.push_back({key, label, std::move(props)});
        return *this;
    }

    // Telling the same fact again adds SENTENCE to its evidence.
    FixtureArticle& edge(const std::string& label, const std::string& from, const std::string& to,
                         const std::string& sentence) {
        const std::size_t begin = text_size_;
        text_size_ += sentence.size() + 1;
        facts_.edges.push_back({label,
                                from,
                                to,
                                {},
                                {{facts_.article.key, begin, begin + sentence.size(), sentence}}});
        return *this;
    }

    const graph::ArticleFacts& facts() const { return facts_; }

private:
    graph::ArticleFacts facts_;
    std::size_t text_size_ = 0;
};

// Hayashi and Lloyd Austin both attend the two-plus-two; the article mentions both (and Sarah
// Austin, José Núñez and the office); Hayashi holds the foreign minister's office, which is
// Japan's; Ada Hermit is in the graph with no edge at all.
inline graph::KnowledgeGraph meeting_graph() {
    const std::string both = "Hayashi and Austin will meet in Tokyo.";
    FixtureArticle talks("article:talks", "001_talks.txt");
    talks.node("person:hayashi", "Person", "Yoshimasa Hayashi")
        .node("person:austin", "Person", "Lloyd Austin")
        .node("person:sarah-austin", "Person", "Sarah Austin")
        .node("person:nunez", "Person", "Jos\u00e9 N\u00fa\u00f1ez")
        .node("person:hermit", "Person", "Ada Hermit")
        .node("meeting:two-plus-two", "Meeting", "Japan-United States two-plus-two, 2022-01",
              {{"date", "2022-01"}})
        .node("country:japan", "Country", "Japan")
        .node("country:us", "Country", "United States")
        .node("office:japan-fm", "Office", "Foreign Minister", {{"title", "Foreign Minister"}})
        .edge("ATTENDS", "person:hayashi", "meeting:two-plus-two", both)
        .edge("ATTENDS", "person:austin", "meeting:two-plus-two", both)
        .edge("ATTENDS", "person:austin", "meeting:two-plus-two",
              "Austin flies to Tokyo on Friday.")
        .edge("ATTENDS", "person:austin", "meeting:two-plus-two",
              "Austin will attend the two-plus-two.")
        .edge("INVOLVES", "meeting:two-plus-two", "country:japan", both)
        .edge("INVOLVES", "meeting:two-plus-two", "country:us", both)
        .edge("HOLDS", "person:hayashi", "office:japan-fm", "Foreign Minister Hayashi spoke.")
        .edge("OF", "office:japan-fm", "country:japan", "Foreign Minister Hayashi spoke.")
        .edge("MENTIONS", "article:talks", "person:hayashi", both)
        .edge("MENTIONS", "article:talks", "person:austin", both)
        .edge("MENTIONS", "article:talks", "person:sarah-austin",
              "Sarah Austin reported from Tokyo.")
        .edge("MENTIONS", "article:talks", "person:nunez", "Jose Nunez took notes.")
        .edge("MENTIONS", "article:talks", "office:japan-fm", "Foreign Minister Hayashi spoke.");
    graph::KnowledgeGraph graph;
    graph.add(talks.facts());
    return graph;
}

inline std::size_t node_index(const graph::KnowledgeGraph& graph, const std::string& key) {
    return graph.find(key).value();
}

// The index of the edge with KEY ("LABEL|from|to"); fails the test when there is none.
inline std::size_t edge_index(const graph::KnowledgeGraph& graph, const std::string& key) {
    for (std::size_t i = 0; i < graph.edges().size(); ++i)
        if (graph.edges()[i].key() == key) return i;
    throw std::out_of_range("no edge " + key + " in the fixture");
}

}  // namespace kg::test
