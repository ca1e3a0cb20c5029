#pragma once
// Claims: each sentence that attributes a statement to a source becomes a claim with the
// statement, the source as written, the source as an entity where it is one (a person or an
// organization), the reporting verb, any relayed source ("reported, citing officials") and
// whether it is hedged ("expected to", "likely"). "they said" takes the article's last source;
// the sentences of a quotation that an attributed sentence closes take its source.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

struct ClaimDraft {
    std::size_t sentence = 0;
    std::string text;
    std::string source;      // as written: "Japanese government sources", "Kyodo News"
    std::string source_key;  // a Person or Organization key, "" for anonymous sources
    std::string verb;
    std::string via;  // the relayed source, if any
    bool hedged = false;
    Span span;  // the statement's tokens
};

// Maps an organization mention in a sentence to its node key (a ministry's country depends on
// the sentence and the article).
using OrganizationKey = std::function<std::string(const SentenceAnalysis&, const OrganizationMention&)>;

std::vector<ClaimDraft> build_claims(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                                     const OrganizationKey& organization_key);

}  // namespace kg::ingest
