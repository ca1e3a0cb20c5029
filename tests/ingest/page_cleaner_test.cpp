#include "ingest/page_cleaner.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/ingest_error.h"

namespace fs = std::filesystem;
using kg::ingest::clean_page;
using kg::ingest::FurnitureRules;
using kg::ingest::load_furniture_rules;
using kg::ingest::TextBlock;

namespace {

const FurnitureRules& rules() {
    static const FurnitureRules loaded = load_furniture_rules(KG_SOURCE_DIR "/ingest/lexicons");
    return loaded;
}

std::vector<std::string> block_texts(std::string_view text) {
    std::vector<std::string> out;
    for (const TextBlock& block : clean_page(text, rules()))
        out.emplace_back(text.substr(block.begin, block.end - block.begin));
    return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("each non-empty line is a block with offsets into the text", "[ingest]") {
    std::string text = "Allies plan talks\n\n Japan and the U.S. will meet in January.\n";
    auto blocks = clean_page(text, rules());
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].begin == 0);
    CHECK(blocks[0].end == 17);
    CHECK(blocks[1].begin == 20);  // after the blank line and the leading space
    CHECK(blocks[1].end == text.size() - 1);
    CHECK(text.substr(blocks[1].begin, blocks[1].end - blocks[1].begin) ==
          "Japan and the U.S. will meet in January.");
}

TEST_CASE("a block is a headline when it does not end like a sentence", "[ingest]") {
    std::string text =
        "Blinken meets Hayashi\nThey met in Tokyo.\nDid they agree?\n"
        "He said, \"We will act.\"\nTalks went well (officials said so.)\nThe list:\n";
    auto blocks = clean_page(text, rules());
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[0].headline);
    CHECK_FALSE(blocks[1].headline);
    CHECK_FALSE(blocks[2].headline);
    CHECK_FALSE(blocks[3].headline);
    CHECK_FALSE(blocks[4].headline);
    CHECK(blocks[5].headline);
}

TEST_CASE("a block ending in initials such as U.S. does not end like a sentence", "[ingest]") {
    auto blocks = clean_page("Manila, Tokyo vow closer ties with U.S.\nThe talks ended.\n", rules());
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].headline);
    CHECK_FALSE(blocks[1].headline);
}

TEST_CASE("a text of furniture only yields no blocks", "[ingest]") {
    std::string text =
        "Updated December 3rd, 2022 at 18:05 IST\n\nReported by: Jane Roe\n"
        "By John Smith, Kyodo News\nImage: AP | Image:self\nAdvertisement\n"
        "Photo: Reuters\n(With inputs from agencies)\nAlso read: Allies plan talks\n"
        "Share this article\nPublished: 3 Dec 2022, 6:05 pm\nRead more: Allies eye summit\n"
        "==Kyodo\n(Reporting by Jane Roe; Editing by John Doe)\n";
    CHECK(clean_page(text, rules()).empty());
}

TEST_CASE("furniture patterns leave prose that only starts like furniture", "[ingest]") {
    std::string text =
        "By Tuesday, the ministers will have met twice.\n"
        "Updated figures show spending rose in 2021.\n"
        "Reported by Kyodo News, the plan was approved.\n";
    CHECK(block_texts(text) == Texts{"By Tuesday, the ministers will have met twice.",
                                     "Updated figures show spending rose in 2021.",
                                     "Reported by Kyodo News, the plan was approved."});
}

TEST_CASE("a related-coverage list at the end yields no blocks", "[ingest]") {
    std::string text =
        "The ministers will meet in March.\n\nRelated coverage:\n\n"
        "Allies eye summit as soon as April: sources\n\nTokyo to pay more for U.S. bases\n";
    CHECK(block_texts(text) == Texts{"The ministers will meet in March."});
}

TEST_CASE("a link list ends at the first line that ends like a sentence", "[ingest]") {
    std::string text =
        "Read also:\nAllies plan talks\nMinisters eye visit\n"
        "The talks will resume in May.\nTalks resume\n";
    CHECK(block_texts(text) == Texts{"The talks will resume in May.", "Talks resume"});
}

TEST_CASE("a caption with an agency credit is dropped", "[ingest]") {
    std::string text =
        "Ministers pose in Tokyo on Monday. | KYODO\n"
        "Ministers shake hands in Seoul. (Kyodo)\n"
        "The two sides agreed to meet again.\n";
    CHECK(block_texts(text) == Texts{"The two sides agreed to meet again."});
}

TEST_CASE("a line that repeats an earlier line is dropped, as a repeated caption", "[ingest]") {
    std::string caption = "Foreign ministers pose before their talks in Tokyo on Monday.";
    std::string text = caption + "\n" + caption + "\n\nThe talks lasted two hours.\n" + caption;
    auto blocks = clean_page(text, rules());
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].begin == 0);
    CHECK(text.substr(blocks[1].begin, blocks[1].end - blocks[1].begin) ==
          "The talks lasted two hours.");
}

TEST_CASE("inline metadata and datelines are cut from the start of a block", "[ingest]") {
    std::string text = " date 2021-12-15 Japan is preparing talks.\nTOKYO (Kyodo) - Talks end.\n";
    auto blocks = clean_page(text, rules());
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].begin == 17);
    CHECK(text.substr(blocks[0].begin, blocks[0].end - blocks[0].begin) ==
          "Japan is preparing talks.");
    CHECK(text.substr(blocks[1].begin, blocks[1].end - blocks[1].begin) == "Talks end.");
    CHECK(clean_page("date 2021-12-15\n", rules()).empty());
}

TEST_CASE("offsets count bytes of multi-byte UTF-8", "[ingest]") {
    std::string first = "Встреча в Токио";  // 15 characters, 28 bytes
    std::string second = "林芳正外相とブリンケン国務長官が会談した。";
    std::string text = first + "\n\n" + second + "\n";
    auto blocks = clean_page(text, rules());
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].end == 28);
    CHECK(blocks[0].headline);
    CHECK(blocks[1].begin == 30);
    CHECK(text.substr(blocks[1].begin, blocks[1].end - blocks[1].begin) == second);
    CHECK_FALSE(blocks[1].headline);  // the ideographic full stop ends a sentence
}

TEST_CASE("a very long line is matched without exhausting ICU's backtrack stack", "[ingest]") {
    std::string line = "Updated";
    for (int i = 0; i < 100000; ++i) line += " 1 2 3,";
    line += " and more.";
    auto blocks = clean_page(line, rules());
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].end == line.size());
}

TEST_CASE("a furniture lexicon with an unknown kind or a bad pattern is an error naming it",
          "[ingest]") {
    fs::path dir = fs::temp_directory_path() / "kg-page-cleaner-test";
    fs::create_directories(dir);
    std::ofstream(dir / "furniture.tsv") << "# kind\tpattern\nfooter\tAdvertisement\n";
    CHECK_THROWS_WITH(load_furniture_rules(dir),
                      Catch::Contains("furniture.tsv line 2") && Catch::Contains("footer"));
    std::ofstream(dir / "furniture.tsv") << "# kind\tpattern\nline\t(Advertisement\n";
    CHECK_THROWS_AS(load_furniture_rules(dir), kg::ingest::IngestError);
    fs::remove_all(dir);
}
