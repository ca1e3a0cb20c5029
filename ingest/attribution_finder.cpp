#include "ingest/attribution_finder.h"

#include <algorithm>

namespace kg::ingest {
namespace {

constexpr std::size_t kMaxSourceTokens = 10;
constexpr std::size_t kMaxLeadingSourceStart = 12;
constexpr std::size_t kMaxOpeningPhrase = 20;
constexpr std::size_t kMaxAsideTokens = 25;  // "X, who took over as the government's top spokesman last week ..., said"

bool is_comma(const Token& t) { return t.text == "," || t.text == ";" || t.text == ":"; }
bool is_end_punct(const Token& t) { return t.text == "." || t.text == "!" || t.text == "?"; }

std::size_t trim_end(const SentenceAnalysis& a, std::size_t begin, std::size_t end) {
    while (end > begin && (is_comma(a.tokens[end - 1]) || is_end_punct(a.tokens[end - 1]))) --end;
    return end;
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

// Whether "that" comes after POS before a comma or the sentence's end.
bool that_follows(const SentenceAnalysis& a, std::size_t pos) {
    for (std::size_t i = pos; i < a.tokens.size() && !is_comma(a.tokens[i]) && !is_end_punct(a.tokens[i]); ++i)
        if (a.tokens[i].lower == "that") return true;
    return false;
}

// After "X said": a relayed source, a date, a few words ("in a statement") up to a comma or
// the end, or a phrase of where or when ("at the airport before flying home") that no "that"
// follows. Other words ("said the talks were ...") mean the statement follows the verb.
bool closes_attribution(const SentenceAnalysis& a, const Lexicons& lex, std::size_t pos) {
    if (pos < a.tokens.size() && lex.relay_matcher.match_at(a.tokens, pos)) return true;
    if (told_audience(a, lex, pos)) return true;
    for (const auto& date : a.dates)
        if (date.span.begin == pos) return true;
    for (std::size_t i = pos; i <= pos + kMaxAttributionTail; ++i)
        if (i >= a.tokens.size() || is_comma(a.tokens[i]) || is_end_punct(a.tokens[i])) return true;
    return lex.reporting_tail_matcher.match_at(a.tokens, pos) && !that_follows(a, pos);
}

// Whether a quotation closes right after the token at POS: `"... we will act," X said`.
bool quote_closes_after(const SentenceAnalysis& a, std::size_t pos) {
    const std::size_t from = a.tokens[pos].end;
    const std::size_t to = pos + 1 < a.tokens.size() ? a.tokens[pos + 1].begin : a.sentence.text.size();
    return a.sentence.text.find('"', from) < to;
}

// Whether a person, an organization or an office is named from POS on, past an article.
bool names_source(const SentenceAnalysis& a, std::size_t pos) {
    if (pos < a.tokens.size() && (a.tokens[pos].lower == "the" || a.tokens[pos].lower == "a")) ++pos;
    auto starts_at = [pos](const auto& mentions) {
        return std::any_of(mentions.begin(), mentions.end(), [pos](const auto& m) { return m.span.begin == pos; });
    };
    return starts_at(a.persons) || starts_at(a.organizations) || starts_at(a.offices);
}

// "..., Japanese government sources said Sunday." / "..., Kyodo News reported, citing Y." /
// "We will act," said Foreign Minister X. / "We will act," X told reporters after the talks.
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
            // Not "X, speaking on condition of anonymity, said the talks had stalled."
            if (end == after || !(quote_closes_after(a, comma - 1) || names_source(a, after))) return std::nullopt;
            return Attribution{{after, end}, claim, a.tokens[v].lower, std::nullopt};
        }
        // A quotation that closes at the comma is the statement, whatever follows the verb.
        if (!quote_closes_after(a, comma - 1) && !closes_attribution(a, lex, after)) return std::nullopt;
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

// The comma before POS, scanning back from it; kNone when none.
std::size_t comma_before(const SentenceAnalysis& a, std::size_t pos) {
    while (pos > 0 && !is_comma(a.tokens[pos - 1])) --pos;
    return pos == 0 ? kNone : pos - 1;
}

// The source of "X said ...": from the sentence's start, or from the end of an opening phrase
// set off by a comma ("Speaking in New York on Tuesday, X said ..."), to the verb or to a
// phrase set off by commas before it ("A German diplomat, speaking on condition of
// anonymity, said ...", "Wang, China's top diplomat, said ..."). None when too long to be one.
std::optional<Span> leading_source(const SentenceAnalysis& a, std::size_t verb) {
    std::size_t end = verb;
    std::size_t comma = comma_before(a, verb);
    if (comma != kNone && comma + 1 == verb) {  // an aside closes right before the verb
        end = comma_before(a, comma);
        if (end == kNone || comma - end > kMaxAsideTokens) return std::nullopt;
        comma = comma_before(a, end);
    }
    const std::size_t begin = comma == kNone ? 0 : comma + 1;
    if (begin == end || end - begin > kMaxSourceTokens) return std::nullopt;
    if (begin == 0 ? end > kMaxLeadingSourceStart : begin > kMaxOpeningPhrase) return std::nullopt;
    return Span{begin, end};
}

// "X said (that) ...", with X at the start of the sentence or after an opening phrase.
std::optional<Attribution> leading(SentenceAnalysis& a, const Lexicons& lex) {
    for (std::size_t v = 1; v < a.tokens.size(); ++v) {
        auto verb = lex.reporting_verb_matcher.match_at(a.tokens, v);
        if (!verb) continue;
        const auto source = leading_source(a, v);
        if (!source) return std::nullopt;
        std::size_t claim = v + verb->length;
        auto relay = relay_after(a, lex, claim);
        if (relay) claim = relay->end;
        claim = after_addressee(a, claim);
        while (claim < a.tokens.size() && (is_comma(a.tokens[claim]) || a.tokens[claim].lower == "that")) ++claim;
        mark_report_dates(a, v + verb->length);
        return Attribution{*source, {claim, trim_end(a, claim, a.tokens.size())}, a.tokens[v].lower, relay};
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
    // "X, speaking at the summit, said": the aside is a clause of its own, about X.
    bool aside = at.source.end + 1 < at.claim.begin && a.tokens[at.source.end].text == ",";
    if (aside) a.clause_breaks.push_back(at.source.end + 1);
    std::size_t after = std::max(at.source.end, at.relay ? at.relay->end : 0);
    if (at.claim.begin > at.source.begin) after = at.claim.begin;
    a.clause_breaks.push_back(after);
}

}  // namespace kg::ingest
