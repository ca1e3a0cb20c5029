#pragma once
// The data files kg_corpus writes from (bench/corpus/*.tsv): naming traditions, countries with
// their offices, groups of countries, and the phrasebook of sentence patterns and phrases.

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bench/corpus/pattern.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

// The offices kg_corpus fills in every country; a country may lack some (no second head,
// no defence minister). Those of offices.tsv (finance, trade, ...) follow as Role(kCoreRoles),
// Role(kCoreRoles + 1), ...: they only comment on stories.
enum class Role : std::size_t { leader, second, foreign, defense, spokesperson };
inline constexpr std::size_t kCoreRoles = 5;

struct Title {
    std::string text;  // as a story writes it: "Defence Minister"
    std::string gold;  // as the gold writes it: "Defense Minister"
    bool exists() const { return !text.empty(); }
};

struct NameRegion {
    enum class Short { family, given, given_last };
    std::string name;
    bool family_first = false;
    Short short_form = Short::family;
    std::vector<std::string> given, family;
};

struct Country {
    std::string name, in_text, demonym, capital, ministry;
    std::size_t region = 0;
    std::vector<Title> titles;  // by Role
    const Title& title(Role role) const { return titles[static_cast<std::size_t>(role)]; }
};

struct Group {
    std::string name, long_name;  // long_name empty when a story uses the short name only
    std::vector<Role> meets_as;   // leader, foreign, defense
    std::vector<std::size_t> members;
};

// Patterns by kind, from sentences.tsv and phrases.tsv.
class Phrasebook {
public:
    void add(const std::string& kind, std::string_view text) { kinds_[kind].emplace_back(text); }
    // Throws std::runtime_error when no file has the kind.
    const std::vector<Pattern>& all(const std::string& kind) const;
    const Pattern& pick(const std::string& kind, Rng& rng) const { return rng.pick(all(kind)); }
    bool has(const std::string& kind) const { return kinds_.contains(kind); }

private:
    std::map<std::string, std::vector<Pattern>> kinds_;
};

struct CorpusData {
    std::size_t roles = kCoreRoles;  // with those of offices.tsv
    std::vector<NameRegion> regions;
    std::vector<Country> countries;
    std::vector<Group> groups;
    Phrasebook phrases;

    // Reads names.tsv, countries.tsv, offices.tsv, groups.tsv, sentences.tsv and phrases.tsv from DIR;
    // throws std::runtime_error naming the file and line of anything it cannot use.
    static CorpusData load(const std::filesystem::path& dir);
};

// The text and the gold of "TEXT|GOLD" (both TEXT when there is no "|").
std::pair<std::string, std::string> split_gold(std::string_view value);

}  // namespace kg::bench::corpus
