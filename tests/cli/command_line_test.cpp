// What kg says about its own command line: its version, a mistyped or missing subcommand, and
// option values it does not know (exit code 2, naming what it accepts).

#include <catch2/catch.hpp>

#include "tests/support/process.h"

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
