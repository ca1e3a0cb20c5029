#include "ingest/claim_builder.h"

#include <algorithm>
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

// The claim of sentence S, which attributes a statement. "they said" takes the source of
// LAST, the claim before it.
ClaimDraft attributed_claim(const SentenceAnalysis& a, std::size_t s, const Lexicons& lex,
                            const OrganizationKey& organization_key, const std::optional<ClaimDraft>& last) {
    const Attribution& at = *a.attribution;
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
    if (pronoun && last) {
        claim.source = last->source;
        claim.source_key = last->source_key;
    }
    return claim;
}

bool has_claim(const SentenceAnalysis& a) {
    return a.attribution && !a.sentence.headline && a.attribution->claim.end > a.attribution->claim.begin;
}

std::size_t quote_marks(const SentenceAnalysis& a) { return std::count(a.sentence.text.begin(), a.sentence.text.end(), '"'); }

// `"Our ties are strong. We will act," X said`: a sentence that opens a quotation which a later
// sentence closes before its attribution; the closing sentence, whose source said them all.
std::optional<std::size_t> quotation_closer(const std::vector<SentenceAnalysis>& sentences, std::size_t s) {
    constexpr std::size_t kMaxQuotedSentences = 4;
    const auto& a = sentences[s];
    if (a.tokens.empty() || !a.sentence.text.starts_with('"') || quote_marks(a) % 2 == 0) return std::nullopt;
    for (std::size_t t = s + 1; t < sentences.size() && t <= s + kMaxQuotedSentences; ++t)
        if (quote_marks(sentences[t]) % 2 == 1) return has_claim(sentences[t]) ? std::optional(t) : std::nullopt;
    return std::nullopt;
}

// Sentence S of a quotation, as SAID, the claim of the sentence that closes it, attributes it.
ClaimDraft quoted_claim(const SentenceAnalysis& a, std::size_t s, const Lexicons& lex, ClaimDraft said) {
    said.sentence = s;
    said.span = {0, a.tokens.size()};
    said.text = slice(a, said.span);
    said.hedged = hedged(a, lex, said.span);
    return said;
}

}  // namespace

std::vector<ClaimDraft> build_claims(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                                     const OrganizationKey& organization_key) {
    std::vector<ClaimDraft> claims;
    std::optional<ClaimDraft> last_source;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const auto& a = sentences[s];
        if (has_claim(a)) {
            last_source = attributed_claim(a, s, lex, organization_key, last_source);
            claims.push_back(*last_source);
        } else if (auto closer = quotation_closer(sentences, s)) {
            const ClaimDraft said = attributed_claim(sentences[*closer], *closer, lex, organization_key, last_source);
            for (; s < *closer; ++s) claims.push_back(quoted_claim(sentences[s], s, lex, said));
            --s;
        }
    }
    return claims;
}

}  // namespace kg::ingest
