#pragma once
// What the AGE store's tests share: the test database (KG_TEST_DATABASE_URL; without it a test
// reports itself skipped), a graph of each test's own so that tests run in parallel, SQL
// helpers, and a canonical text of a knowledge graph to compare two of them by.

#include <pqxx/pqxx>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "store/age_schema.h"
#include "store/fact_codec.h"
#include "tests/support/skip.h"

namespace kg::test {

inline std::string test_database_url() {
    const char* url = std::getenv("KG_TEST_DATABASE_URL");
    if (!url || !*url)
        skip("KG_TEST_DATABASE_URL is not set: run scripts/test, or export the URL scripts/age-server start prints");
    return url;
}

// The first column of every row SQL returns, as text.
template <typename... Params>
std::vector<std::string> sql_column(const std::string& url, const std::string& sql, Params&&... params) {
    pqxx::connection connection(url);
    pqxx::nontransaction tx(connection);
    tx.exec("SET search_path = ag_catalog, \"$user\", public");  // AGE's operators live there
    std::vector<std::string> values;
    for (const auto& row : tx.exec_params(sql, std::forward<Params>(params)...))
        values.emplace_back(row[0].c_str(), row[0].size());  // NULL reads as ""
    return values;
}

template <typename... Params>
long sql_number(const std::string& url, const std::string& sql, Params&&... params) {
    return std::stol(sql_column(url, sql, std::forward<Params>(params)...).at(0));
}

// A graph named kgt_<random> for one test, set up with schema/age.sql unless told not to, and
// dropped with its article rows when the test ends.
class TestGraph {
public:
    explicit TestGraph(bool initialized = true) : url_(test_database_url()), name_(random_name()) {
        if (initialized) store::initialize_age(url_, name_, store::default_schema_file());
    }
    ~TestGraph() {
        try {
            store::drop_age_graph(url_, name_);
        } catch (const std::exception&) {
            // The test's own outcome matters more than the clean-up's.
        }
    }
    TestGraph(const TestGraph&) = delete;
    TestGraph& operator=(const TestGraph&) = delete;

    const std::string& url() const { return url_; }
    const std::string& name() const { return name_; }

    long count(const std::string& label) const {
        return sql_number(url_, "SELECT count(*) FROM " + quoted(label));
    }
    // How many rows of LABEL share a key with another row: 0 when there is one per key.
    long duplicate_keys(const std::string& label) const {
        return sql_number(url_, "SELECT count(*) - count(DISTINCT ag_catalog.agtype_access_operator(properties, "
                                "'\"key\"'::ag_catalog.agtype)::text) FROM " + quoted(label));
    }

private:
    static std::string random_name() {
        std::random_device device;
        std::string name = "kgt_";
        for (int i = 0; i < 12; ++i) name += "0123456789abcdef"[device() % 16];
        return name;
    }
    std::string quoted(const std::string& label) const { return name_ + ".\"" + label + "\""; }

    std::string url_;
    std::string name_;
};

// Every node and edge of GRAPH in order, with every property and evidence: equal texts mean
// equal graphs, and a failing comparison shows where they part.
inline std::string canonical_text(const graph::KnowledgeGraph& graph) {
    return store::encode_facts({{"", "", {}}, graph.nodes(), graph.edges()});
}

}  // namespace kg::test
