#pragma once
// Meetings of a group of countries (the G7, NATO, BRICS, ...): a reader knows who its members
// were on the meeting's date (groups.tsv), and takes out those the article says are absent.

#include <set>
#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/meeting_builder.h"
#include "ingest/partial_date.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

// The members of GROUP on DATE (on the article's date when the meeting's is unknown).
std::set<std::string> members_on(const Lexicons& lex, const std::string& group, const PartialDate& date);

// The group an organization mention names, or "" ("NATO" is one; "the Foreign Ministry" is not;
// nor "NATO" of "NATO Secretary-General", which names an office).
std::string group_of(const SentenceAnalysis& a, const Lexicons& lex, const OrganizationMention& o);

// Countries the article says take no part: "opens without Myanmar", "Myanmar will be absent".
std::set<std::string> absent_countries(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex);

// The group's meeting an article is about (told in its headline or lede) is attended by the
// officials the article names of its member countries at its level: heads of state and
// government at a summit, ministers at other meetings; not by those it says stay away.
void add_group_attendees(std::vector<MeetingDraft>& meetings, const std::vector<SentenceAnalysis>& sentences,
                         const Lexicons& lex);

}  // namespace kg::ingest
