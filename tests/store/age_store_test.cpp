// The AGE store against a real PostgreSQL + Apache AGE server (KG_TEST_DATABASE_URL), each test
// in a graph of its own.

#include "store/age_store.h"

#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <barrier>
#include <map>
#include <thread>

#include "graph/labels.h"
#include "graph/resolution.h"
#include "store/age_schema.h"
#include "store/database_error.h"
#include "store/embedded_store.h"
#include "tests/store/age_test_support.h"
#include "tests/support/graph_fixture.h"
#include "tests/support/temp_dir.h"

using kg::graph::ArticleFacts;
using kg::store::AgeStore;
using kg::store::DatabaseError;
using kg::store::PutOutcome;
using namespace kg::test;

namespace {

ArticleFacts with_hash(const FixtureArticle& article, const std::string& hash) {
    ArticleFacts facts = article.facts();
    facts.article.props["hash"] = hash;
    return facts;
}

// Two articles about one meeting: the second only says "talks" in January, which the graph
// resolves to the two-plus-two both name Hayashi attending.
std::vector<ArticleFacts> meeting_articles() {
    FixtureArticle planned("article:planned.txt", "planned.txt");
    planned.node("person:hayashi", "Person", "Yoshimasa Hayashi")
        .node("country:japan", "Country", "Japan")
        .node("country:us", "Country", "United States")
        .node("meeting:two-plus-two:japan+us:2022-01", "Meeting", "Japan-US two-plus-two",
              {{"type", "two-plus-two"}, {"date", "2022-01-07"}})
        .edge("ATTENDS", "person:hayashi", "meeting:two-plus-two:japan+us:2022-01", "Hayashi will attend.")
        .edge("INVOLVES", "meeting:two-plus-two:japan+us:2022-01", "country:japan", "Japan and the US meet.")
        .edge("INVOLVES", "meeting:two-plus-two:japan+us:2022-01", "country:us", "Japan and the US meet.")
        .edge("MENTIONS", "article:planned.txt", "person:hayashi", "Hayashi will attend.");
    FixtureArticle talks("article:talks.txt", "talks.txt");
    talks.node("person:hayashi", "Person", "Yoshimasa Hayashi")
        .node("country:japan", "Country", "Japan")
        .node("country:us", "Country", "United States")
        .node("meeting:talks:japan+us:2022-01", "Meeting", "Japan-US talks", {{"type", "talks"}, {"date", "2022-01"}})
        .edge("ATTENDS", "person:hayashi", "meeting:talks:japan+us:2022-01", "Hayashi joins the January talks.")
        .edge("INVOLVES", "meeting:talks:japan+us:2022-01", "country:japan", "The allies talk in January.")
        .edge("INVOLVES", "meeting:talks:japan+us:2022-01", "country:us", "The allies talk in January.");
    return {with_hash(planned, "h-planned"), with_hash(talks, "h-talks")};
}

ArticleFacts mentioning(const std::string& file, const std::string& hash, const std::vector<std::string>& names) {
    FixtureArticle article("article:" + file, file);
    for (const auto& name : names) {
        article.node("person:" + name, "Person", name);
        article.edge("MENTIONS", "article:" + file, "person:" + name, name + " is named.");
    }
    return with_hash(article, hash);
}

// The graph kg reads from the embedded store holding the same articles.
kg::graph::KnowledgeGraph embedded_graph(const std::vector<ArticleFacts>& articles) {
    TempDir dir("age-expected");
    kg::store::EmbeddedStore store(dir / "store");
    store.put_all(articles);
    return store.load_graph();
}

bool has_edge(const kg::graph::KnowledgeGraph& graph, const std::string& key) {
    return std::any_of(graph.edges().begin(), graph.edges().end(), [&](const auto& e) { return e.key() == key; });
}

std::string url_with(const std::string& user_and_password, const std::string& host_and_port) {
    return "postgresql://" + user_and_password + "@" + host_and_port + "/kg";
}

// A port nothing listens on: the kernel's pick for a socket closed at once.
int unused_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t size = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
    ::close(fd);
    return ntohs(address.sin_port);
}

std::string server_of(const std::string& url) {
    const auto at = url.find('@') + 1;
    return url.substr(at, url.find('/', at) - at);
}

}  // namespace

TEST_CASE("kg init twice: the graph has every label of the model, each table its indexes once",
          "[store][age]") {
    TestGraph graph;
    auto label_count = [&] {
        return sql_number(graph.url(),
                          "SELECT count(*) FROM ag_catalog.ag_label l JOIN ag_catalog.ag_graph g ON g.graphid = l.graph "
                          "WHERE g.name = $1",
                          graph.name());
    };
    auto index_count = [&](const std::string& table) {
        return sql_number(graph.url(), "SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND tablename = $2",
                          graph.name(), table);
    };
    const long labels = label_count();
    REQUIRE_NOTHROW(kg::store::initialize_age(graph.url(), graph.name(), kg::store::default_schema_file()));
    CHECK(label_count() == labels);
    CHECK(index_count("Person") == 2);  // id, key
    CHECK(index_count("HOLDS") == 4);   // id, start_id, end_id, key
    namespace label = kg::graph::label;
    for (auto name : {label::kArticle, label::kPerson, label::kOffice, label::kCountry, label::kOrganization,
                      label::kPlace, label::kMeeting, label::kClaim, label::kHolds, label::kOf, label::kAttends,
                      label::kInvolves, label::kHeldIn, label::kReports, label::kAttributedTo, label::kAbout,
                      label::kMentions}) {
        INFO(name);
        CHECK(index_count(std::string(name)) >= 2);
    }
    AgeStore store(graph.url(), graph.name());
    CHECK(store.article_count() == 0);
    CHECK(store.load_graph().nodes().empty());
}

TEST_CASE("loading twice gives the embedded store's graph, one node per key, unchanged the second time",
          "[store][age]") {
    TestGraph graph;
    AgeStore store(graph.url(), graph.name());
    const auto articles = meeting_articles();
    CHECK(store.put_all(articles) == std::vector<PutOutcome>{PutOutcome::Added, PutOutcome::Added});
    CHECK(store.put_all(articles) == std::vector<PutOutcome>{PutOutcome::Unchanged, PutOutcome::Unchanged});

    const auto expected = embedded_graph(articles);
    const auto loaded = store.load_graph();
    CHECK(canonical_text(loaded) == canonical_text(expected));
    // Article x2, Hayashi, Japan, US, and one meeting: the January talks are the two-plus-two.
    CHECK(graph.count("_ag_label_vertex") == 6);
    CHECK(graph.count("Meeting") == 1);
    CHECK_FALSE(loaded.find("meeting:talks:japan+us:2022-01"));
    CHECK(graph.count("_ag_label_edge") == static_cast<long>(expected.edges().size()));
    for (const char* label : {"Article", "Person", "Country", "Meeting"}) CHECK(graph.duplicate_keys(label) == 0);
    for (const char* label : {"ATTENDS", "INVOLVES", "MENTIONS"}) CHECK(graph.duplicate_keys(label) == 0);
    CHECK(store.article_count() == 2);
    CHECK(store.article_hash("article:talks.txt") == "h-talks");
    CHECK_FALSE(store.article_hash("article:absent.txt"));
}

TEST_CASE("a changed article replaces its own facts and other articles' facts stay", "[store][age]") {
    TestGraph graph;
    AgeStore store(graph.url(), graph.name());
    store.put_all({mentioning("a.txt", "a1", {"alice", "bob"}), mentioning("b.txt", "b1", {"bob"})});

    CHECK(store.put(mentioning("a.txt", "a2", {"carol"})) == PutOutcome::Replaced);
    CHECK(store.put(mentioning("a.txt", "a2", {"carol"})) == PutOutcome::Unchanged);
    const auto loaded = store.load_graph();
    CHECK_FALSE(loaded.find("person:alice"));  // only a.txt's first version named her
    CHECK(loaded.find("person:bob"));          // b.txt still does
    CHECK(loaded.find("person:carol"));
    CHECK_FALSE(has_edge(loaded, "MENTIONS|article:a.txt|person:bob"));
    CHECK(has_edge(loaded, "MENTIONS|article:b.txt|person:bob"));
    CHECK(has_edge(loaded, "MENTIONS|article:a.txt|person:carol"));
    CHECK(store.article_hash("article:a.txt") == "a2");
    CHECK(graph.count("Person") == 2);
    CHECK(store.article_count() == 2);
}

TEST_CASE("quotes, backslashes, $$, newlines and other scripts round-trip exactly", "[store][age]") {
    // Values may hold tabs and newlines, keys no control character (store/fact_check.h).
    const std::vector<std::string> names = {
        "O'Brien \"the Boss\"", "back\\slash \\\\ \\n", "line one\nline two\ttab", "$$ dollar $$ $1 $name",
        "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",                      // 日本語
        "\xd0\x9a\xd0\xb8\xd1\x80\xd0\xb8\xd0\xbb\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb0",  // Кириллица
        "'); DROP TABLE public.kg_article_facts; --", "{\"json\": [1]}::vertex", "\xf0\x9f\x99\x82 emoji"};
    const std::string article_key = "article:tricky '$$' \\n.txt";
    FixtureArticle article(article_key, "tricky '$$'\n.txt");
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string key = "person:" + names[i];
        std::replace_if(key.begin(), key.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
        article.node(key, "Person", names[i], {{"note \"" + key + "\"", names[(i + 1) % names.size()]}});
        article.edge("MENTIONS", article_key, key, "It says: " + names[i]);
    }
    const auto facts = with_hash(article, "h'$$\\");

    TestGraph graph;
    AgeStore store(graph.url(), graph.name());
    store.put(facts);
    CHECK(canonical_text(store.load_graph()) == canonical_text(embedded_graph({facts})));
    REQUIRE(store.articles().size() == 1);
    CHECK(kg::store::encode_facts(store.articles().front()) == kg::store::encode_facts(facts));
    CHECK(store.article_hash(article_key) == "h'$$\\");

    // Cypher finds each name by value, given as a parameter.
    for (const auto& name : names) {
        rapidjson::StringBuffer params;
        rapidjson::Writer<rapidjson::StringBuffer> writer(params);
        writer.StartObject();
        writer.Key("name");
        writer.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
        writer.EndObject();
        INFO(name);
        CHECK(sql_number(graph.url(),
                         "SELECT count(*) FROM ag_catalog.cypher('" + graph.name() +
                             "', $$MATCH (n:Person) WHERE n.name = $name RETURN n$$, $1) AS (n ag_catalog.agtype)",
                         std::string(params.GetString())) == 1);
    }
}

TEST_CASE("AGE refuses facts no store could hold, naming the article, before writing anything", "[store][age]") {
    FixtureArticle article("article:a", "a.txt");
    article.node("person:x", "Person", std::string("nul\0", 4)).edge("MENTIONS", "article:a", "person:x", "X spoke.");
    TestGraph graph;
    AgeStore store(graph.url(), graph.name());
    CHECK_THROWS_WITH(store.put(with_hash(article, "h")), Catch::Contains("article:a") && Catch::Contains("U+0000"));
    CHECK(store.article_count() == 0);
}

TEST_CASE("two loads at once take turns and duplicate nothing", "[store][age]") {
    TestGraph graph;
    const std::vector<ArticleFacts> first = {mentioning("a.txt", "a", {"alice", "bob"}),
                                             mentioning("b.txt", "b", {"bob", "carol"})};
    const std::vector<ArticleFacts> second = {mentioning("b.txt", "b", {"bob", "carol"}),
                                              mentioning("c.txt", "c", {"carol", "dan"})};
    AgeStore one(graph.url(), graph.name());
    AgeStore two(graph.url(), graph.name());
    std::barrier start(2);
    std::vector<PutOutcome> first_outcomes, second_outcomes;
    std::thread loader([&] {
        start.arrive_and_wait();
        first_outcomes = one.put_all(first);
    });
    start.arrive_and_wait();
    second_outcomes = two.put_all(second);
    loader.join();

    // b.txt is added by whichever load went first and found unchanged by the other.
    CHECK(std::count(first_outcomes.begin(), first_outcomes.end(), PutOutcome::Added) +
              std::count(second_outcomes.begin(), second_outcomes.end(), PutOutcome::Added) ==
          3);
    auto all = first;
    all.push_back(second.back());
    CHECK(canonical_text(one.load_graph()) == canonical_text(embedded_graph(all)));
    CHECK(one.article_count() == 3);
    CHECK(graph.count("Person") == 4);
    CHECK(graph.count("MENTIONS") == 6);
    CHECK(graph.duplicate_keys("Person") == 0);
    CHECK(graph.duplicate_keys("Article") == 0);
}

TEST_CASE("a wrong password is named as such, and the password is not repeated", "[store][age]") {
    const std::string server = server_of(test_database_url());
    CHECK_THROWS_MATCHES(AgeStore(url_with("kg:Wr0ngPa55", server)), DatabaseError,
                         Catch::Matchers::Predicate<DatabaseError>(
                             [&](const DatabaseError& e) {
                                 const std::string message = e.what();
                                 return message == "cannot log in to " + server +
                                                       " as kg: the password is wrong (check the URL or PGPASSWORD)";
                             },
                             "names the server and the wrong password, not the password"));
}

TEST_CASE("nothing listening on the port: is the server running?", "[store][age]") {
    test_database_url();
    const std::string server = "127.0.0.1:" + std::to_string(unused_port());
    CHECK_THROWS_WITH(AgeStore(url_with("kg:s3cretZ", server)),
                      Catch::StartsWith("cannot connect to " + server) &&
                          Catch::EndsWith(": is the server running? scripts/age-server start") &&
                          !Catch::Contains("s3cretZ"));
}

TEST_CASE("a graph never set up: run kg init", "[store][age]") {
    TestGraph graph(false);
    const std::string server = server_of(graph.url());
    CHECK_THROWS_WITH(AgeStore(graph.url(), graph.name()),
                      "graph '" + graph.name() + "' does not exist in database kg at " + server +
                          ": run kg init --db URL --graph " + graph.name());
    CHECK_THROWS_WITH(AgeStore(graph.url(), "x-y"), Catch::StartsWith("graph name 'x-y' is not valid"));
}

TEST_CASE("a database without the age extension: run kg init", "[store][age]") {
    TestGraph graph(false);
    const std::string database = graph.name() + "_db";
    {
        pqxx::connection connection(graph.url());
        pqxx::nontransaction(connection).exec("CREATE DATABASE " + database);
    }
    const std::string url = graph.url().substr(0, graph.url().rfind('/') + 1) + database;
    const std::string server = server_of(graph.url());
    CHECK_THROWS_WITH(AgeStore(url), "the age extension is not installed in database " + database + " at " + server +
                                         ": run kg init --db URL");
    kg::store::initialize_age(url, "news", kg::store::default_schema_file());
    CHECK(AgeStore(url).article_count() == 0);
    pqxx::connection connection(graph.url());
    pqxx::nontransaction(connection).exec("DROP DATABASE " + database + " WITH (FORCE)");
}

TEST_CASE("a password with an unescaped '@' is refused without repeating any of it", "[store]") {
    for (const char* url : {"postgresql://kg:s3cr@tZq@127.0.0.1:1/kg", "postgresql://me@corp:s3cr@tZq@127.0.0.1/kg"}) {
        INFO(url);
        CHECK_THROWS_WITH(AgeStore(url), Catch::Contains("write an '@' in the user name or password as %40") &&
                                             !Catch::Contains("tZq") && !Catch::Contains("s3cr"));
    }
}

TEST_CASE("a malformed URL is refused without repeating it", "[store]") {
    CHECK_THROWS_WITH(AgeStore("postgresql://kg:s3cretZ@[::1"),
                      "the database URL is malformed: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
}

TEST_CASE("an empty URL takes the whole connection from libpq's PG* variables", "[store][age]") {
    TestGraph graph;
    PQconninfoOption* options = PQconninfoParse(graph.url().c_str(), nullptr);
    REQUIRE(options);
    const std::map<std::string, const char*> variables = {
        {"host", "PGHOST"}, {"port", "PGPORT"}, {"user", "PGUSER"}, {"password", "PGPASSWORD"}, {"dbname", "PGDATABASE"}};
    for (auto* option = options; option->keyword; ++option)
        if (variables.contains(option->keyword) && option->val) ::setenv(variables.at(option->keyword), option->val, 1);
    PQconninfoFree(options);
    AgeStore store("", graph.name());
    store.put(mentioning("a.txt", "a", {"alice"}));
    CHECK(AgeStore(graph.url(), graph.name()).article_count() == 1);
}
