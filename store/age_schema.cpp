#include "store/age_schema.h"

#include <pqxx/transaction>

#include "graph/data_file.h"
#include "store/database_error.h"
#include "store/detail/age_connection.h"
#include "store/detail/atomic_file.h"
#include "store/detail/graph_name.h"

namespace kg::store {
namespace {

constexpr std::string_view kGraphConstant = "graph_name CONSTANT name := 'news';";

}  // namespace

std::filesystem::path default_schema_file() { return graph::data_path("schema/age.sql", "schema/age.sql"); }

std::string schema_for_graph(std::string_view schema_sql, const std::string& graph) {
    const std::string& name = detail::checked_graph_name(graph);
    const auto at = schema_sql.find(kGraphConstant);
    if (at == schema_sql.npos || schema_sql.find(kGraphConstant, at + 1) != schema_sql.npos)
        throw DatabaseError("the schema does not declare " + std::string(kGraphConstant) +
                            " once: use kg's own schema/age.sql");
    std::string sql(schema_sql);
    sql.replace(at, kGraphConstant.size(), "graph_name CONSTANT name := '" + name + "';");
    return sql;
}

void initialize_age(const std::string& url, const std::string& graph, const std::filesystem::path& schema_file) {
    const auto text = detail::read_file(schema_file);
    if (!text) throw StoreError("cannot read the schema " + schema_file.string() + ": give kg init --schema FILE");
    const std::string sql = schema_for_graph(*text, graph);
    detail::AgeConnection connection(url);
    connection.run("setting up graph '" + graph + "'", [&](pqxx::connection& session) {
        pqxx::work tx(session);
        // The extension and the facts table are shared by every graph: one kg init at a time.
        tx.exec("SELECT pg_advisory_xact_lock(hashtextextended('kg init', 0))");
        tx.exec(sql);
        tx.commit();
    });
}

void drop_age_graph(const std::string& url, const std::string& graph) {
    const std::string& name = detail::checked_graph_name(graph);
    detail::AgeConnection connection(url);
    connection.run("dropping graph '" + name + "'", [&](pqxx::connection& session) {
        pqxx::work tx(session);
        tx.exec_params("DELETE FROM public.kg_article_facts WHERE graph = $1", name);
        if (!tx.exec_params("SELECT 1 FROM ag_catalog.ag_graph WHERE name = $1", name).empty())
            tx.exec_params("SELECT ag_catalog.drop_graph($1, true)", name);
        tx.commit();
    });
}

}  // namespace kg::store
