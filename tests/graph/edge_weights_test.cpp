#include "graph/edge_weights.h"

#include <catch2/catch.hpp>
#include <cstdlib>

#include "graph/graph_error.h"
#include "graph/graph_view.h"
#include "tests/support/graph_fixture.h"
#include "tests/support/temp_dir.h"

using kg::graph::EdgeWeights;

TEST_CASE("edge weights are read per label, comments skipped", "[graph]") {
    kg::test::TempDir dir("graph-weights");
    auto path = dir.write("weights.tsv", "# label\tweight\nATTENDS\t1\n\nMENTIONS\t4.5\n");
    auto weights = EdgeWeights::load(path);
    CHECK(weights.of("ATTENDS") == 1.0);
    CHECK(weights.of("MENTIONS") == 4.5);
    CHECK_THROWS_WITH(weights.of("HOLDS"),
                      Catch::Contains("HOLDS") && Catch::Contains(path.string()));
}

TEST_CASE("a missing weights file is an error naming its path", "[graph]") {
    CHECK_THROWS_WITH(EdgeWeights::load("/nonexistent/edge_weights.tsv"),
                      Catch::Contains("/nonexistent/edge_weights.tsv"));
}

TEST_CASE("a weight that is not a positive number is an error naming the line", "[graph]") {
    kg::test::TempDir dir("graph-weights");
    for (const char* bad : {"ATTENDS\tcheap\n", "ATTENDS\t0\n", "ATTENDS\n", "ATTENDS\t1x\n"}) {
        auto path = dir.write("weights.tsv", std::string("# label\tweight\n") + bad);
        CHECK_THROWS_WITH(EdgeWeights::load(path), Catch::Contains(path.string() + ":2"));
    }
}

TEST_CASE("the shipped weights make a meeting cheaper than an article's mention", "[graph]") {
    auto weights = EdgeWeights::load(KG_SOURCE_DIR "/graph/edge_weights.tsv");
    CHECK(2 * weights.of("ATTENDS") < 2 * weights.of("MENTIONS"));
    for (const char* label : {"HOLDS", "OF", "ATTENDS", "INVOLVES", "HELD_IN", "REPORTS",
                              "ATTRIBUTED_TO", "ABOUT", "MENTIONS"})
        CHECK(weights.of(label) > 0);
}

TEST_CASE("a graph view needs a weight for every edge label", "[graph]") {
    kg::test::TempDir dir("graph-weights");
    auto weights = EdgeWeights::load(dir.write("weights.tsv", "ATTENDS\t1\n"));
    // The fixture's facts in order: ATTENDS, then INVOLVES, the first label the file lacks.
    CHECK_THROWS_WITH(kg::graph::make_graph_view(kg::test::meeting_graph(), weights),
                      Catch::Contains("no weight for edge label INVOLVES"));
}

TEST_CASE("KG_DATA_DIR names the folder of the default data files", "[graph]") {
    ::setenv("KG_DATA_DIR", "/somewhere/kg-data", 1);
    auto path = EdgeWeights::default_path();
    ::unsetenv("KG_DATA_DIR");
    CHECK(path == "/somewhere/kg-data/edge_weights.tsv");
}
