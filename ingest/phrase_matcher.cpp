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

std::string lowered_key(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string key;
    for (std::size_t i = begin; i < end; ++i) {
        if (i > begin) key += ' ';
        key += tokens[i].lower;
    }
    return key;
}

}  // namespace

void PhraseMatcher::add(std::string_view phrase, int value) {
    auto tokens = tokenize(phrase);
    if (tokens.empty()) return;
    Entry entry{{}, value};
    if (all_capitals(phrase))
        for (const auto& t : tokens) entry.exact.push_back(t.text);
    entries_[lowered_key(tokens, 0, tokens.size())].push_back(std::move(entry));
    longest_ = std::max(longest_, tokens.size());
}

std::optional<PhraseMatch> PhraseMatcher::match_at(const std::vector<Token>& tokens,
                                                   std::size_t pos) const {
    std::size_t most = std::min(longest_, tokens.size() - std::min(pos, tokens.size()));
    for (std::size_t length = most; length >= 1; --length) {
        auto it = entries_.find(lowered_key(tokens, pos, pos + length));
        if (it == entries_.end()) continue;
        for (const auto& entry : it->second) {
            bool case_ok = entry.exact.empty() ||
                           std::equal(entry.exact.begin(), entry.exact.end(), tokens.begin() + static_cast<std::ptrdiff_t>(pos),
                                      [](const std::string& e, const Token& t) { return e == t.text; });
            if (case_ok) return PhraseMatch{length, entry.value};
        }
    }
    return std::nullopt;
}

}  // namespace kg::ingest
