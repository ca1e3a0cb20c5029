// The store's invariant: the resolved graph depends only on which articles are stored, never
// on the order or the batches they came in, nor on articles forgotten on the way. Checked on
// our 46 test articles, whose people, offices and meetings resolve across articles (shorter
// name forms, generic meetings, inferred offices), by comparing whole JSON exports.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;
namespace fs = std::filesystem;

namespace {

const std::string kCases = KG_TEST_CASES_DIR;

std::vector<std::string> case_articles() {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(kCases + "/articles"))
        if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// Ingests FILES with their lines of the cases' manifest (a line naming a file not given is
// reported as bad input).
void ingest(const std::string& kg, const std::vector<std::string>& files, const fs::path& manifest) {
    std::ifstream all(kCases + "/articles/manifest.jsonl");
    std::ofstream some(manifest);
    for (std::string line; std::getline(all, line);)
        for (const auto& file : files)
            if (line.find('"' + fs::path(file).filename().string() + '"') != std::string::npos) some << line << '\n';
    some.close();
    std::string command = kg + " ingest --manifest " + shell_quote(manifest.string());
    for (const auto& file : files) command += " " + shell_quote(file);
    const auto result = run_process(command);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
}

// The export's lines sorted: nodes and edges come out in storage order, which may differ.
std::vector<std::string> exported(const std::string& kg, const fs::path& file) {
    REQUIRE(run_process(kg + " export --format json -o " + shell_quote(file.string())).exit_code == 0);
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace

TEST_CASE("any ingest order and batching gives the graph of one batch", "[cli][store]") {
    TempDir dir("ingest-order");
    const auto files = case_articles();
    REQUIRE(files.size() >= 46);
    const std::string whole = kg_command(dir / "whole");
    ingest(whole, files, dir / "manifest.jsonl");
    const auto expected = exported(whole, dir / "whole.jsonl");

    SECTION("one article at a time, last first") {
        const std::string kg = kg_command(dir / "reverse");
        for (auto file = files.rbegin(); file != files.rend(); ++file) ingest(kg, {*file}, dir / "manifest.jsonl");
        CHECK(exported(kg, dir / "reverse.jsonl") == expected);
    }
    SECTION("shuffled, in batches of seven") {
        auto shuffled = files;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(20261204));
        const std::string kg = kg_command(dir / "batches");
        for (std::size_t i = 0; i < shuffled.size(); i += 7)
            ingest(kg, {shuffled.begin() + static_cast<long>(i),
                        shuffled.begin() + static_cast<long>(std::min(i + 7, shuffled.size()))},
                   dir / "manifest.jsonl");
        CHECK(exported(kg, dir / "batches.jsonl") == expected);
    }
    SECTION("half forgotten and ingested again") {
        const std::string kg = kg_command(dir / "forget");
        ingest(kg, files, dir / "manifest.jsonl");
        std::string forget = kg + " forget";
        for (std::size_t i = 0; i < files.size(); i += 2) forget += " " + shell_quote(fs::path(files[i]).filename().string());
        REQUIRE(run_process(forget).exit_code == 0);
        CHECK(exported(kg, dir / "half.jsonl") != expected);
        ingest(kg, files, dir / "manifest.jsonl");
        CHECK(exported(kg, dir / "forget.jsonl") == expected);
    }
    SECTION("reindexed") {
        REQUIRE(run_process(whole + " reindex").exit_code == 0);
        CHECK(exported(whole, dir / "reindexed.jsonl") == expected);
    }
}
