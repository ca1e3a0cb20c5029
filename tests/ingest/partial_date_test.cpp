#include "ingest/partial_date.h"

#include <catch2/catch.hpp>

using kg::ingest::PartialDate;

TEST_CASE("a partial date writes ISO text at its own precision", "[ingest]") {
    CHECK(PartialDate{2022, 0, 0}.iso() == "2022");
    CHECK(PartialDate{2022, 1, 0}.iso() == "2022-01");
    CHECK(PartialDate{2022, 1, 7}.iso() == "2022-01-07");
    CHECK(PartialDate{987, 3, 4}.iso() == "0987-03-04");
    CHECK(PartialDate{}.iso().empty());
    CHECK(PartialDate{0, 5, 1}.iso().empty());
}

TEST_CASE("a partial date is known when its year is", "[ingest]") {
    CHECK(PartialDate{2019, 0, 0}.known());
    CHECK_FALSE(PartialDate{}.known());
    CHECK_FALSE(PartialDate{0, 4, 0}.known());
}

TEST_CASE("parse_iso reads a year, a month or a day", "[ingest]") {
    CHECK(PartialDate::parse_iso("2022") == PartialDate{2022, 0, 0});
    CHECK(PartialDate::parse_iso("2022-11") == PartialDate{2022, 11, 0});
    CHECK(PartialDate::parse_iso("2021-12-15") == PartialDate{2021, 12, 15});
    CHECK(PartialDate::parse_iso("2024-02-29") == PartialDate{2024, 2, 29});
}

TEST_CASE("parse_iso rejects dates the calendar lacks and malformed text", "[ingest]") {
    for (const char* text :
         {"2022-02-30", "2023-02-29", "2021-04-31", "2022-13",   "2022-00",    "2022-01-00",  "2022-01-32",
          "0000",       "",           "22",         "2022-1-07", "2022-01-7",  "2022-01-07x", " 2022",
          "2022/01/07", "20220107",   "2022-",      "2022-01-",  "-022-01-07", "2022--1"}) {
        INFO(text);
        CHECK_FALSE(PartialDate::parse_iso(text));
    }
}

TEST_CASE("partial dates order by year, then month, then day, a coarser date first", "[ingest]") {
    CHECK(PartialDate{2021, 12, 31} < PartialDate{2022, 0, 0});
    CHECK(PartialDate{2022, 0, 0} < PartialDate{2022, 1, 0});
    CHECK(PartialDate{2022, 1, 0} < PartialDate{2022, 1, 7});
    CHECK(PartialDate{2022, 1, 7} < PartialDate{2022, 2, 0});
    CHECK(PartialDate{2022, 1, 7} == PartialDate{2022, 1, 7});
}
