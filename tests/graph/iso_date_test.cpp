#include "graph/iso_date.h"

#include <catch2/catch.hpp>

using kg::graph::is_iso_date;

TEST_CASE("ISO dates at any precision are dates, other spellings and impossible days not", "[graph]") {
    CHECK(is_iso_date("2022"));
    CHECK(is_iso_date("2022-11"));
    CHECK(is_iso_date("2022-11-28"));
    CHECK(is_iso_date("2024-02-29"));
    CHECK_FALSE(is_iso_date("2023-02-29"));
    CHECK_FALSE(is_iso_date("2022-13"));
    CHECK_FALSE(is_iso_date("2022-00"));
    CHECK_FALSE(is_iso_date("12/2022"));
    CHECK_FALSE(is_iso_date("2022-1-5"));
    CHECK_FALSE(is_iso_date("22"));
    CHECK_FALSE(is_iso_date(""));
}

TEST_CASE("a date's first and last day bound what it may mean", "[graph]") {
    using kg::graph::first_day;
    using kg::graph::last_day;
    CHECK(first_day("2022-11") == "2022-11-01");
    CHECK(last_day("2022-11") == "2022-11-30");
    CHECK(first_day("2024") == "2024-01-01");
    CHECK(last_day("2024") == "2024-12-31");
    CHECK(last_day("2024-02") == "2024-02-29");
    CHECK(first_day("2022-11-28") == "2022-11-28");
    CHECK(last_day("2022-11-28") == "2022-11-28");
    CHECK(first_day("soon").empty());
    CHECK(last_day("").empty());
}
