#include "ingest/dateline.h"

#include <optional>

namespace kg::ingest {
namespace {

constexpr std::size_t kOpeningLines = 12;
constexpr std::size_t kMaxPlaceBytes = 40;

// The country a place name ("SEOUL", "Rio de Janeiro") or country name ("Japan") stands for.
std::string country_of_place(std::string_view text, const Lexicons& lex) {
    if (std::string country = lex.canonical_country(text); !country.empty()) return country;
    auto place = lex.place_matcher.match_whole(text);
    if (!place) return "";
    auto country = lex.place_country.find(lex.places[static_cast<std::size_t>(*place)]);
    return country == lex.place_country.end() ? "" : country->second;
}

std::string agency_country(std::string_view text, const Lexicons& lex) {
    auto org = lex.organization_matcher.match_whole(text);
    if (!org) return "";
    const Organization& agency = lex.organizations[static_cast<std::size_t>(*org)];
    return agency.kind == "news" ? agency.country : "";
}

bool in_capitals(std::string_view text) {
    bool letter = false;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// "PLACE[, SEGMENT] [(AGENCY)] -": LINE's dateline, if it opens with one that names a known
// place, country or national agency.
std::optional<Dateline> parse(std::string_view line, const Lexicons& lex) {
    const std::size_t place_end = line.find_first_of(",(-:\xE2");  // \xE2 opens an en or em dash
    if (place_end == line.npos || place_end == 0 || place_end > kMaxPlaceBytes) return std::nullopt;
    const std::string_view place = trimmed(line.substr(0, place_end));
    std::string_view rest = line.substr(place_end);
    std::string_view segment;
    if (rest.front() == ',') {
        const std::size_t end = rest.find_first_of("(-:\xE2");
        if (end == rest.npos || end > kMaxPlaceBytes) return std::nullopt;
        segment = trimmed(rest.substr(1, end - 1));
        rest = rest.substr(end);
    }
    std::string_view agency;
    if (rest.front() == '(') {
        const std::size_t close = rest.find(')');
        if (close == rest.npos) return std::nullopt;
        agency = rest.substr(1, close - 1);
        rest = trimmed(rest.substr(close + 1));
    }
    const bool dash = rest.starts_with("-") || rest.starts_with(":") || rest.starts_with("\xE2\x80\x93") ||
                      rest.starts_with("\xE2\x80\x94");
    // Agencies such as PTI put no dash after themselves: "New Delhi, May 9 (PTI) The minister".
    if (agency.empty() && (!dash || !in_capitals(place))) return std::nullopt;
    Dateline dateline{country_of_place(place, lex), agency_country(agency, lex), place_end};
    if (dateline.place_country.empty()) dateline.place_country = country_of_place(segment, lex);
    if (dateline.place_country.empty() && dateline.agency_country.empty()) return std::nullopt;
    return dateline;
}

}  // namespace

Dateline read_dateline(std::string_view normalized, const Lexicons& lex) {
    std::size_t lines = 0;
    for (std::size_t begin = 0; begin < normalized.size() && lines < kOpeningLines;) {
        const std::size_t end = std::min(normalized.find('\n', begin), normalized.size());
        const std::string_view raw = normalized.substr(begin, end - begin);
        const std::string_view line = trimmed(raw);
        const std::size_t line_begin = begin + static_cast<std::size_t>(line.data() - raw.data());
        begin = end + 1;
        if (line.empty()) continue;
        ++lines;
        if (auto dateline = parse(line, lex)) {
            dateline->place_end += line_begin;
            return *dateline;
        }
    }
    return {};
}

}  // namespace kg::ingest
