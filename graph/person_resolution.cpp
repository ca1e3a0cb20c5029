#include "graph/person_resolution.h"

#include <algorithm>
#include <iterator>
#include <sstream>
#include <unordered_map>

#include "graph/labels.h"

namespace kg::graph {
namespace {

struct PersonName {
    std::string key;
    std::vector<std::string> words;
};

std::vector<std::string> words_of(const std::string& name) {
    std::istringstream in(name);
    return {std::istream_iterator<std::string>(in), {}};
}

class NameIndex {
public:
    explicit NameIndex(const KnowledgeGraph& graph) {
        for (const auto& node : graph.nodes()) {
            if (node.label != label::kPerson) continue;
            auto words = words_of(node.prop("name"));
            if (words.empty()) continue;
            for (const auto& word : words) by_word_[word].push_back(people_.size());
            people_.push_back({node.key, std::move(words)});
        }
    }

    // Each person whose name is a part of exactly one longest name: person key -> its key.
    std::map<std::string, std::string> variants() const {
        std::vector<std::vector<std::size_t>> held_by(people_.size());
        for (std::size_t i = 0; i < people_.size(); ++i) held_by[i] = containers(i);
        std::map<std::string, std::string> into;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            std::vector<std::size_t> longest;
            for (std::size_t j : held_by[i])
                if (held_by[j].empty()) longest.push_back(j);
            if (longest.size() == 1) into[people_[i].key] = people_[longest.front()].key;
        }
        return into;
    }

private:
    // The people whose names hold person I's words, in order, and more.
    std::vector<std::size_t> containers(std::size_t i) const {
        const auto& part = people_[i].words;
        std::vector<std::size_t> found;
        for (std::size_t j : by_word_.at(part.front())) {
            const auto& whole = people_[j].words;
            if (whole.size() > part.size() && std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end())
                found.push_back(j);
        }
        return found;
    }

    std::vector<PersonName> people_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_word_;
};

}  // namespace

void merge_name_variants(KnowledgeGraph& graph) {
    auto into = NameIndex(graph).variants();
    if (!into.empty()) graph.merge_nodes(into);
}

}  // namespace kg::graph
