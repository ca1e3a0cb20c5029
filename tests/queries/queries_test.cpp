// Each queries/*.sql run by psql, as its header says, against a graph kg ingest --db built from
// the shared sample articles.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "tests/store/age_test_support.h"
#include "tests/support/process.h"
#include "tests/support/shared_data.h"

using namespace kg::test;

namespace {

using Row = std::vector<std::string>;  // agtype texts: strings keep their quotes

constexpr char kSeparator = '\x1f';

std::vector<Row> rows_of(const std::string& out) {
    std::vector<Row> rows;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) continue;
        Row row;
        std::istringstream fields(line);
        for (std::string field; std::getline(fields, field, kSeparator);) row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

class SampleGraph {
public:
    SampleGraph() {
        if (run_process("command -v psql").exit_code != 0) skip("psql is absent: scripts/install-deps --tests");
        auto articles = require_shared("articles");
        auto ingest = run_process(shell_quote(KG_BINARY) + " --db " + shell_quote(graph_.url()) + " --graph " +
                                  graph_.name() + " ingest " + shell_quote(articles.string()));
        INFO(ingest.err);
        REQUIRE(ingest.exit_code == 0);
    }

    // The rows QUERY prints given VARIABLES (name, value), each field an agtype text.
    std::vector<Row> run(const std::string& query, const std::vector<std::pair<std::string, std::string>>& variables) {
        std::string command = "psql -X -q -A -t -v ON_ERROR_STOP=1 -F " + shell_quote(std::string(1, kSeparator)) +
                              " -v graph=" + graph_.name();
        for (const auto& [name, value] : variables) command += " -v " + name + "=" + shell_quote(value);
        command += " -f " + shell_quote(std::string(KG_SOURCE_DIR) + "/queries/" + query) + " " +
                   shell_quote(graph_.url());
        auto result = run_process(command);
        INFO(command << "\n" << result.err);
        REQUIRE(result.exit_code == 0);
        return rows_of(result.out);
    }

private:
    TestGraph graph_;
};

bool has_row(const std::vector<Row>& rows, std::function<bool(const Row&)> matches) {
    return std::any_of(rows.begin(), rows.end(), matches);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("office-holders: Hayashi is Japan's Foreign Minister, with dates and evidence", "[queries][age][shared]") {
    SampleGraph graph;
    auto rows = graph.run("office-holders.sql", {{"person", "Yoshimasa Hayashi"}});
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) {
        REQUIRE(row.size() == 8);
        CHECK(row[0] == "\"Yoshimasa Hayashi\"");  // the person filter holds
        CHECK(contains(row[7], "Hayashi"));         // each evidence sentence names him
    }
    CHECK(has_row(rows, [](const Row& r) {
        return r[1] == "\"Foreign Minister\"" && r[2] == "\"Japan\"" && r[3].starts_with("\"20") &&
               r[4].starts_with("\"2021") && r[5].starts_with("\"20") && r[6].starts_with("\"article:articles/00");
    }));

    auto everyone = graph.run("office-holders.sql", {});
    CHECK(has_row(everyone, [](const Row& r) {
        return r[0] == "\"Lloyd Austin\"" && r[1] == "\"Secretary of Defense\"" && r[2] == "\"United States\"";
    }));
}

TEST_CASE("holder-on-date: Motegi, then Hayashi, was Japan's Foreign Minister, and Kishi, then Hamada, its Defense Minister",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto january = graph.run("holder-on-date.sql",
                             {{"office", "Foreign Minister"}, {"country", "Japan"}, {"date", "2022-01-07"}});
    REQUIRE(january.size() == 1);
    CHECK(january[0][0] == "\"Yoshimasa Hayashi\"");
    CHECK(january[0][1] == "\"Foreign Minister of Japan\"");

    auto march = graph.run("holder-on-date.sql",
                           {{"office", "foreign minister"}, {"country", "japan"}, {"date", "2021-03-10"}});
    REQUIRE(march.size() == 1);
    CHECK(march[0][0] == "\"Toshimitsu Motegi\"");

    // Kishi is last told in December 2021 and Hamada first in November 2022: on a date after
    // both, the successor; before any, no one.
    auto defense = [&](const std::string& date) {
        return graph.run("holder-on-date.sql", {{"office", "Defense Minister"}, {"country", "Japan"}, {"date", date}});
    };
    auto later = defense("2022-12-01");
    REQUIRE(later.size() == 1);
    CHECK(later[0][0] == "\"Yasukazu Hamada\"");
    auto between = defense("2022-06");
    REQUIRE(between.size() == 1);
    CHECK(between[0][0] == "\"Nobuo Kishi\"");
    CHECK(defense("2020-01-01").empty());
}

TEST_CASE("meetings-of-country: Japan's include the January 2022 two-plus-two with Hayashi",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto rows = graph.run("meetings-of-country.sql", {{"country", "Japan"}});
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) {
        REQUIRE(row.size() == 7);
        CHECK(contains(row[5], "\"Japan\""));  // every meeting involves Japan
    }
    CHECK(has_row(rows, [](const Row& r) {
        return r[0].starts_with("\"2022-01") && r[2] == "\"two-plus-two\"" && contains(r[5], "\"United States\"") &&
               contains(r[6], "\"Yoshimasa Hayashi\"");
    }));
}

TEST_CASE("article-claims: article 000 reports a claim from Japanese government sources", "[queries][age][shared]") {
    SampleGraph graph;
    auto rows = graph.run("article-claims.sql", {{"article", "000_da5abfb0f39ca616.txt"}});
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) {
        REQUIRE(row.size() == 5);
        CHECK(row[0].starts_with("\"claim:articles-000"));  // only that article's claims
    }
    CHECK(has_row(rows, [](const Row& r) {
        return r[3] == "\"Japanese government sources\"" && contains(r[1], "January");
    }));
}

TEST_CASE("neighbourhood: Hayashi's office and meetings are one hop away, Austin two", "[queries][age][shared]") {
    SampleGraph graph;
    auto near = graph.run("neighbourhood.sql", {{"person", "Yoshimasa Hayashi"}, {"hops", "1"}});
    REQUIRE_FALSE(near.empty());
    for (const auto& row : near) CHECK(row[0] == "1");
    CHECK(has_row(near, [](const Row& r) { return r[1] == "\"Office\"" && r[2] == "\"Foreign Minister of Japan\""; }));
    CHECK(has_row(near, [](const Row& r) {
        return r[1] == "\"Meeting\"" && contains(r[3], "\"meeting:two-plus-two:japan+united-states:2022-01\"");
    }));
    CHECK_FALSE(has_row(near, [](const Row& r) { return r[2] == "\"Lloyd Austin\""; }));

    auto wider = graph.run("neighbourhood.sql", {{"person", "Yoshimasa Hayashi"}, {"hops", "2"}});
    CHECK(has_row(wider, [](const Row& r) { return r[0] == "2" && r[2] == "\"Lloyd Austin\""; }));
    CHECK(wider.size() > near.size());
}
