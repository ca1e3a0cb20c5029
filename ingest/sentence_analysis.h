#pragma once
// What the extraction rules find in one sentence: its tokens and the mentions of entities,
// meetings, dates and attribution in it. Spans are token indices [begin, end).

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/partial_date.h"
#include "ingest/sentence_splitter.h"
#include "ingest/token.h"

namespace kg::ingest {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool contains(std::size_t i) const { return i >= begin && i < end; }
};

// The tokens of one clause: a clause id per token, or the whole sentence.
struct Clause {
    const std::vector<int>* ids = nullptr;  // nullptr: the whole sentence
    int id = 0;
    bool contains(std::size_t token) const { return !ids || (token < ids->size() && (*ids)[token] == id); }
};

struct CountryMention {
    Span span;
    std::string country;
    bool possessive = false;  // "China's assertiveness"
    bool topic = false;       // what is spoken of, not who acts: "concern over China"
    bool locative = false;    // where a place is: "Liverpool, UK"
};

struct PlaceMention {
    Span span;
    std::string name;
};

struct OrganizationMention {
    Span span;
    Organization organization;
};

struct OfficeMention {
    Span span;
    std::size_t phrase_begin = 0;  // where its qualifier starts: "Japan" of "Japan's new Defense Minister"
    std::string title;
    std::string country;           // "" until resolved when the text does not say
    bool explicit_country = false;  // the text names the country next to the title
    std::size_t person = kNone;     // index into SentenceAnalysis::persons, when a name follows
    bool implied = false;           // inferred ("their U.S. counterparts A and B"), not written
    bool former = false;            // "then Prime Minister", "former President": not held now
    std::string organization;       // "NATO Secretary-General": an organization's office
};

struct PersonMention {
    Span span;
    std::string name;  // as written here
    std::string key;   // set once resolved against the article's people
    std::size_t office = kNone;  // index into offices: the title naming this person
    std::string country;         // the country the text gives them: "Japan's Takeo Akiba"
    bool detached = false;       // not an actor: an owner ("Kishida's Cabinet"), a predecessor
};

// Other: "another", an indefinite that by its meaning is never a meeting already told.
enum class Determiner { None, Definite, Indefinite, Other, Possessive };

struct MeetingMention {
    Span span;  // cues and head
    std::size_t head = 0;
    std::string type;
    bool generic = true;  // "talks" rather than "two-plus-two" or "summit"
    Determiner determiner = Determiner::None;
    bool past_reference = false;  // "last", "previous", "previously"
    bool next_reference = false;  // "next", "upcoming", "planned"
    bool also = false;            // "also ... a meeting": another meeting
    bool side_host = false;       // "on the sidelines of <this>"
    bool reference_only = false;  // "the call": a meeting already told, never a new one
};

struct DateSpan {
    Span span;
    PartialDate date;
    bool of_report = false;  // "said Sunday": when the statement was made
};

struct Attribution {
    Span source;
    Span claim;
    std::string verb;
    std::optional<Span> relay;  // "citing officials"
};

struct SentenceAnalysis {
    Sentence sentence;
    std::vector<Token> tokens;
    std::vector<bool> taken;  // tokens already inside an entity mention
    std::vector<CountryMention> countries;
    std::vector<PlaceMention> places;
    std::vector<OrganizationMention> organizations;
    std::vector<OfficeMention> offices;
    std::vector<PersonMention> persons;
    std::vector<MeetingMention> meetings;
    std::vector<DateSpan> dates;
    std::vector<std::size_t> meeting_verbs;  // token index of "met", "will meet with", ...
    std::vector<std::size_t> clause_starts;  // tokens that open a subordinate clause ("who", "after")
    std::vector<std::size_t> clause_breaks;  // tokens where another clause begins for good (attribution)
    std::vector<int> clause_ids;             // per token, from assign_clauses()
    std::optional<Attribution> attribution;
    bool past_tense = false;  // the sentence tells of what has happened

    // Gives each token its clause. A subordinate clause set off by a comma ("Blinken, who
    // arrived on Wednesday, will meet Wang") ends at the next comma, and the clause it
    // interrupted goes on after it; other subordinate clauses and breaks run to the next one.
    void assign_clauses();
    Clause clause_of(std::size_t token) const { return {&clause_ids, clause_ids.at(token)}; }
};

}  // namespace kg::ingest
