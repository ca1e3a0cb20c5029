// kg ingest as a user meets it: articles of our own writing, bad inputs, re-ingest, changed
// articles, and the exit codes README.md documents.

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/skip.h"
#include "tests/support/temp_dir.h"

using namespace kg::test;

namespace {

const char* const kTalks =
    "Chilean Foreign Minister Rosa Ferreira will meet Argentine Foreign Minister Tomas Quiroga in "
    "Santiago on March 4, 2024, officials said.\n";
const char* const kTalksChanged =
    "Chilean Foreign Minister Rosa Ferreira will meet Argentine Defense Minister Luis Pardo in "
    "Santiago on March 4, 2024, officials said.\n";

ProcessResult ingest(const TempDir& dir, const std::string& args) {
    return run_process(kg_command(dir / "store") + " ingest " + args);
}

std::string exported(const TempDir& dir) {
    return run_process(kg_command(dir / "store") + " export --format json").out;
}

}  // namespace

TEST_CASE("a changed article replaces its facts and an unchanged one is skipped", "[cli]") {
    TempDir dir("changed");
    auto article = dir.write("in/talks.txt", kTalks);
    REQUIRE(ingest(dir, shell_quote(article.string())).exit_code == 0);
    CHECK(exported(dir).find("Tomas Quiroga") != std::string::npos);

    auto same = ingest(dir, shell_quote(article.string()));
    CHECK(same.err.find("0 added, 0 replaced, 1 unchanged") != std::string::npos);

    dir.write("in/talks.txt", kTalksChanged);
    auto changed = ingest(dir, shell_quote(article.string()));
    CHECK(changed.err.find("0 added, 1 replaced") != std::string::npos);
    auto graph = exported(dir);
    CHECK(graph.find("Luis Pardo") != std::string::npos);
    CHECK(graph.find("Tomas Quiroga") == std::string::npos);
}

TEST_CASE("bad inputs are named and skipped, the rest is stored, exit code 3", "[cli]") {
    TempDir dir("bad");
    dir.write("in/good.txt", kTalks);
    dir.write("in/empty.txt", "");
    dir.write("in/binary.txt", std::string("\x7f" "ELF\0\0\0\x01", 8));
    dir.write("in/latin1.txt", "Caf\xe9 talks in Bogot\xe1.\n");
    dir.write("in/records.jsonl",
              "{\"id\":\"r1\",\"published\":\"2024-03-01\",\"text\":\"Peruvian President Ana Salas visited Quito.\"}\n"
              "{\"id\":\"r2\",\"text\": oops}\n");
    auto run = ingest(dir, shell_quote((dir / "in").string()));
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("empty.txt") != std::string::npos);
    CHECK(run.err.find("binary.txt") != std::string::npos);
    CHECK(run.err.find("latin1.txt") != std::string::npos);
    CHECK(run.err.find("records.jsonl:2") != std::string::npos);
    auto graph = exported(dir);
    CHECK(graph.find("Rosa Ferreira") != std::string::npos);
    CHECK(graph.find("Ana Salas") != std::string::npos);
}

TEST_CASE("a manifest naming a missing file is reported with its line", "[cli]") {
    TempDir dir("manifest");
    auto article = dir.write("in/talks.txt", kTalks);
    auto manifest = dir.write("manifest.jsonl",
                              "{\"file\":\"talks.txt\",\"published\":\"2024-02-28\"}\n"
                              "{\"file\":\"missing.txt\",\"published\":\"2024-02-28\"}\n");
    auto run = ingest(dir, "--manifest " + shell_quote(manifest.string()) + " " + shell_quote(article.string()));
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK(run.err.find("manifest.jsonl:2") != std::string::npos);
    CHECK(exported(dir).find("\"published\":\"2024-02-28\"") != std::string::npos);
}

TEST_CASE("names that match nothing or several entities have their own exit codes", "[cli]") {
    TempDir dir("names");
    dir.write("in/a.txt",
              "Kenyan President Daniel Mwangi met Ugandan President Samuel Mwangi in Nairobi on Monday, "
              "officials said.\n");
    REQUIRE(ingest(dir, shell_quote((dir / "in").string())).exit_code == 0);
    auto kg = kg_command(dir / "store");

    auto ambiguous = run_process(kg + " path Mwangi Kenya");
    CHECK(ambiguous.exit_code == 5);
    CHECK(ambiguous.err.find("Daniel Mwangi") != std::string::npos);
    CHECK(ambiguous.err.find("Samuel Mwangi") != std::string::npos);

    auto unknown = run_process(kg + " path Nobody Kenya");
    CHECK(unknown.exit_code == 4);
    CHECK(unknown.err.find("Nobody") != std::string::npos);

    CHECK(run_process(kg + " path --no-such-flag").exit_code == 2);
}

TEST_CASE("the DOT export renders with Graphviz without warnings", "[cli]") {
    if (run_process("command -v dot").exit_code != 0) skip("Graphviz dot is not installed");
    TempDir dir("dot");
    dir.write("in/a.txt", kTalks);
    REQUIRE(ingest(dir, shell_quote((dir / "in").string())).exit_code == 0);
    auto dot = dir / "graph.dot";
    auto path = run_process(kg_command(dir / "store") + " export --format dot --path Ferreira Quiroga -o " +
                            shell_quote(dot.string()));
    REQUIRE(path.exit_code == 0);
    auto render = run_process("dot -Tsvg " + shell_quote(dot.string()));
    CHECK(render.exit_code == 0);
    CHECK(render.err.empty());
    CHECK(render.out.find("<svg") != std::string::npos);
}

TEST_CASE("a misspelt name gets a suggestion", "[cli]") {
    TempDir dir("did-you-mean");
    dir.write("in/a.txt", kTalks);
    REQUIRE(ingest(dir, shell_quote((dir / "in").string())).exit_code == 0);
    auto run = run_process(kg_command(dir / "store") + " path Ferriera Quiroga");
    CHECK(run.exit_code == 4);
    CHECK(run.err.find("no entity is named 'Ferriera'; did you mean:") != std::string::npos);
    CHECK(run.err.find("Rosa Ferreira (Person)  key: person:") != std::string::npos);
}
