// Each queries/*.sql run by psql, as its header says, against a graph kg ingest --db built from
// the shared sample articles. Rows are checked against what a reader of those five articles
// knows: Motegi, then Hayashi, is Japan's Foreign Minister, Kishi, then Hamada, its Defense
// Minister; the two-plus-two of March 2021 is held in Tokyo, the one planned for January 2022
// has Hayashi, Kishi, Blinken and Austin; Blinken meets Hayashi in Liverpool in December 2021;
// Kyodo News reports on the word of unnamed officials.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "tests/store/age_test_support.h"
#include "tests/support/process.h"
#include "tests/support/shared_data.h"

using namespace kg::test;

namespace {

using Row = std::vector<std::string>;  // agtype texts: strings keep their quotes
using Variables = std::vector<std::pair<std::string, std::string>>;

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
        auto ingest = run_process(kg_binary() + " --db " + shell_quote(graph_.url()) + " --graph " + graph_.name() +
                                  " ingest " + shell_quote(articles.string()));
        INFO(ingest.err);
        REQUIRE(ingest.exit_code == 0);
    }

    // The rows QUERY prints given VARIABLES (name, value), each field an agtype text.
    std::vector<Row> run(const std::string& query, const Variables& variables) {
        auto result = psql(query, variables);
        INFO(query << "\n" << result.err);
        REQUIRE(result.exit_code == 0);
        return rows_of(result.out);
    }

    // What psql says when QUERY fails, as it must.
    std::string failure(const std::string& query, const Variables& variables) {
        auto result = psql(query, variables);
        INFO(query << "\n" << result.out);
        CHECK(result.exit_code != 0);
        return result.err;
    }

    // The values one Cypher statement returns (one column), as agtype texts.
    std::vector<std::string> cypher(const std::string& statement) const {
        return sql_column(graph_.url(),
                          "SELECT * FROM ag_catalog.cypher('" + graph_.name() + "', $$" + statement + "$$) AS (v agtype)");
    }

private:
    ProcessResult psql(const std::string& query, const Variables& variables) {
        std::string command = "psql -X -q -A -t -v ON_ERROR_STOP=1 -F " + shell_quote(std::string(1, kSeparator)) +
                              " -v graph=" + graph_.name();
        for (const auto& [name, value] : variables) command += " -v " + name + "=" + shell_quote(value);
        command += " -f " + shell_quote(std::string(KG_SOURCE_DIR) + "/queries/" + query) + " " +
                   shell_quote(graph_.url());
        return run_process(command);
    }

    TestGraph graph_;
};

bool has_row(const std::vector<Row>& rows, std::function<bool(const Row&)> matches) {
    return std::any_of(rows.begin(), rows.end(), matches);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The position of the first row MATCHES accepts, or rows.size().
std::size_t position(const std::vector<Row>& rows, std::function<bool(const Row&)> matches) {
    return static_cast<std::size_t>(std::find_if(rows.begin(), rows.end(), matches) - rows.begin());
}

}  // namespace

TEST_CASE("the Cypher model: booleans, absent values and sortable days", "[queries][age][shared]") {
    SampleGraph graph;
    // "The in-person meeting will likely be held after Tokyo decides in December ..." (000).
    CHECK(std::stol(graph.cypher("MATCH (c:Claim) WHERE c.hedged = true RETURN count(c)").at(0)) > 0);
    CHECK(graph.cypher("MATCH (c:Claim) WHERE c.hedged = 'true' RETURN count(c)").at(0) == "0");
    // Article 004 names talks with Prime Minister Suga on no date.
    CHECK(std::stol(graph.cypher("MATCH (m:Meeting) WHERE m.date IS NULL RETURN count(m)").at(0)) > 0);
    CHECK(graph.cypher("MATCH (m:Meeting) WHERE m.date = '' RETURN count(m)").at(0) == "0");
    // 001, of November 2022, sorts after 002, of 2021-12-15, by its first day.
    auto published = graph.cypher("MATCH (a:Article) RETURN a.published ORDER BY a.published_lo");
    CHECK(published == std::vector<std::string>{"\"2021-03-10\"", "\"2021-11-28\"", "\"2021-11-29\"",
                                                "\"2021-12-15\"", "\"2022-11\""});
    CHECK(graph.cypher("MATCH (a:Article) WHERE a.published = '2022-11' RETURN a.year").at(0) == "2022");
    CHECK(graph.cypher("MATCH (p:Person {key: 'person:hayashi-yoshimasa'}) RETURN p.names").at(0) ==
          "[\"Yoshimasa Hayashi\"]");
    // Evidence names its article by key, beside the sentence.
    CHECK(graph.cypher("MATCH (:Person)-[h:HOLDS]->(:Office) UNWIND h.evidence AS e RETURN e.article LIMIT 1")
              .at(0)
              .starts_with("\"article:"));
}

TEST_CASE("office-holders: Hayashi by any name form or key is Japan's Foreign Minister, with evidence",
          "[queries][age][shared]") {
    SampleGraph graph;
    for (const char* person : {"yoshimasa HAYASHI", "person:hayashi-yoshimasa"}) {
        auto rows = graph.run("office-holders.sql", {{"person", person}});
        REQUIRE_FALSE(rows.empty());
        for (const auto& row : rows) {
            REQUIRE(row.size() == 8);
            CHECK(row[0] == "\"Yoshimasa Hayashi\"");  // the person filter holds
            CHECK(contains(row[7], "Hayashi"));         // each evidence sentence names him
        }
        // Article 000, of 2021-11-28, is the first to call him Foreign Minister.
        CHECK(has_row(rows, [](const Row& r) {
            return r[1] == "\"Foreign Minister\"" && r[2] == "\"Japan\"" && r[4] == "\"2021-11-28\"" &&
                   r[6] == "\"article:articles/000_da5abfb0f39ca616.txt\"";
        }));
    }

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
                           {{"office", "foreign minister"}, {"country", "country:japan"}, {"date", "2021-03-10"}});
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

    CHECK(contains(graph.failure("holder-on-date.sql", {{"office", "Defense Minister"}, {"country", "Japan"}}),
                   "needs -v date="));
    CHECK(contains(graph.failure("holder-on-date.sql",
                                 {{"office", "Defense Minister"}, {"country", "Japan"}, {"date", "12/2022"}}),
                   "'12/2022' is no date"));
}

TEST_CASE("meetings-of-country: Japan's, by date, include the Tokyo and January 2022 two-plus-twos",
          "[queries][age][shared]") {
    SampleGraph graph;
    for (const char* country : {"japan", "country:japan"}) {
        auto rows = graph.run("meetings-of-country.sql", {{"country", country}});
        REQUIRE_FALSE(rows.empty());
        for (const auto& row : rows) {
            REQUIRE(row.size() == 7);
            CHECK(contains(row[5], "\"Japan\""));  // every meeting involves Japan
        }
        auto tokyo = position(rows, [](const Row& r) {
            return r[0] == "\"2021-03-16\"" && r[4] == "\"Tokyo\"" && contains(r[6], "\"Toshimitsu Motegi\"");
        });
        auto january = position(rows, [](const Row& r) {
            return r[0].starts_with("\"2022-01") && r[2] == "\"two-plus-two\"" &&
                   contains(r[5], "\"United States\"") && contains(r[6], "\"Yoshimasa Hayashi\"");
        });
        CHECK(tokyo < january);
        CHECK(january < rows.size());
    }
    CHECK(contains(graph.failure("meetings-of-country.sql", {}), "needs -v country="));
}

TEST_CASE("article-claims: article 000 reports hedged claims from Japanese government sources",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto rows = graph.run("article-claims.sql", {{"article", "000_da5abfb0f39ca616.txt"}});
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) {
        REQUIRE(row.size() == 5);
        CHECK(row[0].starts_with("\"claim:articles-000"));  // only that article's claims
        CHECK((row[2] == "true" || row[2] == "false"));     // a boolean, not a string
    }
    CHECK(has_row(rows, [](const Row& r) {
        return r[3] == "\"Japanese government sources\"" && contains(r[1], "January");
    }));
    CHECK(has_row(rows, [](const Row& r) { return contains(r[1], "will likely be held") && r[2] == "true"; }));
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

    auto wider = graph.run("neighbourhood.sql", {{"person", "person:hayashi-yoshimasa"}, {"hops", "2"}});
    CHECK(has_row(wider, [](const Row& r) { return r[0] == "2" && r[2] == "\"Lloyd Austin\""; }));
    CHECK(wider.size() > near.size());

    CHECK(contains(graph.failure("neighbourhood.sql", {{"person", "Yoshimasa Hayashi"}, {"hops", "4"}}),
                   "takes -v hops=1, 2 or 3"));
}

TEST_CASE("who-met-whom: Motegi and Blinken in Tokyo in March 2021, Hayashi and Blinken in Liverpool in December",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto march = graph.run("who-met-whom.sql", {{"since", "2021-03"}, {"until", "2021-03"}});
    CHECK(has_row(march, [](const Row& r) {
        return r[0] == "\"2021-03-16\"" && r[1] == "\"Antony Blinken\"" && r[2] == "\"Toshimitsu Motegi\"" &&
               r[4] == "\"held\"" && r[5] == "\"Tokyo\"";
    }));
    CHECK_FALSE(has_row(march, [](const Row& r) { return contains(r[1] + r[2], "Hayashi"); }));

    auto december = graph.run("who-met-whom.sql", {{"since", "2021-12-01"}, {"until", "2021-12-31"}});
    REQUIRE(december.size() == 1);
    CHECK(december[0][1] == "\"Antony Blinken\"");
    CHECK(december[0][2] == "\"Yoshimasa Hayashi\"");
    CHECK(december[0][5] == "\"Liverpool\"");

    CHECK(contains(graph.failure("who-met-whom.sql", {{"since", "2021"}}), "needs -v until="));
}

TEST_CASE("country-partners: the country Japan meets most is the United States", "[queries][age][shared]") {
    SampleGraph graph;
    auto rows = graph.run("country-partners.sql", {{"country", "Japan"}});
    REQUIRE_FALSE(rows.empty());
    CHECK(rows[0][0] == "\"United States\"");
    CHECK(std::stol(rows[0][1]) >= 3);  // the 2021 and 2022 two-plus-twos and Liverpool at least
    CHECK(std::stol(rows[0][2]) >= 2);  // held: Tokyo, Liverpool
    CHECK_FALSE(has_row(rows, [](const Row& r) { return r[0] == "\"Japan\""; }));
}

TEST_CASE("unnamed-sources: Kyodo News reports on unnamed officials' word, article 000 on government sources'",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto rows = graph.run("unnamed-sources.sql", {});
    CHECK(has_row(rows, [](const Row& r) {
        return r[0] == "\"Kyodo News\"" && contains(r[2], "\"officials\"") && contains(r[3], "002_3f1a6b38ccae75fc.txt");
    }));
    CHECK(has_row(rows, [](const Row& r) {
        return contains(r[2], "\"Japanese government sources\"") && contains(r[3], "000_da5abfb0f39ca616.txt");
    }));
    CHECK_FALSE(has_row(rows, [](const Row& r) { return contains(r[2], "Xi Jinping"); }));  // a named source
}

TEST_CASE("office-history: Kishi, then Hamada, held Japan's defense ministry, and Motegi, then Hayashi, its foreign ministry",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto defense = graph.run("office-history.sql", {{"office", "defense minister"}, {"country", "Japan"}});
    REQUIRE(defense.size() == 2);
    CHECK(defense[0][1] == "\"Nobuo Kishi\"");
    CHECK(defense[1][1] == "\"Yasukazu Hamada\"");
    auto foreign = graph.run("office-history.sql", {{"office", "Foreign Minister"}, {"country", "country:japan"}});
    REQUIRE(foreign.size() == 2);
    CHECK(foreign[0][1] == "\"Toshimitsu Motegi\"");
    CHECK(foreign[1][1] == "\"Yoshimasa Hayashi\"");
    CHECK(contains(graph.failure("office-history.sql", {}), "needs -v office="));
}

TEST_CASE("meetings-in-place: Tokyo's is the March 2021 two-plus-two, the United Kingdom's the Liverpool talks",
          "[queries][age][shared]") {
    SampleGraph graph;
    auto tokyo = graph.run("meetings-in-place.sql", {{"place", "tokyo"}});
    REQUIRE(tokyo.size() == 1);
    CHECK(tokyo[0][0] == "\"2021-03-16\"");
    CHECK(contains(tokyo[0][6], "\"Toshimitsu Motegi\""));
    auto britain = graph.run("meetings-in-place.sql", {{"place", "United Kingdom"}});
    REQUIRE(britain.size() == 1);
    CHECK(britain[0][4] == "\"Liverpool\"");
    CHECK(contains(britain[0][6], "\"Yoshimasa Hayashi\""));
    CHECK(contains(britain[0][6], "\"Antony Blinken\""));
}
