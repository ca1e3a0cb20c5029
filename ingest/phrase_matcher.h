#pragma once
// Finds lexicon phrases in a token sequence, longest first.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/token.h"

namespace kg::ingest {

struct PhraseMatch {
    std::size_t length = 0;  // in tokens
    int value = 0;           // what the caller stored with the phrase
};

class PhraseMatcher {
public:
    // Adds a phrase (tokenized like sentences are). An all-capital phrase ("US", "FM")
    // matches only with its exact case; others match any case.
    void add(std::string_view phrase, int value);

    // The longest phrase starting at tokens[pos], if any.
    std::optional<PhraseMatch> match_at(const std::vector<Token>& tokens, std::size_t pos) const;

private:
    struct Entry {
        std::vector<std::string> exact;  // token texts, when the case must match
        int value = 0;
    };
    std::unordered_map<std::string, std::vector<Entry>> entries_;  // lowercased tokens, space-joined
    std::size_t longest_ = 0;
};

}  // namespace kg::ingest
