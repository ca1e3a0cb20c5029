#include "bench/corpus/cast.h"

#include <algorithm>
#include <stdexcept>

namespace kg::bench::corpus {
namespace {

constexpr int kYear = 365;
// Stories look back a few days before they are published (a meeting held on Monday): every
// office has a holder that long before the corpus's first day.
constexpr int kLookBack = 7;
constexpr std::size_t kReporters = 80;
constexpr std::size_t kAnalystsPerCountry = 6;
// A new leader is the foreign minister of the day this often, the defence minister this often.
constexpr double kForeignMinisterPromoted = 0.2, kDefenseMinisterPromoted = 0.1;

// How long an office is held, in days: leaders longer than ministers, spokespeople shortest.
int term_length(Role role, Rng& rng) {
    switch (role) {
        case Role::leader:
        case Role::second: return rng.between(2 * kYear, 6 * kYear);
        case Role::foreign:
        case Role::defense: return rng.between(kYear, 5 * kYear);
        case Role::spokesperson: return rng.between(kYear, 4 * kYear);
    }
    return rng.between(kYear, 5 * kYear);  // the offices of offices.tsv
}

}  // namespace

Cast::Cast(const CorpusData& data, Day first, Day last, Rng& rng)
    : data_(data), offices_(data.countries.size() * data.roles), analysts_(data.countries.size()) {
    for (std::size_t i = 0; i < kReporters; ++i) {
        std::string unused;
        reporters_.push_back(unique_name(rng.below(data.regions.size()), rng, &unused));
    }
    // Leaders last: a new leader may be a minister, whose ministry then gets a successor.
    std::vector<Role> order;
    for (std::size_t role = static_cast<std::size_t>(Role::second); role < data.roles; ++role)
        order.push_back(static_cast<Role>(role));
    order.push_back(Role::leader);
    for (std::size_t country = 0; country < data.countries.size(); ++country)
        for (Role role : order)
            if (data.countries[country].title(role).exists())
                timeline(country, role) = fill_office(country, role, first, last, rng);
}

std::string Cast::unique_name(std::size_t region_index, Rng& rng, std::string* short_name) {
    const NameRegion& region = data_.regions[region_index];
    for (int attempt = 0; attempt < 200; ++attempt) {
        const std::string &given = rng.pick(region.given), &family = rng.pick(region.family);
        std::string full = region.family_first ? family + " " + given : given + " " + family;
        if (!names_taken_.insert(full).second) continue;
        switch (region.short_form) {
            case NameRegion::Short::family: *short_name = family; break;
            case NameRegion::Short::given: *short_name = given; break;
            case NameRegion::Short::given_last: *short_name = given.substr(given.rfind(' ') + 1); break;
        }
        return full;
    }
    throw std::runtime_error("names.tsv: region " + region.name + " has too few names for the cast");
}

std::size_t Cast::new_person(std::size_t country, Rng& rng) {
    Person person;
    person.country = country;
    person.full = unique_name(data_.countries[country].region, rng, &person.short_name);
    people_.push_back(std::move(person));
    return people_.size() - 1;
}

Cast::Timeline Cast::fill_office(std::size_t country, Role role, Day first, Day last, Rng& rng) {
    Timeline terms;
    // The term in progress when the corpus starts began up to some years before.
    for (Day start = first - kLookBack - rng.between(0, 4 * kYear); start <= last; start += term_length(role, rng)) {
        std::size_t person = 0;
        // Only within the corpus's time: before it, the ministries' holders are not yet known.
        const bool can_promote = role == Role::leader && start >= first;
        if (can_promote && rng.chance(kForeignMinisterPromoted))
            person = promote(country, Role::foreign, start, rng);
        else if (can_promote && data_.countries[country].title(Role::defense).exists() &&
                 rng.chance(kDefenseMinisterPromoted))
            person = promote(country, Role::defense, start, rng);
        else
            person = new_person(country, rng);
        terms.push_back({start, person});
    }
    return terms;
}

std::size_t Cast::promote(std::size_t country, Role from, Day day, Rng& rng) {
    Timeline& terms = timeline(country, from);
    const std::size_t current = term_on(terms, day);
    const std::size_t promoted = terms[current].person;
    if (terms[current].start == day)  // took that office the same day: give it to someone else
        terms[current].person = new_person(country, rng);
    else
        terms.insert(terms.begin() + static_cast<std::ptrdiff_t>(current) + 1, Term{day, new_person(country, rng)});
    return promoted;
}

std::size_t Cast::term_on(const Timeline& terms, Day day) {
    const auto after = std::upper_bound(terms.begin(), terms.end(), day,
                                        [](Day d, const Term& term) { return d < term.start; });
    if (after == terms.begin()) throw std::logic_error("a day before the first term of an office");
    return static_cast<std::size_t>(after - terms.begin()) - 1;
}

std::optional<std::size_t> Cast::holder(std::size_t country, Role role, Day day) const {
    const Timeline& terms = timeline(country, role);
    if (terms.empty()) return std::nullopt;
    return terms[term_on(terms, day)].person;
}

Cast::Tenure Cast::tenure(std::size_t country, Role role, Day day) const {
    const Timeline& terms = timeline(country, role);
    const std::size_t current = term_on(terms, day);
    Tenure tenure;
    tenure.since = terms[current].start;
    if (current > 0) tenure.predecessor = terms[current - 1].person;
    return tenure;
}

std::size_t Cast::analyst(std::size_t country, Rng& rng) {
    auto& quoted = analysts_[country];
    if (quoted.size() < kAnalystsPerCountry && (quoted.empty() || rng.chance(0.5)))
        quoted.push_back(new_person(country, rng));
    return rng.pick(quoted);
}

}  // namespace kg::bench::corpus
