#pragma once
// The people of the made-up world: who holds each office of each country on any day (holders
// follow each other, and a minister is now and then promoted to lead the government),
// analysts who comment, and the journalists who sign the stories.

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "bench/corpus/calendar.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

struct Person {
    std::string full;        // as first named: "Yoko Kamikawa", "Wang Yi"
    std::string short_name;  // as named after: "Kamikawa", "Wang"
    std::size_t country = 0;
};

class Cast {
public:
    // Fills every office of every country with successive holders from before FIRST to after
    // LAST.
    Cast(const CorpusData& data, Day first, Day last, Rng& rng);

    const Person& person(std::size_t id) const { return people_[id]; }

    // Who holds ROLE in COUNTRY on DAY; nothing where the country has no such office.
    std::optional<std::size_t> holder(std::size_t country, Role role, Day day) const;

    struct Tenure {
        Day since = 0;                           // the day the holder took office
        std::optional<std::size_t> predecessor;  // nothing for the first holder the world knows
    };
    // The tenure of the holder of ROLE in COUNTRY on DAY; the office must exist.
    Tenure tenure(std::size_t country, Role role, Day day) const;

    // An analyst at one of COUNTRY's think tanks: a new one while the country has few, then
    // mostly one quoted before.
    std::size_t analyst(std::size_t country, Rng& rng);

    // A journalist's name, for by-lines and credits (no person of the stories' facts).
    const std::string& reporter(Rng& rng) const { return rng.pick(reporters_); }

private:
    struct Term {
        Day start = 0;  // lasts until the next term's start
        std::size_t person = 0;
    };
    using Timeline = std::vector<Term>;

    std::string unique_name(std::size_t region, Rng& rng, std::string* short_name);
    std::size_t new_person(std::size_t country, Rng& rng);
    Timeline fill_office(std::size_t country, Role role, Day first, Day last, Rng& rng);
    // The holder of FROM on DAY, who leaves that office for another on DAY: a new person
    // succeeds them.
    std::size_t promote(std::size_t country, Role from, Day day, Rng& rng);
    const Timeline& timeline(std::size_t country, Role role) const {
        return offices_[country * data_.roles + static_cast<std::size_t>(role)];
    }
    Timeline& timeline(std::size_t country, Role role) {
        return offices_[country * data_.roles + static_cast<std::size_t>(role)];
    }
    static std::size_t term_on(const Timeline& terms, Day day);

    const CorpusData& data_;
    std::vector<Person> people_;
    std::unordered_set<std::string> names_taken_;
    std::vector<Timeline> offices_;  // country * roles + role; empty where the office does not exist
    std::vector<std::vector<std::size_t>> analysts_;  // by country
    std::vector<std::string> reporters_;
};

}  // namespace kg::bench::corpus
