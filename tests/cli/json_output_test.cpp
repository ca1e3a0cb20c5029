// --json: every command prints one object with a schema version, in the shapes README.md
// documents, and errors go to stderr as JSON.

#include <catch2/catch.hpp>

#include "tests/support/kg_json.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

const char* const kTwoMwangis =
    "Kenyan President Daniel Mwangi met Ugandan President Samuel Mwangi in Nairobi on Monday, officials said.\n";

// A store holding the project's examples/, and the kg command line on it.
class ExampleStore {
public:
    ExampleStore() : dir_("json"), kg_(kg_command(dir_ / "store")) {
        ingest_ = run_process(kg_ + " ingest --json " + shell_quote(std::string(KG_SOURCE_DIR) + "/examples"));
        INFO(ingest_.err);
        REQUIRE(ingest_.exit_code == 0);
    }
    ProcessResult run(const std::string& args) const { return run_process(kg_ + " " + args); }
    const ProcessResult& ingest() const { return ingest_; }

private:
    TempDir dir_;
    std::string kg_;
    ProcessResult ingest_;
};

}  // namespace

TEST_CASE("ingest --json counts the articles on standard output", "[cli]") {
    ExampleStore store;
    auto json = parse_kg_json(store.ingest().out);
    CHECK(json["articles"].GetUint() == 3);
    CHECK(json["added"].GetUint() == 3);
    CHECK(json["skipped"].IsArray());
    CHECK(json["stored"].GetUint() == 3);
    CHECK(store.ingest().err.empty());
}

TEST_CASE("path --json is an object holding a list of paths, with or without --all", "[cli]") {
    ExampleStore store;
    for (const char* args : {"path --json Okafor Lindqvist", "path --all --json Okafor Lindqvist"}) {
        auto run = store.run(args);
        INFO(args << "\n" << run.err);
        REQUIRE(run.exit_code == 0);
        auto json = parse_kg_json(run.out);
        REQUIRE(json["paths"].IsArray());
        REQUIRE(json["paths"].Size() >= 1);
        const auto& path = json["paths"][0];
        CHECK(text(path["nodes"][0]["labels"][0]) == "Person");
        // An edge's ends as the JSON export writes them: {"id", "labels"}.
        const auto& start = path["edges"][0]["start"];
        REQUIRE(start.IsObject());
        CHECK(text(start["id"]).starts_with("person:"));
        CHECK(start["labels"].IsArray());
    }
}

TEST_CASE("centrality and holders answer in JSON", "[cli]") {
    ExampleStore store;
    auto centrality = parse_kg_json(store.run("centrality --json --label person --top 2").out);
    CHECK(text(centrality["measure"]) == "degree");
    REQUIRE(centrality["ranking"].Size() == 2);
    CHECK(text(centrality["ranking"][0]["labels"][0]) == "Person");
    CHECK(centrality["ranking"][0]["score"].IsNumber());

    auto holders = parse_kg_json(store.run("holders FM --country Nigeria --json").out);
    CHECK(text(holders["title"]) == "Foreign Minister");
    REQUIRE(holders["holders"].Size() == 1);
    CHECK(text(holders["holders"][0]["person"]["name"]) == "Adaeze Okafor");
    CHECK(text(holders["holders"][0]["evidence"][0]["file"]) == "01_nordic_trade_talks.txt");
}

TEST_CASE("export --json is the JSON export", "[cli]") {
    ExampleStore store;
    auto json = store.run("export --json");
    CHECK(json.exit_code == 0);
    CHECK(json.out == store.run("export --format json").out);
    CHECK(store.run("export --json --format dot").exit_code == 2);
}

TEST_CASE("under --json errors are JSON on stderr, with their candidates", "[cli]") {
    TempDir dir("json-errors");
    dir.write("in/a.txt", kTwoMwangis);
    const std::string kg = kg_command(dir / "store");
    REQUIRE(run_process(kg + " ingest " + shell_quote((dir / "in").string())).exit_code == 0);

    auto ambiguous = run_process(kg + " path Mwangi Kenya --json");
    CHECK(ambiguous.exit_code == 5);
    CHECK(ambiguous.out.empty());
    auto error = parse_kg_json(ambiguous.err);
    CHECK(error["error"]["exit_code"].GetInt() == 5);
    CHECK(text(error["error"]["message"]).find("Mwangi") != std::string::npos);
    REQUIRE(error["error"]["candidates"].Size() == 2);
    CHECK(text(error["error"]["candidates"][0]["name"]) == "Daniel Mwangi");

    auto usage = run_process(kg + " centrality --label nobody --json");
    CHECK(usage.exit_code == 2);
    CHECK(parse_kg_json(usage.err)["error"]["exit_code"].GetInt() == 2);
}
