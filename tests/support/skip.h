#pragma once
// Catch2 v2 has no SKIP. A test that lacks what it needs (../shared, a database server) calls
// skip(why), which ends the test case by Catch's own "stop this test case" exception, so
// destructors run (an AGE test graph is dropped) and no assertion is counted. The listener in
// catch_main.cpp then prints "KG-SKIP: <test>: <why>", which CTest's SKIP_REGULAR_EXPRESSION
// (tests/CMakeLists.txt) reports as skipped, but only when no assertion of the test case
// failed: a test that failed before it asked to skip is reported as failed.
// Call skip() in the test's body or a fixture, not inside a CHECK or REQUIRE expression: there
// Catch counts any exception as a failure.

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace kg::test {

// What CTest looks for: a line no test or program under test prints otherwise.
inline constexpr std::string_view kSkipMarker = "KG-SKIP: ";

// Why the running test case asked to skip; nullopt when it did not.
inline std::optional<std::string>& skip_request() {
    static std::optional<std::string> why;
    return why;
}

[[noreturn]] inline void skip(const std::string& why) {
    skip_request() = why;
    throw Catch::TestFailureException();
}

}  // namespace kg::test
