#include "graph/iso_date.h"

#include <cctype>
#include <chrono>
#include <string>

namespace kg::graph {
namespace {

bool digits(std::string_view text) {
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !text.empty();
}

}  // namespace

bool is_iso_date(std::string_view text) {
    if (!(text.size() == 4 || text.size() == 7 || text.size() == 10)) return false;
    if (!digits(text.substr(0, 4))) return false;
    if (text.size() == 4) return true;
    if (text[4] != '-' || !digits(text.substr(5, 2))) return false;
    const auto year = std::chrono::year(std::stoi(std::string(text.substr(0, 4))));
    const auto month = std::chrono::month(static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2)))));
    if (!month.ok()) return false;
    if (text.size() == 7) return true;
    if (text[7] != '-' || !digits(text.substr(8, 2))) return false;
    const auto day = std::chrono::day(static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2)))));
    return std::chrono::year_month_day(year, month, day).ok();
}

}  // namespace kg::graph
