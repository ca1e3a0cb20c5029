#include "ingest/meeting_builder.h"

#include <algorithm>
#include <optional>

namespace kg::ingest {
namespace {

// Dates agree when one is a prefix of the other at the precision both have.
bool dates_agree(const PartialDate& x, const PartialDate& y) {
    if (!x.known() || !y.known()) return true;
    if (x.year != y.year) return false;
    if (x.month == 0 || y.month == 0) return true;
    if (x.month != y.month) return false;
    return x.day == 0 || y.day == 0 || x.day == y.day;
}

bool is_past(const MeetingDraft& d, const PartialDate& published) { return d.status(published) == "held"; }

// "the talks", "their call": a mention that refers back by its determiner.
bool definite(const MeetingMention& m) {
    return m.determiner == Determiner::Definite || m.determiner == Determiner::Possessive;
}

struct MentionFacts {
    std::set<std::string> countries;
    PartialDate date;
    bool date_attached = false;  // the date belongs to the mention's own phrase ("the summit in Seoul in May")
    std::string place;
    std::vector<std::string> people;  // person keys
    bool past_tense = false;
    bool names_parties = false;  // "the two sides", "their": the parties told of before
    bool postponed = false;      // "... expected to push it back"
};

bool in_source(const SentenceAnalysis& a, std::size_t token) {
    return a.attribution && a.attribution->source.contains(token);
}

// "Austin told the meeting that ...": the source spoke to the meeting, so is at it.
bool told_meeting(const SentenceAnalysis& a, Span mention) {
    if (!a.attribution) return false;
    std::size_t verb = a.attribution->source.end;
    return mention.begin > verb && mention.begin <= verb + 2 && a.attribution->claim.begin > mention.begin;
}

constexpr std::size_t kPartyWindow = 8;

// Countries that take part: named before the meeting in its clause ("Japan and India will
// hold talks"), or right after it behind a party word ("talks between Japan and India");
// never what the meeting is about ("concern over China") or where a place is ("Liverpool, UK").
bool is_party(const SentenceAnalysis& a, const Lexicons& lex, const CountryMention& c, Clause clause, Span mention) {
    if (!clause.contains(c.span.begin) || c.possessive || c.topic || c.locative || in_source(a, c.span.begin))
        return false;
    if (c.span.begin < mention.begin) return true;
    bool introduced = mention.end < a.tokens.size() && lex.party_words.contains(a.tokens[mention.end].lower);
    return introduced && c.span.begin < mention.end + kPartyWindow;
}

// The word that opens a clause set off by a comma ("..., who", "..., when"), or kNone.
std::size_t after_comma_opening(const SentenceAnalysis& a, Clause clause) {
    if (!clause.ids) return kNone;
    std::size_t first = 0;
    while (first < a.tokens.size() && !clause.contains(first)) ++first;
    if (first < 2 || first == a.tokens.size() || a.tokens[first - 1].text != ",") return kNone;
    return first;
}

// "Hayashi, who chaired the talks, ...": the person a relative clause tells of.
const PersonMention* relative_subject(const SentenceAnalysis& a, const Lexicons& lex, Clause clause) {
    std::size_t first = after_comma_opening(a, clause);
    if (first == kNone || !lex.relative_pronouns.contains(a.tokens[first].lower)) return nullptr;
    for (const auto& p : a.persons)
        if (p.span.end == first - 1 && !p.key.empty() && !p.detached) return &p;
    return nullptr;
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

// What the clause around a mention says: its parties, date, place and people.
MentionFacts facts_of_clause(const SentenceAnalysis& a, const Lexicons& lex, Clause clause, Span mention) {
    MentionFacts f;
    for (const auto& c : a.countries)
        if (is_party(a, lex, c, clause, mention)) f.countries.insert(c.country);
    f.date = date_of_clause(a, lex, clause, mention.begin);
    f.date_attached = date_follows(a, lex, mention);
    for (const auto& p : a.places)
        if (clause.contains(p.span.begin) && f.place.empty()) f.place = p.name;
    for (std::size_t i = 0; i < a.tokens.size() && !f.names_parties; ++i)
        f.names_parties = clause.contains(i) && lex.parties_matcher.match_at(a.tokens, i).has_value();
    for (std::size_t i = 0; i < a.tokens.size() && !f.postponed; ++i)
        f.postponed = lex.postponed_matcher.match_at(a.tokens, i).has_value();
    bool addressed = told_meeting(a, mention);
    for (std::size_t i = 0; i < a.persons.size(); ++i) {
        const auto& p = a.persons[i];
        bool speaker = in_source(a, p.span.begin) && !addressed;
        if (clause.contains(p.span.begin) && !p.detached && !speaker && !p.key.empty() && !stood_in_for(a, lex, i))
            f.people.push_back(p.key);
    }
    if (const PersonMention* subject = relative_subject(a, lex, clause)) f.people.push_back(subject->key);
    return f;
}

// A meeting with its parties named is not one an indefinite or bare mention gives another
// party: "Hayashi, who visited Beijing for talks with Qin" after the G7 ministers' meeting.
bool new_party(const MeetingDraft& d, const MeetingMention& m, const MentionFacts& f) {
    if (d.countries.size() < 2 || definite(m)) return false;
    return !std::includes(d.countries.begin(), d.countries.end(), f.countries.begin(), f.countries.end());
}

// Every attendee of a meeting is among these people.
bool among(const std::map<std::string, std::set<std::size_t>>& attendees, const std::vector<std::string>& people) {
    return std::all_of(attendees.begin(), attendees.end(),
                       [&](const auto& a) { return std::find(people.begin(), people.end(), a.first) != people.end(); });
}

// Who a verb of meeting brings together: the subjects, named before the clause's first such
// verb (or the person a relative clause tells of), and its own objects, up to the next verb:
// in "A will hold talks with B and will also call on C", B is not at the call.
struct VerbParties {
    std::set<std::string> people;
    std::size_t subjects = 0;
    std::size_t objects = 0;
    std::size_t objects_end = 0;  // the token after the last object
};

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

constexpr std::size_t kMaxGroupSubject = 6;

// "Foreign ministers of ASEAN met in Vientiane", "the allies' defense chiefs last met in
// April": people named by their group meet, though no name is given, unless the clause names
// the meeting itself ("ministers met in the two-plus-two format").
bool group_subject(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb) {
    Clause clause = a.clause_of(verb);
    for (const auto& m : a.meetings)
        if (clause.contains(m.head)) return false;
    for (std::size_t i = verb; i-- > 0 && verb - i <= kMaxGroupSubject && clause.contains(i);)
        if (lex.group_nouns.contains(a.tokens[i].lower)) return true;
    return false;
}

// The meeting of a group: its organization's ("foreign ministers of ASEAN met": an ASEAN
// meeting), else talks.
MeetingMention group_meeting(const SentenceAnalysis& a, std::size_t verb) {
    MeetingMention m;
    m.type = "talks";
    Clause clause = a.clause_of(verb);
    for (const auto& o : a.organizations)
        if (o.span.end <= verb && clause.contains(o.span.begin)) {
            m.type = o.organization.name + " meeting";
            m.generic = false;
        }
    return m;
}

// "A called on B to act": a verb of calling on someone urges when an infinitive follows
// its object, and tells of no visit.
bool urged(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb, const VerbParties& parties) {
    auto match = lex.meeting_verb_matcher.match_at(a.tokens, verb);
    bool courtesy = match && lex.meeting_verb_courtesy[static_cast<std::size_t>(match->value)];
    std::size_t end = parties.objects_end;
    return courtesy && end < a.tokens.size() && a.tokens[end].lower == "to";
}

// "A held talks with B" after "... and other officials": B is not named as an attendee.
bool with_follows(const SentenceAnalysis& a, std::size_t verb) {
    for (std::size_t i = verb + 1; i < a.tokens.size() && i <= verb + 3; ++i)
        if (a.tokens[i].lower == "with") return true;
    return false;
}

// "A and B held a video call" after "C and B held a video call": another call, since A was
// not in the first.
bool attend_all(const MeetingDraft& d, const std::vector<std::string>& people) {
    return std::all_of(people.begin(), people.end(), [&](const std::string& p) { return d.attendees.contains(p); });
}

// Two people meeting are not the meeting of another two: "Hayashi, who visited Beijing for
// talks with Qin" after "Hayashi held talks with Cleverly" (but "Wang joined Xi for the call"
// is the call Xi held with Putin).
bool other_pair(const MeetingDraft& d, const std::vector<std::string>& people) {
    std::set<std::string> named(people.begin(), people.end());
    return named.size() == 2 && d.attendees.size() == 2 && !attend_all(d, people);
}

// Several people, none of whom attends a meeting that has attendees: they meet elsewhere
// ("Marcos will visit for talks with Biden" after the ministers' two-plus-two).
bool strangers(const MeetingDraft& d, const std::vector<std::string>& people) {
    return people.size() >= 2 && !d.attendees.empty() &&
           std::none_of(people.begin(), people.end(), [&](const std::string& p) { return d.attendees.contains(p); });
}

// "A also met B separately": a meeting of its own, even on the sidelines of another.
bool separate_meeting(const SentenceAnalysis& a, std::size_t verb) {
    Clause clause = a.clause_of(verb);
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (clause.contains(i) && (a.tokens[i].lower == "separately" || (i < verb && a.tokens[i].lower == "also")))
            return true;
    return false;
}

// "A held talks with B on the sidelines": not the meeting told before, though both attend it.
bool on_sidelines(const SentenceAnalysis& a, const Lexicons& lex, std::size_t verb) {
    Clause clause = a.clause_of(verb);
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (clause.contains(i) && lex.meeting_side_matcher.match_at(a.tokens, i)) return true;
    return false;
}

// A meeting the sentence tells of besides the one it puts on the sidelines of.
bool tells_own_meeting(const SentenceAnalysis& a) {
    return !a.meeting_verbs.empty() ||
           std::any_of(a.meetings.begin(), a.meetings.end(), [](const MeetingMention& m) { return !m.side_host; });
}

// Talks on the sidelines of a meeting are told apart from it by their people: only some of
// its attendees, or others with them. When it has no known attendees yet, the writer is
// telling who is at it.
bool side_meeting_of(const MeetingDraft& host, const std::vector<std::string>& people) {
    return !host.attendees.empty() && std::any_of(host.attendees.begin(), host.attendees.end(), [&](const auto& p) {
        return std::find(people.begin(), people.end(), p.first) == people.end();
    });
}

// When and where a meeting is: a meeting on the sidelines of another takes its host's when
// the text gives none.
struct Setting {
    PartialDate date;
    std::string place;
};

void take_setting(MentionFacts& f, const Setting& host) {
    if (!f.date.known()) f.date = host.date;
    if (f.place.empty()) f.place = host.place;
}

class MeetingBuilder {
public:
    MeetingBuilder(const Lexicons& lex, const PersonCountries& person_countries, const PartialDate& published)
        : lex_(lex), person_countries_(person_countries), published_(published) {}

    void add_sentence(const SentenceAnalysis& a, std::size_t s, bool past_tense);
    std::vector<MeetingDraft> finish();

private:
    bool compatible(const MeetingDraft& d, const MeetingMention& m, const MentionFacts& f) const;
    std::optional<std::size_t> refer(const MeetingMention& m, const MentionFacts& f) const;
    static std::pair<bool, std::size_t> rank(const MeetingDraft& d, const MeetingMention& m);
    std::size_t start(const MentionFacts& f);
    void tell(std::size_t draft, const MentionFacts& f, std::size_t s, const MeetingMention* m);
    MeetingMention verb_meeting(const SentenceAnalysis& a, std::size_t verb, const std::vector<std::string>& people) const;
    std::optional<std::size_t> told_again(const MeetingMention& m, const MentionFacts& f) const;
    std::set<std::string> countries_of(const std::vector<std::string>& people) const;
    std::optional<std::size_t> side_host(const SentenceAnalysis& a, bool past_tense) const;
    void add_side_meetings(const SentenceAnalysis& a, std::size_t s, bool past_tense, std::size_t host);
    void tell_mention(std::optional<std::size_t> target, const MeetingMention& m, MentionFacts& f, std::size_t s,
                      bool untyped);
    void add_meeting_verbs(const SentenceAnalysis& a, std::size_t s, bool past_tense, const std::optional<Setting>& host);

    const Lexicons& lex_;
    const PersonCountries& person_countries_;
    PartialDate published_;
    std::vector<MeetingDraft> drafts_;
    std::size_t sentence_ = 0;  // the sentence being read
};

bool MeetingBuilder::compatible(const MeetingDraft& d, const MeetingMention& m, const MentionFacts& f) const {
    if (!m.generic && !d.generic && m.type != d.type) return false;
    if (!definite(m) && other_pair(d, f.people)) return false;
    if (f.countries.size() >= 2 && d.countries.size() >= 2 && f.countries != d.countries) return false;
    if (new_party(d, m, f)) return false;
    if (strangers(d, f.people)) return false;
    bool past = is_past(d, published_);
    if (m.past_reference && !past) return false;
    if (m.next_reference && past) return false;
    // A definite mention in a sentence not about the past refers back even when a date
    // stands near it: "the meeting will be held after Tokyo decides in December". A bare
    // one does not: "for talks with B early next month" is another meeting; nor one with a
    // date of its own: "the summit in Seoul in May".
    bool tolerant = definite(m) && !f.past_tense && !f.date_attached;
    return tolerant || dates_agree(f.date, d.date);
}

std::optional<std::size_t> MeetingBuilder::refer(const MeetingMention& m, const MentionFacts& f) const {
    if (m.determiner == Determiner::Other) return std::nullopt;
    if (m.reference_only && !definite(m)) return std::nullopt;
    if (m.determiner == Determiner::Indefinite && (m.also || m.generic)) return std::nullopt;
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < drafts_.size(); ++i) {
        const auto& d = drafts_[i];
        if (!compatible(d, m, f)) continue;
        // "held talks during a phone call": the generic meeting just told, named more closely.
        bool same_event = d.generic && d.last_sentence == sentence_;
        bool same_kind = d.type == m.type && attend_all(d, f.people);
        if (m.determiner == Determiner::Indefinite && !same_kind && !same_event) continue;
        // "the next meeting" is the first upcoming one; otherwise the one last told, and
        // "the summit" one of its own type before a generic one.
        if (m.next_reference) return i;
        if (!best || rank(d, m) >= rank(drafts_[*best], m)) best = i;
    }
    return best;
}

std::pair<bool, std::size_t> MeetingBuilder::rank(const MeetingDraft& d, const MeetingMention& m) {
    return {!m.generic && d.type == m.type, d.last_sentence};
}

std::size_t MeetingBuilder::start(const MentionFacts& f) {
    MeetingDraft d;
    d.spoken_of_as_past = f.past_tense;
    drafts_.push_back(std::move(d));
    return drafts_.size() - 1;
}

void MeetingBuilder::tell(std::size_t index, const MentionFacts& f, std::size_t s, const MeetingMention* m) {
    MeetingDraft& d = drafts_[index];
    if (m && !m->generic && d.generic) {
        d.type = m->type;
        d.generic = false;
    }
    if (f.date.known() && (!d.date.known() || (dates_agree(f.date, d.date) && f.date > d.date))) d.date = f.date;
    if (d.place.empty()) d.place = f.place;
    d.postponed = d.postponed || f.postponed;
    // A meeting's parties are named where it is told of; a definite mention of a meeting
    // that has them tells of others: "China, which ..., will watch the summit closely".
    bool parties_known = d.countries.size() >= 2 && m && m->determiner == Determiner::Definite;
    if (!parties_known) d.countries.insert(f.countries.begin(), f.countries.end());
    for (const auto& person : f.people) d.attendees[person].insert(s);
    // A meeting involves the countries of the offices its attendees hold.
    auto attendee_countries = countries_of(f.people);
    d.countries.insert(attendee_countries.begin(), attendee_countries.end());
    d.sentences.insert(s);
    d.last_sentence = s;
}

// The meeting already told that the sentence puts others "on the sidelines of", unless it
// says they met apart from it.
std::optional<std::size_t> MeetingBuilder::side_host(const SentenceAnalysis& a, bool past_tense) const {
    if (std::any_of(a.meeting_verbs.begin(), a.meeting_verbs.end(), [&](std::size_t v) { return separate_meeting(a, v); }))
        return std::nullopt;
    std::optional<std::size_t> host;
    for (const auto& m : a.meetings) {
        if (!m.side_host) continue;
        MentionFacts f = facts_of_clause(a, lex_, a.clause_of(m.head), m.span);
        f.past_tense = past_tense;
        host = refer(m, f);
    }
    return host;
}

void MeetingBuilder::add_sentence(const SentenceAnalysis& a, std::size_t s, bool past_tense) {
    sentence_ = s;
    std::optional<std::size_t> host = side_host(a, past_tense);
    if (host && tells_own_meeting(a) && side_meeting_of(drafts_[*host], facts_of_clause(a, lex_, Clause{}, {}).people)) {
        add_side_meetings(a, s, past_tense, *host);
        return;
    }
    // People on the sidelines of a meeting are at it.
    for (const auto& m : a.meetings) {
        MentionFacts f = facts_of_clause(a, lex_, host ? Clause{} : a.clause_of(m.head), m.span);
        f.past_tense = past_tense || m.past_reference;
        // A meeting not told before that others meet on the sidelines of is a meeting of its
        // own, whose people and parties the sentence does not give.
        if (m.side_host && !host) {
            f.people.clear();
            f.countries.clear();
        }
        std::optional<std::size_t> target = host ? host : refer(m, f);
        tell_mention(target, m, f, s, host && !m.side_host);
    }
    if (!host) add_meeting_verbs(a, s, past_tense, std::nullopt);
}

// Talks on the sidelines of a meeting, a meeting of their own, at its place and on its date
// unless the sentence says otherwise ("A and B will hold talks on the sidelines of the summit").
void MeetingBuilder::add_side_meetings(const SentenceAnalysis& a, std::size_t s, bool past_tense, std::size_t host) {
    Setting setting{drafts_[host].date, drafts_[host].place};
    for (const auto& m : a.meetings) {
        if (m.side_host) continue;
        MentionFacts f = facts_of_clause(a, lex_, a.clause_of(m.head), m.span);
        f.past_tense = past_tense || m.past_reference;
        take_setting(f, setting);
        std::optional<std::size_t> target = refer(m, f);
        tell_mention(target == host ? std::nullopt : target, m, f, s, false);
    }
    add_meeting_verbs(a, s, past_tense, setting);
}

// Tells the meeting a mention refers to, or a new one; `untyped`: the mention only places
// its people at the meeting ("on the fringes of the two-plus-two, A will hold talks with B").
void MeetingBuilder::tell_mention(std::optional<std::size_t> target, const MeetingMention& m, MentionFacts& f,
                                  std::size_t s, bool untyped) {
    if (!target && m.reference_only) return;
    std::size_t index = target ? *target : start(f);
    // "their last talks", "the two sides last met": the parties of the meeting the article is about.
    bool names_parties = f.names_parties || m.determiner == Determiner::Possessive;
    if (!target && f.countries.empty() && !drafts_.empty() && names_parties) f.countries = drafts_.front().countries;
    tell(index, f, s, untyped ? nullptr : &m);
}

// The meeting a verb tells of: its own type ("spoke by phone with": a phone call), else
// bilateral talks when two people meet.
MeetingMention MeetingBuilder::verb_meeting(const SentenceAnalysis& a, std::size_t verb,
                                            const std::vector<std::string>& people) const {
    MeetingMention m;
    auto match = lex_.meeting_verb_matcher.match_at(a.tokens, verb);
    const std::string& type = match ? lex_.meeting_verb_types[static_cast<std::size_t>(match->value)] : "";
    std::set<std::string> named(people.begin(), people.end());
    m.type = !type.empty() ? type : named.size() == 2 ? "bilateral talks" : "talks";
    m.generic = m.type == "talks";
    return m;
}

// "A met B", "A will travel to India to meet with B": the people on both sides meet.
void MeetingBuilder::add_meeting_verbs(const SentenceAnalysis& a, std::size_t s, bool past_tense,
                                       const std::optional<Setting>& host) {
    for (std::size_t v : a.meeting_verbs) {
        Clause clause = a.clause_of(v);
        MentionFacts f = facts_of_clause(a, lex_, clause, {v, v + 1});
        f.past_tense = past_tense;
        if (host) take_setting(f, *host);
        VerbParties parties = verb_parties(a, lex_, v);
        std::erase_if(f.people, [&](const std::string& p) { return !parties.people.contains(p); });
        // "A and B will meet in Berlin": the subjects meet each other; not in "A and B will
        // meet with other officials".
        std::size_t before = parties.subjects;
        std::size_t after = parties.objects;
        bool group = before == 0 && after == 0 && !with_follows(a, v) && group_subject(a, lex_, v);
        if (!group && (before == 0 || (after == 0 && (before < 2 || with_follows(a, v))))) continue;
        if (urged(a, lex_, v, parties)) continue;
        MeetingMention m = group ? group_meeting(a, v) : verb_meeting(a, v, f.people);
        std::optional<std::size_t> target;
        if (!separate_meeting(a, v) && !on_sidelines(a, lex_, v)) target = told_again(m, f);
        tell(target ? *target : start(f), f, s, &m);
    }
}

// The meeting already told that "A met B" tells of again: one whose attendees are among its
// people or who are all among its attendees; or, when the last meeting told has no attendees
// yet, that one if their countries are its ("Japan and India held talks on Monday. Foreign
// Minister X hosted Foreign Minister Y ...").
std::optional<std::size_t> MeetingBuilder::told_again(const MeetingMention& m, const MentionFacts& f) const {
    std::optional<std::size_t> target;
    for (std::size_t i = 0; i < drafts_.size(); ++i) {
        const auto& d = drafts_[i];
        if (!compatible(d, m, f)) continue;
        bool same = !d.attendees.empty() && (attend_all(d, f.people) || among(d.attendees, f.people));
        if (same) target = i;
    }
    if (target || drafts_.empty()) return target;
    const auto& last = drafts_.back();
    bool unpeopled = last.attendees.empty() && !last.countries.empty() && countries_of(f.people) == last.countries;
    return unpeopled && compatible(last, m, f) ? std::optional{drafts_.size() - 1} : std::nullopt;
}

std::set<std::string> MeetingBuilder::countries_of(const std::vector<std::string>& people) const {
    std::set<std::string> countries;
    for (const auto& person : people) {
        auto country = person_countries_.find(person);
        if (country != person_countries_.end() && !country->second.empty()) countries.insert(country->second);
    }
    return countries;
}

std::vector<MeetingDraft> MeetingBuilder::finish() {
    std::erase_if(drafts_, [](const MeetingDraft& d) { return d.countries.empty() && d.attendees.empty(); });
    return std::move(drafts_);
}

}  // namespace

std::string MeetingDraft::status(const PartialDate& published) const {
    if (date.known() && published.known()) {
        PartialDate d = date;
        PartialDate p = published;
        if (d.month == 0 || p.month == 0) d.month = p.month = 0;
        if (d.day == 0 || p.day == 0) d.day = p.day = 0;
        if (d < p) return "held";
        if (p < d) return postponed ? "postponed" : "planned";
    }
    if (spoken_of_as_past) return "held";
    return postponed ? "postponed" : "planned";
}

std::vector<MeetingDraft> build_meetings(const std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                                         const PersonCountries& person_countries, const PartialDate& published) {
    MeetingBuilder builder(lex, person_countries, published);
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        builder.add_sentence(sentences[s], s, sentences[s].past_tense);
    }
    return builder.finish();
}

}  // namespace kg::ingest
