#pragma once
// Which meeting an article tells of: one announced before that has now taken place, one still
// to come told again, or a new one (talks of two ministers, a summit of two leaders, a
// two-plus-two, a meeting of a group of countries, a phone call) between the people who hold
// the offices on the day.

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "bench/corpus/calendar.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/meetings.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

struct Telling {
    std::size_t meeting = 0;
    bool held = false;  // told as having taken place; else as to come
};

class MeetingPlanner {
public:
    MeetingPlanner(const CorpusData& data, const Cast& cast, Meetings& meetings);

    Telling choose(Day published, Rng& rng);

    // Where PERSON, taking part in FROM as ROLE, travels on to: talks (a summit, for a leader)
    // with the holder of ROLE in another country some days later; nothing when either office
    // changes hands before.
    std::optional<std::size_t> onward(std::size_t person, Role role, const Meeting& from, Day published, Rng& rng);

private:
    std::optional<std::size_t> told_before(Day from, Day to, Day published, Rng& rng) const;
    Telling create(Day published, Rng& rng);
    std::size_t pick_country(Role role, Rng& rng) const;
    // Takes part: the holder of ROLE in COUNTRY on PUBLISHED, who must hold it on DAY as well.
    bool add_holder(Meeting& meeting, std::size_t country, Role role, Day published) const;
    bool still_in_office(const Meeting& meeting, Day day) const;

    const CorpusData& data_;
    const Cast& cast_;
    Meetings& meetings_;
    FallingWeights country_weights_, group_weights_;
};

}  // namespace kg::bench::corpus
