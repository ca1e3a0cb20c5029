#include "ingest/meeting_verbs.h"

#include <algorithm>

#include "ingest/mention_facts.h"

namespace kg::ingest {

VerbParties verb_parties(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb) {
    Clause clause = a.clause_of(verb);
    std::size_t first = verb;
    std::size_t next = a.tokens.size();
    for (std::size_t other : a.meeting_verbs) {
        if (!clause.contains(other)) continue;
        first = std::min(first, other);
        if (other > verb) next = std::min(next, other);
    }
    VerbParties parties;
    if (const PersonMention* subject = relative_subject(a, lex, clause)) {
        parties.people.insert(subject->key);
        ++parties.subjects;
    }
    for (const auto& p : a.persons) {
        if (!clause.contains(p.span.begin) || p.detached || p.key.empty()) continue;
        bool subject = p.span.begin < first;
        bool object = p.span.begin > verb && p.span.begin < next;
        if (!subject && !object) continue;
        parties.people.insert(p.key);
        (subject ? parties.subjects : parties.objects) += 1;
        if (object) parties.objects_end = std::max(parties.objects_end, p.span.end);
    }
    return parties;
}

bool urged(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb, const VerbParties& parties) {
    auto match = lex.meeting_verb_matcher.match_at(a.tokens, verb);
    bool courtesy = match && lex.meeting_verb_courtesy[static_cast<std::size_t>(match->value)];
    std::size_t end = parties.objects_end;
    return courtesy && end < a.tokens.size() && a.tokens[end].lower == "to";
}

bool with_follows(const SentenceAnalysis& a, std::size_t verb) {
    for (std::size_t i = verb + 1; i < a.tokens.size() && i <= verb + 3; ++i)
        if (a.tokens[i].lower == "with") return true;
    return false;
}

bool separate_meeting(const SentenceAnalysis& a, std::size_t verb) {
    Clause clause = a.clause_of(verb);
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (clause.contains(i) && (a.tokens[i].lower == "separately" || (i < verb && a.tokens[i].lower == "also")))
            return true;
    return false;
}

bool on_sidelines(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb) {
    Clause clause = a.clause_of(verb);
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (clause.contains(i) && lex.meeting_side_matcher.match_at(a.tokens, i)) return true;
    return false;
}

}  // namespace kg::ingest
