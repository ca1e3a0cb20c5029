#include "store/fact_check.h"

#include <catch2/catch.hpp>

#include "store/store_error.h"

using kg::graph::ArticleFacts;
using kg::store::check_storable;
using kg::store::kMaxKeyBytes;
using kg::store::kMaxValueBytes;
using kg::store::storage_fault;
using kg::store::StoreError;

namespace {

// An article of every part a store keeps, each with text as news has it.
ArticleFacts sound_facts() {
    ArticleFacts facts;
    facts.article = {"article:talks.txt", "Article",
                     {{"name", "Talks"}, {"file", "talks.txt"}, {"title", "Talks in Z\u00fcrich\tand Tokyo"}}};
    facts.nodes.push_back({"person:\u6797", "Person", {{"name", "\u6797\u82b3\u6b63"}}});
    facts.nodes.push_back({"claim:1", "Claim", {{"name", "They will meet"}, {"text", "They will meet.\nSoon."}}});
    facts.edges.push_back({"REPORTS", "article:talks.txt", "claim:1", {}, {{"article:talks.txt", 0, 15, "They will meet."}}});
    return facts;
}

// What check_storable says of FACTS, or "" when it stores them.
std::string refusal(const ArticleFacts& facts) { return storage_fault(facts).value_or(""); }

}  // namespace

TEST_CASE("facts as news has them may be stored: any script, tabs and newlines in text", "[store]") {
    CHECK_NOTHROW(check_storable(sound_facts()));
    CHECK_FALSE(storage_fault(sound_facts()));
}

TEST_CASE("a string that is not UTF-8 is refused, naming the article, the file and the field", "[store]") {
    auto facts = sound_facts();
    facts.nodes[1].props["name"] = "They will meet in Z\xC3";  // a character cut in half
    CHECK_THROWS_AS(check_storable(facts), StoreError);
    const std::string why = refusal(facts);
    CHECK_THAT(why, Catch::Contains("article:talks.txt") && Catch::Contains("talks.txt") &&
                        Catch::Contains("node claim:1: property \"name\"") && Catch::Contains("not valid UTF-8"));
}

TEST_CASE("a NUL or a terminal escape in text is refused, tab and newline are not", "[store]") {
    auto nul = sound_facts();
    nul.article.props["title"] = std::string("Talks\0", 6);
    CHECK_THAT(refusal(nul), Catch::Contains("the article node: property \"title\"") && Catch::Contains("U+0000"));

    auto escape = sound_facts();
    escape.edges[0].evidence[0].text = "They \x1b[2Jwill meet.";
    CHECK_THAT(refusal(escape), Catch::Contains("evidence 1, the sentence") && Catch::Contains("U+001B"));

    auto carriage_return = sound_facts();
    carriage_return.nodes[1].props["text"] = "They will meet.\r";
    CHECK_THAT(refusal(carriage_return), Catch::Contains("U+000D"));
}

TEST_CASE("keys, labels and property names hold no control character at all, and are printed escaped", "[store]") {
    auto facts = sound_facts();
    facts.nodes[0].key = "person:a\nb";
    CHECK_THAT(refusal(facts), Catch::Contains("node person:a\\nb: the key") && Catch::Contains("U+000A"));

    auto label = sound_facts();
    label.edges[0].label = "REPORTS\t";
    CHECK_THAT(refusal(label), Catch::Contains("the label"));

    auto name = sound_facts();
    name.nodes[0].props["na\x1bme"] = "x";
    CHECK_THAT(refusal(name), Catch::Contains("a property name") && !Catch::Contains("\x1b"));
}

TEST_CASE("keys and values are bounded, and empty keys refused", "[store]") {
    auto long_key = sound_facts();
    long_key.article.key = "article:" + std::string(kMaxKeyBytes, 'x');
    CHECK_THAT(refusal(long_key), Catch::Contains("the article node: the key is") && Catch::Contains("bytes long"));

    auto fits = sound_facts();
    fits.nodes[0].key = std::string(kMaxKeyBytes, 'x');
    fits.nodes[1].props["text"] = std::string(kMaxValueBytes, 'x');
    CHECK_FALSE(storage_fault(fits));

    auto long_value = sound_facts();
    long_value.nodes[1].props["text"] = std::string(kMaxValueBytes + 1, 'x');
    CHECK_THAT(refusal(long_value), Catch::Contains("property \"text\" is 65537 bytes long"));

    auto no_key = sound_facts();
    no_key.article.key.clear();
    CHECK_THAT(refusal(no_key), Catch::Contains("the key is empty"));
}

TEST_CASE("evidence that runs backwards is refused", "[store]") {
    auto facts = sound_facts();
    facts.edges[0].evidence[0].begin = 20;
    CHECK_THAT(refusal(facts), Catch::Contains("edge REPORTS article:talks.txt -> claim:1: evidence 1") &&
                                   Catch::Contains("runs backwards"));
}
