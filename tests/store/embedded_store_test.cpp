#include "store/embedded_store.h"

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <iterator>
#include <random>
#include <thread>

#include "store/store_error.h"
#include "tests/support/temp_dir.h"

namespace fs = std::filesystem;
using kg::graph::ArticleFacts;
using kg::store::EmbeddedStore;
using kg::store::PutOutcome;
using kg::store::StoreError;
using kg::test::TempDir;

namespace {

ArticleFacts mentioning(const std::string& key, const std::string& hash, const std::string& person) {
    ArticleFacts facts;
    facts.article = {key, "Article", {{"name", key}, {"hash", hash}, {"published", "2022-01-01"}}};
    facts.nodes.push_back({"person:" + person, "Person", {{"name", person}}});
    facts.edges.push_back({"MENTIONS", key, "person:" + person, {}, {{key, 0, person.size(), person}}});
    return facts;
}

// Facts whose parts all name their version, so a file holding parts of two writes shows.
ArticleFacts versioned(int slot, int version) {
    const std::string key = "article:slot-" + std::to_string(slot);
    const std::string mark = std::to_string(version);
    const int count = version % 7 + 1;
    ArticleFacts facts;
    facts.article = {key, "Article", {{"name", key}, {"hash", mark}, {"nodes", std::to_string(count)}}};
    for (int i = 0; i < count; ++i) {
        const std::string node = "person:" + std::to_string(slot) + "-" + std::to_string(i);
        facts.nodes.push_back({node, "Person", {{"name", node}, {"version", mark}}});
        facts.edges.push_back(
            {"MENTIONS", key, node, {{"version", mark}}, {{key, 0, 400, std::string(400, 'x')}}});
    }
    return facts;
}

// Every stored article holds the whole of one write; returns how many there are.
std::size_t check_every_article_whole(const EmbeddedStore& store) {
    std::size_t articles = 0;
    for (const auto& facts : store.articles()) {
        ++articles;
        INFO(facts.article.key);
        const std::string& mark = facts.article.prop("hash");
        REQUIRE(facts.nodes.size() == std::stoul(facts.article.prop("nodes")));
        REQUIRE(facts.edges.size() == facts.nodes.size());
        for (const auto& node : facts.nodes) REQUIRE(node.prop("version") == mark);
        for (const auto& edge : facts.edges) REQUIRE(edge.prop("version") == mark);
    }
    return articles;
}

std::size_t article_nodes(const kg::graph::KnowledgeGraph& graph) {
    return static_cast<std::size_t>(std::count_if(graph.nodes().begin(), graph.nodes().end(),
                                                  [](const auto& node) { return node.label == "Article"; }));
}

// Runs WORK in a child process that touches nothing of this one but the store folder.
template <typename Work>
pid_t spawn(Work work) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        try {
            work();
        } catch (...) {
            ::_exit(1);
        }
        ::_exit(0);
    }
    return pid;
}

int exit_code(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("put adds an article, and with the same hash leaves it unchanged", "[store]") {
    TempDir dir("store-put");
    EmbeddedStore store(dir / "kg-data");
    CHECK(store.article_hash("article:a") == std::nullopt);
    CHECK(store.put(mentioning("article:a", "h1", "alice")) == PutOutcome::Added);
    CHECK(store.article_hash("article:a") == "h1");
    CHECK(store.put(mentioning("article:a", "h1", "alice")) == PutOutcome::Unchanged);
    CHECK(store.article_count() == 1);
}

TEST_CASE("put with another hash replaces the article's facts whole", "[store]") {
    TempDir dir("store-replace");
    EmbeddedStore store(dir.path());
    store.put(mentioning("article:a", "h1", "alice"));
    CHECK(store.put(mentioning("article:a", "h2", "bob")) == PutOutcome::Replaced);
    CHECK(store.article_hash("article:a") == "h2");

    const auto graph = store.load_graph();
    CHECK_FALSE(graph.find("person:alice"));
    CHECK(graph.find("person:bob"));
    CHECK(graph.nodes().size() == 2);
    REQUIRE(graph.edges().size() == 1);
    CHECK(graph.edges().front().to == "person:bob");
    CHECK(graph.edges().front().evidence.size() == 1);
}

TEST_CASE("replacing one article leaves the facts of others untouched", "[store]") {
    TempDir dir("store-others");
    EmbeddedStore store(dir.path());
    store.put(mentioning("article:a", "h1", "alice"));
    store.put(mentioning("article:b", "hb", "carol"));
    store.put(mentioning("article:a", "h2", "bob"));

    CHECK(store.article_count() == 2);
    CHECK(store.article_hash("article:b") == "hb");
    const auto graph = store.load_graph();
    CHECK(graph.find("person:carol"));
    CHECK_FALSE(graph.find("person:alice"));
    CHECK(graph.edges().size() == 2);
}

TEST_CASE("the graph lists nodes in order of their keys", "[store]") {
    TempDir dir("store-order");
    EmbeddedStore store(dir.path());
    store.put(mentioning("article:b", "hb", "bob"));
    store.put(mentioning("article:a", "ha", "alice"));
    const auto graph = store.load_graph();
    REQUIRE(graph.nodes().size() == 4);
    CHECK(graph.nodes()[0].key == "article:a");
    CHECK(graph.nodes()[1].key == "article:b");
    CHECK(graph.nodes()[2].key == "person:alice");
}

TEST_CASE("a reopened store sees everything stored before", "[store]") {
    TempDir dir("store-reopen");
    {
        EmbeddedStore store(dir.path());
        store.put(mentioning("article:a", "ha", "alice"));
        store.put(mentioning("article:\xE6\x97\xA5\xE6\x9C\xAC", "hj", "bob"));
    }
    EmbeddedStore store(dir.path());
    CHECK(store.article_count() == 2);
    CHECK(store.article_hash("article:\xE6\x97\xA5\xE6\x9C\xAC") == "hj");
    const auto graph = store.load_graph();
    CHECK(graph.find("person:alice"));
    CHECK(graph.find("person:bob"));
}

TEST_CASE("a folder holding other files is refused and left as it was", "[store]") {
    TempDir dir("store-foreign");
    dir.write("holiday.jpg", "not a store");
    CHECK_THROWS_WITH(EmbeddedStore(dir.path()),
                      Catch::Contains(dir.path().string()) && Catch::Contains("not a kg store"));
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);

    CHECK_THROWS_AS(EmbeddedStore(dir / "holiday.jpg"), StoreError);
}

TEST_CASE("an empty folder becomes a store", "[store]") {
    TempDir dir("store-empty");
    EmbeddedStore store(dir.path());
    CHECK(store.article_count() == 0);
    CHECK(store.load_graph().nodes().empty());
}

TEST_CASE("is_store tells a store from an absent, empty or foreign folder without creating one", "[store]") {
    TempDir dir("store-is");
    CHECK_FALSE(kg::store::is_store(dir / "absent"));
    CHECK_FALSE(fs::exists(dir / "absent"));
    CHECK_FALSE(kg::store::is_store(dir.path()));
    dir.write("other/holiday.jpg", "not a store");
    CHECK_FALSE(kg::store::is_store(dir / "other"));
    EmbeddedStore store(dir / "store");
    CHECK(kg::store::is_store(dir / "store"));
}

TEST_CASE("a store of another format is refused", "[store]") {
    TempDir dir("store-format");
    { EmbeddedStore store(dir.path()); }
    dir.write("kg-store", "kg embedded store\nformat 99\n");
    CHECK_THROWS_WITH(EmbeddedStore(dir.path()), Catch::Contains("another format"));
}

TEST_CASE("a damaged database is reported with its file name", "[store]") {
    TempDir dir("store-corrupt");
    { EmbeddedStore(dir.path()).put(mentioning("article:a", "ha", "alice")); }
    fs::remove(dir / "kg.sqlite-wal");
    fs::remove(dir / "kg.sqlite-shm");
    dir.write("kg.sqlite", std::string(4096, 'x'));
    CHECK_THROWS_WITH(EmbeddedStore(dir.path()).load_graph(), Catch::Contains((dir / "kg.sqlite").string()));
}

TEST_CASE("a store of the one-file-per-article format is refused with what to do", "[store]") {
    TempDir dir("store-old-format");
    dir.write("kg-store", "kg embedded store\nformat 1\n");
    CHECK_THROWS_WITH(EmbeddedStore(dir.path()), Catch::Contains("another format") && Catch::Contains("ingest"));
}

TEST_CASE("read commands' mode never creates a store", "[store]") {
    TempDir dir("store-existing");
    CHECK_THROWS_WITH(EmbeddedStore(dir / "typo", kg::store::OpenMode::existing), Catch::Contains("no store"));
    CHECK_FALSE(fs::exists(dir / "typo"));
}

TEST_CASE("forget retracts one article and leaves the others", "[store]") {
    TempDir dir("store-forget");
    EmbeddedStore store(dir.path());
    store.put(mentioning("article:a", "ha", "alice"));
    store.put(mentioning("article:b", "hb", "alice"));
    store.put(mentioning("article:c", "hc", "carol"));
    CHECK(store.forget("article:c"));
    CHECK_FALSE(store.forget("article:c"));
    auto graph = store.load_graph();
    CHECK_FALSE(graph.find("person:carol"));
    REQUIRE(graph.find("person:alice"));
    CHECK(store.forget("article:a"));
    graph = store.load_graph();
    REQUIRE(graph.edges().size() == 1);
    CHECK(graph.edges().front().evidence.size() == 1);
    CHECK(graph.edges().front().evidence.front().article == "article:b");
}

TEST_CASE("an article without a key is refused", "[store]") {
    TempDir dir("store-no-key");
    EmbeddedStore store(dir.path());
    CHECK_THROWS_AS(store.put(mentioning("", "h", "alice")), StoreError);
    CHECK(store.article_count() == 0);
}

TEST_CASE("facts no store could hold are refused, naming the article, and nothing is written", "[store]") {
    TempDir dir("store-unstorable");
    EmbeddedStore store(dir.path());
    CHECK_THROWS_WITH(store.put(mentioning("article:a", "h", "al\xC3")),
                      Catch::Contains("article:a") && Catch::Contains("not valid UTF-8"));
    CHECK(store.article_count() == 0);
}

TEST_CASE("a writer killed at any moment leaves whole articles behind", "[store]") {
    TempDir dir("store-kill");
    std::mt19937 random(std::random_device{}());
    std::uniform_int_distribution<int> delay_ms(1, 60);
    for (int round = 0; round < 8; ++round) {
        const pid_t writer = spawn([&] {
            EmbeddedStore store(dir.path());
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            for (int version = round * 100000; std::chrono::steady_clock::now() < deadline; ++version)
                store.put(versioned(version % 12, version));
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
        ::kill(writer, SIGKILL);
        exit_code(writer);

        INFO("round " << round);
        EmbeddedStore store(dir.path());
        const std::size_t articles = check_every_article_whole(store);
        CHECK(store.article_count() == articles);
        CHECK(article_nodes(store.load_graph()) == articles);
    }
}

TEST_CASE("two writers at once both store their articles", "[store]") {
    TempDir dir("store-two-writers");
    { EmbeddedStore store(dir.path()); }
    auto writer = [&](int first_version) {
        return spawn([&dir, first_version] {
            EmbeddedStore store(dir.path());
            for (int slot = 0; slot < 20; ++slot) store.put(versioned(slot, first_version + slot));
        });
    };
    const pid_t one = writer(0);
    const pid_t two = writer(1000);
    CHECK(exit_code(one) == 0);
    CHECK(exit_code(two) == 0);

    EmbeddedStore store(dir.path());
    CHECK(store.article_count() == 20);
    CHECK(check_every_article_whole(store) == 20);
}
