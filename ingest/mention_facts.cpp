#include "ingest/mention_facts.h"

#include <algorithm>

#include "ingest/group_members.h"

namespace kg::ingest {
namespace {

bool in_source(const SentenceAnalysis& a, std::size_t token) {
    return a.attribution && a.attribution->source.contains(token);
}

// A meeting named between the source and the claim is where the source spoke: "Austin told
// the meeting that ...", "Ruiz, speaking on the sidelines of the summit, said ...".
bool spoken_at(const SentenceAnalysis& a, Span mention) {
    return a.attribution && mention.begin > a.attribution->source.end && mention.begin < a.attribution->claim.begin;
}

constexpr std::size_t kPartyWindow = 8;

// Countries that take part: named before the meeting in its clause ("Japan and India will
// hold talks"), or right after it behind a party word ("talks between Japan and India");
// never what the meeting is about ("concern over China") or where a place is ("Liverpool, UK").
bool party_position(const SentenceAnalysis& a, const Lexicons& lex, Span party, Clause clause, Span mention) {
    if (!clause.contains(party.begin) || in_source(a, party.begin)) return false;
    if (party.begin < mention.begin) return true;
    bool introduced = mention.end < a.tokens.size() && lex.party_words.contains(a.tokens[mention.end].lower);
    return introduced && party.begin < mention.end + kPartyWindow;
}

bool is_party(const SentenceAnalysis& a, const Lexicons& lex, const CountryMention& c, Clause clause, Span mention) {
    return !c.possessive && !c.topic && !c.locative && party_position(a, lex, c.span, clause, mention);
}

// The word that opens a clause set off by a comma ("..., who", "..., when"), or kNone.
std::size_t after_comma_opening(const SentenceAnalysis& a, Clause clause) {
    if (!clause.ids) return kNone;
    std::size_t first = 0;
    while (first < a.tokens.size() && !clause.contains(first)) ++first;
    if (first < 2 || first == a.tokens.size() || a.tokens[first - 1].text != ",") return kNone;
    return first;
}

// The date in a clause nearest a token.
PartialDate nearest_date(const SentenceAnalysis& a, Clause clause, std::size_t token) {
    PartialDate date;
    std::size_t best = kNone;
    for (const auto& d : a.dates) {
        if (d.of_report || !clause.contains(d.span.begin)) continue;
        std::size_t distance = d.span.begin > token ? d.span.begin - token : token - d.span.begin;
        if (distance < best) {
            best = distance;
            date = d.date;
        }
    }
    return date;
}

// "They last met in April, when A held talks with B": a clause of time after a comma is
// at the date of the clause before it.
PartialDate date_of_clause(const SentenceAnalysis& a, const Lexicons& lex, Clause clause, std::size_t token) {
    PartialDate date = nearest_date(a, clause, token);
    std::size_t first = after_comma_opening(a, clause);
    if (date.known() || first == kNone || !lex.time_clause_words.contains(a.tokens[first].lower)) return date;
    return nearest_date(a, a.clause_of(first - 2), first);
}

// Where the mention of a person begins, with the title and country naming them ("China's
// Foreign Minister Qin Gang").
std::size_t named_from(const SentenceAnalysis& a, std::size_t person) {
    std::size_t begin = a.persons[person].span.begin;
    for (const auto& office : a.offices)
        if (office.person == person) begin = std::min(begin, office.span.begin);
    for (const auto& c : a.countries)
        if (c.span.end == begin || (c.span.end + 1 == begin && c.possessive)) begin = c.span.begin;
    return begin;
}

constexpr std::size_t kMaxStandInAdjectives = 2;

bool stand_in_ends_at(const SentenceAnalysis& a, const Lexicons& lex, std::size_t end) {
    for (std::size_t from = end >= 4 ? end - 4 : 0; from < end; ++from) {
        auto phrase = lex.stand_in_matcher.match_at(a.tokens, from);
        if (phrase && from + phrase->length == end) return true;
    }
    return false;
}

// "standing in for Foreign Minister Qin", "in place of absent FM Qin": the person someone
// replaces takes no part.
bool stood_in_for(const SentenceAnalysis& a, const Lexicons& lex, std::size_t person) {
    std::size_t begin = named_from(a, person);
    for (std::size_t k = 0; k <= kMaxStandInAdjectives && begin > 0; ++k, --begin) {
        if (stand_in_ends_at(a, lex, begin)) return true;
        if (!a.tokens[begin - 1].word || a.tokens[begin - 1].capitalized) return false;
    }
    return false;
}

constexpr std::size_t kMaxAttachedDate = 4;

// "the summit in Seoul in May", "the G7 summit next month": a date right after the mention,
// past nothing but prepositions and names, is the mention's own.
bool date_follows(const SentenceAnalysis& a, const Lexicons& lex, Span mention) {
    for (const auto& d : a.dates) {
        if (d.of_report || d.span.begin < mention.end || d.span.begin > mention.end + kMaxAttachedDate) continue;
        bool linked = true;
        for (std::size_t i = mention.end; i < d.span.begin; ++i)
            linked = linked && (a.tokens[i].capitalized || lex.determiner_stops.contains(a.tokens[i].lower));
        if (linked) return true;
    }
    return false;
}

// "Milei will not attend Monday's summit": a negation between a person and the meeting named
// after them, in the person's own clause, keeps the person away. Not for a verb of meeting,
// whose negation tells of no meeting at all ("a format that had not met since 2016") and is
// left to the verb's rules.
bool kept_away(const SentenceAnalysis& a, const Lexicons& lex, const PersonMention& p, Span mention) {
    if (std::find(a.meeting_verbs.begin(), a.meeting_verbs.end(), mention.begin) != a.meeting_verbs.end()) return false;
    Clause own = a.clause_of(p.span.begin);
    for (std::size_t i = p.span.end; i < mention.begin; ++i)
        if (own.contains(i) && lex.negation_matcher.match_at(a.tokens, i)) return true;
    return false;
}

}  // namespace

bool takes_no_part(const SentenceAnalysis& a, const Lexicons& lex, std::size_t i) {
    return stood_in_for(a, lex, i) || std::any_of(a.meetings.begin(), a.meetings.end(), [&](const MeetingMention& m) {
               return m.span.begin > a.persons[i].span.end && kept_away(a, lex, a.persons[i], m.span);
           });
}

const PersonMention* relative_subject(const SentenceAnalysis& a, const Lexicons& lex, Clause clause) {
    std::size_t first = after_comma_opening(a, clause);
    if (first == kNone || !lex.relative_pronouns.contains(a.tokens[first].lower)) return nullptr;
    for (const auto& p : a.persons)
        if (p.span.end == first - 1 && !p.key.empty() && !p.detached) return &p;
    return nullptr;
}

MentionFacts facts_of_clause(const SentenceAnalysis& a, const Lexicons& lex, Clause clause, Span mention) {
    MentionFacts f;
    for (const auto& c : a.countries)
        if (is_party(a, lex, c, clause, mention)) f.countries.insert(c.country);
    // Groups take part where countries do: "NATO leaders met at a summit", "a meeting of the G7".
    for (const auto& o : a.organizations) {
        std::string group = group_of(a, lex, o);
        if (!group.empty() && party_position(a, lex, o.span, clause, mention)) f.groups.insert(group);
    }
    f.date = date_of_clause(a, lex, clause, mention.begin);
    f.date_attached = date_follows(a, lex, mention);
    for (const auto& p : a.places)
        if (clause.contains(p.span.begin) && f.place.empty()) f.place = p.name;
    for (std::size_t i = 0; i < a.tokens.size() && !f.names_parties; ++i)
        f.names_parties = clause.contains(i) && lex.parties_matcher.match_at(a.tokens, i).has_value();
    for (std::size_t i = 0; i < a.tokens.size() && !f.postponed; ++i)
        f.postponed = lex.postponed_matcher.match_at(a.tokens, i).has_value();
    bool addressed = spoken_at(a, mention);
    for (std::size_t i = 0; i < a.persons.size(); ++i) {
        const auto& p = a.persons[i];
        bool speaker = in_source(a, p.span.begin) && !addressed;
        if (clause.contains(p.span.begin) && !p.detached && !speaker && !p.key.empty() && !stood_in_for(a, lex, i) &&
            !kept_away(a, lex, p, mention))
            f.people.push_back(p.key);
    }
    if (const PersonMention* subject = relative_subject(a, lex, clause)) f.people.push_back(subject->key);
    return f;
}

}  // namespace kg::ingest
