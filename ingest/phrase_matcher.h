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

    // The value of a phrase that is all of TEXT ("Defence Secretary", "SEOUL"), if any.
    std::optional<int> match_whole(std::string_view text) const;

private:
    struct Entry {
        std::vector<std::string> lower;  // the phrase's tokens, lowercased
        bool exact_case = false;
        std::vector<std::string> exact;  // the tokens as written, when the case must match
        int value = 0;
    };
    bool matches(const Entry& entry, const std::vector<Token>& tokens, std::size_t pos) const;

    // Entries by their first token, longest first: one hash look-up per position.
    std::unordered_map<std::string, std::vector<Entry>> by_first_token_;
};

}  // namespace kg::ingest
