#include "ingest/entity_finder.h"

#include <algorithm>

namespace kg::ingest {
namespace {

constexpr std::size_t kMaxNameTokens = 4;

void take(SentenceAnalysis& a, Span span) {
    for (std::size_t i = span.begin; i < span.end; ++i) a.taken[i] = true;
}

bool is_possessive(const SentenceAnalysis& a, std::size_t pos) {
    return pos < a.tokens.size() && a.tokens[pos].text == "'s";
}

bool is_list_joint(const Token& t) { return t.lower == "and" || t.text == "," || t.text == "&"; }

// "bak" or "-" in "Lee Myung-bak": part of a hyphenated name, whatever its case.
bool hyphenated_part(const SentenceAnalysis& a, std::size_t i) {
    bool after_hyphen = i >= 2 && a.tokens[i - 1].text == "-" && a.tokens[i - 2].capitalized;
    bool hyphen = a.tokens[i].text == "-" && i >= 1 && a.tokens[i - 1].capitalized;
    return (a.tokens[i].word && after_hyphen) || hyphen;
}

// The words of a name run, hyphenated parts counting as one: "Cho Tae-yong" has two.
std::size_t name_words(const SentenceAnalysis& a, Span run) {
    std::size_t words = 0;
    for (std::size_t i = run.begin; i < run.end; ++i)
        words += a.tokens[i].word && (i == run.begin || a.tokens[i - 1].text != "-");
    return words;
}

}  // namespace

SentenceAnalysis EntityFinder::analyze(const Sentence& sentence) const {
    SentenceAnalysis a;
    a.sentence = sentence;
    a.tokens = tokenize(sentence.text);
    a.taken.assign(a.tokens.size(), false);
    find_organizations(a);
    find_countries(a);
    find_offices(a);
    find_places(a);
    find_anchored_people(a);
    find_clause_starts(a);
    return a;
}

void EntityFinder::find_organizations(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        if (!a.tokens[i].capitalized) continue;
        auto match = lex_.organization_matcher.match_at(a.tokens, i);
        if (!match) continue;
        Span span{i, i + match->length};
        a.organizations.push_back({span, lex_.organizations[static_cast<std::size_t>(match->value)]});
        take(a, span);
        i = span.end - 1;
    }
}

// Capitals right after "in"/"at" are places ("held in Tokyo"); elsewhere they stand for the
// government ("Tokyo and Washington agreed").
void EntityFinder::find_countries(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        if (a.taken[i] || !a.tokens[i].capitalized) continue;
        auto match = lex_.country_matcher.match_at(a.tokens, i);
        if (!match) continue;
        const CountryForm& form = lex_.country_forms[static_cast<std::size_t>(match->value)];
        bool after_locative = i > 0 && (a.tokens[i - 1].lower == "in" || a.tokens[i - 1].lower == "at");
        if (form.kind == CountryFormKind::Capital && after_locative) continue;
        if (form.kind == CountryFormKind::Within) {
            i += match->length - 1;
            continue;
        }
        Span span{i, i + match->length};
        std::size_t before = i > 0 && a.tokens[i - 1].lower == "the" ? i - 1 : i;
        bool topic = before > 0 && lex_.topic_words.contains(a.tokens[before - 1].lower);
        a.countries.push_back({span, form.country, is_possessive(a, span.end), topic, false});
        take(a, span);
        i = span.end - 1;
    }
}

// Where the words that qualify a title end: before "new" in "South Korea's new Defense
// Minister" and before a possessive "'s".
std::size_t EntityFinder::qualifier_end(const SentenceAnalysis& a, std::size_t title) const {
    std::size_t end = title;
    for (std::size_t from = end >= 2 ? end - 2 : 0; from < end; ++from) {
        auto modifier = lex_.title_modifier_matcher.match_at(a.tokens, from);
        if (modifier && from + modifier->length == end) {
            end = from;
            break;
        }
    }
    return end > 0 && is_possessive(a, end - 1) ? end - 1 : end;
}

bool EntityFinder::after_past_word(const SentenceAnalysis& a, std::size_t pos) const {
    for (std::size_t from = pos >= 2 ? pos - 2 : 0; from < pos; ++from) {
        auto past = lex_.past_title_matcher.match_at(a.tokens, from);
        if (past && from + past->length == pos) return true;
    }
    return false;
}

// An office title, with its country (or organization) when the text puts one next to it:
// "Japan's Foreign Minister", "U.S. Secretary of State", "Foreign Minister of India", "NATO
// Secretary-General"; "then"/"former" before it mark a title no longer held.
void EntityFinder::find_offices(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        if (a.taken[i] || !a.tokens[i].word) continue;
        auto match = lex_.office_matcher.match_at(a.tokens, i);
        if (!match) continue;
        OfficeMention office;
        office.span = {i, i + match->length};
        office.title = lex_.office_titles[static_cast<std::size_t>(match->value)];
        std::size_t before = qualifier_end(a, i);
        std::size_t qualifier_begin = before;
        for (const auto& country : a.countries) {
            bool right_before = country.span.end == before;
            bool of_after = country.span.begin == office.span.end + 1 && a.tokens[office.span.end].lower == "of";
            if (right_before || of_after) {
                office.country = country.country;
                office.explicit_country = true;
                if (right_before) qualifier_begin = country.span.begin;
            }
        }
        // "NATO Secretary-General": the organization's office; "White House National
        // Security Adviser": the office of the organization's country.
        for (const auto& org : a.organizations)
            if (org.span.end == before) {
                office.organization = org.organization.country.empty() ? org.organization.name : "";
                office.country = org.organization.country;
                office.explicit_country = true;
                qualifier_begin = org.span.begin;
            }
        office.former = after_past_word(a, qualifier_begin) || after_past_word(a, i);
        take(a, office.span);
        a.offices.push_back(std::move(office));
        i = a.offices.back().span.end - 1;
    }
}

void EntityFinder::find_places(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        if (a.taken[i] || !a.tokens[i].capitalized) continue;
        auto match = lex_.place_matcher.match_at(a.tokens, i);
        if (!match) continue;
        Span span{i, i + match->length};
        a.places.push_back({span, lex_.places[static_cast<std::size_t>(match->value)]});
        take(a, span);
        for (auto& country : a.countries)
            if (country.span.begin == span.end + 1 && a.tokens[span.end].text == ",") country.locative = true;
        i = span.end - 1;
    }
}

// Capitalized words that can be part of a name, from pos on; an initial ("S.") counts.
Span EntityFinder::name_run(const SentenceAnalysis& a, std::size_t pos) const {
    std::size_t end = pos;
    while (end < a.tokens.size() && end - pos < kMaxNameTokens) {
        const Token& t = a.tokens[end];
        if (!t.word || !t.capitalized || a.taken[end] || lex_.never_in_name(a.tokens, end)) break;
        bool initial = t.text.size() == 1 && end + 1 < a.tokens.size() && a.tokens[end + 1].text == ".";
        // "Min-ho": a hyphenated part belongs to the name, whatever its case.
        bool hyphenated = end + 2 < a.tokens.size() && a.tokens[end + 1].text == "-" && a.tokens[end + 2].word;
        end += initial || hyphenated ? 2 : 1;
        if (hyphenated) ++end;
    }
    return {pos, end};
}

std::size_t EntityFinder::add_person(SentenceAnalysis& a, Span span) const {
    PersonMention person;
    person.span = span;
    person.name = join_tokens(a.tokens, span.begin, span.end);
    if (is_possessive(a, span.end) && span.end + 1 < a.tokens.size())
        person.detached = lex_.detaching_nouns.contains(a.tokens[span.end + 1].lower);
    take(a, span);
    a.persons.push_back(std::move(person));
    return a.persons.size() - 1;
}

// "counterparts Antony Blinken and Lloyd Austin": names listed after a role noun.
void EntityFinder::find_named_lists(SentenceAnalysis& a, std::size_t pos) const {
    while (pos < a.tokens.size()) {
        Span run = name_run(a, pos);
        if (run.end - run.begin < 2) return;
        add_person(a, run);
        pos = run.end;
        while (pos < a.tokens.size() && is_list_joint(a.tokens[pos])) ++pos;
    }
}

void EntityFinder::find_anchored_people(SentenceAnalysis& a) const {
    for (auto& office : a.offices) {
        if (!a.tokens[office.span.begin].capitalized) continue;
        Span run = name_run(a, office.span.end);
        if (run.end > run.begin) office.person = add_person(a, run);
    }
    for (std::size_t i = 0; i + 1 < a.tokens.size(); ++i) {
        const Token& t = a.tokens[i];
        if (lex_.honorifics.contains(t.text)) {
            std::size_t next = a.tokens[i + 1].text == "." ? i + 2 : i + 1;
            Span run = name_run(a, next);
            if (run.end > run.begin) add_person(a, run);
        } else if (lex_.role_nouns.contains(t.lower)) {
            find_named_lists(a, i + 1);
        }
    }
    find_country_people(a);
    // Two or more capitalized words right before a verb of saying or meeting, or right
    // after a verb of meeting, name a person: "Antony Blinken met Yoshimasa Hayashi".
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        bool saying = lex_.reporting_verb_matcher.match_at(a.tokens, i).has_value();
        auto meeting = lex_.meeting_verb_matcher.match_at(a.tokens, i);
        if (!saying && !meeting) continue;
        std::size_t start = i;
        while (start > 0 && i - start < kMaxNameTokens && !a.taken[start - 1] &&
               (a.tokens[start - 1].capitalized || hyphenated_part(a, start - 1)))
            --start;
        Span before = name_run(a, start);
        if (before.end == i && before.end - before.begin >= 2) add_person(a, before);
        if (meeting) {
            Span after = name_run(a, i + meeting->length);
            if (after.end - after.begin >= 2) add_person(a, after);
        }
    }
}

// "Japan's Takeo Akiba": a name of two words or more owned by a country is a person's, unless
// a capitalized word goes on after it ("Japan's Liberal Democratic Party", where the name
// run stops at "Party") or it is one hyphenated word ("Japan's Self-Defense Forces").
void EntityFinder::find_country_people(SentenceAnalysis& a) const {
    for (const auto& c : a.countries) {
        if (!c.possessive) continue;
        Span run = name_run(a, c.span.end + 1);
        bool goes_on = run.end < a.tokens.size() && a.tokens[run.end].capitalized;
        if (name_words(a, run) >= 2 && !goes_on) a.persons[add_person(a, run)].country = c.country;
    }
}

void EntityFinder::find_clause_starts(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (lex_.clause_words.contains(a.tokens[i].lower)) a.clause_starts.push_back(i);
}

}  // namespace kg::ingest
