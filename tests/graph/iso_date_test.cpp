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
