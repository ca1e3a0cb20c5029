#pragma once
// Dates as kg keeps them: ISO 8601 at the precision known ("2022", "2022-11", "2022-11-28").

#include <string_view>

namespace kg::graph {

// Whether TEXT is YYYY, YYYY-MM or YYYY-MM-DD naming a month and day that exist.
bool is_iso_date(std::string_view text);

}  // namespace kg::graph
