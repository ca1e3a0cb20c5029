#include "ingest/meeting_finder.h"

#include <algorithm>
#include <optional>

namespace kg::ingest {
namespace {

constexpr std::size_t kMaxModifiers = 8;

bool is_joiner(const Token& t) { return t.text == "-" || t.text == "+"; }

// "is meeting with": a verb, not a meeting.
bool is_verb_use(const SentenceAnalysis& a, std::size_t head) {
    static const std::set<std::string> auxiliaries{"is", "are", "was", "were", "be", "been"};
    return a.tokens[head].lower == "meeting" && head > 0 && auxiliaries.contains(a.tokens[head - 1].lower);
}

struct Modifiers {
    std::size_t start = 0;
    std::string cue_type;
    bool past = false;
    bool next = false;
};

// Walks back from the head over cue and modifier words ("so-called two-plus-two security").
Modifiers scan_modifiers(const SentenceAnalysis& a, const Lexicons& lex, std::size_t head) {
    Modifiers m{head, "", false, false};
    while (m.start > 0 && head - m.start < kMaxModifiers) {
        std::size_t candidate = m.start - 1;
        bool matched = false;
        for (std::size_t from = candidate + 1; from-- > 0 && candidate - from < 5;) {
            auto cue = lex.meeting_cue_matcher.match_at(a.tokens, from);
            if (cue && from + cue->length == m.start) {
                if (m.cue_type.empty()) m.cue_type = lex.meeting_cue_types[static_cast<std::size_t>(cue->value)];
                m.start = from;
                matched = true;
                break;
            }
            auto modifier = lex.meeting_modifier_matcher.match_at(a.tokens, from);
            if (modifier && from + modifier->length == m.start) {
                const auto& value = lex.meeting_modifier_values[static_cast<std::size_t>(modifier->value)];
                m.past = m.past || value == "past";
                m.next = m.next || value == "next";
                m.start = from;
                matched = true;
                break;
            }
        }
        if (!matched && is_joiner(a.tokens[candidate])) {
            m.start = candidate;
            matched = true;
        }
        if (!matched) break;
    }
    return m;
}

Determiner determiner_at(const SentenceAnalysis& a, const Lexicons& lex, std::size_t pos) {
    auto it = lex.determiners.find(a.tokens[pos].lower);
    if (it == lex.determiners.end()) return Determiner::None;
    if (it->second == "definite") return Determiner::Definite;
    if (it->second == "indefinite") return Determiner::Indefinite;
    if (it->second == "other") return Determiner::Other;
    return Determiner::Possessive;
}

constexpr std::size_t kMaxAdjectives = 4;

// The determiner of a meeting phrase, past adjectives no lexicon lists ("a two-hour video
// call"): lower-case words and hyphens, up to a few.
std::optional<std::size_t> determiner_before(const SentenceAnalysis& a, const Lexicons& lex, std::size_t start) {
    for (std::size_t i = start; i-- > 0 && start - i <= kMaxAdjectives;) {
        const Token& t = a.tokens[i];
        if (determiner_at(a, lex, i) != Determiner::None) return i;
        bool adjective = ((t.word && !t.capitalized) || t.text == "-") && !lex.determiner_stops.contains(t.lower);
        if (!adjective) break;
    }
    return std::nullopt;
}

bool side_phrase_ends_at(const SentenceAnalysis& a, const Lexicons& lex, std::size_t end) {
    for (std::size_t from = end >= 3 ? end - 3 : 0; from < end; ++from) {
        auto side = lex.meeting_side_matcher.match_at(a.tokens, from);
        if (side && from + side->length == end) return true;
    }
    return false;
}

// "a meeting of the G7", "a meeting of NATO": the organization right after the head.
bool of_organization(const SentenceAnalysis& a, std::size_t head_end, const OrganizationMention& o) {
    if (head_end >= a.tokens.size() || a.tokens[head_end].lower != "of") return false;
    std::size_t next = head_end + 1;
    if (next < a.tokens.size() && a.tokens[next].lower == "the") ++next;
    return o.span.begin == next;
}

bool also_before(const SentenceAnalysis& a, std::size_t pos) {
    Clause clause = a.clause_of(pos);
    for (std::size_t i = 0; i < pos; ++i)
        if (clause.contains(i) && a.tokens[i].lower == "also") return true;
    return false;
}

std::vector<Span> verb_phrases(const SentenceAnalysis& a, const Lexicons& lex) {
    std::vector<Span> verbs;
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (auto verb = lex.meeting_verb_matcher.match_at(a.tokens, i)) verbs.push_back({i, i + verb->length});
    return verbs;
}

// A head inside a verb phrase is one mention, not two: in "held talks with B" the verb tells
// of the meeting; in "a two-plus-two meeting with B" or "a phone call on Monday" the noun
// does, as its determiner, cue or place shows, and "meeting with" or "call on" is no verb.
// True when the mention is to be kept.
bool settle_verb_overlap(std::vector<Span>& verbs, const MeetingMention& meeting) {
    auto verb = std::find_if(verbs.begin(), verbs.end(), [&](const Span& v) {
        return v.begin < meeting.span.end && meeting.span.begin < v.end;
    });
    if (verb == verbs.end()) return true;
    bool bare = meeting.determiner == Determiner::None && meeting.span.begin == meeting.head;
    bool noun = verb->begin > meeting.head || (verb->begin == meeting.head && !bare);
    if (noun) verbs.erase(verb);
    return noun;
}

}  // namespace

void find_meetings(SentenceAnalysis& a, const Lexicons& lex) {
    std::vector<Span> verbs = verb_phrases(a, lex);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        auto head = lex.meeting_head_matcher.match_at(a.tokens, i);
        if (!head || is_verb_use(a, i)) continue;
        // "summit meeting": the last noun is the head, the first its cue.
        if (lex.meeting_head_matcher.match_at(a.tokens, i + head->length)) continue;
        Modifiers m = scan_modifiers(a, lex, i);
        MeetingMention meeting;
        meeting.head = i;
        meeting.span = {m.start, i + head->length};
        const std::string& head_type = lex.meeting_head_types[static_cast<std::size_t>(head->value)];
        // A head without a type of its own names a meeting only after a cue ("the two-plus-two format").
        if (head_type.empty() && m.cue_type.empty()) continue;
        // A cue makes a generic head specific ("two-plus-two meeting"), never a specific one
        // other ("trilateral summit" is a summit).
        meeting.type = !m.cue_type.empty() && (head_type == "talks" || head_type.empty()) ? m.cue_type : head_type;
        meeting.generic = meeting.type == "talks";
        meeting.reference_only = lex.meeting_head_references[static_cast<std::size_t>(head->value)];
        meeting.past_reference = m.past;
        meeting.next_reference = m.next;
        // "the G7 meeting", "a meeting of the G7": an organization's meeting is a type of its own.
        for (const auto& o : a.organizations) {
            if (!meeting.generic) break;
            bool before = o.span.end == m.start;
            if (before || of_organization(a, meeting.span.end, o)) {
                meeting.type = o.organization.name + " meeting";
                meeting.generic = false;
            }
            if (before) m.start = meeting.span.begin = o.span.begin;
        }
        std::size_t det_end = m.start;
        if (auto det = determiner_before(a, lex, m.start)) {
            meeting.determiner = determiner_at(a, lex, *det);
            det_end = *det;
        }
        meeting.side_host = side_phrase_ends_at(a, lex, det_end);
        meeting.also = also_before(a, m.start);
        i = meeting.span.end - 1;
        if (settle_verb_overlap(verbs, meeting)) a.meetings.push_back(meeting);
    }
    for (const Span& verb : verbs) a.meeting_verbs.push_back(verb.begin);
}

}  // namespace kg::ingest
