#pragma once
// Dates as kg keeps them: ISO 8601 at the precision known ("2022", "2022-11", "2022-11-28").

#include <string>
#include <string_view>

namespace kg::graph {

// Whether TEXT is YYYY, YYYY-MM or YYYY-MM-DD naming a month and day that exist.
bool is_iso_date(std::string_view text);

// The first and the last day an ISO date may mean, as YYYY-MM-DD: "2022-11" is 2022-11-01 to
// 2022-11-30, "2024" 2024-01-01 to 2024-12-31, a full date itself. These sort as the days do,
// which dates of mixed precision do not. "" for what is_iso_date refuses.
std::string first_day(std::string_view date);
std::string last_day(std::string_view date);

}  // namespace kg::graph
