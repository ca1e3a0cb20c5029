#include "ingest/lexicons.h"

#include "ingest/ingest_error.h"
#include "ingest/lexicon.h"
#include "ingest/person_key.h"

namespace kg::ingest {
namespace {

CountryFormKind country_form_kind(const LexiconRow& row, const std::filesystem::path& path) {
    const std::string& kind = row.at(1);
    if (kind == "name") return CountryFormKind::Name;
    if (kind == "demonym") return CountryFormKind::Demonym;
    if (kind == "abbrev") return CountryFormKind::Abbrev;
    if (kind == "capital") return CountryFormKind::Capital;
    if (kind == "within") return CountryFormKind::Within;
    throw IngestError(path.string() + ":" + std::to_string(row.line) + ": unknown kind '" + kind +
                      "' (expected name, demonym, abbrev, capital or within)");
}

void load_countries(const std::filesystem::path& dir, Lexicons& lex) {
    auto lexicon = load_lexicon(dir, "countries.tsv");
    for (const auto& row : lexicon.rows) {
        auto kind = country_form_kind(row, lexicon.path);
        lex.country_matcher.add(row.at(2), static_cast<int>(lex.country_forms.size()));
        lex.country_forms.push_back({row.at(0), kind});
        if (kind == CountryFormKind::Capital) {
            lex.place_matcher.add(row.at(2), static_cast<int>(lex.places.size()));
            lex.places.push_back(row.at(2));
            lex.place_country[row.at(2)] = row.at(0);
        }
    }
    for (const auto& row : load_lexicon(dir, "places.tsv").rows) {
        lex.place_matcher.add(row.at(0), static_cast<int>(lex.places.size()));
        lex.places.push_back(row.at(0));
        lex.place_country[row.at(0)] = row.at(1);
    }
}

// The plural of a title's form, for the nouns titles are made of: "Foreign Ministers",
// "Ministers of Defence", "Secretaries of State", "Presidents"; "" for others ("Premier", "FM").
std::string plural_form(const std::string& form) {
    static const std::vector<std::pair<std::string, std::string>> nouns = {
        {"Minister", "Ministers"}, {"Secretary", "Secretaries"}, {"President", "Presidents"},
        {"Adviser", "Advisers"}, {"Advisor", "Advisors"}, {"Ambassador", "Ambassadors"}};
    for (const auto& [one, many] : nouns) {
        if (form == one) return many;
        if (form.ends_with(" " + one)) return form.substr(0, form.size() - one.size()) + many;
        if (form.starts_with(one + " ")) return many + form.substr(one.size());
    }
    return "";
}

void add_office_form(Lexicons& lex, const std::string& form) {
    const int value = static_cast<int>(lex.office_titles.size());
    lex.office_matcher.add(form, value);
    if (auto plural = plural_form(form); !plural.empty()) lex.plural_office_matcher.add(plural, value);
}

// An ISO date column; unknown when empty.
PartialDate iso_date_column(const LexiconRow& row, std::size_t column, const std::filesystem::path& path) {
    if (row.at(column).empty()) return {};
    if (auto date = PartialDate::parse_iso(row.at(column))) return *date;
    throw IngestError(path.string() + ":" + std::to_string(row.line) + ": '" + row.at(column) + "' is no ISO date");
}

void load_offices(const std::filesystem::path& dir, Lexicons& lex) {
    for (const auto& row : load_lexicon(dir, "offices.tsv").rows) {
        add_office_form(lex, row.at(1));
        lex.office_titles.push_back(row.at(0));
    }
    for (const auto& row : load_lexicon(dir, "portfolios.tsv").rows) {
        const std::string title = row.at(0) + " Minister";
        for (const auto& form : {title, "Minister of " + row.at(0), "Minister for " + row.at(0)}) add_office_form(lex, form);
        lex.office_titles.push_back(title);
        lex.any_government_titles.insert(title);
    }
    auto officials = load_lexicon(dir, "officials.tsv");
    for (const auto& row : officials.rows) {
        const auto tokens = tokenize(row.at(0));
        lex.official_tenures[person_key(name_words(tokens, 0, tokens.size()))].push_back(
            {row.at(1), row.at(2), iso_date_column(row, 3, officials.path), iso_date_column(row, 4, officials.path)});
    }
    for (const auto& row : load_lexicon(dir, "office_systems.tsv").rows) {
        lex.country_titles[row.at(1)].insert(row.at(2));
        lex.title_role.emplace(row.at(2), row.at(0));
        if (row.at(0) != "other") lex.role_title[{row.at(1), row.at(0)}] = row.at(2);
    }
}

void load_organizations(const std::filesystem::path& dir, Lexicons& lex) {
    for (const auto& row : load_lexicon(dir, "organizations.tsv").rows) {
        lex.organization_matcher.add(row.at(2), static_cast<int>(lex.organizations.size()));
        lex.organizations.push_back({row.at(0), row.at(1), row.at(3)});
    }
}

void load_groups(const std::filesystem::path& dir, Lexicons& lex) {
    auto lexicon = load_lexicon(dir, "groups.tsv");
    for (const auto& row : lexicon.rows)
        lex.group_members[row.at(0)].push_back(
            {row.at(1), iso_date_column(row, 2, lexicon.path), iso_date_column(row, 3, lexicon.path)});
}

void load_meeting_words(const std::filesystem::path& dir, Lexicons& lex) {
    auto lexicon = load_lexicon(dir, "meeting_words.tsv");
    for (const auto& row : lexicon.rows) {
        const std::string& kind = row.at(0);
        if (kind == "head" || kind == "reference") {
            lex.meeting_head_matcher.add(row.at(1), static_cast<int>(lex.meeting_head_types.size()));
            lex.meeting_head_types.push_back(row.at(2));
            lex.meeting_head_references.push_back(kind == "reference");
        } else if (kind == "cue") {
            lex.meeting_cue_matcher.add(row.at(1), static_cast<int>(lex.meeting_cue_types.size()));
            lex.meeting_cue_types.push_back(row.at(2));
        } else if (kind == "verb" || kind == "courtesy") {
            lex.meeting_verb_matcher.add(row.at(1), static_cast<int>(lex.meeting_verb_types.size()));
            lex.meeting_verb_types.push_back(row.at(2));
            lex.meeting_verb_courtesy.push_back(kind == "courtesy");
        } else if (kind == "side") {
            lex.meeting_side_matcher.add(row.at(1), 0);
        } else if (kind == "modifier") {
            lex.meeting_modifier_matcher.add(row.at(1), static_cast<int>(lex.meeting_modifier_values.size()));
            lex.meeting_modifier_values.push_back(row.at(2));
        } else if (kind == "determiner") {
            lex.determiners[row.at(1)] = row.at(2);
        } else if (kind == "destination") {
            lex.destination_matcher.add(row.at(1), 0);
        } else if (kind == "topic") {
            lex.topic_words.insert(row.at(1));
        } else if (kind == "party") {
            lex.party_words.insert(row.at(1));
        } else if (kind == "parties") {
            lex.parties_matcher.add(row.at(1), 0);
        } else if (kind == "postponed") {
            lex.postponed_matcher.add(row.at(1), 0);
        } else if (kind == "participation") {
            lex.participation_matcher.add(row.at(1), 0);
        } else if (kind == "absent") {
            lex.absence_matcher.add(row.at(1), 0);
        } else if (kind == "negation") {
            lex.negation_matcher.add(row.at(1), 0);
        } else if (kind == "stand-in") {
            lex.stand_in_matcher.add(row.at(1), 0);
        } else if (kind == "stop") {
            lex.determiner_stops.insert(row.at(1));
        } else {
            throw IngestError(lexicon.path.string() + ":" + std::to_string(row.line) +
                              ": unknown kind '" + kind +
                              "' (expected head, reference, cue, verb, courtesy, side, modifier, determiner, destination, topic, party, parties, postponed, participation, absent, negation, stand-in or stop)");
        }
    }
}

void load_reporting(const std::filesystem::path& dir, Lexicons& lex) {
    auto lexicon = load_lexicon(dir, "reporting.tsv");
    for (const auto& row : lexicon.rows) {
        const std::string& kind = row.at(0);
        PhraseMatcher* matcher = kind == "verb"    ? &lex.reporting_verb_matcher
                                 : kind == "prep"  ? &lex.reporting_prep_matcher
                                 : kind == "relay" ? &lex.relay_matcher
                                 : kind == "hedge" ? &lex.hedge_matcher
                                 : kind == "tail"  ? &lex.reporting_tail_matcher
                                 : kind == "audience" ? &lex.audience_matcher
                                                   : nullptr;
        if (!matcher)
            throw IngestError(lexicon.path.string() + ":" + std::to_string(row.line) +
                              ": unknown kind '" + kind + "' (expected verb, prep, relay, hedge, tail or audience)");
        matcher->add(row.at(1), 0);
    }
}

void load_person_words(const std::filesystem::path& dir, Lexicons& lex) {
    auto lexicon = load_lexicon(dir, "person_words.tsv");
    for (const auto& row : lexicon.rows) {
        const std::string& kind = row.at(0);
        if (kind == "honorific") lex.honorifics.insert(row.at(1));
        else if (kind == "role") lex.role_nouns.insert(row.at(1));
        else if (kind == "plural_role") lex.plural_roles[row.at(1)] = row.at(2);
        else if (kind == "detaching") lex.detaching_nouns.insert(row.at(1));
        else if (kind == "not_name") lex.not_name_words.insert(row.at(1));
        else if (kind == "particle") lex.name_particles.insert(row.at(1));
        else if (kind == "abbreviation") lex.abbreviation_words.insert(row.at(1));
        else if (kind == "title_modifier") lex.title_modifier_matcher.add(row.at(1), 0);
        else if (kind == "past_title") lex.past_title_matcher.add(row.at(1), 0);
        else if (kind == "name_cue") lex.name_cue_matcher.add(row.at(1), 0);
        else if (kind == "entourage") lex.entourage_matcher.add(row.at(1), 0);
        else if (kind == "predecessor_cue") lex.name_cue_matcher.add(row.at(1), 1);
        else if (kind == "group_number") lex.group_numbers[row.at(1)] = std::stoi(row.at(2));
        else if (kind == "group_noun") lex.group_nouns.insert(row.at(1));
        else
            throw IngestError(lexicon.path.string() + ":" + std::to_string(row.line) + ": unknown kind '" +
                              kind + "' (expected honorific, role, plural_role, detaching, not_name, abbreviation, particle, title_modifier, past_title, name_cue, predecessor_cue, entourage, group_number or group_noun)");
    }
    for (const auto& row : load_lexicon(dir, "clause_words.tsv").rows) {
        lex.clause_words.insert(row.at(0));
        if (row.at(1) == "relative") lex.relative_pronouns.insert(row.at(0));
        if (row.at(1) == "time") lex.time_clause_words.insert(row.at(0));
    }
}

}  // namespace

bool Lexicons::country_has_title(const std::string& country, const std::string& title) const {
    auto it = country_titles.find(country);
    return it == country_titles.end() || it->second.contains(title) || any_government_titles.contains(title);
}

std::string Lexicons::canonical_title(std::string_view text) const {
    auto index = office_matcher.match_whole(text);
    return index ? office_titles[static_cast<std::size_t>(*index)] : "";
}

bool Lexicons::never_in_name(const std::vector<Token>& tokens, std::size_t i) const {
    if (not_name_words.contains(tokens[i].text)) return true;
    return abbreviation_words.contains(tokens[i].text) && i + 1 < tokens.size() && tokens[i + 1].text == ".";
}

std::string Lexicons::canonical_country(std::string_view text) const {
    auto index = country_matcher.match_whole(text);
    if (!index) return "";
    const CountryForm& form = country_forms[static_cast<std::size_t>(*index)];
    return form.kind == CountryFormKind::Within ? "" : form.country;
}

Lexicons load_lexicons(const std::filesystem::path& dir) {
    Lexicons lex;
    load_countries(dir, lex);
    load_offices(dir, lex);
    load_organizations(dir, lex);
    load_meeting_words(dir, lex);
    load_groups(dir, lex);
    load_reporting(dir, lex);
    load_person_words(dir, lex);
    return lex;
}

}  // namespace kg::ingest
