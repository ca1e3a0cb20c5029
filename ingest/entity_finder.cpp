#include "ingest/entity_finder.h"

#include <algorithm>

#include "ingest/name_run.h"

namespace kg::ingest {
namespace {

void take(SentenceAnalysis& a, Span span) {
    for (std::size_t i = span.begin; i < span.end; ++i) a.taken[i] = true;
}

bool is_possessive(const SentenceAnalysis& a, std::size_t pos) {
    return pos < a.tokens.size() && a.tokens[pos].text == "'s";
}

bool is_list_joint(const Token& t) { return t.lower == "and" || t.text == "," || t.text == "&"; }

}  // namespace

// "Jose Lima", "Maria Paris": a one-word place right after a word that may start a name is
// the name's last word.
bool EntityFinder::continues_name(const SentenceAnalysis& a, std::size_t pos, std::size_t length) const {
    if (length != 1 || pos == 0 || a.taken[pos - 1]) return false;
    const Token& before = a.tokens[pos - 1];
    return before.word && before.capitalized && !lex_.never_in_name(a.tokens, pos - 1) &&
           !lex_.honorifics.contains(before.text);
}

SentenceAnalysis EntityFinder::analyze(const Sentence& sentence) const {
    SentenceAnalysis a;
    a.sentence = sentence;
    a.tokens = tokenize(sentence.text);
    a.taken.assign(a.tokens.size(), false);
    find_organizations(a);
    find_countries(a);
    find_plural_offices(a);
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
        if (form.kind == CountryFormKind::Capital && (after_locative || continues_name(a, i, match->length)))
            continue;
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

// "then Prime Minister", "then-President": a past word before POS, a hyphen between them or not.
bool EntityFinder::after_past_word(const SentenceAnalysis& a, std::size_t pos) const {
    if (pos > 0 && a.tokens[pos - 1].text == "-") --pos;
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
        office.phrase_begin = qualifier_begin;
        office.former = after_past_word(a, qualifier_begin) || after_past_word(a, i);
        take(a, office.span);
        a.offices.push_back(std::move(office));
        i = a.offices.back().span.end - 1;
    }
}

// "Greek and Turkish": the countries listed right before POS, in their order.
std::vector<std::string> EntityFinder::countries_listed_before(const SentenceAnalysis& a, std::size_t pos) const {
    std::vector<std::string> countries;
    for (auto c = a.countries.rbegin(); c != a.countries.rend(); ++c) {
        if (c->span.end > pos) continue;
        bool joined = c->span.end == pos || (c->span.end + 1 == pos && is_list_joint(a.tokens[pos - 1]));
        if (!joined) break;
        countries.insert(countries.begin(), c->country);
        pos = c->span.begin;
    }
    return countries;
}

// "of Brazil" at POS: the country's mention, or nullptr.
const CountryMention* EntityFinder::country_after_of(const SentenceAnalysis& a, std::size_t pos) {
    if (pos + 1 >= a.tokens.size() || a.tokens[pos].lower != "of") return nullptr;
    for (const auto& c : a.countries)
        if (c.span.begin == pos + 1) return &c;
    return nullptr;
}

// "Foreign Ministers Giorgos Gerapetritis and Hakan Fidan", "the Greek and Turkish foreign
// ministers, A and B": a plural title before two names or more gives each of them the title,
// and the countries listed before it, in order, when there are as many; "Presidents A of
// Kyrgyzstan and B of Tajikistan": each name's own country after it.
void EntityFinder::find_plural_offices(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        if (a.taken[i] || !a.tokens[i].word) continue;
        auto match = lex_.plural_office_matcher.match_at(a.tokens, i);
        if (!match) continue;
        const Span title{i, i + match->length};
        std::size_t pos = title.end < a.tokens.size() && a.tokens[title.end].text == "," ? title.end + 1 : title.end;
        std::vector<Span> names;
        std::vector<std::string> own_countries;
        for (Span run; pos < a.tokens.size() && name_word_count(a, run = name_run(a, pos, lex_), lex_) >= 2;) {
            names.push_back(run);
            const CountryMention* own = country_after_of(a, run.end);
            own_countries.push_back(own ? own->country : "");
            for (pos = own ? own->span.end : run.end; pos < a.tokens.size() && is_list_joint(a.tokens[pos]);) ++pos;
        }
        if (names.size() < 2) continue;
        const auto countries = countries_listed_before(a, i);
        take(a, title);
        for (std::size_t k = 0; k < names.size(); ++k) {
            OfficeMention office;
            office.span = title;
            office.phrase_begin = i;
            office.title = lex_.office_titles[static_cast<std::size_t>(match->value)];
            if (!own_countries[k].empty()) {
                office.country = own_countries[k];
                office.explicit_country = true;
            } else if (countries.size() == names.size()) {
                office.country = countries[k];
                office.explicit_country = true;
            }
            office.person = add_person(a, names[k]);
            a.offices.push_back(std::move(office));
        }
        i = names.back().end - 1;
    }
}

void EntityFinder::find_places(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        if (a.taken[i] || !a.tokens[i].capitalized) continue;
        auto match = lex_.place_matcher.match_at(a.tokens, i);
        if (!match || continues_name(a, i, match->length)) continue;
        Span span{i, i + match->length};
        a.places.push_back({span, lex_.places[static_cast<std::size_t>(match->value)]});
        take(a, span);
        for (auto& country : a.countries)
            if (country.span.begin == span.end + 1 && a.tokens[span.end].text == ",") country.locative = true;
        i = span.end - 1;
    }
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

// "their counterparts Ana Lima and Tom Baird": names listed after a role noun.
void EntityFinder::find_named_lists(SentenceAnalysis& a, std::size_t pos) const {
    while (pos < a.tokens.size()) {
        Span run = name_run(a, pos, lex_);
        if (run.end - run.begin < 2) return;
        add_person(a, run);
        pos = run.end;
        while (pos < a.tokens.size() && is_list_joint(a.tokens[pos])) ++pos;
    }
}

// "Japan's Takeo Akiba": a name of two words or more, and no more capitalized words after
// it ("Japan's Self-Defense Forces"), owned by a country is one of its people.
void EntityFinder::find_possessed_people(SentenceAnalysis& a) const {
    for (const auto& country : a.countries) {
        if (!country.possessive) continue;
        Span run = name_run(a, country.span.end + 1, lex_);
        bool ends_freely = run.end == a.tokens.size() || !a.tokens[run.end].capitalized;
        if (name_word_count(a, run, lex_) >= 2 && ends_freely) a.persons[add_person(a, run)].country = country.country;
    }
}

// "Maria Santos, Portugal's foreign minister, said": the name before a title set off by
// commas, as a person; kNone when there is none.
std::size_t EntityFinder::appositive_holder(SentenceAnalysis& a, const OfficeMention& office) const {
    std::size_t begin = office.phrase_begin;
    if (begin > 0 && a.tokens[begin - 1].lower == "the") --begin;
    const std::size_t end = office.span.end;
    bool closed = end == a.tokens.size() || a.tokens[end].text == "," || a.tokens[end].text == ".";
    if (begin < 2 || a.tokens[begin - 1].text != "," || !closed) return kNone;
    Span name = name_run_before(a, begin - 1, lex_);
    return name.end > name.begin ? add_person(a, name) : kNone;
}

// Where a name starts after an honorific at POS ("Mr. Hayashi", "Prince Faisal"); POS when
// there is none.
std::size_t EntityFinder::after_honorific(const SentenceAnalysis& a, std::size_t pos) const {
    if (pos >= a.tokens.size() || !lex_.honorifics.contains(a.tokens[pos].text)) return pos;
    return pos + 1 < a.tokens.size() && a.tokens[pos + 1].text == "." ? pos + 2 : pos + 1;
}

// "Deputy Prime Minister and Defence Minister Richard Marles": titles joined by "and" before
// one name are all that person's. Not after "the", where the first title may be someone
// else's ("the Prime Minister and President Lee").
void EntityFinder::share_joined_titles(SentenceAnalysis& a) {
    for (std::size_t j = a.offices.size(); j-- > 1;) {
        auto& first = a.offices[j - 1];
        const auto& second = a.offices[j];
        const std::size_t joint = first.span.end;
        bool joined = second.span.begin == joint + 1 && a.tokens[joint].lower == "and";
        bool after_the = first.span.begin > 0 && a.tokens[first.span.begin - 1].lower == "the";
        if (first.person == kNone && second.person != kNone && joined && !after_the &&
            a.tokens[first.span.begin].capitalized)
            first.person = second.person;
    }
}

void EntityFinder::find_anchored_people(SentenceAnalysis& a) const {
    for (auto& office : a.offices) {
        if (!a.tokens[office.span.begin].capitalized) continue;
        Span run = name_run(a, after_honorific(a, office.span.end), lex_);
        if (run.end > run.begin) office.person = add_person(a, run);
    }
    share_joined_titles(a);
    for (auto& office : a.offices)
        if (office.person == kNone) office.person = appositive_holder(a, office);
    find_possessed_people(a);
    for (std::size_t i = 0; i + 1 < a.tokens.size(); ++i) {
        const Token& t = a.tokens[i];
        if (std::size_t next = after_honorific(a, i); next != i) {
            Span run = name_run(a, next, lex_);
            if (run.end > run.begin) add_person(a, run);
        } else if (lex_.role_nouns.contains(t.lower)) {
            find_named_lists(a, after_honorific(a, i + 1));  // "his counterpart General X"
        } else if (auto cue = lex_.name_cue_matcher.match_at(a.tokens, i)) {
            Span run = name_run(a, i + cue->length, lex_);
            if (run.end - run.begin >= 2) a.persons[add_person(a, run)].detached = cue->value == 1;
        }
    }
    // Two or more capitalized words right before a verb of saying or meeting, or right
    // after a verb of meeting, name a person: "Antony Blinken met Yoshimasa Hayashi".
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        bool saying = lex_.reporting_verb_matcher.match_at(a.tokens, i).has_value();
        auto meeting = lex_.meeting_verb_matcher.match_at(a.tokens, i);
        if (!saying && !meeting) continue;
        Span before = name_run_before(a, i, lex_);
        if (before.end - before.begin >= 2) add_person(a, before);
        if (meeting) {
            Span after = name_run(a, i + meeting->length, lex_);
            if (after.end - after.begin >= 2) add_person(a, after);
        }
    }
}

void EntityFinder::find_clause_starts(SentenceAnalysis& a) const {
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (lex_.clause_words.contains(a.tokens[i].lower)) a.clause_starts.push_back(i);
}

}  // namespace kg::ingest
