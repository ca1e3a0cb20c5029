#include "ingest/role_references.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace kg::ingest {
namespace {

using Holders = std::map<std::pair<std::string, std::string>, std::set<std::string>>;  // (title, country) -> people

void add_holders(Holders& holders, const SentenceAnalysis& a) {
    for (const auto& office : a.offices)
        if (office.person != kNone && !office.former && !a.persons[office.person].key.empty())
            holders[{office.title, office.country}].insert(a.persons[office.person].key);
}

void add_mention(SentenceAnalysis& a, Span span, const std::string& key) {
    PersonMention mention;
    mention.span = span;
    mention.name = join_tokens(a.tokens, span.begin, span.end);
    mention.key = key;
    a.persons.push_back(std::move(mention));
}

std::string country_before(const SentenceAnalysis& a, std::size_t pos) {
    for (const auto& c : a.countries)
        if (c.span.end == pos || (c.span.end + 1 == pos && a.tokens[c.span.end].text == "'s")) return c.country;
    return "";
}

// "a South Korean president", "another foreign minister": any holder, not this one.
bool indefinite(const SentenceAnalysis& a, const Lexicons& lex, const OfficeMention& office) {
    std::size_t start = office.span.begin;
    for (const auto& c : a.countries)
        if (c.span.end == start) start = c.span.begin;
    if (start == 0) return false;
    auto determiner = lex.determiners.find(a.tokens[start - 1].lower);
    return determiner != lex.determiners.end() && (determiner->second == "indefinite" || determiner->second == "other");
}

std::vector<std::string> people_named(const SentenceAnalysis& a) {
    std::vector<std::string> keys;
    for (const auto& p : a.persons)
        if (!p.key.empty() && !p.detached && std::find(keys.begin(), keys.end(), p.key) == keys.end())
            keys.push_back(p.key);
    return keys;
}

// "the four", "the two ministers", "both leaders": the span and the number, if one starts at i.
std::optional<std::pair<Span, int>> group_at(const SentenceAnalysis& a, const Lexicons& lex, std::size_t i) {
    std::size_t pos = a.tokens[i].lower == "the" ? i + 1 : i;
    if (pos >= a.tokens.size()) return std::nullopt;
    auto number = lex.group_numbers.find(a.tokens[pos].lower);
    if (number == lex.group_numbers.end() || (pos == i && a.tokens[i].lower != "both")) return std::nullopt;
    // "the two countries", "both sides": the parties, not people.
    if (lex.parties_matcher.match_at(a.tokens, pos)) return std::nullopt;
    bool noun = pos + 1 < a.tokens.size() && lex.group_nouns.contains(a.tokens[pos + 1].lower);
    bool alone = pos + 1 < a.tokens.size() && a.tokens[pos + 1].word && !a.tokens[pos + 1].capitalized && pos > i;
    if (!noun && !alone) return std::nullopt;
    return std::pair{Span{i, noun ? pos + 2 : pos + 1}, number->second};
}

}  // namespace

void add_group_references(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex) {
    for (std::size_t s = 1; s < sentences.size(); ++s) {
        auto named = people_named(sentences[s - 1]);
        auto& a = sentences[s];
        for (std::size_t i = 0; i < a.tokens.size(); ++i) {
            auto group = group_at(a, lex, i);
            if (!group || static_cast<int>(named.size()) != group->second) continue;
            for (const auto& key : named) add_mention(a, group->first, key);
        }
    }
}

// A title without a name is its one holder in the article ("Japan's FM to visit ..." in a
// headline). A plural role refers back to the holders named so far: "the two Australian
// ministers" are not the prime minister the article names later.
void add_role_references(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex) {
    Holders holders;
    for (const auto& a : sentences) add_holders(holders, a);
    Holders named;
    for (auto& a : sentences) {
        add_holders(named, a);
        for (std::size_t i = 0; i < a.offices.size(); ++i) {
            const auto& office = a.offices[i];
            if (office.person != kNone || indefinite(a, lex, office)) continue;
            auto it = holders.find({office.title, office.country});
            if (it != holders.end() && it->second.size() == 1) add_mention(a, office.span, *it->second.begin());
        }
        for (std::size_t t = 0; t < a.tokens.size(); ++t) {
            auto role = lex.plural_roles.find(a.tokens[t].lower);
            std::string country = role == lex.plural_roles.end() ? "" : country_before(a, t);
            if (country.empty()) continue;
            for (const auto& [office, people] : named)
                if (office.second == country && office.first.find(role->second) != std::string::npos)
                    for (const auto& key : people) add_mention(a, {t, t + 1}, key);
        }
    }
}

}  // namespace kg::ingest
