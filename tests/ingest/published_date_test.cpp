#include "ingest/published_date.h"

#include <catch2/catch.hpp>

using kg::ingest::normalize_published;
using kg::ingest::parse_published;
using kg::ingest::PartialDate;

namespace {

// The ISO form of what TEXT is read as; "" when it is refused.
std::string read(std::string_view text) {
    auto date = parse_published(text);
    return date ? date->iso() : "";
}

}  // namespace

TEST_CASE("published dates in ISO 8601, with or without a time and an offset", "[ingest]") {
    CHECK(read("2021-11-28") == "2021-11-28");
    CHECK(read("2021-11") == "2021-11");
    CHECK(read("2021") == "2021");
    CHECK(read("2021-11-28T10:00:00Z") == "2021-11-28");
    CHECK(read("2021-11-28T10:00:00+09:00") == "2021-11-28");
    CHECK(read("2021-11-28T23:59:59.123-05:00") == "2021-11-28");  // the publisher's own date, not UTC's
    CHECK(read("2021-11-28T10:00+0900") == "2021-11-28");
    CHECK(read("2021-11-28 10:00:00") == "2021-11-28");
    CHECK(read(" 2021-11-28 ") == "2021-11-28");
}

TEST_CASE("published dates in RFC 2822 and written out", "[ingest]") {
    CHECK(read("Sun, 28 Nov 2021 10:00:00 +0900") == "2021-11-28");
    CHECK(read("28 Nov 2021 10:00 GMT") == "2021-11-28");
    CHECK(read("Sun, 28 Nov 2021") == "2021-11-28");
    CHECK(read("November 28, 2021") == "2021-11-28");
    CHECK(read("Nov. 28, 2021") == "2021-11-28");
    CHECK(read("Sept 3, 2021") == "2021-09-03");
    CHECK(read("28 November 2021") == "2021-11-28");
    CHECK(read("Sunday, November 28, 2021") == "2021-11-28");
    CHECK(read("november 28 2021") == "2021-11-28");
}

TEST_CASE("anything else is refused: other forms, impossible dates and times, a wrong weekday", "[ingest]") {
    for (const char* text : {"yesterday", "28/11/2021", "11/28/2021", "2021-13-01", "2021-02-29", "November 31, 2021",
                             "2021-11-28T25:00:00Z", "2021-11-28T10:00:00+25:00", "2021-11-28T10", "2021-11-28X",
                             "Mon, 28 Nov 2021 10:00:00 +0900", "28 Nov 2021 10:00 XYZ", "Smarch 3, 2021",
                             "20211128", "0000-01-01", ""}) {
        INFO(text);
        CHECK(read(text).empty());
    }
    CHECK(read(std::string(100, '1')).empty());
}

TEST_CASE("normalizing a published value rewrites it in ISO form or says why not", "[ingest]") {
    std::string published = "Sun, 28 Nov 2021 10:00:00 +0900";
    CHECK(normalize_published(published).empty());
    CHECK(published == "2021-11-28");

    std::string none;
    CHECK(normalize_published(none).empty());
    CHECK(none.empty());

    std::string bad = "last \x1b[2J Tuesday";
    CHECK_THAT(normalize_published(bad),
               Catch::StartsWith("\"published\" is not a date kg reads: \"last \\x1B[2J Tuesday\"") &&
                   Catch::Contains("2021-11-28T10:00:00+09:00"));
}
