#pragma once
// Every word list the extraction rules read, loaded once from the lexicon folder (see
// ingest/lexicons/*.tsv for each file's format).

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/partial_date.h"
#include "ingest/phrase_matcher.h"

namespace kg::ingest {

// Within: a name that holds a country's form but names no country ("South China Sea").
enum class CountryFormKind { Name, Demonym, Abbrev, Capital, Within };

struct CountryForm {
    std::string country;  // canonical name
    CountryFormKind kind = CountryFormKind::Name;
};

struct Organization {
    std::string name;
    std::string kind;
    std::string country;  // "" when it depends on the text ("the Foreign Ministry")
};

// A country's membership of a group of countries (groups.tsv); `left` unknown: still a member.
struct GroupMember {
    std::string country;
    PartialDate joined;
    PartialDate left;
};

// An office a known official held (officials.tsv); `to` unknown: still held.
struct Tenure {
    std::string country;
    std::string office;
    PartialDate from;
    PartialDate to;
};

struct Lexicons {
    // Phrase matchers; each match's value indexes the vector beside it.
    PhraseMatcher country_matcher;
    std::vector<CountryForm> country_forms;
    PhraseMatcher office_matcher;
    PhraseMatcher plural_office_matcher;  // "Foreign Ministers": the same values as office_matcher
    std::vector<std::string> office_titles;
    PhraseMatcher organization_matcher;
    std::vector<Organization> organizations;
    PhraseMatcher place_matcher;
    std::vector<std::string> places;                    // place names; capitals are places too
    std::map<std::string, std::string> place_country;  // place -> country it is in

    // Meetings.
    PhraseMatcher meeting_head_matcher;
    std::vector<std::string> meeting_head_types;
    std::vector<bool> meeting_head_references;  // the head only refers back ("the call")
    PhraseMatcher meeting_cue_matcher;
    std::vector<std::string> meeting_cue_types;
    PhraseMatcher meeting_verb_matcher;
    std::vector<std::string> meeting_verb_types;  // "phone call" for "spoke by phone with"; "" for "met"
    std::vector<bool> meeting_verb_courtesy;      // "called on": no meeting when an infinitive follows
    PhraseMatcher meeting_side_matcher;
    PhraseMatcher meeting_modifier_matcher;
    std::vector<std::string> meeting_modifier_values;  // "past", "next" or ""
    std::map<std::string, std::string> determiners;    // "the" -> "definite"
    std::set<std::string> determiner_stops;            // "for": no determiner of a head lies before it
    PhraseMatcher destination_matcher;
    std::set<std::string> topic_words;
    std::set<std::string> party_words;
    PhraseMatcher parties_matcher;
    PhraseMatcher postponed_matcher;
    PhraseMatcher stand_in_matcher;  // "standing in for X": X takes no part
    PhraseMatcher participation_matcher;  // "took part": in the meeting last told
    PhraseMatcher absence_matcher;        // "absent", "without": a group's member that takes no part
    PhraseMatcher negation_matcher;       // "will not attend", "skips": the person before it takes no part
    std::map<std::string, std::vector<GroupMember>> group_members;  // group (as in organizations.tsv) -> members

    // Attribution.
    PhraseMatcher reporting_verb_matcher;
    PhraseMatcher reporting_prep_matcher;
    PhraseMatcher relay_matcher;
    PhraseMatcher hedge_matcher;
    PhraseMatcher reporting_tail_matcher;  // "at", "after": where or when, after "X said"
    PhraseMatcher audience_matcher;  // "a news conference" in "X told a news conference."

    // People.
    std::set<std::string> honorifics;
    std::set<std::string> role_nouns;
    std::map<std::string, std::string> plural_roles;  // "secretaries" -> "Secretary"
    std::set<std::string> detaching_nouns;
    std::set<std::string> not_name_words;
    std::set<std::string> name_particles;  // "bin", "da", "al": lowercase words inside names
    std::set<std::string> abbreviation_words;  // "Jan": no name with its full stop ("Jan. 9"), else one ("Jan Lipka")
    std::set<std::string> clause_words;
    std::set<std::string> relative_pronouns;  // "who": its clause tells of the person before it
    std::set<std::string> time_clause_words;  // ", when": its clause is at the time of the one before it
    PhraseMatcher title_modifier_matcher;
    PhraseMatcher past_title_matcher;
    PhraseMatcher entourage_matcher;  // "accompanied by": the officials after it are the subject's
    PhraseMatcher name_cue_matcher;  // "led by" (value 0), "succeeding" (1): a full name follows
    std::map<std::string, int> group_numbers;  // "four" -> 4, "both" -> 2
    std::set<std::string> group_nouns;

    // Which titles each country's government uses, and the title for a role.
    std::map<std::string, std::set<std::string>> country_titles;
    std::map<std::string, std::string> title_role;                         // title -> role
    std::map<std::pair<std::string, std::string>, std::string> role_title;  // (country, role) -> title
    std::set<std::string> any_government_titles;
    std::map<std::string, std::vector<Tenure>> official_tenures;  // person key -> offices held (officials.tsv)

    // Whether token i can be no part of a person's name.
    bool never_in_name(const std::vector<Token>& tokens, std::size_t i) const;

    // Whether a country's government has this title (true for countries without a list).
    bool country_has_title(const std::string& country, const std::string& title) const;

    // What a user typed, in canonical form: "defence secretary" -> "Secretary of Defense",
    // "US" -> "United States"; "" when the whole text is no known title or country.
    std::string canonical_title(std::string_view text) const;
    std::string canonical_country(std::string_view text) const;
};

Lexicons load_lexicons(const std::filesystem::path& dir);

}  // namespace kg::ingest
