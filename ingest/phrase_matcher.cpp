#include "ingest/phrase_matcher.h"

#include <algorithm>

namespace kg::ingest {
namespace {

bool all_capitals(std::string_view phrase) {
    bool letter = false;
    for (char c : phrase) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') letter = true;
    }
    return letter;
}

}  // namespace

void PhraseMatcher::add(std::string_view phrase, int value) {
    auto tokens = tokenize(phrase);
    if (tokens.empty()) return;
    Entry entry;
    entry.value = value;
    entry.exact_case = all_capitals(phrase);
    for (const auto& t : tokens) {
        entry.lower.push_back(t.lower);
        entry.exact.push_back(t.text);
    }
    auto& entries = by_first_token_[tokens.front().lower];
    entries.push_back(std::move(entry));
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& x, const Entry& y) { return x.lower.size() > y.lower.size(); });
}

bool PhraseMatcher::matches(const Entry& entry, const std::vector<Token>& tokens, std::size_t pos) const {
    if (pos + entry.lower.size() > tokens.size()) return false;
    for (std::size_t i = 0; i < entry.lower.size(); ++i) {
        const Token& t = tokens[pos + i];
        if (t.lower != entry.lower[i] || (entry.exact_case && t.text != entry.exact[i])) return false;
    }
    return true;
}

std::optional<PhraseMatch> PhraseMatcher::match_at(const std::vector<Token>& tokens, std::size_t pos) const {
    if (pos >= tokens.size()) return std::nullopt;
    auto it = by_first_token_.find(tokens[pos].lower);
    if (it == by_first_token_.end()) return std::nullopt;
    for (const auto& entry : it->second)
        if (matches(entry, tokens, pos)) return PhraseMatch{entry.lower.size(), entry.value};
    return std::nullopt;
}

std::optional<int> PhraseMatcher::match_whole(std::string_view text) const {
    const auto tokens = tokenize(text);
    auto match = tokens.empty() ? std::nullopt : match_at(tokens, 0);
    if (!match || match->length != tokens.size()) return std::nullopt;
    return match->value;
}

}  // namespace kg::ingest
