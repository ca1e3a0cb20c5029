#pragma once
// Verbs of meeting ("A met B", "A will hold talks with B", "ministers met"): whom a verb
// brings together, and what in its clause sets its meeting apart from those told before.

#include <cstddef>
#include <set>
#include <string>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

// Who a verb of meeting brings together: the subjects, named before the clause's first such
// verb (or the person a relative clause tells of), and its own objects, up to the next verb:
// in "A will hold talks with B and will also call on C", B is not at the call.
struct VerbParties {
    std::set<std::string> people;
    std::size_t subjects = 0;
    std::size_t objects = 0;
    std::size_t objects_end = 0;  // the token after the last object
};

VerbParties verb_parties(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb);

// "A called on B to act": a verb of calling on someone urges when an infinitive follows
// its object, and tells of no visit.
bool urged(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb, const VerbParties& parties);

// "A held talks with B" after "... and other officials": B is not named as an attendee.
bool with_follows(const SentenceAnalysis& a, std::size_t verb);

// "A also met B separately": a meeting of its own, even on the sidelines of another.
bool separate_meeting(const SentenceAnalysis& a, std::size_t verb);

// "A held talks with B on the sidelines": not the meeting told before, though both attend it.
bool on_sidelines(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb);

}  // namespace kg::ingest
