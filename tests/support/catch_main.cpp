#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <iostream>

#include "tests/support/skip.h"

namespace {

// Reports each test case that asked to skip (tests/support/skip.h) once it has ended, when
// nothing in it failed; a failure stays a failure.
class SkipListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseEnded(const Catch::TestCaseStats& stats) override {
        auto& why = kg::test::skip_request();
        if (why) {
            if (stats.totals.assertions.failed == 0)
                std::cout << kg::test::kSkipMarker << stats.testInfo.name << ": " << *why << std::endl;
            else
                std::cout << "kg tests: \"" << stats.testInfo.name
                          << "\" asked to skip after a failed assertion: it is reported as failed" << std::endl;
            why.reset();
        }
        TestEventListenerBase::testCaseEnded(stats);
    }
};

}  // namespace

CATCH_REGISTER_LISTENER(SkipListener)
