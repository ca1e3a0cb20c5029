// kg installed with cmake --install, as a user would: the installed binary finds the data
// installed beside it (share/kg), also after the whole prefix is moved, and kg doctor says so.

#include <catch2/catch.hpp>

#include "tests/support/kg_json.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

// kg doctor --json of the kg in PREFIX, with no variable pointing it at data elsewhere.
rapidjson::Document doctor(const fs::path& prefix) {
    auto run = run_process("env -u KG_DATA_DIR -u KG_LEXICONS " + shell_quote((prefix / "bin/kg").string()) +
                           " --store " + shell_quote((prefix / "no-store").string()) + " doctor --json");
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    return parse_kg_json(run.out);
}

void check_uses_own_data(const fs::path& prefix) {
    auto json = doctor(prefix);
    CHECK(text(json["data"]["origin"]) == "installed beside the program");
    CHECK(fs::path(json["data"]["dir"].GetString()) == prefix / "share/kg");
    for (const auto& file : json["data"]["files"].GetArray()) {
        INFO(file["path"].GetString());
        CHECK(file["found"].GetBool());
        CHECK(std::string(file["path"].GetString()).starts_with(prefix.string()));
    }
}

}  // namespace

TEST_CASE("an installed kg uses the data installed beside it, wherever the prefix is moved", "[cli]") {
    TempDir dir("install");
    const auto prefix = dir / "prefix";
    auto install = run_process("cmake --install " + shell_quote(KG_BUILD_DIR) + " --prefix " +
                               shell_quote(prefix.string()));
    INFO(install.out << install.err);
    REQUIRE(install.exit_code == 0);
    CHECK(fs::is_regular_file(prefix / "bin/kg"));
    CHECK(fs::is_regular_file(prefix / "share/kg/lexicons/offices.tsv"));
    CHECK(fs::is_regular_file(prefix / "share/kg/edge_weights.tsv"));
    CHECK(fs::is_regular_file(prefix / "share/kg/schema/age.sql"));
    check_uses_own_data(prefix);

    const auto moved = dir / "moved";
    fs::rename(prefix, moved);
    check_uses_own_data(moved);
    const std::string kg = "env -u KG_DATA_DIR -u KG_LEXICONS " + shell_quote((moved / "bin/kg").string()) +
                           " --store " + shell_quote((dir / "store").string());
    auto ingest = run_process(kg + " ingest " + shell_quote(std::string(KG_SOURCE_DIR) + "/examples"));
    INFO(ingest.err);
    CHECK(ingest.exit_code == 0);
    auto path = run_process(kg + " path Okafor Lindqvist");
    CHECK(path.exit_code == 0);
    CHECK(path.out.find("Henrik Lindqvist (Person)") != std::string::npos);
}

TEST_CASE("kg doctor names the store, the database and what is missing", "[cli]") {
    TempDir dir("doctor");
    auto run = run_process("KG_DATA_DIR=" + shell_quote((dir / "nowhere").string()) + " " +
                           kg_command(dir / "store") + " doctor");
    CHECK(run.exit_code == 1);
    CHECK(run.out.starts_with("kg 0."));
    CHECK(run.out.find("KG_DATA_DIR") != std::string::npos);
    CHECK(run.out.find("MISSING") != std::string::npos);
    CHECK(run.out.find("store: " + (dir / "store").string() + " holds no kg store yet") != std::string::npos);
    CHECK(run.out.find("database: none named") != std::string::npos);
    CHECK(run.out.find("libpqxx") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "store"));
}
