#include "ingest/attribution_finder.h"

#include <algorithm>

namespace kg::ingest {
namespace {

constexpr std::size_t kMaxSourceTokens = 10;
constexpr std::size_t kMaxLeadingSourceStart = 12;

bool is_comma(const Token& t) { return t.text == "," || t.text == ";" || t.text == ":"; }
bool is_end_punct(const Token& t) { return t.text == "." || t.text == "!" || t.text == "?"; }

std::size_t trim_end(const SentenceAnalysis& a, std::size_t begin, std::size_t end) {
    while (end > begin && (is_comma(a.tokens[end - 1]) || is_end_punct(a.tokens[end - 1]))) --end;
    return end;
}

std::optional<std::size_t> comma_between(const SentenceAnalysis& a, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        if (is_comma(a.tokens[i])) return i;
    return std::nullopt;
}

// Where a source phrase ends: at a comma, the sentence end, or a date ("on Sunday").
std::size_t source_end(const SentenceAnalysis& a, std::size_t begin) {
    std::size_t end = begin;
    while (end < a.tokens.size() && !is_comma(a.tokens[end]) && !is_end_punct(a.tokens[end])) ++end;
    for (const auto& date : a.dates)
        if (date.span.begin > begin && date.span.begin < end) {
            end = date.span.begin;
            if (end > begin && a.tokens[end - 1].lower == "on") --end;
        }
    return end;
}

std::optional<Span> relay_after(const SentenceAnalysis& a, const Lexicons& lex, std::size_t pos) {
    while (pos < a.tokens.size() && is_comma(a.tokens[pos])) ++pos;
    auto relay = lex.relay_matcher.match_at(a.tokens, pos);
    if (!relay) return std::nullopt;
    std::size_t begin = pos + relay->length;
    std::size_t end = begin;
    while (end < a.tokens.size() && !is_comma(a.tokens[end]) && !is_end_punct(a.tokens[end]) &&
           a.tokens[end].lower != "that")
        ++end;
    return Span{begin, end};
}

void mark_report_dates(SentenceAnalysis& a, std::size_t verb_end) {
    for (auto& date : a.dates) {
        std::size_t gap = date.span.begin >= verb_end ? date.span.begin - verb_end : kMaxSourceTokens;
        bool on = gap == 1 && a.tokens[verb_end].lower == "on";
        if (gap == 0 || on) date.of_report = true;
    }
}

constexpr std::size_t kMaxAttributionTail = 3;
constexpr std::size_t kMaxAudienceStart = 3;

// "..., Hayashi told a regular press conference.": the audience ends the attribution.
bool told_audience(const SentenceAnalysis& a, const Lexicons& lex, std::size_t pos) {
    for (std::size_t i = pos; i < a.tokens.size() && i <= pos + kMaxAudienceStart; ++i) {
        auto audience = lex.audience_matcher.match_at(a.tokens, i);
        std::size_t end = audience ? i + audience->length : 0;
        if (audience && (end == a.tokens.size() || is_comma(a.tokens[end]) || is_end_punct(a.tokens[end]))) return true;
    }
    return false;
}

// After "X said": a relayed source, a date, or a few words ("on Sunday", "in a statement")
// up to a comma or the end. More words ("said the talks were ...") mean the statement
// follows the verb instead.
bool closes_attribution(const SentenceAnalysis& a, const Lexicons& lex, std::size_t pos) {
    if (pos < a.tokens.size() && lex.relay_matcher.match_at(a.tokens, pos)) return true;
    if (told_audience(a, lex, pos)) return true;
    for (const auto& date : a.dates)
        if (date.span.begin == pos) return true;
    for (std::size_t i = pos; i <= pos + kMaxAttributionTail; ++i)
        if (i >= a.tokens.size() || is_comma(a.tokens[i]) || is_end_punct(a.tokens[i])) return true;
    return false;
}

// "..., Japanese government sources said Sunday." / "..., Kyodo News reported, citing Y." /
// "We will act," said Foreign Minister X.
std::optional<Attribution> trailing(SentenceAnalysis& a, const Lexicons& lex) {
    for (std::size_t v = a.tokens.size(); v-- > 1;) {
        auto verb = lex.reporting_verb_matcher.match_at(a.tokens, v);
        if (!verb) continue;
        std::size_t after = v + verb->length;
        std::size_t comma = v;
        while (comma > 0 && !is_comma(a.tokens[comma - 1])) --comma;
        if (comma == 0 || v - comma > kMaxSourceTokens) return std::nullopt;
        Span claim{0, trim_end(a, 0, comma - 1)};
        if (v == comma) {  // the verb first: "..., said X."
            std::size_t end = source_end(a, after);
            if (end == after) return std::nullopt;
            return Attribution{{after, end}, claim, a.tokens[v].lower, std::nullopt};
        }
        if (!closes_attribution(a, lex, after)) return std::nullopt;
        mark_report_dates(a, after);
        return Attribution{{comma, v}, claim, a.tokens[v].lower, relay_after(a, lex, after)};
    }
    return std::nullopt;
}

// "X told reporters in Abuja that ...": the statement starts after "that".
std::size_t after_addressee(const SentenceAnalysis& a, std::size_t pos) {
    for (std::size_t i = pos; i < a.tokens.size() && i < pos + kMaxSourceTokens; ++i) {
        if (is_comma(a.tokens[i]) || is_end_punct(a.tokens[i])) break;
        if (a.tokens[i].lower == "that") return i;
    }
    return pos;
}

// "X said (that) ...", with X at the start of the sentence.
std::optional<Attribution> leading(SentenceAnalysis& a, const Lexicons& lex) {
    for (std::size_t v = 1; v < a.tokens.size() && v <= kMaxLeadingSourceStart; ++v) {
        auto verb = lex.reporting_verb_matcher.match_at(a.tokens, v);
        if (!verb) continue;
        if (comma_between(a, 0, v)) return std::nullopt;
        std::size_t claim = v + verb->length;
        auto relay = relay_after(a, lex, claim);
        if (relay) claim = relay->end;
        claim = after_addressee(a, claim);
        while (claim < a.tokens.size() && (is_comma(a.tokens[claim]) || a.tokens[claim].lower == "that")) ++claim;
        mark_report_dates(a, v + verb->length);
        return Attribution{{0, v}, {claim, trim_end(a, claim, a.tokens.size())}, a.tokens[v].lower, relay};
    }
    return std::nullopt;
}

// "According to X, ..." or "..., according to X."
std::optional<Attribution> according(SentenceAnalysis& a, const Lexicons& lex) {
    for (std::size_t p = 0; p < a.tokens.size(); ++p) {
        auto prep = lex.reporting_prep_matcher.match_at(a.tokens, p);
        if (!prep) continue;
        std::size_t begin = p + prep->length;
        std::size_t end = source_end(a, begin);
        if (end == begin) return std::nullopt;
        Span claim = p == 0 ? Span{std::min(end + 1, a.tokens.size()), trim_end(a, end, a.tokens.size())}
                            : Span{0, trim_end(a, 0, p)};
        return Attribution{{begin, end}, claim, "according to", std::nullopt};
    }
    return std::nullopt;
}

}  // namespace

void find_attribution(SentenceAnalysis& a, const Lexicons& lex) {
    a.attribution = according(a, lex);
    if (!a.attribution) a.attribution = trailing(a, lex);
    if (!a.attribution) a.attribution = leading(a, lex);
    if (!a.attribution) return;
    const Attribution& at = *a.attribution;
    // The attribution is a clause of its own: people in it are sources, not participants.
    a.clause_breaks.push_back(at.source.begin);
    std::size_t after = std::max(at.source.end, at.relay ? at.relay->end : 0);
    if (at.claim.begin > at.source.begin) after = at.claim.begin;
    a.clause_breaks.push_back(after);
}

}  // namespace kg::ingest
