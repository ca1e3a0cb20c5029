#pragma once
// The meetings of the made-up world as stories tell of them: announced, then held (often told
// by several articles, with dates at different precisions), or recalled later ("last met in
// March"). Keeps what the gold needs: the articles telling each, who attends in which, the
// most precise date told.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bench/corpus/calendar.h"
#include "bench/corpus/corpus_data.h"

namespace kg::bench::corpus {

enum class Format { talks, summit, twoplustwo, group, call };

struct Attendance {
    std::size_t person = 0;
    std::uint32_t article = 0;
    bool hard = false;  // told only in passing ("last met in March")
};

struct Meeting {
    Format format = Format::talks;
    Role role = Role::foreign;  // whose meeting: leaders', foreign or defence ministers'
    std::optional<std::size_t> group;
    std::size_t host = 0;                // the country it is held in; for a call, the first side
    std::vector<std::size_t> countries;  // the sides; of a group, those the stories name
    std::vector<std::size_t> people;     // who takes part: the host side first
    std::vector<Role> roles;             // the office each of PEOPLE takes part in
    Day day = 0;
    bool held = false;      // some article tells it as held
    std::string date_gold;  // the most precise date any article gives
    std::vector<std::uint32_t> articles;
    std::vector<Attendance> attendance;
};

class Meetings {
public:
    std::size_t add(Meeting meeting);
    // References stay valid as meetings are added.
    Meeting& operator[](std::size_t id) { return meetings_[id]; }
    const Meeting& operator[](std::size_t id) const { return meetings_[id]; }
    const std::deque<Meeting>& all() const { return meetings_; }

    // ARTICLE tells of meeting ID, giving its date as DATE_GOLD, with PEOPLE attending (HARD:
    // only in passing); HELD: as having taken place.
    void tell(std::size_t id, std::uint32_t article, const std::string& date_gold, const std::vector<std::size_t>& people,
              bool held, bool hard = false);

    // Announced meetings not yet told as held whose day is in [FROM, TO], earliest first.
    std::vector<std::size_t> announced_between(Day from, Day to) const;
    // Forgets announced meetings before DAY: no story will tell them as held any more.
    void forget_announced_before(Day day);

    // The last meeting held between the two people before DAY that had a place.
    std::optional<std::size_t> last_between(std::size_t a, std::size_t b, Day day) const;

private:
    std::deque<Meeting> meetings_;
    std::multimap<Day, std::size_t> announced_;
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> held_between_;  // in order of day told
};

}  // namespace kg::bench::corpus
