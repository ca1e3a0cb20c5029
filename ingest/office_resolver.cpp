#include "ingest/office_resolver.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg::ingest {
namespace {

bool only_list_joints(const SentenceAnalysis& a, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        const auto& t = a.tokens[i];
        if (t.lower != "and" && t.text != "," && t.text != "&" && t.text != "'s") return false;
    }
    return true;
}

std::size_t mention_end(const SentenceAnalysis& a, const OfficeMention& office) {
    return office.person == kNone ? office.span.end : a.persons[office.person].span.end;
}

std::string listed_with(const SentenceAnalysis& a, std::size_t index) {
    for (std::size_t prev = index; prev-- > 0;) {
        const auto& before = a.offices[prev];
        if (!only_list_joints(a, mention_end(a, before), a.offices[index].span.begin)) return "";
        if (!before.country.empty()) return before.country;
    }
    return "";
}

std::string setting_country(const SentenceAnalysis& a, const Lexicons& lex, const OfficeMention& office) {
    for (const auto& country : a.countries) {
        if (country.span.begin >= office.span.begin || country.span.begin == 0) continue;
        for (std::size_t from = country.span.begin >= 2 ? country.span.begin - 2 : 0; from < country.span.begin; ++from) {
            auto match = lex.destination_matcher.match_at(a.tokens, from);
            if (match && from + match->length == country.span.begin &&
                lex.country_has_title(country.country, office.title))
                return country.country;
        }
    }
    for (const auto& place : a.places) {
        if (place.span.begin >= office.span.begin) continue;
        auto country = lex.place_country.find(place.name);
        if (country != lex.place_country.end() && lex.country_has_title(country->second, office.title))
            return country->second;
    }
    return "";
}

// "Prime Minister X and South Korean President Y": a writer who names one official's country
// and not the other's means they differ, so X is not South Korea's.
std::set<std::string> contrasted_countries(const SentenceAnalysis& a, std::size_t index) {
    std::set<std::string> countries;
    for (std::size_t j = 0; j < a.offices.size(); ++j)
        if (j != index && a.offices[j].explicit_country && !a.offices[j].country.empty())
            countries.insert(a.offices[j].country);
    return countries;
}

// Whether COUNTRY is one of the two countries the article mentions most: a dateline abroad
// ("VIENTIANE - Prime Minister Ishiba ...") names where the writer is, not whose story it is.
bool among_most_mentioned(const std::map<std::string, int>& counts, const std::string& country) {
    auto it = counts.find(country);
    if (it == counts.end()) return false;
    int more = 0;
    for (const auto& [other, count] : counts) more += count > it->second;
    return more < 2;
}

// "President Xi Jinping": the country of an official a reader knows (officials.tsv) to hold an
// office on the article's date: the one with this title, else one whose government has it.
std::string official_country(const SentenceAnalysis& a, const Lexicons& lex, const OfficeMention& office,
                             const PartialDate& published) {
    if (office.person == kNone) return "";
    auto known = lex.official_tenures.find(a.persons[office.person].key);
    if (known == lex.official_tenures.end()) return "";
    std::string country;
    for (const auto& tenure : known->second) {
        if (!within(published, tenure.from, tenure.to)) continue;
        if (tenure.office == office.title) return tenure.country;
        if (country.empty() && lex.country_has_title(tenure.country, office.title)) country = tenure.country;
    }
    return country;
}

// "Prabowo was accompanied by Foreign Minister Sugiono": officials in someone's entourage are
// of that person's country, when a title elsewhere in the article gives it.
std::string entourage_country(const SentenceAnalysis& a, const Lexicons& lex, const OfficeMention& office,
                              const std::map<std::string, std::string>& person_country) {
    for (std::size_t i = 1; i < office.phrase_begin; ++i) {
        auto cue = lex.entourage_matcher.match_at(a.tokens, i);
        if (!cue || i + cue->length != office.phrase_begin) continue;
        for (auto p = a.persons.rbegin(); p != a.persons.rend(); ++p) {
            if (p->span.end > i) continue;
            auto country = person_country.find(p->key);
            return country == person_country.end() ? "" : country->second;
        }
    }
    return "";
}

}  // namespace

// A writer names the country of foreign officials ("South Korean President Yoon") and may
// leave their own country's unsaid ("Prime Minister Kishida"): of the lede's countries, those
// never written next to a title come first; a country the lede only speaks about ("in
// response to China's assertiveness") does not count.
std::vector<std::string> countries_by_mentions(const std::vector<SentenceAnalysis>& sentences,
                                               const Dateline& dateline) {
    std::map<std::string, int> counts;
    std::set<std::string> qualifying;
    std::vector<std::string> lede;  // the first full sentence's countries, in its order
    for (const auto& a : sentences) {
        bool is_lede = lede.empty() && !a.sentence.headline;
        for (const auto& country : a.countries) {
            // "VIENTIANE - ...": where the writer is, which the dateline tells.
            if (dateline.holds(a.sentence.begin + a.tokens[country.span.begin].begin)) continue;
            ++counts[country.country];
            bool actor = !country.possessive && !country.topic;  // not "China's assertiveness"
            if (is_lede && actor && std::find(lede.begin(), lede.end(), country.country) == lede.end())
                lede.push_back(country.country);
        }
        for (const auto& office : a.offices)
            if (office.explicit_country) qualifying.insert(office.country);
    }
    std::stable_partition(lede.begin(), lede.end(), [&](const auto& c) { return !qualifying.contains(c); });
    std::vector<std::string> ranked;
    for (const auto& [country, count] : counts)
        if (std::find(lede.begin(), lede.end(), country) == lede.end()) ranked.push_back(country);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](const auto& x, const auto& y) { return counts[x] > counts[y]; });
    ranked.insert(ranked.begin(), lede.begin(), lede.end());
    std::string home = dateline.agency_country;
    if (home.empty() && among_most_mentioned(counts, dateline.place_country)) home = dateline.place_country;
    if (!home.empty()) {
        std::erase(ranked, home);
        ranked.insert(ranked.begin(), home);
    }
    return ranked;
}

void resolve_office_countries(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                              const Dateline& dateline, const PartialDate& published) {
    std::map<std::pair<std::string, std::string>, std::string> person_title_country;
    for (const auto& a : sentences)
        for (const auto& office : a.offices)
            if (office.explicit_country && office.person != kNone)
                person_title_country[{a.persons[office.person].key, office.title}] = office.country;

    std::map<std::string, std::string> person_country;  // of any title written with its country
    for (const auto& [person_title, country] : person_title_country) person_country.emplace(person_title.first, country);

    const auto ranked = countries_by_mentions(sentences, dateline);
    for (auto& a : sentences) {
        for (std::size_t i = 0; i < a.offices.size(); ++i) {
            auto& office = a.offices[i];
            // "NATO Secretary-General": an organization's office has no country.
            if (!office.country.empty() || !office.organization.empty()) continue;
            office.country = official_country(a, lex, office, published);
            if (office.country.empty()) office.country = entourage_country(a, lex, office, person_country);
            if (office.country.empty()) office.country = listed_with(a, i);
            if (office.country.empty()) office.country = setting_country(a, lex, office);
            if (office.country.empty() && office.person != kNone) {
                auto it = person_title_country.find({a.persons[office.person].key, office.title});
                if (it != person_title_country.end()) office.country = it->second;
            }
            auto contrasted = contrasted_countries(a, i);
            for (const auto& country : ranked) {
                if (!office.country.empty()) break;
                if (lex.country_has_title(country, office.title) && !contrasted.contains(country))
                    office.country = country;
            }
        }
    }
}

}  // namespace kg::ingest
