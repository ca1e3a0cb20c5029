#include "ingest/partial_date.h"

#include <chrono>

#include <fmt/format.h>

namespace kg::ingest {
namespace {

// The number spelled by exactly `width` digits at the front of `text`, which it consumes.
std::optional<int> take_digits(std::string_view& text, std::size_t width) {
    if (text.size() < width) return std::nullopt;
    int value = 0;
    for (char c : text.substr(0, width)) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    text.remove_prefix(width);
    return value;
}

// Consumes "-NN" from the front of `text`.
std::optional<int> take_field(std::string_view& text) {
    if (text.empty() || text.front() != '-') return std::nullopt;
    text.remove_prefix(1);
    return take_digits(text, 2);
}

bool valid(const PartialDate& date) {
    namespace chr = std::chrono;
    if (date.year < 1 || date.month < 0 || date.month > 12) return false;
    if (date.day == 0) return true;
    return chr::year_month_day{chr::year{date.year}, chr::month{static_cast<unsigned>(date.month)},
                               chr::day{static_cast<unsigned>(date.day)}}
        .ok();
}

}  // namespace

std::string PartialDate::iso() const {
    if (!known()) return "";
    if (month == 0) return fmt::format("{:04d}", year);
    if (day == 0) return fmt::format("{:04d}-{:02d}", year, month);
    return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::optional<PartialDate> PartialDate::parse_iso(std::string_view text) {
    PartialDate date;
    auto year = take_digits(text, 4);
    if (!year) return std::nullopt;
    date.year = *year;
    if (!text.empty()) {
        auto month = take_field(text);
        if (!month || *month == 0) return std::nullopt;
        date.month = *month;
    }
    if (!text.empty()) {
        auto day = take_field(text);
        if (!day || *day == 0) return std::nullopt;
        date.day = *day;
    }
    if (!text.empty() || !valid(date)) return std::nullopt;
    return date;
}

bool on_or_before(const PartialDate& x, const PartialDate& y) {
    if (!x.known() || !y.known()) return true;
    if (x.year != y.year) return x.year < y.year;
    if (x.month == 0 || y.month == 0) return true;
    if (x.month != y.month) return x.month < y.month;
    return x.day == 0 || y.day == 0 || x.day <= y.day;
}

bool within(const PartialDate& date, const PartialDate& from, const PartialDate& to) {
    return on_or_before(from, date) && on_or_before(date, to);
}

}  // namespace kg::ingest
