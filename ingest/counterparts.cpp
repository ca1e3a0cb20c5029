#include "ingest/counterparts.h"

namespace kg::ingest {
namespace {

bool is_counterpart_noun(const Token& t) { return t.lower == "counterpart" || t.lower == "counterparts"; }

std::string qualifier_country(const SentenceAnalysis& a, std::size_t noun) {
    for (const auto& c : a.countries)
        if (c.span.end == noun || (c.span.end + 1 == noun && a.tokens[c.span.end].text == "'s")) return c.country;
    return "";
}

// The people named right after the noun, in order ("counterparts C and D", "counterpart Prince E").
std::vector<std::size_t> named_after(const SentenceAnalysis& a, const Lexicons& lex, std::size_t noun) {
    std::vector<std::size_t> people;
    std::size_t pos = noun + 1;
    if (pos < a.tokens.size() && lex.honorifics.contains(a.tokens[pos].text)) ++pos;
    for (bool found = true; found;) {
        found = false;
        for (std::size_t p = 0; p < a.persons.size(); ++p)
            if (a.persons[p].span.begin == pos) {
                people.push_back(p);
                pos = a.persons[p].span.end;
                while (pos < a.tokens.size() && (a.tokens[pos].lower == "and" || a.tokens[pos].text == ",")) ++pos;
                found = true;
            }
    }
    return people;
}

void pair_offices(SentenceAnalysis& a, const Lexicons& lex, std::size_t noun, const std::string& country) {
    std::vector<const OfficeMention*> before;
    for (const auto& office : a.offices)
        if (office.person != kNone && office.span.begin < noun && !office.implied) before.push_back(&office);
    auto after = named_after(a, lex, noun);
    if (after.empty() || before.empty()) return;
    if (after.size() == 1) before = {before.back()};
    if (before.size() != after.size()) return;
    std::vector<OfficeMention> added;
    for (std::size_t i = 0; i < after.size(); ++i) {
        auto role = lex.title_role.find(before[i]->title);
        if (role == lex.title_role.end() || role->second == "other") continue;
        // A country whose titles office_systems.tsv does not list uses the same title.
        auto title = lex.role_title.find({country, role->second});
        bool listed = lex.country_titles.contains(country);
        if (listed && title == lex.role_title.end()) continue;
        OfficeMention office;
        office.span = {noun, noun + 1};
        office.title = listed ? title->second : before[i]->title;
        office.country = country;
        office.person = after[i];
        office.implied = true;
        added.push_back(office);
    }
    a.offices.insert(a.offices.end(), added.begin(), added.end());
}

}  // namespace

void add_counterpart_offices(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex) {
    for (auto& a : sentences)
        for (std::size_t i = 0; i < a.tokens.size(); ++i) {
            if (!is_counterpart_noun(a.tokens[i])) continue;
            std::string country = qualifier_country(a, i);
            if (!country.empty()) pair_offices(a, lex, i, country);
        }
}

}  // namespace kg::ingest
