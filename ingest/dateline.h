#pragma once
// The dateline that opens a wire story ("SEOUL, Oct. 25 (Yonhap) --", "CAIRO -", "KARUIZAWA,
// Japan -", "New Delhi, May 9 (PTI)"): the country it is filed from, and the country of a
// national news agency it names. Writers leave their own country's officials unqualified
// ("Foreign Minister Cho Tae-yul"), so these tell the office resolver whose officials those are.

#include <string>
#include <string_view>

#include "ingest/lexicons.h"

namespace kg::ingest {

struct Dateline {
    std::string place_country;   // "SEOUL" -> South Korea
    std::string agency_country;  // "(Yonhap)" -> South Korea; "" for wire services (Reuters)
    std::size_t place_end = 0;   // where the place ends, a byte offset into the normalized text

    // Whether the text from BEGIN on is the dateline's place ("VIENTIANE" of "VIENTIANE - ...").
    bool holds(std::size_t begin) const { return begin < place_end; }
};

// The dateline of the first of the text's opening lines that starts with one; empty when none
// does. A dateline is a place in capitals followed by a dash or a colon, or any place before
// a news agency in parentheses.
Dateline read_dateline(std::string_view normalized, const Lexicons& lex);

}  // namespace kg::ingest
