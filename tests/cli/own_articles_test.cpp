// The extraction quality gates on the articles of our own writing (tests/cases/), written by
// readers who did not look at the rules, one gate per set of batches. The floors sit just under
// what the extractor reached when each gate was set and are never lowered, so that any rule that
// makes these articles read worse fails here; issue 4's targets for the sample articles are
// higher (sample_articles_test.cpp).

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/scorer.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

// Ingests the test articles numbered FIRST..LAST alone and scores them against their own gold
// (tests/support/case_subset.py), so that each batch keeps the floor it was measured at.
Scores score_cases(const TempDir& dir, int first, int last) {
    const std::string cases = KG_TEST_CASES_DIR;
    auto subset = dir / "cases";
    auto split = run_process("python3 " + shell_quote(std::string(KG_SOURCE_DIR) + "/tests/support/case_subset.py") +
                             " " + shell_quote(cases) + " " + std::to_string(first) + " " + std::to_string(last) + " " +
                             shell_quote(subset.string()));
    INFO(split.err);
    REQUIRE(split.exit_code == 0);
    auto kg = kg_command(dir / "store");
    auto articles = subset / "articles";
    auto ingest = run_process(kg + " ingest --manifest " + shell_quote((articles / "manifest.jsonl").string()) + " " +
                              shell_quote(articles.string()));
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    auto exported = dir / "export.jsonl";
    REQUIRE(run_process(kg + " export --format json -o " + shell_quote(exported.string())).exit_code == 0);
    return score_export(exported, subset / "gold.jsonl");
}

// The least each set of batches must reach: the scorer's F of holds, attends and involves, its
// claims recall, and how many meetings told in several articles are one node.
struct Floors {
    double holds, attends, involves, claims;
    int one_node;
};

void check_floors(const Scores& s, const Floors& floor) {
    CHECK(s.holds_f >= floor.holds);
    CHECK(s.attends_f >= floor.attends);
    CHECK(s.involves_f >= floor.involves);
    CHECK(s.claims_r >= floor.claims);
    CHECK(s.meetings_one_node >= floor.one_node);
    CHECK(s.must_nots_broken == 0);
}

}  // namespace

TEST_CASE("our own test articles 101-146 pass the extraction quality floor", "[cli][quality]") {
    TempDir dir("own-articles");
    check_floors(score_cases(dir, 101, 146),
                 {.holds = 0.88, .attends = 0.75, .involves = 0.75, .claims = 0.95, .one_node = 20});
}

// Meetings of many parties (the Quad, G7 finance, NATO, ASEAN, BRICS, the SCO, a trilateral):
// before any rule was written for them (issue 11) holds 0.86, attends 0.50, involves 0.38,
// claims 0.86; the floors sit just under what the rules of issue 11 reach.
TEST_CASE("our own test articles 155-162 pass the extraction quality floor", "[cli][quality]") {
    TempDir dir("own-articles-155");
    check_floors(score_cases(dir, 155, 162),
                 {.holds = 0.88, .attends = 0.70, .involves = 0.86, .claims = 0.86, .one_node = 2});
}

// Africa, Latin America, the Middle East and Central Asia, with titles of other shapes: before
// any rule was written for them (issue 11) holds 0.44, attends 0.36, involves 0.38, claims
// 0.93; the floors sit just under what the rules of issue 11 reach.
TEST_CASE("our own test articles 163-170 pass the extraction quality floor", "[cli][quality]") {
    TempDir dir("own-articles-163");
    check_floors(score_cases(dir, 163, 170),
                 {.holds = 0.57, .attends = 0.51, .involves = 0.51, .claims = 0.93, .one_node = 1});
}
