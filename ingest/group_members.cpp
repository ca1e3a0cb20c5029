#include "ingest/group_members.h"

#include <algorithm>
#include <map>

#include "ingest/mention_facts.h"

namespace kg::ingest {
namespace {

constexpr std::size_t kAbsenceBefore = 2;  // "without Myanmar", "excluded Myanmar"
constexpr std::size_t kAbsenceAfter = 5;   // "Myanmar will also be absent"

// Whether a country mention names someone of the country, not the country: "Argentina's
// Milei", "the absent Argentine leader" (whose country may still take part).
bool names_someone(const SentenceAnalysis& a, const Lexicons& lex, const CountryMention& c) {
    if (c.possessive) return true;
    std::size_t next = c.span.end;
    if (next >= a.tokens.size()) return false;
    auto starts_at_next = [&](const auto& mentions) {
        return std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) { return m.span.begin == next; });
    };
    return lex.role_nouns.contains(a.tokens[next].lower) || starts_at_next(a.offices) || starts_at_next(a.persons);
}

bool absence_near(const SentenceAnalysis& a, const Lexicons& lex, Span country) {
    std::size_t from = country.begin >= kAbsenceBefore ? country.begin - kAbsenceBefore : 0;
    std::size_t to = std::min(a.tokens.size(), country.end + kAbsenceAfter);
    for (std::size_t i = from; i < to; ++i)
        if (!country.contains(i) && lex.absence_matcher.match_at(a.tokens, i)) return true;
    return false;
}

}  // namespace

std::set<std::string> members_on(const Lexicons& lex, const std::string& group, const PartialDate& date) {
    std::set<std::string> members;
    auto found = lex.group_members.find(group);
    if (found == lex.group_members.end() || !date.known()) return members;
    for (const auto& m : found->second) {
        // Not a member any more on the day it left.
        bool left = m.left.known() && on_or_before(m.left, date);
        if (on_or_before(m.joined, date) && !left) members.insert(m.country);
    }
    return members;
}

std::string group_of(const SentenceAnalysis& a, const Lexicons& lex, const OrganizationMention& o) {
    if (!lex.group_members.contains(o.organization.name)) return "";
    bool names_office = std::any_of(a.offices.begin(), a.offices.end(), [&](const OfficeMention& office) {
        return office.phrase_begin <= o.span.begin && o.span.begin < office.span.end;
    });
    return names_office ? "" : o.organization.name;
}

std::set<std::string> absent_countries(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex) {
    std::set<std::string> absent;
    for (const auto& a : sentences)
        for (const auto& c : a.countries)
            if (!names_someone(a, lex, c) && absence_near(a, lex, c.span)) absent.insert(c.country);
    return absent;
}

namespace {

constexpr std::size_t kLedeSentences = 3;  // the headline, and the first two sentences after it

bool leader_title(const Lexicons& lex, const std::string& title) {
    auto role = lex.title_role.find(title);
    return role != lex.title_role.end() && (role->second == "head_of_state" || role->second == "head_of_government");
}

// The sentence that first tells of a meeting.
std::size_t first_told(const MeetingDraft& d) { return d.sentences.empty() ? kNone : *d.sentences.begin(); }

}  // namespace

void add_group_attendees(std::vector<MeetingDraft>& meetings, const std::vector<SentenceAnalysis>& sentences,
                         const Lexicons& lex) {
    auto main = std::min_element(meetings.begin(), meetings.end(),
                                 [](const auto& x, const auto& y) { return first_told(x) < first_told(y); });
    if (main == meetings.end() || main->groups.empty() || first_told(*main) >= kLedeSentences) return;
    const bool summit = main->type == "summit";
    std::map<std::string, std::size_t> officials;  // person key -> a sentence naming them with their office
    std::set<std::string> away;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const auto& a = sentences[s];
        for (std::size_t i = 0; i < a.persons.size(); ++i)
            if (!a.persons[i].key.empty() && takes_no_part(a, lex, i)) away.insert(a.persons[i].key);
        for (const auto& office : a.offices) {
            if (office.person == kNone || office.former || a.persons[office.person].key.empty()) continue;
            if (!main->countries.contains(office.country) || leader_title(lex, office.title) != summit) continue;
            officials.try_emplace(a.persons[office.person].key, s);
        }
    }
    for (const auto& [person, sentence] : officials)
        if (!away.contains(person)) main->attendees[person].insert(sentence);
}

}  // namespace kg::ingest
