#pragma once
// The "published" value of a manifest line or a JSON Lines record, in the forms feeds write:
//   ISO 8601      2021-11-28, 2021-11, 2021, 2021-11-28T10:00:00Z, 2021-11-28 10:00+09:00
//   RFC 2822      Sun, 28 Nov 2021 10:00:00 +0900 (the weekday, when given, must be the date's)
//   written out   November 28, 2021; Nov. 28, 2021; 28 November 2021; Sunday, November 28, 2021
// A time and an offset are checked and dropped: the date is the one the publisher wrote, in
// its own time zone, as a reader of the page sees it.

#include <optional>
#include <string>
#include <string_view>

#include "ingest/partial_date.h"

namespace kg::ingest {

// The date TEXT gives; nullopt when TEXT is none of the forms above or names no calendar day.
std::optional<PartialDate> parse_published(std::string_view text);

// Rewrites PUBLISHED in ISO form ("2021-11-28"); returns why it cannot, for the user, or ""
// when it is done or PUBLISHED is empty (no date given).
std::string normalize_published(std::string& published);

}  // namespace kg::ingest
