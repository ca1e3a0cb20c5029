// The dateline reader on opening lines of our own writing in the agencies' styles.

#include "ingest/dateline.h"

#include <catch2/catch.hpp>

using kg::ingest::Dateline;
using kg::ingest::read_dateline;

namespace {

const kg::ingest::Lexicons& lexicons() {
    static const auto lex = kg::ingest::load_lexicons(KG_SOURCE_DIR "/ingest/lexicons");
    return lex;
}

Dateline dateline(const char* text) { return read_dateline(text, lexicons()); }

}  // namespace

TEST_CASE("a dateline gives the place's country and a national agency's", "[ingest]") {
    auto yonhap = dateline("Allies to meet next week\n\nSEOUL, Oct. 25 (Yonhap) -- The ministers will meet.\n");
    CHECK(yonhap.place_country == "South Korea");
    CHECK(yonhap.agency_country == "South Korea");

    auto kyodo = dateline("VIENTIANE (Kyodo) - Japan's foreign minister met her Chinese counterpart.\n");
    CHECK(kyodo.place_country == "Laos");
    CHECK(kyodo.agency_country == "Japan");

    auto reuters = dateline("NAIROBI, May 3 (Reuters) - Kenya's president said on Friday.\n");
    CHECK(reuters.agency_country.empty());
    CHECK(reuters.place_country == "Kenya");

    CHECK(dateline("RIO DE JANEIRO - The leaders met on Sunday.\n").place_country == "Brazil");
    CHECK(dateline("KARUIZAWA, Japan - Ministers of the Group of Seven met.\n").place_country == "Japan");
    CHECK(dateline("New Delhi, May 9 (PTI) The minister held talks on Thursday.\n").agency_country == "India");
}

TEST_CASE("headlines, bylines and sentences are no datelines", "[ingest]") {
    for (const char* text : {"Prabowo, Lula pledge closer ties - report\n\nBy Ana Souza\n\nThe leaders met.\n",
                             "(LEAD) S. Korea, U.S. to hold talks\n", "BREAKING: talks collapse\n",
                             "Seoul - the city hosts the talks\n"}) {
        auto found = dateline(text);
        CHECK(found.place_country.empty());
        CHECK(found.agency_country.empty());
    }
}
