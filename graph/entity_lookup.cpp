#include "graph/entity_lookup.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>

#include "graph/edit_distance.h"
#include "graph/labels.h"
#include "graph/name_forms.h"

namespace kg::graph {
namespace {

// Case- and accent-insensitive form: compatibility decomposition (so "ﬁ" is "fi" and a no-break
// space a space), combining marks dropped, case folded.
std::string fold(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    auto utf16 = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString decomposed = nfkd->normalize(utf16, status);
    if (U_FAILURE(status)) return std::string(text);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    }
    std::string folded;
    bare.foldCase().toUTF8String(folded);
    return folded;
}

bool is_ascii_punct(char c) {
    return static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c));
}

// Words of folded text: split at white space, punctuation trimmed from each end ("U.S." is
// "u.s", "Austin," is "austin").
std::vector<std::string> words(const std::string& folded) {
    std::vector<std::string> found;
    std::istringstream in(folded);
    for (std::string word; in >> word;) {
        auto begin = std::find_if_not(word.begin(), word.end(), is_ascii_punct);
        auto end =
            std::find_if_not(word.rbegin(), std::make_reverse_iterator(begin), is_ascii_punct)
                .base();
        if (begin < end) found.emplace_back(begin, end);
    }
    return found;
}

std::string joined(const std::vector<std::string>& words) {
    std::string text;
    for (const auto& word : words) text += (text.empty() ? "" : " ") + word;
    return text;
}

bool matched_only_exactly(const Node& node) { return !matched_by_words(node); }

// Whether any name NODE was written by (graph/name_forms.h) matches.
template <class Predicate>
bool any_form(const Node& node, Predicate matches) {
    const auto forms = name_forms(node);
    return std::any_of(forms.begin(), forms.end(), matches);
}

// Names compare as their folded words, so spacing and trailing punctuation do not matter.
class Matcher {
public:
    explicit Matcher(std::string_view query)
        : query_(query), words_(words(fold(query))), name_(joined(words_)) {
        std::sort(words_.begin(), words_.end());
    }

    bool empty() const { return words_.empty(); }

    bool by_name(const Node& node) const {
        if (matched_only_exactly(node)) return node.name() == query_;
        return any_form(node, [&](const std::string& form) { return joined(words(fold(form))) == name_; });
    }

    bool by_words(const Node& node) const {
        if (matched_only_exactly(node)) return false;
        return any_form(node, [&](const std::string& form) {
            auto name_words = words(fold(form));
            std::sort(name_words.begin(), name_words.end());
            return std::includes(name_words.begin(), name_words.end(), words_.begin(), words_.end());
        });
    }

private:
    std::string_view query_;
    std::vector<std::string> words_;  // sorted once name_ is made
    std::string name_;                // the words in order
};

template <class Predicate>
std::vector<std::size_t> matching(const KnowledgeGraph& graph, Predicate matches) {
    struct Found {
        std::string name;  // folded
        const Node* node;
        std::size_t index;
    };
    std::vector<Found> found;
    for (std::size_t i = 0; i < graph.nodes().size(); ++i)
        if (matches(graph.node(i)))
            found.push_back({fold(graph.node(i).name()), &graph.node(i), i});
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.name, a.node->label, a.node->key) <
               std::tie(b.name, b.node->label, b.node->key);
    });
    std::vector<std::size_t> indices;
    for (const auto& f : found) indices.push_back(f.index);
    return indices;
}

// How far QUERY (folded words, joined) is from NODE's name or the nearest word of it; nullopt
// when neither is a near miss.
std::optional<std::size_t> miss_distance(const std::string& query, const Node& node) {
    auto name_words = words(fold(node.name()));
    std::optional<std::size_t> nearest;
    auto consider = [&](const std::string& candidate) {
        if (!is_near_miss(query, candidate)) return;
        const std::size_t distance = edit_distance(query, candidate);
        if (!nearest || distance < *nearest) nearest = distance;
    };
    consider(joined(name_words));
    for (const auto& word : name_words) consider(word);
    return nearest;
}

}  // namespace

bool matched_by_words(const Node& node) { return node.label != label::kArticle && node.label != label::kClaim; }

std::vector<std::string> name_words(std::string_view name) { return words(fold(name)); }

EntityMatches find_entities(const KnowledgeGraph& graph, std::string_view query) {
    if (auto index = graph.find(query)) return {MatchKind::key, {*index}};
    Matcher matcher(query);
    if (matcher.empty()) return {};
    auto by_name = matching(graph, [&](const Node& node) { return matcher.by_name(node); });
    if (!by_name.empty()) return {MatchKind::name, std::move(by_name)};
    auto by_words = matching(graph, [&](const Node& node) { return matcher.by_words(node); });
    if (!by_words.empty()) return {MatchKind::words, std::move(by_words)};
    return {};
}

std::vector<std::size_t> similar_entities(const KnowledgeGraph& graph, std::string_view query, std::size_t limit) {
    const std::string folded = joined(words(fold(query)));
    if (folded.empty()) return {};
    std::vector<std::pair<std::size_t, std::size_t>> near;  // (distance, node)
    for (std::size_t i = 0; i < graph.nodes().size(); ++i) {
        if (matched_only_exactly(graph.node(i))) continue;
        if (auto distance = miss_distance(folded, graph.node(i))) near.emplace_back(*distance, i);
    }
    std::sort(near.begin(), near.end(), [&](const auto& a, const auto& b) {
        return std::tie(a.first, graph.node(a.second).name(), graph.node(a.second).key) <
               std::tie(b.first, graph.node(b.second).name(), graph.node(b.second).key);
    });
    std::vector<std::size_t> nodes;
    for (std::size_t i = 0; i < near.size() && i < limit; ++i) nodes.push_back(near[i].second);
    return nodes;
}

}  // namespace kg::graph
