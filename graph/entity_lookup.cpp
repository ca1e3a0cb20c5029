#include "graph/entity_lookup.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <tuple>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "graph/labels.h"

namespace kg::graph {
namespace {

// Case- and accent-insensitive form: compatibility decomposition (so "ﬁ" is "fi" and a no-break
// space a space), combining marks dropped, case folded.
std::string fold(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString decomposed =
        nfkd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))), status);
    if (U_FAILURE(status)) return std::string(text);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
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
std::set<std::string> words(const std::string& folded) {
    std::set<std::string> found;
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && std::isspace(static_cast<unsigned char>(folded[i]))) ++i;
        std::size_t end = i;
        while (end < folded.size() && !std::isspace(static_cast<unsigned char>(folded[end]))) ++end;
        std::size_t b = i;
        std::size_t e = end;
        while (b < e && is_ascii_punct(folded[b])) ++b;
        while (e > b && is_ascii_punct(folded[e - 1])) --e;
        if (b < e) found.insert(folded.substr(b, e - b));
        i = end;
    }
    return found;
}

bool matched_only_exactly(const Node& node) {
    return node.label == label::kArticle || node.label == label::kClaim;
}

class Matcher {
public:
    explicit Matcher(std::string_view query)
        : query_(query), folded_(fold(query)), words_(words(folded_)) {}

    bool empty() const { return words_.empty(); }

    bool by_name(const Node& node) const {
        if (matched_only_exactly(node)) return node.name() == query_;
        return fold(node.name()) == folded_;
    }

    bool by_words(const Node& node) const {
        if (matched_only_exactly(node)) return false;
        auto name_words = words(fold(node.name()));
        return std::includes(name_words.begin(), name_words.end(), words_.begin(), words_.end());
    }

private:
    std::string_view query_;
    std::string folded_;
    std::set<std::string> words_;
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
        if (matches(graph.node(i))) found.push_back({fold(graph.node(i).name()), &graph.node(i), i});
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.name, a.node->label, a.node->key) < std::tie(b.name, b.node->label, b.node->key);
    });
    std::vector<std::size_t> indices;
    for (const auto& f : found) indices.push_back(f.index);
    return indices;
}

}  // namespace

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

}  // namespace kg::graph
