#include "ingest/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/ingest_error.h"

namespace fs = std::filesystem;
using kg::ingest::Sentence;
using kg::ingest::SentenceSplitter;
using kg::ingest::TextBlock;

namespace {

const SentenceSplitter& splitter() {
    static const SentenceSplitter loaded(KG_SOURCE_DIR "/ingest/lexicons");
    return loaded;
}

// The whole text as one block.
std::vector<std::string> sentence_texts(const std::string& text) {
    std::vector<std::string> out;
    for (const Sentence& sentence : splitter().split(text, {TextBlock{0, text.size(), false}}))
        out.push_back(sentence.text);
    return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("a full stop after an abbreviation before a name does not end a sentence",
          "[ingest]") {
    CHECK(sentence_texts("U.S. Secretary of State Antony Blinken met Hayashi. They spoke.") ==
          Texts{"U.S. Secretary of State Antony Blinken met Hayashi.", "They spoke."});
    CHECK(sentence_texts("The U.N. Secretary-General spoke in Geneva.") ==
          Texts{"The U.N. Secretary-General spoke in Geneva."});
    CHECK(sentence_texts("Gen. Smith met Lt. Col. Jones and Mr. Tanaka.") ==
          Texts{"Gen. Smith met Lt. Col. Jones and Mr. Tanaka."});
    CHECK(sentence_texts("Def. Min. Kishi flew to Washington on Sept. 3.") ==
          Texts{"Def. Min. Kishi flew to Washington on Sept. 3."});
}

TEST_CASE("a month abbreviation before a date does not end a sentence", "[ingest]") {
    CHECK(sentence_texts("Biden took office on Jan. 20, according to the ministry.") ==
          Texts{"Biden took office on Jan. 20, according to the ministry."});
}

TEST_CASE("an abbreviation ends a sentence when a sentence-start word follows", "[ingest]") {
    CHECK(sentence_texts("He held talks with the U.S. The next day he flew home.") ==
          Texts{"He held talks with the U.S.", "The next day he flew home."});
    CHECK(sentence_texts("They met in Washington D.C. It was cold.") ==
          Texts{"They met in Washington D.C.", "It was cold."});
    CHECK(sentence_texts("Shares rose at Acme Inc. However, they fell later.") ==
          Texts{"Shares rose at Acme Inc.", "However, they fell later."});
}

TEST_CASE("a title never ends a sentence, whatever follows", "[ingest]") {
    CHECK(sentence_texts("Mr. And Mrs. Tanaka arrived.") == Texts{"Mr. And Mrs. Tanaka arrived."});
}

TEST_CASE("an initial before a name does not end a sentence", "[ingest]") {
    CHECK(sentence_texts("The author A. A. Milne wrote it.") ==
          Texts{"The author A. A. Milne wrote it."});
    CHECK(sentence_texts("Envoy J. Smith came. Talks began.") ==
          Texts{"Envoy J. Smith came.", "Talks began."});
}

TEST_CASE("a sentence-final abbreviation before a name stays inside the sentence",
          "[ingest]") {
    CHECK(sentence_texts("He held talks with the U.S. Japan wants more.") ==
          Texts{"He held talks with the U.S. Japan wants more."});
}

TEST_CASE("a word that only ends like an abbreviation ends its sentence", "[ingest]") {
    CHECK(sentence_texts("Convoys reached Kharkiv. Polish aid followed.") ==
          Texts{"Convoys reached Kharkiv.", "Polish aid followed."});
    CHECK(sentence_texts("She flew from Lviv. Moldovan officials met her.") ==
          Texts{"She flew from Lviv.", "Moldovan officials met her."});
    CHECK(sentence_texts("Talks were set for Nov. Monday was ruled out.").size() == 1);
}

TEST_CASE("a quotation ending in a comma stays in its sentence", "[ingest]") {
    CHECK(sentence_texts("\"We will act,\" she said. Officials agreed.") ==
          Texts{"\"We will act,\" she said.", "Officials agreed."});
    CHECK(sentence_texts("He called it \"the only competitor.\" China objected.") ==
          Texts{"He called it \"the only competitor.\"", "China objected."});
}

TEST_CASE("blocks are split separately and a headline block stays its own sentence",
          "[ingest]") {
    std::string text = "Allies plan talks\n\nThe talks went on. They ended late.\n";
    std::vector<TextBlock> blocks{{0, 17, true}, {19, text.size() - 1, false}};
    auto sentences = splitter().split(text, blocks);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].text == "Allies plan talks");
    CHECK(sentences[0].headline);
    CHECK(sentences[1].text == "The talks went on.");
    CHECK_FALSE(sentences[1].headline);
    CHECK(sentences[2].begin == 38);
    CHECK(sentences[2].text == "They ended late.");
    CHECK_FALSE(sentences[2].headline);
}

TEST_CASE("only the unpunctuated last sentence of a headline block is a headline",
          "[ingest]") {
    std::string text = "Biden wins. Trump concedes";
    auto sentences = splitter().split(text, {TextBlock{0, text.size(), true}});
    REQUIRE(sentences.size() == 2);
    CHECK_FALSE(sentences[0].headline);
    CHECK(sentences[1].headline);
}

TEST_CASE("sentence offsets point at their bytes, multi-byte UTF-8 included", "[ingest]") {
    std::string text = "Встреча\n Лавров встретился с Хаяси в Токио.  Затем он улетел. \n";
    // the block starts after "Встреча\n " (14 + 2 bytes) and ends before " \n"
    std::vector<TextBlock> blocks{{16, text.size() - 2, false}};
    auto sentences = splitter().split(text, blocks);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].begin == 16);
    CHECK(sentences[0].text == "Лавров встретился с Хаяси в Токио.");
    CHECK(sentences[1].text == "Затем он улетел.");
    for (const Sentence& sentence : sentences)
        CHECK(text.substr(sentence.begin, sentence.end - sentence.begin) == sentence.text);
}

TEST_CASE("a block of spaces yields no sentence", "[ingest]") {
    std::string text = "   ";
    CHECK(splitter().split(text, {TextBlock{0, 3, true}}).empty());
}

TEST_CASE("a block outside the text is an error", "[ingest]") {
    CHECK_THROWS_AS(splitter().split("short", {TextBlock{2, 40, false}}),
                    kg::ingest::IngestError);
}

TEST_CASE("a missing or malformed abbreviation lexicon is an error naming it", "[ingest]") {
    CHECK_THROWS_WITH(SentenceSplitter("/nonexistent"),
                      Catch::Contains("/nonexistent/abbreviations.tsv"));
    fs::path dir = fs::temp_directory_path() / "kg-sentence-splitter-test";
    fs::create_directories(dir);
    std::ofstream(dir / "abbreviations.tsv") << "# entry\tkind\nMr.\ttitle\n";
    CHECK_THROWS_WITH(SentenceSplitter(dir),
                      Catch::Contains("abbreviations.tsv line 2") && Catch::Contains("title"));
    fs::remove_all(dir);
}
