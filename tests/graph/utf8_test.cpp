#include "graph/utf8.h"

#include <catch2/catch.hpp>

using kg::graph::utf8_prefix;
using kg::graph::utf8_sequence_length;

TEST_CASE("a UTF-8 sequence's length is that of a well-formed sequence, else 0", "[graph]") {
    CHECK(utf8_sequence_length("a", 0) == 1);
    CHECK(utf8_sequence_length("\xC3\xA9", 0) == 2);          // é
    CHECK(utf8_sequence_length("\xE6\x97\xA5", 0) == 3);      // 日
    CHECK(utf8_sequence_length("\xF0\x9F\x98\x80", 0) == 4);  // an emoji
    CHECK(utf8_sequence_length("\xC3", 0) == 0);              // cut short
    CHECK(utf8_sequence_length("\xA9", 0) == 0);              // a continuation byte alone
    CHECK(utf8_sequence_length("\xC0\xAF", 0) == 0);          // overlong '/'
    CHECK(utf8_sequence_length("\xED\xA0\x80", 0) == 0);      // a surrogate
    CHECK(utf8_sequence_length("\xF4\x90\x80\x80", 0) == 0);  // past U+10FFFF
}

TEST_CASE("a UTF-8 prefix ends before a character it would split", "[graph]") {
    CHECK(utf8_prefix("abc", 80) == "abc");
    CHECK(utf8_prefix("abc", 2) == "ab");
    CHECK(utf8_prefix("a\xC3\xA9", 2) == "a");                        // not half of é
    CHECK(utf8_prefix("a\xC3\xA9", 3) == "a\xC3\xA9");
    CHECK(utf8_prefix("\xE6\x97\xA5\xE6\x9C\xAC", 5) == "\xE6\x97\xA5");  // 日本: only 日 fits
    CHECK(utf8_prefix("\xF0\x9F\x98\x80", 3).empty());
}
