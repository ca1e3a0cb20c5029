#include "bench/corpus/when_phrase.h"

#include <fmt/format.h>

#include <vector>

namespace kg::bench::corpus {
namespace {

std::string explicit_date(Day day, Rng& rng) {
    switch (rng.below(3)) {
        case 0: return fmt::format("on {} {}", month_name(month_of(day)), day_of_month(day));
        case 1: return fmt::format("on {} {}", day_of_month(day), month_name(month_of(day)));
        default: return fmt::format("on {} {}", month_abbreviation(month_of(day)), day_of_month(day));
    }
}

bool same_month(Day a, Day b) { return month_of(a) == month_of(b) && year_of(a) == year_of(b); }

}  // namespace

When say_when(Day day, Day published, Rng& rng) {
    std::vector<When> ways{{explicit_date(day, rng), iso_day(day)}};
    const Day next_monday = published - static_cast<Day>(weekday(published)) + 7;
    if (day <= published) {
        if (published - day <= 5) ways.push_back({fmt::format("on {}", weekday_name(day)), iso_day(day)});
    } else if (day < next_monday) {
        ways.push_back({fmt::format("on {}", weekday_name(day)), iso_day(day)});
    } else if (day < next_monday + 7) {
        // "Next Thursday" said on a Tuesday could be either Thursday; said on a Friday, only one.
        if (weekday(day) < weekday(published))
            ways.push_back({fmt::format("next {}", weekday_name(day)), iso_day(day)});
        if (same_month(next_monday, next_monday + 6)) ways.push_back({"next week", iso_month(day)});
    }
    if (day > published + 7 && same_month(day, published)) ways.push_back({"later this month", iso_month(day)});
    if (day > published && !same_month(day, published) && same_month(day, day_of(year_of(published), month_of(published), 28) + 7))
        ways.push_back({"next month", iso_month(day)});
    return rng.pick(ways);
}

When say_month(Day day, Day published) {
    const std::string_view month = month_name(month_of(day));
    if (year_of(day) == year_of(published)) return {fmt::format("in {}", month), iso_month(day)};
    return {fmt::format("in {} {}", month, year_of(day)), iso_month(day)};
}

}  // namespace kg::bench::corpus
