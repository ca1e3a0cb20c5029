#include "ingest/meeting_builder.h"

#include <algorithm>
#include <optional>

#include "ingest/group_members.h"
#include "ingest/meeting_verbs.h"
#include "ingest/mention_facts.h"

namespace kg::ingest {
namespace {

// How many meetings, the ones told last, a mention may refer to: more than any article tells.
constexpr std::size_t kRecentMeetings = 64;

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
    // The meetings told; a group's meeting involves its members on its date, and no ABSENT country.
    std::vector<MeetingDraft> finish(const std::set<std::string>& absent);

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
    void add_participants(const SentenceAnalysis& a, std::size_t s);
    void add_side_meetings(const SentenceAnalysis& a, std::size_t s, bool past_tense, std::size_t host);
    void tell_mention(std::optional<std::size_t> target, const MeetingMention& m, MentionFacts& f, std::size_t s,
                      bool untyped);
    void add_meeting_verbs(const SentenceAnalysis& a, std::size_t s, bool past_tense, const std::optional<Setting>& host);

    std::size_t last_told() const;

    const Lexicons& lex_;
    const PersonCountries& person_countries_;
    PartialDate published_;
    std::vector<MeetingDraft> drafts_;
    // The drafts a mention may tell of again: the kRecentMeetings told last, by index. News
    // refers back a few meetings, never hundreds; comparing each mention with every meeting
    // before made a long article of many meetings quadratic.
    std::set<std::size_t> recent_;
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
    for (std::size_t i : recent_) {
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
    if (!parties_known) {
        d.countries.insert(f.countries.begin(), f.countries.end());
        d.named_countries.insert(f.countries.begin(), f.countries.end());
    }
    d.groups.insert(f.groups.begin(), f.groups.end());
    for (const auto& person : f.people) d.attendees[person].insert(s);
    // A meeting involves the countries of the offices its attendees hold.
    auto attendee_countries = countries_of(f.people);
    d.countries.insert(attendee_countries.begin(), attendee_countries.end());
    d.sentences.insert(s);
    d.last_sentence = s;
    recent_.insert(index);
    if (recent_.size() > kRecentMeetings) {
        auto oldest = std::min_element(recent_.begin(), recent_.end(), [&](std::size_t x, std::size_t y) {
            return drafts_[x].last_sentence < drafts_[y].last_sentence;
        });
        recent_.erase(oldest);
    }
}

// The draft told last; the first of them when one sentence told of several. Needs a draft.
std::size_t MeetingBuilder::last_told() const {
    return *std::max_element(recent_.begin(), recent_.end(), [&](std::size_t x, std::size_t y) {
        return drafts_[x].last_sentence < drafts_[y].last_sentence;
    });
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
    if (a.meetings.empty() && a.meeting_verbs.empty()) add_participants(a, s);
}

// "Finland and Sweden took part as invitees": a sentence that names no meeting tells who took
// part in the one last told; not when it names what else they took part in ("took part in
// joint drills").
void MeetingBuilder::add_participants(const SentenceAnalysis& a, std::size_t s) {
    if (drafts_.empty()) return;
    for (std::size_t v = 0; v < a.tokens.size(); ++v) {
        auto verb = lex_.participation_matcher.match_at(a.tokens, v);
        if (!verb) continue;
        std::size_t after = v + verb->length;
        if (after < a.tokens.size() && a.tokens[after].lower == "in") return;
        MentionFacts f = facts_of_clause(a, lex_, a.clause_of(v), {v, v + 1});
        std::erase_if(f.people, [&](const std::string& key) {
            return std::none_of(a.persons.begin(), a.persons.end(),
                                [&](const auto& p) { return p.key == key && p.span.begin < v; });
        });
        if (f.people.empty() && f.countries.empty()) continue;
        f.date = {};
        tell(last_told(), f, s, nullptr);
        return;
    }
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
        if (before == 0 || (after == 0 && (before < 2 || with_follows(a, v)))) continue;
        if (urged(a, lex_, v, parties)) continue;
        MeetingMention m = verb_meeting(a, v, f.people);
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
    for (std::size_t i : recent_) {
        const auto& d = drafts_[i];
        if (!compatible(d, m, f)) continue;
        bool same = !d.attendees.empty() && (attend_all(d, f.people) || among(d.attendees, f.people));
        if (same) target = i;
    }
    if (target || drafts_.empty()) return target;
    const std::size_t last = last_told();
    const MeetingDraft& d = drafts_[last];
    bool unpeopled = d.attendees.empty() && !d.countries.empty() && countries_of(f.people) == d.countries;
    if (!unpeopled || !compatible(d, m, f)) return std::nullopt;
    return last;
}

std::set<std::string> MeetingBuilder::countries_of(const std::vector<std::string>& people) const {
    std::set<std::string> countries;
    for (const auto& person : people) {
        auto country = person_countries_.find(person);
        if (country != person_countries_.end() && !country->second.empty()) countries.insert(country->second);
    }
    return countries;
}

std::vector<MeetingDraft> MeetingBuilder::finish(const std::set<std::string>& absent) {
    for (auto& d : drafts_) {
        if (d.groups.empty()) continue;
        d.outsiders = d.named_countries;
        for (const auto& group : d.groups) {
            auto members = members_on(lex_, group, d.date.known() ? d.date : published_);
            d.countries.insert(members.begin(), members.end());
            for (const auto& member : members) d.outsiders.erase(member);
        }
        std::erase_if(d.countries, [&](const std::string& c) { return absent.contains(c); });
    }
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
    auto meetings = builder.finish(absent_countries(sentences, lex));
    add_group_attendees(meetings, sentences, lex);
    return meetings;
}

}  // namespace kg::ingest
