#include "bench/corpus/claim_writer.h"

#include <algorithm>

namespace kg::bench::corpus {
namespace {

// How often a story quotes each kind of source besides the people taking part (three to
// six times); other officials, anonymous sources and statements may come twice.
constexpr double kSpokesperson = 0.6, kSecond = 0.4, kOfficial = 0.6, kAnalyst = 0.6, kAnonymous = 0.8, kStatement = 0.7;
constexpr double kCountryOffset = 8;  // as the meetings' countries: see meeting_planner.cpp
// Picks of a pattern a story has not used yet before one is used again.
constexpr int kFreshAttempts = 16;

std::string kind_of_clause(const Meeting& meeting, bool held, Rng& rng) {
    if (rng.chance(0.25)) return "any";
    if (meeting.format == Format::group) return "group";
    if (meeting.format == Format::call) return "call";
    return held ? "held" : "planned";
}

}  // namespace

ClaimWriter::ClaimWriter(const CorpusData& data, Cast& cast)
    : data_(data), cast_(cast), country_weights_(data.countries.size(), kCountryOffset) {}

const Pattern& ClaimWriter::fresh(const std::function<std::string()>& kind, std::vector<const Pattern*>& used,
                                  Rng& rng) const {
    const Pattern* pattern = &data_.phrases.pick(kind(), rng);
    for (int attempt = 0; attempt < kFreshAttempts && std::find(used.begin(), used.end(), pattern) != used.end(); ++attempt)
        pattern = &data_.phrases.pick(kind(), rng);
    used.push_back(pattern);
    return *pattern;
}

std::vector<ClaimWriter::Planned> ClaimWriter::plan(const Meeting& meeting, Day published, Rng& rng) {
    std::vector<Planned> claims;
    for (int i = rng.between(3, 6); i > 0; --i) {
        const std::size_t person = meeting.people[rng.below(meeting.people.size())];
        claims.push_back({Source::participant, cast_.person(person).country, person, rng.chance(0.4)});
    }
    auto side = [&] { return meeting.countries[rng.below(meeting.countries.size())]; };
    auto office_holder = [&](Role role) {
        const std::size_t country = side();
        if (auto person = cast_.holder(country, role, published))
            claims.push_back({Source::office_holder, country, person, false, role});
    };
    if (rng.chance(kSpokesperson)) office_holder(Role::spokesperson);
    if (rng.chance(kSecond)) office_holder(Role::second);
    const std::size_t others = data_.roles - kCoreRoles;
    if (others > 0 && rng.chance(kOfficial)) office_holder(static_cast<Role>(kCoreRoles + rng.below(others)));
    if (others > 0 && rng.chance(kOfficial / 2)) office_holder(static_cast<Role>(kCoreRoles + rng.below(others)));
    if (rng.chance(kAnalyst)) {
        const std::size_t country = side();
        claims.push_back({Source::analyst, country, cast_.analyst(country, rng)});
    }
    if (rng.chance(kAnonymous)) claims.push_back({Source::anonymous, side()});
    if (rng.chance(kAnonymous / 2)) claims.push_back({Source::anonymous, side()});
    if (rng.chance(kStatement)) claims.push_back({Source::statement, side()});
    if (rng.chance(kStatement / 2)) claims.push_back({Source::statement, side()});
    for (std::size_t i = claims.size(); i > 1; --i) std::swap(claims[i - 1], claims[rng.below(i)]);
    return claims;
}

std::string ClaimWriter::clause(const Meeting& meeting, bool held, std::vector<const Pattern*>& used,
                                Rng& rng) const {
    const Pattern* pattern = &fresh([&] { return kind_of_clause(meeting, held, rng); }, used, rng);
    const Country& a = data_.countries[meeting.countries[0]];
    const Country& b = data_.countries[meeting.countries[1]];
    const std::string group = meeting.group ? data_.groups[*meeting.group].name : "";
    std::size_t third = country_weights_.pick(rng);
    while (std::find(meeting.countries.begin(), meeting.countries.end(), third) != meeting.countries.end())
        third = country_weights_.pick(rng);
    const Country& c = data_.countries[third];
    return pattern->fill({{"A", a.in_text}, {"B", b.in_text}, {"C", c.in_text}, {"DA", a.demonym}, {"DB", b.demonym},
                          {"group", group}});
}

std::pair<std::string, std::string> ClaimWriter::unnamed_source(const Planned& claim, Rng& rng) const {
    const Country& country = data_.countries[claim.country];
    if (claim.source == Source::statement) {
        std::string ministry = rng.chance(0.5) ? "the " + country.demonym + " " + country.ministry
                                               : possessive(country.in_text) + " " + country.ministry;
        return {ministry, ministry};
    }
    return split_gold(data_.phrases.pick("anonymous", rng).fill({{"dem", country.demonym}, {"capital", country.capital}}));
}

void ClaimWriter::write(const std::vector<Planned>& claims, const Meeting& meeting, bool held, ArticleBuilder& article,
                        Rng& rng) const {
    std::vector<const Pattern*> used;
    for (const auto& claim : claims) {
        const std::string said = clause(meeting, held, used, rng);
        if (claim.source == Source::participant && claim.quote) {
            const std::string quote = fresh([&] { return held && rng.chance(0.3) ? "quote.held" : "quote"; }, used, rng).text();
            const std::string source = article.name(*claim.person);
            article.sentence(data_.phrases.pick("claim.quote", rng).fill({{"source", source}, {"quote", quote}}));
            article.claim(cast_.person(*claim.person).full, quote);
        } else if (claim.source == Source::analyst) {
            const Country& country = data_.countries[claim.country];
            // An analyst keeps to one institute.
            const auto& institutes = data_.phrases.all("institute");
            const std::string institute = institutes[*claim.person % institutes.size()]
                                              .fill({{"capital", country.capital}, {"country", country.name},
                                                     {"dem", country.demonym}});
            const std::string person = article.name(*claim.person);
            article.sentence(data_.phrases.pick("claim.analyst", rng)
                                 .fill({{"person", person}, {"institute", institute}, {"clause", said}}));
            article.claim(cast_.person(*claim.person).full, said);
        } else if (claim.person) {
            const bool office = claim.source == Source::office_holder;
            const std::string source = office ? article.introduce(*claim.person, claim.role, rng) : article.name(*claim.person);
            const std::string kind = claim.role == Role::spokesperson ? "claim.spokesperson"
                                     : office                         ? "claim.official"
                                                                      : "claim.said";
            const std::string& capital = data_.countries[claim.country].capital;
            article.sentence(data_.phrases.pick(kind, rng).fill({{"source", source}, {"clause", said}, {"capital", capital}}));
            article.claim(cast_.person(*claim.person).full, said);
        } else {
            auto [source, gold] = unnamed_source(claim, rng);
            const std::string kind = claim.source == Source::statement ? "claim.statement" : "claim.said";
            article.sentence(data_.phrases.pick(kind, rng).fill({{"source", source}, {"clause", said}}));
            article.claim(gold, said);
        }
        article.end_paragraph();
    }
}

}  // namespace kg::bench::corpus
