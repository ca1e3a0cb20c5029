#pragma once
// How a story says when a meeting happens, relative to the day it is published, and what a
// careful reader can tell from it: the day ("on Tuesday", "on July 8", "next Monday") or only
// the month ("next week" within one month, "later this month", "next month").

#include <string>

#include "bench/corpus/calendar.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

struct When {
    std::string text;  // "on Tuesday"
    std::string gold;  // the date at the precision the text gives: "2024-03-05" or "2024-03"
};

// A meeting on DAY, told on PUBLISHED: DAY is at most a few days before, or later.
When say_when(Day day, Day published, Rng& rng);

// A meeting some while before PUBLISHED, told by its month: "in March", "in March 2022".
When say_month(Day day, Day published);

}  // namespace kg::bench::corpus
