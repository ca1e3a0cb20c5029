#pragma once
// Catch2 v2 has no SKIP: a test that lacks what it needs (../shared, a database server)
// says so and exits with the code CTest's SKIP_RETURN_CODE reports as "skipped". CTest runs
// each test case in its own process, so no other case is cut short.

#include <cstdlib>
#include <iostream>
#include <string>

namespace kg::test {

inline constexpr int kSkipExitCode = 4;

[[noreturn]] inline void skip(const std::string& why) {
    std::cout << "SKIPPED: " << why << std::endl;
    std::exit(kSkipExitCode);
}

}  // namespace kg::test
