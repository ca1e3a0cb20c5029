// Loading the graph into PostgreSQL + Apache AGE: the AGE store's bulk path (one transaction:
// the articles' rows, then TRUNCATE and one COPY per label) against one Cypher CREATE per row,
// the way a client without bulk loading would write the same data. Also times a full rebuild
// after one article changes. Prints rows/s, the data's size and the machine.
//
//   KG_DATABASE_URL=postgresql://kg:kg@127.0.0.1:55432/kg build/bench/kg_age_load_bench [ARTICLES] [SAMPLE]
//
// ARTICLES synthetic articles (bench/synthetic_articles.h; default 7000, about 48k nodes and
// 150k edges) go through the bulk path; the graph of the first SAMPLE of them (default 1000)
// through Cypher, since per-row Cypher on the whole graph would take many minutes. The graphs
// kgbench_bulk and kgbench_cypher are made for the run and dropped after it.

#include <pqxx/pqxx>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "bench/synthetic_articles.h"
#include "store/sqlite/graph_reader.h"
#include "store/age_schema.h"
#include "store/age_store.h"
#include "store/detail/age_properties.h"
#include "store/fact_codec.h"

namespace {

using Clock = std::chrono::steady_clock;
using kg::graph::ArticleFacts;
using kg::graph::KnowledgeGraph;

constexpr const char* kBulkGraph = "kgbench_bulk";
constexpr const char* kCypherGraph = "kgbench_cypher";

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

KnowledgeGraph built_from(const std::vector<ArticleFacts>& articles) {
    return kg::store::sqlite::resolved_in_memory(articles);
}

std::size_t property_bytes(const KnowledgeGraph& graph) {
    std::size_t bytes = 0;
    for (const auto& node : graph.nodes()) bytes += kg::store::detail::vertex_properties(node).size();
    const auto titles = kg::store::detail::article_titles(graph);
    for (const auto& edge : graph.edges()) bytes += kg::store::detail::edge_properties(edge, titles).size();
    return bytes;
}

std::size_t fact_bytes(const std::vector<ArticleFacts>& articles) {
    std::size_t bytes = 0;
    for (const auto& facts : articles) bytes += kg::store::encode_facts(facts).size();
    return bytes;
}

// cypher() needs age loaded and its operators on the search path.
void start_age_session(pqxx::connection& connection) {
    pqxx::nontransaction tx(connection);
    tx.exec("LOAD 'age'");
    tx.exec("SET search_path = ag_catalog, \"$user\", public");
}

void fresh_graph(const std::string& url, const std::string& graph) {
    kg::store::drop_age_graph(url, graph);
    kg::store::initialize_age(url, graph, kg::store::default_schema_file());
}

std::string graph_size(const std::string& url, const std::string& graph) {
    pqxx::connection connection(url);
    pqxx::nontransaction tx(connection);
    return tx
        .exec_params("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c "
                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'",
                     graph)[0][0]
        .as<std::string>();
}

// One Cypher statement per row, its values as parameters. AGE takes no parameter for a whole
// property map in CREATE, so each label and set of property names gets a statement of its own.
class CypherWriter {
public:
    CypherWriter(pqxx::connection& connection, std::string graph) : connection_(connection), graph_(std::move(graph)) {}

    void create(pqxx::transaction_base& tx, const kg::graph::Node& node) {
        std::string pattern = "CREATE (:" + node.label + " {key: $key";
        Params params;
        params.add("key", node.key);
        add_properties(pattern, params, node.props);
        run(tx, pattern + "})", params);
    }

    void create(pqxx::transaction_base& tx, const kg::graph::Edge& edge, const std::string& from_label,
                const std::string& to_label) {
        std::string pattern = "MATCH (a:" + from_label + "), (b:" + to_label +
                              ") WHERE a.key = $from AND b.key = $to CREATE (a)-[:" + edge.label + " {key: $key";
        Params params;
        params.add("from", edge.from);
        params.add("to", edge.to);
        params.add("key", edge.key());
        add_properties(pattern, params, edge.props);
        pattern += ", evidence: $evidence";
        params.add_evidence(edge.evidence);
        run(tx, pattern + "}]->(b)", params);
    }

private:
    class Params {
    public:
        Params() : writer_(buffer_) { writer_.StartObject(); }
        void add(const std::string& name, const std::string& value) {
            writer_.Key(name.c_str());
            writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
        }
        void add_evidence(const std::vector<kg::graph::Evidence>& evidence) {
            writer_.Key("evidence");
            writer_.StartArray();
            for (const auto& e : evidence) {
                writer_.StartObject();
                add("article", e.article);
                writer_.Key("begin");
                writer_.Uint64(e.begin);
                writer_.Key("end");
                writer_.Uint64(e.end);
                add("text", e.text);
                writer_.EndObject();
            }
            writer_.EndArray();
        }
        std::string text() {
            writer_.EndObject();
            return buffer_.GetString();
        }

    private:
        rapidjson::StringBuffer buffer_;
        rapidjson::Writer<rapidjson::StringBuffer> writer_;
    };

    // The synthetic data's property names are plain identifiers; values go as $p0, $p1, ...
    static void add_properties(std::string& pattern, Params& params, const kg::graph::Properties& props) {
        std::size_t i = 0;
        for (const auto& [name, value] : props) {
            std::string param = "p";
            param += std::to_string(i++);
            pattern += ", " + name + ": $" + param;
            params.add(param, value);
        }
    }

    void run(pqxx::transaction_base& tx, const std::string& pattern, Params& params) {
        auto [found, added] = statements_.try_emplace(pattern, "kg_bench_" + std::to_string(statements_.size()));
        if (added)
            connection_.prepare(found->second, "SELECT * FROM ag_catalog.cypher('" + graph_ + "', $$" + pattern +
                                                   "$$, $1) AS (result ag_catalog.agtype)");
        tx.exec_prepared(found->second, params.text());
    }

    pqxx::connection& connection_;
    std::string graph_;
    std::map<std::string, std::string> statements_;  // Cypher pattern -> prepared statement
};

double load_with_cypher(const std::string& url, const KnowledgeGraph& graph) {
    pqxx::connection connection(url);
    start_age_session(connection);
    CypherWriter writer(connection, kCypherGraph);
    const auto start = Clock::now();
    pqxx::work tx(connection);
    for (const auto& node : graph.nodes()) writer.create(tx, node);
    for (const auto& edge : graph.edges())
        writer.create(tx, edge, graph.node(*graph.find(edge.from)).label, graph.node(*graph.find(edge.to)).label);
    tx.commit();
    return seconds_since(start);
}

std::string first_line_with(const char* file, const std::string& prefix) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with(prefix)) return line.substr(line.find(':') + 1);
    return " unknown";
}

void print_machine(const std::string& url) {
    pqxx::connection connection(url);
    pqxx::nontransaction tx(connection);
    std::printf("machine: %u cores,%s, memory%s\n", std::thread::hardware_concurrency(),
                first_line_with("/proc/cpuinfo", "model name").c_str(),
                first_line_with("/proc/meminfo", "MemTotal").c_str());
    std::printf("server: %s; age %s\n", tx.exec("SELECT version()")[0][0].c_str(),
                tx.exec("SELECT extversion FROM pg_extension WHERE extname = 'age'")[0][0].c_str());
}

void report(const char* what, std::size_t rows, double seconds) {
    std::printf("%-46s %8zu rows %8.2f s %10.0f rows/s\n", what, rows, seconds, static_cast<double>(rows) / seconds);
}

}  // namespace

int main(int argc, char** argv) {
    const char* url = std::getenv("KG_DATABASE_URL");
    if (!url || !*url) {
        std::fprintf(stderr, "usage: KG_DATABASE_URL=postgresql://... %s [ARTICLES] [SAMPLE]\n", argv[0]);
        return 2;
    }
    const std::size_t count = argc > 1 ? std::stoul(argv[1]) : kg::bench::kDefaultArticles;
    const std::size_t sample = std::min<std::size_t>(argc > 2 ? std::stoul(argv[2]) : 1000, count);
    try {
        auto articles = kg::bench::synthetic_articles(count);
        const auto graph = built_from(articles);
        const std::size_t rows = graph.nodes().size() + graph.edges().size();
        std::printf("data: %zu articles (%.1f MB of fact JSON) -> %zu nodes + %zu edges, %.1f MB of properties\n",
                    count, static_cast<double>(fact_bytes(articles)) / 1e6, graph.nodes().size(),
                    graph.edges().size(), static_cast<double>(property_bytes(graph)) / 1e6);

        fresh_graph(url, kBulkGraph);
        kg::store::AgeStore store(url, kBulkGraph);
        auto start = Clock::now();
        store.put_all(articles);
        report("bulk: kg load (facts rows + COPY per label)", rows, seconds_since(start));
        articles.back().article.props["hash"] = "changed";
        start = Clock::now();
        store.put_all({articles.back()});
        report("bulk: one article changed, whole graph rebuilt", rows, seconds_since(start));
        std::printf("size on the server: graph %s\n", graph_size(url, kBulkGraph).c_str());

        const auto sampled = built_from({articles.begin(), articles.begin() + static_cast<std::ptrdiff_t>(sample)});
        fresh_graph(url, kCypherGraph);
        report(("cypher: one CREATE per row, first " + std::to_string(sample) + " articles").c_str(),
               sampled.nodes().size() + sampled.edges().size(), load_with_cypher(url, sampled));

        print_machine(url);
        kg::store::drop_age_graph(url, kBulkGraph);
        kg::store::drop_age_graph(url, kCypherGraph);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "kg_age_load_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
