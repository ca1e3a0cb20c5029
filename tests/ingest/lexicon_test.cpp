#include "ingest/lexicon.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ingest/ingest_error.h"

namespace fs = std::filesystem;

TEST_CASE("a lexicon skips comments and blank lines and keeps line numbers", "[ingest]") {
    fs::path dir = fs::temp_directory_path() / "kg-lexicon-test";
    fs::create_directories(dir);
    std::ofstream(dir / "words.tsv") << "# word\tkind\n\nalpha\tone\nbeta\n";

    auto lexicon = kg::ingest::load_lexicon(dir, "words.tsv");
    REQUIRE(lexicon.rows.size() == 2);
    CHECK(lexicon.rows[0].at(1) == "one");
    CHECK(lexicon.rows[1].at(1).empty());
    CHECK(lexicon.rows[1].line == 4);
}

TEST_CASE("a missing lexicon is an error naming its path", "[ingest]") {
    CHECK_THROWS_WITH(kg::ingest::load_lexicon("/nonexistent", "words.tsv"),
                      Catch::Contains("/nonexistent/words.tsv"));
}
