#pragma once
// Days as the generator counts them (days since 1970-01-01) and as stories and the gold write
// them.

#include <string>
#include <string_view>

namespace kg::bench::corpus {

using Day = int;

Day day_of(int year, unsigned month, unsigned day);
int year_of(Day day);
unsigned month_of(Day day);
unsigned day_of_month(Day day);
unsigned weekday(Day day);  // 0 = Monday

std::string iso_day(Day day);    // 2024-03-05
std::string iso_month(Day day);  // 2024-03
std::string_view weekday_name(Day day);
std::string_view month_name(unsigned month);  // 1 = January
// AP style: "Jan.", "Feb.", "March", ..., "July", "Aug.", "Sept.", ...
std::string_view month_abbreviation(unsigned month);

}  // namespace kg::bench::corpus
