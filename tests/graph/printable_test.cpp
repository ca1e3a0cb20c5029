#include "graph/printable.h"

#include <catch2/catch.hpp>

using kg::graph::printable;

TEST_CASE("printable text shows control characters and stray bytes instead of sending them", "[graph]") {
    CHECK(printable("Talks in Z\u00fcrich, \u65e5\u672c") == "Talks in Z\u00fcrich, \u65e5\u672c");
    CHECK(printable("red \x1b[31mtitle") == "red \\x1B[31mtitle");
    CHECK(printable("line\none\ttab\r") == "line\\none\\ttab\\x0D");
    CHECK(printable(std::string("nul\0", 4)) == "nul\\x00");
    CHECK(printable("\x7f") == "\\x7F");
    CHECK(printable("csi \xC2\x9B" "2J") == "csi \\u009B2J");  // C1's one-byte escape
    CHECK(printable("caf\xe9") == "caf\\xE9");                  // Latin-1, not UTF-8
}
