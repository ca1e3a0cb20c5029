// The main job on the sample articles in ../shared: ingest, kg path Hayashi Austin, and the
// extraction quality gate scored by ../shared/eval/score.py against ../shared/gold.

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/scorer.h"
#include "tests/support/shared_data.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

std::string ingest_samples(const TempDir& dir) {
    auto articles = require_shared("articles");
    auto run = run_process(kg_command(dir / "store") + " ingest " + shell_quote(articles.string()));
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return kg_command(dir / "store");
}

}  // namespace

TEST_CASE("kg path Hayashi Austin goes through the January 2022 two-plus-two, with evidence", "[cli][shared]") {
    TempDir dir("path");
    auto kg = ingest_samples(dir);
    auto run = run_process(kg + " path Hayashi Austin");
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.starts_with("2 hops"));
    CHECK(run.out.find("Yoshimasa Hayashi (Person)") != std::string::npos);
    CHECK(run.out.find("two-plus-two, 2022-01") != std::string::npos);
    CHECK(run.out.find("(Meeting)") != std::string::npos);
    CHECK(run.out.find("Lloyd Austin (Person)") != std::string::npos);
    CHECK(run.out.find("-[ATTENDS]->") != std::string::npos);
    // Evidence: a sentence naming both, and the article it came from.
    CHECK(run.out.find("Foreign Minister Yoshimasa Hayashi") != std::string::npos);
    CHECK(run.out.find("(article 00") != std::string::npos);
}

TEST_CASE("the sample articles pass the extraction quality gate", "[cli][shared][quality]") {
    TempDir dir("quality");
    auto kg = ingest_samples(dir);
    auto exported = dir / "export.jsonl";
    REQUIRE(run_process(kg + " export --format json -o " + shell_quote(exported.string())).exit_code == 0);
    auto s = score_export(exported, require_shared("gold/seeds.jsonl"));
    CHECK(s.holds_f >= 0.95);
    CHECK(s.attends_f >= 0.85);
    CHECK(s.involves_f >= 0.90);
    CHECK(s.claims_r >= 0.85);
    CHECK(s.meetings_told_often > 0);
    CHECK(s.meetings_one_node == s.meetings_told_often);
    CHECK(s.must_nots_broken == 0);
}

TEST_CASE("ingesting the same articles again changes nothing", "[cli][shared]") {
    TempDir dir("reingest");
    auto kg = ingest_samples(dir);
    auto before = run_process(kg + " export --format json");
    auto again = run_process(kg + " ingest " + shell_quote(require_shared("articles").string()));
    INFO(again.err);
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("0 added, 0 replaced, 5 unchanged") != std::string::npos);
    CHECK(run_process(kg + " export --format json").out == before.out);
}

TEST_CASE("centrality ranks the people of the talks first", "[cli][shared]") {
    TempDir dir("centrality");
    auto kg = ingest_samples(dir);
    auto run = run_process(kg + " centrality --measure betweenness --label Person --top 3");
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    // Blinken and Austin attend nearly every meeting these stories tell of.
    CHECK(run.out.find("Antony Blinken") != std::string::npos);
    CHECK(run.out.find("Lloyd Austin") != std::string::npos);
}

TEST_CASE("kg holders answers who was Japan's defense minister on a date", "[cli][shared]") {
    TempDir dir("holders");
    auto kg = ingest_samples(dir);
    auto later = run_process(kg + " holders \"Def Min\" --country Japan --as-of 2022-12-01");
    INFO(later.out << later.err);
    CHECK(later.exit_code == 0);
    CHECK(later.out.starts_with("Yasukazu Hamada"));
    auto earlier = run_process(kg + " holders \"Defence Minister\" --country Japan --as-of 2021-06");
    CHECK(earlier.out.starts_with("Nobuo Kishi"));
    auto all = run_process(kg + " holders \"Secretary of State\" --country US");
    CHECK(all.out.find("Antony Blinken") != std::string::npos);
}
