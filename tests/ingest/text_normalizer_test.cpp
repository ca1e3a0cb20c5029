#include "ingest/text_normalizer.h"

#include <catch2/catch.hpp>

using kg::ingest::normalize_text;

TEST_CASE("normalization composes characters and folds compatibility forms (NFKC)", "[ingest]") {
    CHECK(normalize_text("Pe\u0301rez") == "P\u00E9rez");
    CHECK(normalize_text("ＮＨＫ reported ２ talks") == "NHK reported 2 talks");
    CHECK(normalize_text("\uFB01nal") == "final");
}

TEST_CASE("every Unicode space separator becomes a plain space", "[ingest]") {
    CHECK(normalize_text("Prime\u00A0Minister") == "Prime Minister");
    CHECK(normalize_text("5\u2009km and 7\u202F%") == "5 km and 7 %");
    CHECK(normalize_text("東京\u3000大阪") == "東京 大阪");
    CHECK(normalize_text("a\u2003b") == "a b");
}

TEST_CASE("zero-width and other invisible characters are removed", "[ingest]") {
    CHECK(normalize_text("\uFEFFKi\u200Bshi\u200Cda\u200D met\u2060 him") == "Kishida met him");
    CHECK(normalize_text("co\u00ADoperation") == "cooperation");
    CHECK(normalize_text("Tokyo \u200B Seoul") == "Tokyo Seoul");
}

TEST_CASE("curly quotes and primes become ASCII quotes", "[ingest]") {
    CHECK(normalize_text("Japan\u2019s \u2018spear\u2019") == "Japan's 'spear'");
    CHECK(normalize_text("\u201Cshield\u201D and \u201Elaw\u201D") == "\"shield\" and \"law\"");
    CHECK(normalize_text("5\u2032 10\u2033") == "5' 10\"");
}

TEST_CASE("dashes and the minus sign become hyphen-minus", "[ingest]") {
    CHECK(normalize_text("2021\u201322") == "2021-22");
    CHECK(normalize_text("Japan\u2014U.S. ties") == "Japan-U.S. ties");
    CHECK(normalize_text("\u22125 degrees") == "-5 degrees");
    CHECK(normalize_text("talks \u2014 and more") == "talks - and more");
}

TEST_CASE("an ellipsis becomes three full stops", "[ingest]") {
    CHECK(normalize_text("Wait\u2026 no") == "Wait... no");
}

TEST_CASE("line ends become LF", "[ingest]") {
    CHECK(normalize_text("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour");
    CHECK(normalize_text("one\r\n\r\ntwo") == "one\n\ntwo");
}

TEST_CASE("runs of spaces and tabs fold to one space and lines lose trailing spaces",
          "[ingest]") {
    CHECK(normalize_text("Japan  \t and\tKorea") == "Japan and Korea");
    CHECK(normalize_text("end  \nnext \t\r\nlast  ") == "end\nnext\nlast");
    CHECK(normalize_text(" date 2021-12-15  Japan") == " date 2021-12-15 Japan");
    CHECK(normalize_text("a \u00A0 b\u00A0\n") == "a b\n");
}

TEST_CASE("text without anything to fold is unchanged", "[ingest]") {
    std::string text = "Сергей Лавров met 林芳正 in Tokyo.\n\nSecond paragraph.";
    CHECK(normalize_text(text) == text);
    CHECK(normalize_text("").empty());
}
