// What kg says about its own command line: its version, a mistyped or missing subcommand, and
// option values it does not know (exit code 2, naming what it accepts).

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("kg --version prints the version and exits 0", "[cli]") {
    auto run = run_process(kg_binary() + " --version");
    CHECK(run.exit_code == 0);
    CHECK(run.out.starts_with("kg 0."));
}

TEST_CASE("a mistyped subcommand is named, with the one it resembles", "[cli]") {
    auto run = run_process(kg_binary() + " pth Hayashi Austin");
    CHECK(run.exit_code == 2);
    CHECK(contains(run.err, "unknown subcommand 'pth'; did you mean 'path'?"));

    auto far = run_process(kg_binary() + " --store somewhere frobnicate");
    CHECK(far.exit_code == 2);
    CHECK(contains(far.err, "unknown subcommand 'frobnicate'"));

    auto none = run_process(kg_binary());
    CHECK(none.exit_code == 2);
    CHECK(contains(none.err, "ingest, path, centrality"));
}

TEST_CASE("an enumerated option takes its values in any case and refuses others, listing them", "[cli]") {
    TempDir dir("enumerated");
    const std::string kg = kg_command(dir / "store");
    REQUIRE(run_process(kg + " ingest " + shell_quote(std::string(KG_SOURCE_DIR) + "/examples")).exit_code == 0);

    auto lower = run_process(kg + " centrality --label person --measure PageRank --top 3");
    INFO(lower.err);
    CHECK(lower.exit_code == 0);
    CHECK(contains(lower.out, "(Person)"));

    auto unknown = run_process(kg + " centrality --label persons");
    CHECK(unknown.exit_code == 2);
    CHECK(contains(unknown.err, "Person"));
    CHECK(contains(unknown.err, "Meeting"));

    auto format = run_process(kg + " export --format svg");
    CHECK(format.exit_code == 2);
    CHECK(contains(format.err, "dot"));
}

TEST_CASE("a date in another spelling is a usage error that shows the spelling kg takes", "[cli]") {
    auto run = run_process(kg_binary() + " holders 'Defence Minister' --as-of 12/2022");
    CHECK(run.exit_code == 2);
    CHECK(contains(run.err, "YYYY-MM-DD"));
    CHECK(run_process(kg_binary() + " holders 'Defence Minister' --as-of 2022-02-30").exit_code == 2);
}

TEST_CASE("commands that read never create a store: a mistyped one is an error naming it", "[cli]") {
    TempDir dir("no-store");
    const auto mistyped = dir / "kg-dta";
    for (const char* command : {"path A B", "centrality", "export", "holders 'Foreign Minister'"}) {
        auto run = run_process(kg_command(mistyped) + " " + command);
        INFO(command);
        CHECK(run.exit_code == 6);
        CHECK(contains(run.err, "there is no kg store at " + mistyped.string()));
        CHECK_FALSE(std::filesystem::exists(mistyped));
    }
}
