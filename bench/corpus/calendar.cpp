#include "bench/corpus/calendar.h"

#include <array>
#include <chrono>
#include <fmt/format.h>

namespace kg::bench::corpus {
namespace {

using std::chrono::sys_days;

std::chrono::year_month_day civil(Day day) { return std::chrono::year_month_day{sys_days{std::chrono::days{day}}}; }

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthAbbreviations = {"Jan.", "Feb.", "March", "April", "May",  "June",
                                                                  "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

}  // namespace

Day day_of(int year, unsigned month, unsigned day) {
    const sys_days days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
    return static_cast<Day>(days.time_since_epoch().count());
}

int year_of(Day day) { return static_cast<int>(civil(day).year()); }
unsigned month_of(Day day) { return static_cast<unsigned>(civil(day).month()); }
unsigned day_of_month(Day day) { return static_cast<unsigned>(civil(day).day()); }

unsigned weekday(Day day) {
    return std::chrono::weekday{sys_days{std::chrono::days{day}}}.iso_encoding() - 1;
}

std::string iso_day(Day day) { return fmt::format("{:04}-{:02}-{:02}", year_of(day), month_of(day), day_of_month(day)); }
std::string iso_month(Day day) { return fmt::format("{:04}-{:02}", year_of(day), month_of(day)); }
std::string_view weekday_name(Day day) { return kWeekdays[weekday(day)]; }
std::string_view month_name(unsigned month) { return kMonths[month - 1]; }
std::string_view month_abbreviation(unsigned month) { return kMonthAbbreviations[month - 1]; }

}  // namespace kg::bench::corpus
