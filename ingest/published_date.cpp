#include "ingest/published_date.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>

#include "graph/printable.h"
#include "graph/utf8.h"

namespace kg::ingest {
namespace {

namespace chr = std::chrono;

// Longer than any date written in one of the forms: refused before it is read.
constexpr std::size_t kMaxDateBytes = 64;

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};
// RFC 2822's zone names besides numeric offsets.
constexpr std::array<std::string_view, 12> kZoneNames = {"gmt", "ut",  "utc", "z",   "est", "edt",
                                                         "cst", "cdt", "mst", "mdt", "pst", "pdt"};

std::string lowered(std::string_view word) {
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

// A full English name or its first three letters ("Sept" too), any case: its index, or nullopt.
template <std::size_t N>
std::optional<int> name_index(std::string_view word, const std::array<std::string_view, N>& names) {
    const std::string lower = lowered(word);
    for (std::size_t i = 0; i < N; ++i)
        if (lower == names[i] || (lower.size() >= 3 && names[i].starts_with(lower) && lower.size() <= 4))
            return static_cast<int>(i);
    return std::nullopt;
}

// Reads TEXT front to back; each take_ consumes what it returns, and nothing when it fails.
class Cursor {
public:
    explicit Cursor(std::string_view text) : rest_(text) {}

    bool done() const { return rest_.empty(); }
    char peek() const { return rest_.empty() ? '\0' : rest_.front(); }

    bool take(char c) {
        if (peek() != c) return false;
        rest_.remove_prefix(1);
        return true;
    }
    void skip_spaces() {
        while (peek() == ' ') rest_.remove_prefix(1);
    }
    // MIN_WIDTH to MAX_WIDTH digits as a number (a digit after them is left for what follows).
    std::optional<int> take_number(std::size_t min_width, std::size_t max_width) {
        std::size_t width = 0;
        while (width < rest_.size() && width < max_width && std::isdigit(static_cast<unsigned char>(rest_[width]))) ++width;
        if (width < min_width) return std::nullopt;
        int value = 0;
        for (char c : rest_.substr(0, width)) value = value * 10 + (c - '0');
        rest_.remove_prefix(width);
        return value;
    }
    std::string_view take_word() {
        std::size_t length = 0;
        while (length < rest_.size() && std::isalpha(static_cast<unsigned char>(rest_[length]))) ++length;
        std::string_view word = rest_.substr(0, length);
        rest_.remove_prefix(length);
        return word;
    }

private:
    std::string_view rest_;
};

// HH:MM[:SS[.fraction]], checked and dropped.
bool take_time(Cursor& in) {
    auto hour = in.take_number(2, 2);
    if (!hour || *hour > 23 || !in.take(':')) return false;
    auto minute = in.take_number(2, 2);
    if (!minute || *minute > 59) return false;
    if (in.take(':')) {
        auto second = in.take_number(2, 2);
        if (!second || *second > 60) return false;  // 60: a leap second
        if (in.take('.') && !in.take_number(1, 9)) return false;
    }
    return true;
}

// An offset (+09:00, +0900, -05, Z) or, when NAMES is set, an RFC 2822 zone name; checked and dropped.
bool take_zone(Cursor& in, bool names) {
    if (in.peek() == '+' || in.peek() == '-') {
        in.take(in.peek());
        auto hours = in.take_number(2, 2);
        if (!hours || *hours > 14) return false;
        const bool colon = in.take(':');
        if (in.done() && !colon) return true;
        auto minutes = in.take_number(2, 2);
        return minutes && *minutes <= 59;
    }
    const std::string zone = lowered(in.take_word());
    if (zone == "z") return true;
    return names && std::find(kZoneNames.begin(), kZoneNames.end(), zone) != kZoneNames.end();
}

bool is_calendar_date(const PartialDate& date) {
    if (date.year < 1) return false;
    if (date.day == 0) return date.month >= 0 && date.month <= 12;
    return chr::year_month_day{chr::year{date.year}, chr::month{static_cast<unsigned>(date.month)},
                               chr::day{static_cast<unsigned>(date.day)}}
        .ok();
}

// YYYY[-MM[-DD[(T| )time[zone]]]]
std::optional<PartialDate> parse_iso_form(std::string_view text) {
    Cursor in(text);
    PartialDate date;
    auto year = in.take_number(4, 4);
    if (!year) return std::nullopt;
    date.year = *year;
    if (in.take('-')) {
        auto month = in.take_number(2, 2);
        if (!month || *month == 0) return std::nullopt;
        date.month = *month;
        if (in.take('-')) {
            auto day = in.take_number(2, 2);
            if (!day || *day == 0) return std::nullopt;
            date.day = *day;
            if ((in.take('T') || in.take(' ')) && (!take_time(in) || (!in.done() && !take_zone(in, false))))
                return std::nullopt;
        }
    }
    if (!in.done() || !is_calendar_date(date)) return std::nullopt;
    return date;
}

// [Weekday[,]] (DD Month | Month[.] DD[,]) YYYY [time [zone]]
std::optional<PartialDate> parse_written_form(std::string_view text) {
    Cursor in(text);
    std::optional<int> weekday;
    std::optional<int> month;
    std::optional<int> day;
    if (std::isalpha(static_cast<unsigned char>(in.peek()))) {
        const std::string_view word = in.take_word();
        if ((weekday = name_index(word, kWeekdays))) {
            in.take(',');
            in.skip_spaces();
        } else if (!(month = name_index(word, kMonths))) {
            return std::nullopt;
        }
    }
    if (!month && std::isalpha(static_cast<unsigned char>(in.peek()))) {
        if (!(month = name_index(in.take_word(), kMonths))) return std::nullopt;
    }
    if (month) {  // Month[.] DD, YYYY
        in.take('.');
        in.skip_spaces();
        day = in.take_number(1, 2);
        in.take(',');
    } else {  // DD Month YYYY
        day = in.take_number(1, 2);
        in.skip_spaces();
        month = name_index(in.take_word(), kMonths);
        in.take('.');
    }
    in.skip_spaces();
    auto year = in.take_number(4, 4);
    if (!day || !month || !year) return std::nullopt;
    in.skip_spaces();
    if (!in.done() && !take_time(in)) return std::nullopt;
    in.skip_spaces();
    if (!in.done() && !take_zone(in, true)) return std::nullopt;
    if (!in.done()) return std::nullopt;

    const PartialDate date{*year, *month + 1, *day};
    if (!is_calendar_date(date)) return std::nullopt;
    const chr::weekday actual{chr::sys_days{chr::year{date.year} / date.month / date.day}};
    if (weekday && actual.c_encoding() != static_cast<unsigned>(*weekday)) return std::nullopt;
    return date;
}

}  // namespace

std::optional<PartialDate> parse_published(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || text.size() > kMaxDateBytes) return std::nullopt;
    if (std::isdigit(static_cast<unsigned char>(text.front())))
        if (auto date = parse_iso_form(text)) return date;
    return parse_written_form(text);
}

std::string normalize_published(std::string& published) {
    if (published.empty()) return "";
    auto date = parse_published(published);
    if (!date)
        return fmt::format("\"published\" is not a date kg reads: \"{}\" (write 2021-11-28, 2021-11-28T10:00:00+09:00, "
                           "Sun, 28 Nov 2021 10:00:00 +0900 or November 28, 2021)",
                           graph::printable(graph::utf8_prefix(published, kMaxDateBytes)));
    published = date->iso();
    return "";
}

}  // namespace kg::ingest
