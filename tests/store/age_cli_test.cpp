// kg itself on the AGE store: the same answers as on the embedded store, a load killed mid-way,
// and the exit code for database errors. Runs the built kg binary as a user would.

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <iterator>
#include <thread>

#include "bench/synthetic_articles.h"
#include "graph/resolution.h"
#include "store/age_store.h"
#include "store/embedded_store.h"
#include "store/sqlite/graph_update.h"
#include "store/fact_codec.h"
#include "tests/store/age_test_support.h"
#include "tests/support/process.h"
#include "tests/support/shared_data.h"
#include "tests/support/temp_dir.h"

namespace fs = std::filesystem;
using namespace kg::test;

namespace {

std::string kg_on(const TestGraph& graph, const std::string& name) {
    return shell_quote(KG_BINARY) + " --db " + shell_quote(graph.url()) + " --graph " + name;
}

std::string kg_on(const TestGraph& graph) { return kg_on(graph, graph.name()); }

void require_ok(const std::string& command) {
    auto run = run_process(command);
    INFO(command << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
}

// Ingests ARTICLES into an embedded store and, through it and straight from the files, into
// two AGE graphs; each command then answers the same on all three.
void compare_backends(const fs::path& articles, const std::string& from, const std::string& to) {
    TempDir dir("age-backends");
    TestGraph loaded;
    TestGraph ingested;
    const std::string embedded = kg_command(dir / "store");
    require_ok(embedded + " ingest " + shell_quote(articles.string()));
    require_ok(kg_on(loaded) + " --store " + shell_quote((dir / "store").string()) + " load");
    require_ok(kg_on(ingested) + " ingest " + shell_quote(articles.string()));

    const std::vector<std::string> commands = {
        "path " + shell_quote(from) + " " + shell_quote(to),
        "path --all --json " + shell_quote(from) + " " + shell_quote(to),
        "centrality --measure betweenness",
        "centrality --measure pagerank --label Person --top 5 --json",
        "export --format json",
        "export --format dot",
        "export --format dot --around " + shell_quote(from) + " --hops 2",
    };
    for (const auto& command : commands) {
        auto expected = run_process(embedded + " " + command);
        INFO(command << "\n" << expected.err);
        REQUIRE(expected.exit_code == 0);
        for (const auto* graph : {&loaded, &ingested}) {
            auto actual = run_process(kg_on(*graph) + " " + command);
            INFO(actual.err);
            CHECK(actual.exit_code == 0);
            CHECK(actual.out == expected.out);
        }
    }
}

// An embedded store holding ARTICLES, written in one transaction.
void write_store(const fs::path& dir, const std::vector<kg::graph::ArticleFacts>& articles) {
    kg::store::EmbeddedStore(dir).put_all(articles);
}

pid_t spawn(const std::vector<std::string>& args, const fs::path& output) {
    const pid_t pid = ::fork();
    if (pid != 0) return pid;
    const int fd = ::open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    std::vector<char*> argv;
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
}

// The backends copying rows into one of GRAPH's label tables.
class CopyWatch {
public:
    explicit CopyWatch(const TestGraph& graph) : connection_(graph.url()), prefix_("COPY \"" + graph.name() + "\".") {}
    bool copying() { return !select("1").empty(); }
    // Ends their sessions from the server's side, as a crash or an administrator would.
    bool terminate() { return !select("pg_terminate_backend(pid)").empty(); }

private:
    pqxx::result select(const std::string& what) {
        pqxx::nontransaction tx(connection_);
        return tx.exec_params("SELECT " + what + " FROM pg_stat_activity WHERE strpos(query, $1) = 1", prefix_);
    }

    pqxx::connection connection_;
    std::string prefix_;
};

// A graph loaded with two synthetic articles, and an embedded store of 3000 (those two among
// them) whose load takes long enough to be interrupted while its rows are being copied.
class InterruptedLoad {
public:
    InterruptedLoad() : dir_("age-interrupt"), articles_(kg::bench::synthetic_articles(3000)) {
        kg::store::EmbeddedStore small(dir_ / "small");
        small.put_all({articles_[0], articles_[1]});
        require_ok(kg_on(graph_) + " --store " + shell_quote((dir_ / "small").string()) + " load");
        before_ = canonical_text(kg::store::AgeStore(graph_.url(), graph_.name()).load_graph());
        write_store(dir_ / "big", articles_);
    }

    // Runs kg load of the big store, calls INTERRUPT(kg's pid, watch) until it returns true, and
    // returns kg's wait status.
    int run(const std::function<bool(pid_t, CopyWatch&)>& interrupt) {
        const pid_t load = spawn({KG_BINARY, "--db", graph_.url(), "--graph", graph_.name(), "--store",
                                  (dir_ / "big").string(), "load"},
                                 dir_ / "load.out");
        CopyWatch watch(graph_);
        bool interrupted = false;
        int status = 0;
        while (!interrupted && ::waitpid(load, &status, WNOHANG) == 0) {
            interrupted = interrupt(load, watch);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        if (interrupted) ::waitpid(load, &status, 0);
        INFO("kg load ended before its rows were being copied: make the synthetic load larger");
        REQUIRE(interrupted);
        return status;
    }

    // The graph is as before the interrupted load; a rerun loads every article, once.
    void check_unchanged_then_rerun() {
        kg::store::AgeStore store(graph_.url(), graph_.name());
        CHECK(canonical_text(store.load_graph()) == before_);
        CHECK(store.article_count() == 2);

        require_ok(kg_on(graph_) + " --store " + shell_quote((dir_ / "big").string()) + " load");
        kg::graph::KnowledgeGraph expected;
        for (const auto& facts : articles_) expected.add(facts);
        kg::graph::resolve_across_articles(expected);
        CHECK(store.article_count() == articles_.size());
        CHECK(graph_.count("_ag_label_vertex") == static_cast<long>(expected.nodes().size()));
        CHECK(graph_.count("_ag_label_edge") == static_cast<long>(expected.edges().size()));
        CHECK(graph_.duplicate_keys("Person") == 0);
    }

    std::string output() const {
        std::ifstream in(dir_ / "load.out");
        return {std::istreambuf_iterator<char>(in), {}};
    }

private:
    TestGraph graph_;
    TempDir dir_;
    std::vector<kg::graph::ArticleFacts> articles_;
    std::string before_;
};

}  // namespace

TEST_CASE("path, centrality and export on AGE equal those on the embedded store: shared articles",
          "[store][age][shared]") {
    test_database_url();
    compare_backends(require_shared("articles"), "Hayashi", "Austin");
}

TEST_CASE("path, centrality and export on AGE equal those on the embedded store: our test articles",
          "[store][age]") {
    test_database_url();
    compare_backends(fs::path(KG_TEST_CASES_DIR) / "articles", "Biden", "Kishida");
}

TEST_CASE("kg ingest --db skips unchanged articles by their hash", "[store][age]") {
    TestGraph graph;
    const fs::path articles = fs::path(KG_TEST_CASES_DIR) / "articles";
    const auto count = std::count_if(fs::directory_iterator(articles), fs::directory_iterator(),
                                     [](const auto& entry) { return entry.path().extension() == ".txt"; });
    const std::string ingest = kg_on(graph) + " ingest " + shell_quote(articles.string());
    auto first = run_process(ingest);
    INFO(first.err);
    CHECK(first.exit_code == 0);
    CHECK(first.err.find(std::to_string(count) + " added, 0 replaced, 0 unchanged") != std::string::npos);
    auto second = run_process(ingest);
    INFO(second.err);
    CHECK(second.exit_code == 0);
    CHECK(second.err.find("0 added, 0 replaced, " + std::to_string(count) + " unchanged") != std::string::npos);
    CHECK(second.err.find("graph '" + graph.name() + "'") != std::string::npos);
}

TEST_CASE("kg load names an article today's kg would not store, leaves it out and loads the rest", "[store][age]") {
    TempDir dir("age-load-unstorable");
    const std::string embedded = kg_command(dir / "store");
    dir.write("in/a.txt", "Peruvian President Ana Salas visited Quito on Monday.\n");
    require_ok(embedded + " ingest " + shell_quote((dir / "in").string()));
    // As an older kg, which checked less, could have stored it: a title holding a terminal escape.
    kg::store::EmbeddedStore store(dir / "store");
    auto facts = store.articles().front();
    facts.article.key = "article:old.txt";
    facts.article.props["title"] = "Old \x1b[31mred";
    {
        kg::store::sqlite::WriteTransaction tx(store.database());
        kg::store::sqlite::GraphUpdate bypassing_checks(store.database());
        bypassing_checks.add(facts);
        bypassing_checks.finish();
        tx.commit();
    }

    TestGraph graph;
    auto load = run_process(kg_on(graph) + " --store " + shell_quote((dir / "store").string()) + " load");
    INFO(load.err);
    CHECK(load.exit_code == 3);
    CHECK_THAT(load.err, Catch::Contains("article:old.txt") && Catch::Contains("property \"title\"") &&
                             Catch::Contains("1 articles from") && !Catch::Contains("\x1b"));
    CHECK(graph.count("Article") == 1);
}

TEST_CASE("killing kg load mid-way leaves the graph as it was, and a rerun completes", "[store][age]") {
    InterruptedLoad load;
    const int status =
        load.run([](pid_t kg, CopyWatch& watch) { return watch.copying() && ::kill(kg, SIGKILL) == 0; });
    CHECK(WIFSIGNALED(status));
    load.check_unchanged_then_rerun();
}

TEST_CASE("the server ending kg load's session mid-way leaves the graph as it was", "[store][age]") {
    InterruptedLoad load;
    const int status = load.run([](pid_t, CopyWatch& watch) { return watch.terminate(); });
    INFO(load.output());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 7);
    CHECK(load.output().starts_with("kg: "));
    load.check_unchanged_then_rerun();
}

TEST_CASE("kg exits 7 when the database cannot be used, 2 when a command needs one and has none",
          "[store][age]") {
    TestGraph graph(false);
    auto absent = run_process(kg_on(graph) + " path a b");
    CHECK(absent.exit_code == 7);
    CHECK(absent.err.find("kg: graph '" + graph.name() + "' does not exist") == 0);

    auto init = run_process(kg_on(graph) + " init");
    INFO(init.err);
    CHECK(init.exit_code == 0);
    CHECK(run_process(kg_on(graph) + " init").exit_code == 0);

    auto refused = run_process(shell_quote(KG_BINARY) + " --db postgresql://kg:kg@127.0.0.1:1/kg export");
    CHECK(refused.exit_code == 7);
    CHECK(refused.err.find("is the server running?") != std::string::npos);

    auto no_database = run_process("env -u KG_DATABASE_URL " + shell_quote(KG_BINARY) + " init");
    CHECK(no_database.exit_code == 2);
    CHECK(no_database.err.find("kg init needs a database") != std::string::npos);
}
