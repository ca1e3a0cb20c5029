#include "ingest/article_reader.h"

#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

namespace fs = std::filesystem;
using kg::ingest::InputProblem;
using kg::ingest::RawArticle;
using kg::ingest::ReadOptions;
using kg::test::TempDir;

namespace {

struct Result {
    std::vector<RawArticle> articles;
    std::vector<InputProblem> problems;

    std::vector<std::string> keys() const {
        std::vector<std::string> keys;
        for (const auto& article : articles) keys.push_back(article.key);
        return keys;
    }
};

Result read(const std::vector<fs::path>& paths, const ReadOptions& options = {}) {
    Result result;
    kg::ingest::read_articles(
        paths, options, [&](RawArticle&& article) { result.articles.push_back(std::move(article)); },
        result.problems);
    return result;
}

// The one problem reading a file holding BYTES reports ("" when it is read as an article).
std::string problem_with(std::string_view bytes) {
    TempDir dir("reader-bytes");
    const auto file = dir.write("a.txt", bytes);
    Result result = read({file});
    REQUIRE(result.articles.size() + result.problems.size() == 1);
    if (result.problems.empty()) return "";
    CHECK(result.problems.front().where == file.string());
    return result.problems.front().what;
}

}  // namespace

TEST_CASE("a text file arrives with its key, file name, origin and text", "[ingest]") {
    TempDir dir("reader-text");
    const auto file = dir.write("000_talks.txt", "Talks began.\n");

    Result result = read({file});
    REQUIRE(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    const RawArticle& article = result.articles.front();
    // A file given itself is keyed by its folder's name and its own.
    CHECK(article.key == "article:" + dir.path().filename().string() + "/000_talks.txt");
    CHECK(article.file == "000_talks.txt");
    CHECK(article.origin == file.string());
    CHECK(article.text == "Talks began.\n");
    CHECK(article.published.empty());
    CHECK(article.title.empty());
}

TEST_CASE("a folder's files arrive sorted by name, recursively, paths in the order given", "[ingest]") {
    TempDir dir("reader-order");
    dir.write("one/b.txt", "Bee.");
    dir.write("one/a.md", "Ay.");
    dir.write("one/sub/c.text", "See.");
    dir.write("one/notes.csv", "skipped,because,of,its,extension");
    dir.write("one/z.ndjson", R"({"id":"r1","text":"Record one."})");
    dir.write("two/0.txt", "Zero.");

    Result result = read({dir / "two", dir / "one"});
    CHECK(result.problems.empty());
    CHECK(result.keys() == std::vector<std::string>{"article:two/0.txt", "article:one/a.md", "article:one/b.txt",
                                                    "article:one/sub/c.text", "article:r1"});
}

TEST_CASE("a folder's README.md describes the folder and is no article", "[ingest]") {
    TempDir dir("reader-readme");
    dir.write("in/README.md", "# Articles\n\nThree wire stories.\n");
    dir.write("in/a.txt", "Talks began.");
    Result result = read({dir / "in"});
    CHECK(result.problems.empty());
    CHECK(result.keys() == std::vector<std::string>{"article:in/a.txt"});
}

TEST_CASE("a file named explicitly is read whatever its extension", "[ingest]") {
    TempDir dir("reader-explicit");
    Result result = read({dir.write("notes.csv", "Plain words.")});
    CHECK(result.problems.empty());
    CHECK(result.keys() == std::vector<std::string>{"article:" + dir.path().filename().string() + "/notes.csv"});
}

TEST_CASE("a folder without article files is a problem", "[ingest]") {
    TempDir dir("reader-no-articles");
    dir.write("in/notes.csv", "a,b");
    Result result = read({dir / "in"});
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().where == (dir / "in").string());
    CHECK_THAT(result.problems.front().what, Catch::StartsWith("holds no article files"));
}

TEST_CASE("a missing path is a problem naming it", "[ingest]") {
    TempDir dir("reader-missing");
    Result result = read({dir / "absent.txt"});
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().where == (dir / "absent.txt").string());
    CHECK_THAT(result.problems.front().what, Catch::Contains("no such file"));
}

TEST_CASE("a file without read permission is a problem", "[ingest]") {
    TempDir dir("reader-unreadable");
    const auto file = dir.write("locked.txt", "Secret.");
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::others_exec);
    fs::permissions(file, fs::perms::none);
    // Root reads any file, so then the reading runs in a child process as user "nobody".
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(2);
        Result result = read({file});
        const bool refused = result.articles.empty() && result.problems.size() == 1 &&
                             result.problems.front().where == file.string() &&
                             result.problems.front().what.starts_with("cannot read");
        ::_exit(refused ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("empty and blank files are problems", "[ingest]") {
    CHECK_THAT(problem_with(""), Catch::StartsWith("empty"));
    CHECK_THAT(problem_with(" \n\t\r\n"), Catch::StartsWith("empty"));
    CHECK_THAT(problem_with("\xEF\xBB\xBF\n"), Catch::StartsWith("empty"));
}

TEST_CASE("binary files are problems", "[ingest]") {
    CHECK(problem_with(std::string("GIF89a\0\x01", 8)) == "binary, not text (a NUL byte at offset 6)");
    CHECK(problem_with("\x01\x02\x03\x04\x05\x06 ab") == "binary, not text (mostly non-text bytes)");
}

TEST_CASE("text that is not UTF-8 is a problem giving the byte offset", "[ingest]") {
    CHECK_THAT(problem_with("caf\xE9 noir, a Latin-1 word"),
               Catch::StartsWith("not valid UTF-8 at byte offset 3"));
    CHECK_THAT(problem_with("overlong \xC0\xAF slash"),
               Catch::StartsWith("not valid UTF-8 at byte offset 9"));
    CHECK_THAT(problem_with("overlong \xE0\x80\xAF slash"),
               Catch::StartsWith("not valid UTF-8 at byte offset 9"));
    CHECK_THAT(problem_with("surrogate \xED\xA0\x80 here"),
               Catch::StartsWith("not valid UTF-8 at byte offset 10"));
    CHECK_THAT(problem_with("too high \xF4\x90\x80\x80 here"),
               Catch::StartsWith("not valid UTF-8 at byte offset 9"));
    CHECK_THAT(problem_with("cut short \xE6\x97"), Catch::StartsWith("not valid UTF-8 at byte offset 10"));
    // The offset counts the byte order mark, as an editor showing bytes would.
    CHECK_THAT(problem_with("\xEF\xBB\xBF"
                            "ab\xFF and more"),
               Catch::StartsWith("not valid UTF-8 at byte offset 5"));
}

TEST_CASE("well-formed UTF-8 of every length is text", "[ingest]") {
    CHECK(problem_with(
              "caf\xC3\xA9, \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E, \xF0\x9F\x93\xB0, \xF4\x8F\xBF\xBF") == "");
}

TEST_CASE("a byte order mark is dropped silently", "[ingest]") {
    TempDir dir("reader-bom");
    Result result = read({dir.write("a.txt", "\xEF\xBB\xBFHello.")});
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles.front().text == "Hello.");
}

TEST_CASE("in a mixed folder the good files still arrive", "[ingest]") {
    TempDir dir("reader-mixed");
    dir.write("a_good.txt", "First good article.");
    const auto empty = dir.write("b_empty.txt", "");
    const auto binary = dir.write("c_binary.txt", std::string("\x7F"
                                                              "ELF\0\0",
                                                              6));
    const auto latin1 = dir.write("d_latin1.txt", "na\xEFve");
    dir.write("e_good.md", "Second good article.");

    Result result = read({dir.path()});
    const std::string folder = "article:" + dir.path().filename().string();
    CHECK(result.keys() == std::vector<std::string>{folder + "/a_good.txt", folder + "/e_good.md"});
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].where == empty.string());
    CHECK(result.problems[1].where == binary.string());
    CHECK(result.problems[2].where == latin1.string());
    CHECK_THAT(result.problems[2].what, Catch::StartsWith("not valid UTF-8 at byte offset 2"));
}

TEST_CASE("a manifest gives text files their metadata by file name", "[ingest]") {
    TempDir dir("reader-manifest");
    dir.write("in/a.txt", "Ay.");
    dir.write("in/b.txt", "Bee.");
    const auto manifest = dir.write(
        "meta.jsonl",
        R"({"file":"a.txt","published":"2021-11","title":"Talks \"resume\"","source":"Wire","url":"https://example.org/a"})"
        "\n");

    Result result = read({dir / "in"}, ReadOptions{manifest});
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 2);
    const RawArticle& a = result.articles[0];
    CHECK(a.published == "2021-11");
    CHECK(a.title == "Talks \"resume\"");
    CHECK(a.source == "Wire");
    CHECK(a.url == "https://example.org/a");
    CHECK(result.articles[1].published.empty());
}

TEST_CASE("a folder's manifest.jsonl is its manifest and not read as articles", "[ingest]") {
    TempDir dir("reader-folder-manifest");
    dir.write("in/a.txt", "Ay.");
    dir.write("in/manifest.jsonl", R"({"file":"a.txt","published":"2022-03-04"})");

    Result result = read({dir / "in"});
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles.front().published == "2022-03-04");
}

TEST_CASE("the manifest named with --manifest wins over a folder's", "[ingest]") {
    TempDir dir("reader-manifest-precedence");
    dir.write("in/a.txt", "Ay.");
    dir.write("in/manifest.jsonl", R"({"file":"a.txt","published":"2022-03-04"})");
    const auto named = dir.write("named.jsonl", R"({"file":"a.txt","published":"2023"})");

    Result result = read({dir / "in"}, ReadOptions{named});
    CHECK(result.problems.empty());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles.front().published == "2023");
}

TEST_CASE("a manifest line naming a file not among the inputs is a problem", "[ingest]") {
    TempDir dir("reader-manifest-missing");
    dir.write("in/a.txt", "Ay.");
    const auto manifest = dir.write("meta.jsonl", "{\"file\":\"a.txt\"}\n{\"file\":\"gone.txt\"}\n");

    Result result = read({dir / "in"}, ReadOptions{manifest});
    CHECK(result.articles.size() == 1);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().where == manifest.string() + ":2");
    CHECK(result.problems.front().what == "names gone.txt, which is not among the inputs");
}

TEST_CASE("published dates with a time, an offset or written out are read, and others refused with their line", "[ingest]") {
    TempDir dir("reader-published");
    dir.write("in/a.txt", "Ay.");
    dir.write("in/b.txt", "Bee.");
    const auto manifest = dir.write("meta.jsonl",
                                    "{\"file\":\"a.txt\",\"published\":\"Sun, 28 Nov 2021 10:00:00 +0900\"}\n"
                                    "{\"file\":\"b.txt\",\"published\":\"the day before yesterday\"}\n");
    const auto feed = dir.write("feed.jsonl",
                                "{\"id\":\"c\",\"text\":\"See.\",\"published\":\"2021-11-28T10:00:00Z\"}\n"
                                "{\"id\":\"d\",\"text\":\"Dee.\",\"published\":\"November 28, 2021\"}\n"
                                "{\"id\":\"e\",\"text\":\"Ee.\",\"published\":\"28.11.21\"}\n");

    Result result = read({dir / "in", feed}, ReadOptions{manifest});
    CHECK(result.keys() == std::vector<std::string>{"article:in/a.txt", "article:in/b.txt", "article:c", "article:d"});
    REQUIRE(result.articles.size() == 4);
    CHECK(result.articles[0].published == "2021-11-28");
    CHECK(result.articles[1].published.empty());  // its manifest line was refused
    CHECK(result.articles[2].published == "2021-11-28");
    CHECK(result.articles[3].published == "2021-11-28");
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].where == manifest.string() + ":2");
    CHECK_THAT(result.problems[0].what, Catch::StartsWith("\"published\" is not a date kg reads"));
    CHECK(result.problems[1].where == feed.string() + ":3");
    CHECK_THAT(result.problems[1].what, Catch::Contains("28.11.21"));
}

TEST_CASE("malformed manifest lines are problems with their line", "[ingest]") {
    TempDir dir("reader-manifest-bad");
    dir.write("in/a.txt", "Ay.");
    const auto manifest = dir.write("meta.jsonl",
                                    "{\"file\":\"a.txt\",\"published\":\"2021\"}\n"
                                    "{\"file\":\n"
                                    "{\"published\":\"2021\"}\n");

    Result result = read({dir / "in"}, ReadOptions{manifest});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles.front().published == "2021");
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].where == manifest.string() + ":2");
    CHECK_THAT(result.problems[0].what, Catch::StartsWith("not a JSON object: "));
    CHECK(result.problems[1].where == manifest.string() + ":3");
    CHECK(result.problems[1].what == "missing \"file\"");
}

TEST_CASE("JSON Lines records arrive, and each bad line is a problem with its line number", "[ingest]") {
    TempDir dir("reader-jsonl");
    const auto file =
        dir.write("feed.jsonl",
                  "{\"id\":\"a\",\"text\":\"Ay.\"}\n"
                  "{\"id\":\"b\",\"text\":}\n"
                  "{\"id\":\"c\"}\n"
                  "\n"
                  "[1, 2]\n"
                  "{\"id\":\"e\",\"text\":\"Ee.\",\"title\":5}\n"
                  "{\"id\":\"f\",\"text\":\"Line\\none \\\"quoted\\\" \\u65e5\",\"published\":\"2022-01\","
                  "\"title\":\"Eff\",\"source\":\"Wire\",\"url\":\"https://example.org/f\"}\r\n");
    const std::string name = file.string();

    Result result = read({file});
    CHECK(result.keys() == std::vector<std::string>{"article:a", "article:f"});
    REQUIRE(result.articles.size() == 2);
    const RawArticle& f = result.articles[1];
    CHECK(f.file == "feed.jsonl#f");
    CHECK(f.origin == name + ":7");
    CHECK(f.text == "Line\none \"quoted\" \xE6\x97\xA5");
    CHECK(f.published == "2022-01");
    CHECK(f.title == "Eff");
    CHECK(f.source == "Wire");
    CHECK(f.url == "https://example.org/f");

    REQUIRE(result.problems.size() == 4);
    CHECK(result.problems[0].where == name + ":2");
    CHECK_THAT(result.problems[0].what,
               Catch::StartsWith("not a JSON object: ") && Catch::EndsWith(" at column 18"));
    CHECK(result.problems[1].where == name + ":3");
    CHECK(result.problems[1].what == "missing \"text\"");
    CHECK(result.problems[2].where == name + ":5");
    CHECK_THAT(result.problems[2].what, Catch::StartsWith("not a JSON object"));
    CHECK(result.problems[3].where == name + ":6");
    CHECK(result.problems[3].what == "\"title\" is not a string");
}

TEST_CASE("a record or manifest line nested 60,000 deep or more is a problem with its line, and the rest is read", "[ingest]") {
    TempDir dir("reader-jsonl-deep");
    const std::string deep = "{\"id\":\"b\",\"text\":" + std::string(200000, '[') + std::string(200000, ']') + "}\n";
    const auto file = dir.write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Ay.\"}\n" + deep + "{\"id\":\"c\",\"text\":\"Cee.\"}\n");
    dir.write("in/a.txt", "Ay.");
    // A manifest line is at most 64 KB.
    const auto manifest = dir.write("meta.jsonl", "{\"file\":" + std::string(60000, '[') + "\n{\"file\":\"a.txt\",\"published\":\"2021\"}\n");

    Result result = read({file, dir / "in"}, ReadOptions{manifest});
    CHECK(result.keys() == std::vector<std::string>{"article:a", "article:c", "article:in/a.txt"});
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].where == manifest.string() + ":1");
    CHECK_THAT(result.problems[0].what, Catch::Contains("nested deeper than 100 levels"));
    CHECK(result.problems[1].where == file.string() + ":2");
    CHECK_THAT(result.problems[1].what, Catch::Contains("nested deeper than 100 levels"));
    CHECK(result.articles.back().published == "2021");
}

TEST_CASE("a JSON Lines record with a NUL or control bytes is a problem with its line, and the rest is read", "[ingest]") {
    TempDir dir("reader-jsonl-bad-bytes");
    std::string lines;
    for (int i = 1; i <= 1000; ++i) {
        if (i == 10)
            lines += std::string("{\"id\":\"10\",\"text\":\"a NUL\0here\"}\n", 32);
        else if (i == 500)
            lines += "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\n";
        else
            lines += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"Record.\"}\n";
    }
    const auto file = dir.write("feed.jsonl", lines);
    Result result = read({file});
    CHECK(result.articles.size() == 998);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].where == file.string() + ":10");
    CHECK_THAT(result.problems[0].what, Catch::Contains("NUL"));
    CHECK(result.problems[1].where == file.string() + ":500");
    CHECK_THAT(result.problems[1].what, Catch::Contains("binary"));
}

TEST_CASE("a JSON Lines file that starts with binary bytes is one problem", "[ingest]") {
    TempDir dir("reader-jsonl-binary");
    const auto file = dir.write("feed.jsonl", "\x01\x02\x03\x04\x05\x06\x07\x08\n\x01\x02\x03\n{\"id\":\"a\",\"text\":\"Ay.\"}\n");
    Result result = read({file});
    CHECK(result.articles.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().where == file.string());
    CHECK(result.problems.front().what == "binary, not text (mostly non-text bytes)");
}

TEST_CASE("an article over the size limit is a problem saying so, and the rest is read", "[ingest]") {
    TempDir dir("reader-size");
    dir.write("in/a_small.txt", "Ay.");
    const auto big = dir.write("in/b_big.txt", std::string(2000, 'b') + ".");
    const std::string huge = "{\"id\":\"huge\",\"text\":\"" + std::string(100000, 'x') + "\"}";
    const auto feed = dir.write("feed.jsonl", "{\"id\":\"big\",\"text\":\"" + std::string(1500, 'x') + "\"}\n" + huge +
                                                  "\n{\"id\":\"small\",\"text\":\"Ay.\"}\n");
    ReadOptions options;
    options.max_article_bytes = 1000;

    Result result = read({dir / "in", feed}, options);
    CHECK(result.keys() == std::vector<std::string>{"article:in/a_small.txt", "article:small"});
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].where == big.string());
    CHECK_THAT(result.problems[0].what, Catch::StartsWith("an article of 2001 bytes, more than the 1000") &&
                                            Catch::Contains("--max-article-bytes"));
    CHECK(result.problems[1].where == feed.string() + ":1");
    CHECK_THAT(result.problems[1].what, Catch::StartsWith("an article of 1500 bytes"));
    // A line over twice the limit and 64 KB more is not even held in memory whole.
    CHECK(result.problems[2].where == feed.string() + ":2");
    CHECK_THAT(result.problems[2].what, Catch::StartsWith("is a line of " + std::to_string(huge.size()) + " bytes"));
}

TEST_CASE("a JSON Lines line that is not UTF-8 names its line and file offset", "[ingest]") {
    TempDir dir("reader-jsonl-utf8");
    const auto file =
        dir.write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Ay.\"}\n{\"id\":\"b\",\"text\":\"\xFF\"}\n");
    Result result = read({file});
    CHECK(result.keys() == std::vector<std::string>{"article:a"});
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().where == file.string() + ":2");
    // Line 1 is 24 bytes with its newline; the bad byte follows 18 bytes of line 2.
    CHECK_THAT(result.problems.front().what, Catch::StartsWith("not valid UTF-8 at byte offset 42"));
}

TEST_CASE("files of one name are keyed by their path from the folder given, however they are given", "[ingest]") {
    TempDir dir("reader-same-name");
    const auto first = dir.write("batch1/001.txt", "Ay.");
    dir.write("batch2/001.txt", "Another ay.");
    dir.write("batch2/2024/01/001.txt", "A third ay.");

    Result folders = read({dir / "batch1", dir / "batch2/"});
    CHECK(folders.problems.empty());
    CHECK(folders.keys() == std::vector<std::string>{"article:batch1/001.txt", "article:batch2/001.txt",
                                                     "article:batch2/2024/01/001.txt"});
    for (const auto& article : folders.articles) CHECK(article.file == "001.txt");
    CHECK(read({first}).keys() == std::vector<std::string>{"article:batch1/001.txt"});
    CHECK(read({dir / "batch1/./../batch1"}).keys() == std::vector<std::string>{"article:batch1/001.txt"});
}

TEST_CASE("two inputs with one article key: the second is a problem", "[ingest]") {
    TempDir dir("reader-duplicate");
    dir.write("one.jsonl", R"({"id":"a","text":"Ay."})");
    const auto second = dir.write("two.jsonl", R"({"id":"a","text":"Another ay."})");

    Result result = read({dir / "one.jsonl", dir / "two.jsonl"});
    CHECK(result.articles.size() == 1);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().where == second.string() + ":1");
    CHECK_THAT(result.problems.front().what, Catch::Contains("article:a"));
}

TEST_CASE("a manifest named as an input is a problem unless it is the --manifest", "[ingest]") {
    TempDir dir("reader-manifest-input");
    const auto article = dir.write("in/a.txt", "Ay.");
    const auto manifest = dir.write("in/manifest.jsonl", R"({"file":"a.txt","published":"2022"})");

    Result alone = read({article, manifest});
    REQUIRE(alone.problems.size() == 1);
    CHECK(alone.problems.front().where == manifest.string());
    CHECK_THAT(alone.problems.front().what, Catch::Contains("--manifest"));

    Result named = read({article, manifest}, ReadOptions{manifest});
    CHECK(named.problems.empty());
    REQUIRE(named.articles.size() == 1);
    CHECK(named.articles.front().published == "2022");
}
