#include "graph/iso_date.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

namespace kg::graph {
namespace {

namespace chrono = std::chrono;

bool digits(std::string_view text) {
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !text.empty();
}

unsigned number(std::string_view text) { return static_cast<unsigned>(std::stoi(std::string(text))); }

// The parts of an ISO date; nullopt unless it is one. A month or day left out is 0.
struct DateParts {
    chrono::year year;
    unsigned month = 0;
    unsigned day = 0;
};

std::optional<DateParts> parts(std::string_view text) {
    if (!(text.size() == 4 || text.size() == 7 || text.size() == 10)) return std::nullopt;
    if (!digits(text.substr(0, 4))) return std::nullopt;
    DateParts date{chrono::year(static_cast<int>(number(text.substr(0, 4))))};
    if (text.size() == 4) return date;
    if (text[4] != '-' || !digits(text.substr(5, 2))) return std::nullopt;
    date.month = number(text.substr(5, 2));
    if (!chrono::month(date.month).ok()) return std::nullopt;
    if (text.size() == 7) return date;
    if (text[7] != '-' || !digits(text.substr(8, 2))) return std::nullopt;
    date.day = number(text.substr(8, 2));
    if (!chrono::year_month_day(date.year, chrono::month(date.month), chrono::day(date.day)).ok()) return std::nullopt;
    return date;
}

std::string iso(const chrono::year_month_day& day) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

}  // namespace

bool is_iso_date(std::string_view text) { return parts(text).has_value(); }

std::string first_day(std::string_view date) {
    auto found = parts(date);
    if (!found) return "";
    return iso({found->year, chrono::month(found->month ? found->month : 1), chrono::day(found->day ? found->day : 1)});
}

std::string last_day(std::string_view date) {
    auto found = parts(date);
    if (!found) return "";
    if (found->day) return std::string(date);
    const auto month = chrono::month(found->month ? found->month : 12);
    return iso(chrono::year_month_day(chrono::year_month_day_last(found->year, chrono::month_day_last(month))));
}

}  // namespace kg::graph
