#include "ingest/claim_builder.h"

#include <functional>

namespace kg::ingest {
namespace {

const std::set<std::string> kPronouns{"they", "he", "she", "it", "we"};

std::string slice(const SentenceAnalysis& a, Span span) {
    if (span.begin >= span.end) return "";
    const std::string& text = a.sentence.text;
    std::size_t begin = a.tokens[span.begin].begin;
    return text.substr(begin, a.tokens[span.end - 1].end - begin);
}

// The source phrase without the dates that open it ("Last month Chinese President Xi").
Span strip_dates(const SentenceAnalysis& a, Span source) {
    for (const auto& date : a.dates)
        if (date.span.begin <= source.begin && date.span.end > source.begin) source.begin = date.span.end;
    return source;
}

bool hedged(const SentenceAnalysis& a, const Lexicons& lex, Span claim) {
    for (std::size_t i = claim.begin; i < claim.end; ++i)
        if (lex.hedge_matcher.match_at(a.tokens, i)) return true;
    return false;
}

}  // namespace

std::vector<ClaimDraft> build_claims(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                                     const OrganizationKey& organization_key) {
    std::vector<ClaimDraft> claims;
    std::optional<ClaimDraft> last_source;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const auto& a = sentences[s];
        if (!a.attribution || a.sentence.headline) continue;
        const Attribution& at = *a.attribution;
        if (at.claim.end <= at.claim.begin) continue;
        ClaimDraft claim;
        claim.sentence = s;
        claim.span = at.claim;
        claim.text = slice(a, at.claim);
        Span source = strip_dates(a, at.source);
        claim.source = slice(a, source);
        claim.verb = at.verb;
        claim.hedged = hedged(a, lex, at.claim);
        if (at.relay) claim.via = slice(a, *at.relay);
        for (const auto& p : a.persons)
            if (source.contains(p.span.begin) && !p.key.empty()) {
                claim.source_key = p.key;
                claim.source = p.name;
            }
        for (const auto& o : a.organizations)
            if (source.contains(o.span.begin) && claim.source_key.empty()) claim.source_key = organization_key(a, o);
        bool pronoun = source.end == source.begin + 1 && kPronouns.contains(a.tokens[source.begin].lower);
        if (pronoun && last_source) {
            claim.source = last_source->source;
            claim.source_key = last_source->source_key;
        }
        last_source = claim;
        claims.push_back(std::move(claim));
    }
    return claims;
}

}  // namespace kg::ingest
