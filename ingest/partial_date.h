#pragma once
// A calendar date known to the year, the month or the day: news states "in 2019", "in
// January" and "on January 7", and kg keeps each at the precision the text gave.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest {

struct PartialDate {
    int year = 0;   // 0 = unknown
    int month = 0;  // 1-12, 0 = unknown
    int day = 0;    // 1-31, 0 = unknown

    bool known() const { return year != 0; }
    // "2022", "2022-01", "2022-01-07"; "" when the year is unknown.
    std::string iso() const;
    // Reads exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt for anything else, including
    // dates the calendar lacks (2022-02-30, month 13) and year 0000.
    static std::optional<PartialDate> parse_iso(std::string_view text);

    auto operator<=>(const PartialDate&) const = default;
};

// Whether X is on or before Y at the precision both have: "2024-07-04" is on "2024-07", and
// so is "2024-07" on "2024-07-04"; an unknown date is on or before any other.
bool on_or_before(const PartialDate& x, const PartialDate& y);

// Whether DATE falls between FROM and TO (either unknown: open), at the precision all have.
bool within(const PartialDate& date, const PartialDate& from, const PartialDate& to);

}  // namespace kg::ingest
