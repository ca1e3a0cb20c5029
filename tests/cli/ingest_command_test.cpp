// kg ingest as a user meets it: articles of our own writing, bad inputs, re-ingest, changed
// articles, and the exit codes README.md documents.

#include <catch2/catch.hpp>
#include <cstring>

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

// kg on the store in DIR, holding the talks article (kTalks) ingested from DIR/in.
std::string kg_on_talks(const TempDir& dir) {
    dir.write("in/talks.txt", kTalks);
    REQUIRE(ingest(dir, shell_quote((dir / "in").string())).exit_code == 0);
    return kg_command(dir / "store");
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

TEST_CASE("files of one name in two folders, ingested in separate runs, are two articles", "[cli]") {
    TempDir dir("same-name");
    dir.write("batch1/talks.txt", kTalks);
    dir.write("batch2/talks.txt", kTalksChanged);
    auto first = ingest(dir, shell_quote((dir / "batch1").string()));
    CHECK(first.err.find("1 added, 0 replaced") != std::string::npos);
    auto second = ingest(dir, shell_quote((dir / "batch2").string()));
    INFO(second.err);
    CHECK(second.err.find("1 added, 0 replaced") != std::string::npos);
    auto graph = exported(dir);
    CHECK(graph.find("Tomas Quiroga") != std::string::npos);
    CHECK(graph.find("Luis Pardo") != std::string::npos);
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

TEST_CASE("an article no store could hold is named with its field and skipped, and the rest is stored", "[cli]") {
    TempDir dir("unstorable");
    dir.write("in/records.jsonl",
              "{\"id\":\"r1\",\"title\":\"Talks\\u0000\",\"text\":\"Peruvian President Ana Salas visited Quito.\"}\n"
              "{\"id\":\"" + std::string(5000, 'x') + "\",\"text\":\"Peruvian President Ana Salas visited Lima.\"}\n"
              "{\"id\":\"r3\",\"text\":\"" + std::string(kTalks, std::strlen(kTalks) - 1) + "\"}\n");
    auto run = ingest(dir, shell_quote((dir / "in").string()));
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("records.jsonl:1") && Catch::Contains("the article node: property") &&
                            Catch::Contains("U+0000"));
    CHECK_THAT(run.err, Catch::Contains("records.jsonl:2") && Catch::Contains("the key is 5008 bytes long"));
    CHECK(run.err.find(std::string(200, 'x')) == std::string::npos);  // the long key is cut short
    auto exported = run_process(kg_command(dir / "store") + " export --format json");
    CHECK(exported.exit_code == 0);
    CHECK(exported.out.find("Rosa Ferreira") != std::string::npos);
    CHECK(exported.out.find("Ana Salas") == std::string::npos);
}

TEST_CASE("an article over --max-article-bytes is named and skipped, and the rest is stored", "[cli]") {
    TempDir dir("size-limit");
    dir.write("in/a_talks.txt", kTalks);
    dir.write("in/b_long.txt", std::string(600, 'x') + ".\n");
    auto run = ingest(dir, "--max-article-bytes 500 " + shell_quote((dir / "in").string()));
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("b_long.txt: an article of 602 bytes, more than the 500"));
    CHECK(exported(dir).find("Rosa Ferreira") != std::string::npos);
    CHECK(ingest(dir, "--max-article-bytes 0 " + shell_quote((dir / "in").string())).exit_code == 2);
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

TEST_CASE("a hop limit past the range kg searches is a usage error, not a search", "[cli]") {
    TempDir dir("hops");
    const std::string kg = kg_on_talks(dir);
    auto wrapped = run_process(kg + " path Ferreira Quiroga --max-hops 18446744073709551615");
    CHECK(wrapped.exit_code == 2);
    CHECK_THAT(wrapped.err, Catch::Contains("--max-hops"));
    CHECK(run_process(kg + " path Ferreira Quiroga --max-hops 0").exit_code == 2);
    CHECK(run_process(kg + " path Ferreira Quiroga --max-hops 1000").exit_code == 0);
    CHECK(run_process(kg + " export --around Ferreira --hops 18446744073709551615").exit_code == 2);
}

TEST_CASE("export -o - writes standard output, and a failed export leaves the file as it was", "[cli]") {
    TempDir dir("export-output");
    const std::string kg = kg_on_talks(dir);
    auto dash = run_process("cd " + shell_quote(dir.path().string()) + " && " + kg + " export --format json -o -");
    CHECK(dash.exit_code == 0);
    CHECK(dash.out.find("Rosa Ferreira") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "-"));

    const auto file = dir.write("graph.json", "the previous export\n");
    auto failed = run_process(kg + " export --format json --path Ferreira Nobody -o " + shell_quote(file.string()));
    CHECK(failed.exit_code == 4);
    auto written = run_process(kg + " export --format json -o " + shell_quote(file.string()));
    CHECK(written.exit_code == 0);
    CHECK(run_process("cat " + shell_quote(file.string())).out == dash.out);
    // Nothing is left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 3);  // in, store, graph.json
}

TEST_CASE("a file name with a terminal escape is printed with it written out, and its article refused", "[cli]") {
    TempDir dir("escapes");
    dir.write("in/talks \x1b[31mred.txt", kTalks);
    auto run = ingest(dir, shell_quote((dir / "in").string()));
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK(run.err.find('\x1b') == std::string::npos);
    CHECK_THAT(run.err, Catch::Contains("in/talks \\x1B[31mred.txt: article") && Catch::Contains("U+001B"));
}

TEST_CASE("the DOT export renders with Graphviz without warnings", "[cli]") {
    if (run_process("command -v dot").exit_code != 0) skip("Graphviz dot is not installed");
    TempDir dir("dot");
    const std::string kg = kg_on_talks(dir);
    auto dot = dir / "graph.dot";
    auto path = run_process(kg + " export --format dot --path Ferreira Quiroga -o " + shell_quote(dot.string()));
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
