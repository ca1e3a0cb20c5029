#pragma once
// What the clause around a meeting mention says: the countries taking part, the date and
// place, and the people at the meeting, read from the mention's own clause and the clauses
// that tell of it ("Hayashi, who chaired the talks"; "last met in April, when ...").

#include <set>
#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/partial_date.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

struct MentionFacts {
    std::set<std::string> countries;
    std::set<std::string> groups;  // groups of countries meeting: "NATO leaders ... at a summit"
    PartialDate date;
    bool date_attached = false;  // the date belongs to the mention's own phrase ("the summit in Seoul in May")
    std::string place;
    std::vector<std::string> people;  // person keys
    bool past_tense = false;
    bool names_parties = false;  // "the two sides", "their": the parties told of before
    bool postponed = false;      // "... expected to push it back"
};

// The facts of CLAUSE around the mention (a clause or the whole sentence).
MentionFacts facts_of_clause(const SentenceAnalysis& a, const Lexicons& lex, Clause clause, Span mention);

// Whether the sentence keeps person I (an index into a.persons) from its meetings: "in place of
// President X", "X will not attend the summit".
bool takes_no_part(const SentenceAnalysis& a, const Lexicons& lex, std::size_t i);

// "Hayashi, who chaired the talks, ...": the person a relative clause tells of, or nullptr.
const PersonMention* relative_subject(const SentenceAnalysis& a, const Lexicons& lex, Clause clause);

}  // namespace kg::ingest
