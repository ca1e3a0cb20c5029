// The options every command shares (--store, --db, --graph, --lexicons): accepted before or
// after the subcommand, listed in each subcommand's --help, and a value typed after the
// subcommand beating the environment.

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

const std::string examples = shell_quote(std::string(KG_SOURCE_DIR) + "/examples");

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("global options come before or after the subcommand", "[cli]") {
    TempDir dir("global-after");
    const std::string store = shell_quote((dir / "store").string());
    auto ingest = run_process(kg_binary() + " ingest --store " + store + " " + examples);
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    CHECK(contains(ingest.err, (dir / "store").string()));

    auto after = run_process(kg_binary() + " path Okafor Lindqvist --store " + store);
    auto before = run_process(kg_binary() + " --store " + store + " path Okafor Lindqvist");
    INFO(after.err << before.err);
    CHECK(after.exit_code == 0);
    CHECK(after.out == before.out);
    CHECK(contains(after.out, "Henrik Lindqvist (Person)"));
}

TEST_CASE("every subcommand's --help lists the global options", "[cli]") {
    for (const char* command : {"ingest", "path", "centrality", "export", "holders", "init", "load"}) {
        auto help = run_process(kg_binary() + " " + command + " --help");
        INFO(command << "\n" << help.out);
        CHECK(help.exit_code == 0);
        for (const char* option : {"--store", "--db", "--graph", "--lexicons"}) CHECK(contains(help.out, option));
    }
}

TEST_CASE("a store given after the subcommand beats KG_STORE", "[cli]") {
    TempDir dir("global-env");
    const std::string typed = (dir / "typed").string();
    auto ingest = run_process("KG_STORE=" + shell_quote((dir / "from-env").string()) + " " + kg_binary() + " ingest --store " +
                              shell_quote(typed) + " " + examples);
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    CHECK(std::filesystem::exists(typed));
    CHECK_FALSE(std::filesystem::exists(dir / "from-env"));
}
