#include "graph/edit_distance.h"

#include <catch2/catch.hpp>

using kg::graph::edit_distance;
using kg::graph::is_near_miss;

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[graph]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("path", "path") == 0);
    CHECK(edit_distance("pth", "path") == 1);
    CHECK(edit_distance("paths", "path") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("a near miss allows one edit per three bytes typed, at least one", "[graph]") {
    CHECK(is_near_miss("pth", "path"));
    CHECK(is_near_miss("hayshi", "hayashi"));
    CHECK(is_near_miss("centrallity", "centrality"));
    CHECK_FALSE(is_near_miss("pth", "export"));
    CHECK_FALSE(is_near_miss("x", "holders"));
}
