#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

// The status CTest's JUnit report gives the test NAME: "run", "fail" or "notrun" (skipped).
std::string status_of(const std::string& junit, const std::string& name) {
    const std::string start = "<testcase name=\"" + name + "\"";
    const auto at = junit.find(start);
    if (at == std::string::npos) return "absent";
    const auto status = junit.find("status=\"", at);
    return junit.substr(status + 8, junit.find('"', status + 8) - status - 8);
}

}  // namespace

TEST_CASE("CTest reports failed tests as failed and skipped ones as skipped", "[support]") {
    TempDir dir("skip-harness");
    const auto junit_file = dir / "junit.xml";
    const auto trace = dir / "trace.txt";
    auto ctest = run_process("KG_SKIP_FIXTURE_TRACE=" + shell_quote(trace.string()) + " ctest --test-dir " +
                             shell_quote(KG_SKIP_FIXTURE_DIR) + " --output-junit " + shell_quote(junit_file.string()));
    INFO(ctest.out << ctest.err);
    REQUIRE(ctest.exit_code != 0);  // two of the three fail
    std::ifstream in(junit_file);
    std::stringstream junit;
    junit << in.rdbuf();

    CHECK(status_of(junit.str(), "four failing checks") == "fail");
    CHECK(status_of(junit.str(), "a skip after a failed check") == "fail");
    CHECK(status_of(junit.str(), "a skip") == "notrun");
    std::ifstream cleaned(trace);
    std::string line;
    CHECK((std::getline(cleaned, line) && line == "cleaned up"));  // the skipped test's destructors ran
}
