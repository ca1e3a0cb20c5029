#pragma once
// Turns the meeting mentions of an article into meetings: each mention either refers to a
// meeting already told (same type or a generic word, compatible date and countries) or
// starts a new one. A definite or bare mention ("the talks") refers back to the meeting last
// told; "the next meeting" to the upcoming one; an indefinite one ("a meeting", "also ... a
// meeting") starts a new meeting unless it names the type of one already told. People in the
// mention's clause attend. "A met B" is a meeting of its own unless it tells again of one its
// people attend; talks on the sidelines of a meeting among some of its people are their own.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/partial_date.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

struct MeetingDraft {
    std::string type = "talks";
    bool generic = true;
    std::set<std::string> countries;
    std::set<std::string> groups;  // groups of countries whose meeting it is (their members take part)
    std::set<std::string> named_countries;  // countries named as its parties, not only through its people
    std::set<std::string> outsiders;        // of those, the ones in none of its groups ("US-ASEAN summit")
    PartialDate date;
    std::string place;
    bool spoken_of_as_past = false;
    bool postponed = false;
    std::map<std::string, std::set<std::size_t>> attendees;  // person key -> evidence sentences
    std::set<std::size_t> sentences;                         // every sentence telling of it
    std::size_t last_sentence = 0;

    // "held", "postponed" or "planned": held when its date has passed the article's date (or,
    // without dates, when the article speaks of it in the past); postponed when the article
    // says it is put off; planned otherwise.
    std::string status(const PartialDate& published) const;
};

// person key -> the country of the office the article gives them, or of the name ("Japan's Takeo Akiba")
using PersonCountries = std::map<std::string, std::string>;

std::vector<MeetingDraft> build_meetings(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                                         const PersonCountries& person_countries, const PartialDate& published);

}  // namespace kg::ingest
