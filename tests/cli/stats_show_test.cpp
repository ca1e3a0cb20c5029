// kg stats and kg show on the project's examples/: three articles a reader can check by eye
// (dated 2024-05-14, 2024-05-21 and 2024-06-02; Adaeze Okafor, Nigeria's Foreign Minister,
// meets Henrik Lindqvist in Stockholm).

#include <catch2/catch.hpp>

#include "tests/support/kg_json.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string ingested(const TempDir& dir) {
    const std::string kg = kg_command(dir / "store");
    auto run = run_process(kg + " ingest " + shell_quote(std::string(KG_SOURCE_DIR) + "/examples"));
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return kg;
}

}  // namespace

TEST_CASE("stats counts the articles with their dates, nodes and edges by label", "[cli]") {
    TempDir dir("stats");
    const std::string kg = ingested(dir);
    auto run = run_process(kg + " stats");
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(contains(run.out, "articles      3  published 2024-05-14 to 2024-06-02; 0 undated"));
    CHECK(contains(run.out, "(not given)"));  // examples/ name no source
    CHECK(contains(run.out, "  ATTENDS"));
    CHECK(contains(run.out, "  Person"));

    auto json = parse_kg_json(run_process(kg + " stats --json").out);
    CHECK(json["articles"].GetUint() == 3);
    CHECK(text(json["published"]["first"]) == "2024-05-14");
    CHECK(json["nodes"]["Article"].GetUint() == 3);
    CHECK(json["edges"]["HOLDS"].GetUint() >= 2);  // Okafor's and Lindqvist's offices at least
    CHECK(json["sources"][0]["source"].IsNull());
}

TEST_CASE("show lists an entity's facts by label, with dates and evidence", "[cli]") {
    TempDir dir("show");
    const std::string kg = ingested(dir);
    auto run = run_process(kg + " show Okafor");
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.starts_with("Adaeze Okafor (Person)  key: person:"));
    CHECK(contains(run.out, "HOLDS -> (1)\n  Foreign Minister of Nigeria (Office)  seen 2024-05-14"));
    CHECK(contains(run.out, "ATTENDS ->"));
    CHECK(contains(run.out, "Nigeria-Sweden bilateral talks"));
    CHECK(contains(run.out, "<- MENTIONS"));
    CHECK(contains(run.out, "(article 02_lindqvist_visit.txt)"));

    auto json = parse_kg_json(run_process(kg + " show --json Okafor").out);
    CHECK(text(json["entity"]["name"]) == "Adaeze Okafor");
    bool holds = false;
    for (const auto& group : json["groups"].GetArray()) {
        if (text(group["label"]) != "HOLDS") continue;
        holds = true;
        CHECK(text(group["direction"]) == "outgoing");
        const auto& fact = group["facts"][0];
        CHECK(text(fact["other"]["name"]) == "Foreign Minister of Nigeria");
        CHECK(text(fact["properties"]["first_seen"]) == "2024-05-14");
        CHECK(fact["evidence"].Size() >= 1);
    }
    CHECK(holds);

    CHECK(run_process(kg + " show Okafr").exit_code == 4);
}
