// --since and --until on centrality, holders and export: answers from the facts told in the
// period. The examples/ articles are dated 2024-05-14, 2024-05-21 and 2024-06-02.

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("since and until limit centrality, holders and export to the facts of the period", "[cli]") {
    TempDir dir("window");
    const std::string kg = kg_command(dir / "store");
    REQUIRE(run_process(kg + " ingest " + shell_quote(std::string(KG_SOURCE_DIR) + "/examples")).exit_code == 0);

    // Only the regional summit article is of June.
    auto june = run_process(kg + " export --json --since 2024-06");
    REQUIRE(june.exit_code == 0);
    CHECK(contains(june.out, "03_regional_summit.txt"));
    CHECK_FALSE(contains(june.out, "02_lindqvist_visit.txt"));
    CHECK_FALSE(contains(june.out, "Henrik Lindqvist"));
    CHECK(contains(run_process(kg + " export --json").out, "Henrik Lindqvist"));

    // Okafor is first told to be Foreign Minister on 2024-05-14.
    CHECK(run_process(kg + " holders FM --country Nigeria --until 2024-05-13").exit_code == 4);
    CHECK(run_process(kg + " holders FM --country Nigeria --until 2024-05").exit_code == 0);

    auto before = run_process(kg + " centrality --label Person --until 2024-05-14 --top 20");
    REQUIRE(before.exit_code == 0);
    CHECK(contains(before.out, "Adaeze Okafor"));
    CHECK_FALSE(contains(run_process(kg + " centrality --label Person --since 2024-06-01 --top 20").out,
                         "Henrik Lindqvist"));

    CHECK(run_process(kg + " centrality --since 'last week'").exit_code == 2);
}
