#include "store/age_store.h"

#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <map>

#include "store/database_error.h"
#include "store/detail/age_connection.h"
#include "store/detail/age_graph_reader.h"
#include "store/detail/age_materializer.h"
#include "store/detail/article_table.h"
#include "store/detail/graph_name.h"
#include "store/sqlite/graph_reader.h"
#include "store/fact_check.h"

namespace kg::store {
namespace {

using graph::ArticleFacts;
using ReadTransaction = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// Writers to one graph take turns: the lock is held until their transaction ends.
void lock_graph(pqxx::transaction_base& tx, const std::string& graph) {
    tx.exec_params("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", "kg graph " + graph);
}

// The graph as every stored article tells it, the new ones and the OTHERS, resolved as the
// embedded store resolves it, so that Cypher users see what kg shows.
graph::KnowledgeGraph built_from(const std::map<std::string, const ArticleFacts*>& changed,
                                 const std::vector<ArticleFacts>& others) {
    std::vector<ArticleFacts> all;
    for (const auto& [key, facts] : changed) all.push_back(*facts);
    for (const auto& facts : others)
        if (!changed.contains(facts.article.key)) all.push_back(facts);
    return sqlite::resolved_in_memory(all);
}

bool same_hash(const std::map<std::string, std::string>& stored, const ArticleFacts& facts) {
    const std::string& hash = facts.article.prop("hash");
    auto found = stored.find(facts.article.key);
    return found != stored.end() && !hash.empty() && found->second == hash;
}

}  // namespace

AgeStore::AgeStore(const std::string& url, const std::string& graph)
    : graph_(detail::checked_graph_name(graph)), connection_(std::make_unique<detail::AgeConnection>(url)) {
    check_setup();
}

AgeStore::~AgeStore() = default;

void AgeStore::check_setup() const {
    const std::string where = " in database " + connection_->target().database + " at " +
                              connection_->target().server() + ": run kg init --db URL" +
                              (graph_ == kDefaultGraph ? "" : " --graph " + graph_);
    connection_->run("opening graph '" + graph_ + "'", [&](pqxx::connection& connection) {
        pqxx::nontransaction tx(connection);
        if (tx.exec("SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'age'").empty())
            throw DatabaseError("the age extension is not installed" + where);
        if (tx.exec_params("SELECT 1 FROM ag_catalog.ag_graph WHERE name = $1", graph_).empty())
            throw DatabaseError("graph '" + graph_ + "' does not exist" + where);
        if (tx.exec("SELECT to_regclass('public.kg_article_facts')")[0][0].is_null())
            throw DatabaseError("table public.kg_article_facts does not exist" + where);
    });
}

std::optional<std::string> AgeStore::article_hash(const std::string& article_key) const {
    return connection_->run("reading the hash of " + article_key, [&](pqxx::connection& connection) {
        pqxx::nontransaction tx(connection);
        auto hash = detail::ArticleTable(graph_).hash(tx, article_key);
        return hash && !hash->empty() ? hash : std::nullopt;
    });
}

PutOutcome AgeStore::put(const ArticleFacts& facts) { return put_all({facts}).front(); }

std::vector<PutOutcome> AgeStore::put_all(const std::vector<ArticleFacts>& articles) {
    for (const auto& facts : articles) check_storable(facts);
    return connection_->run("loading articles into graph '" + graph_ + "'", [&](pqxx::connection& connection) {
        pqxx::work tx(connection);
        lock_graph(tx, graph_);
        const detail::ArticleTable table(graph_);
        auto stored = table.hashes(tx);
        std::vector<PutOutcome> outcomes;
        std::map<std::string, const ArticleFacts*> changed;
        for (const auto& facts : articles) {
            if (same_hash(stored, facts)) {
                outcomes.push_back(PutOutcome::Unchanged);
                continue;
            }
            const bool known = stored.contains(facts.article.key);
            outcomes.push_back(known ? PutOutcome::Replaced : PutOutcome::Added);
            stored[facts.article.key] = facts.article.prop("hash");
            changed[facts.article.key] = &facts;
        }
        if (!changed.empty()) {
            std::vector<const ArticleFacts*> rows;
            for (const auto& [key, facts] : changed) rows.push_back(facts);
            table.upsert(tx, rows);
            detail::materialize(tx, graph_, built_from(changed, table.read_others(tx)));
        }
        tx.commit();
        return outcomes;
    });
}

graph::KnowledgeGraph AgeStore::load_graph() const {
    return connection_->run("reading graph '" + graph_ + "'", [&](pqxx::connection& connection) {
        ReadTransaction tx(connection);
        return detail::read_age_graph(tx, graph_);
    });
}

std::vector<ArticleFacts> AgeStore::articles() const {
    return connection_->run("reading the articles of graph '" + graph_ + "'", [&](pqxx::connection& connection) {
        ReadTransaction tx(connection);
        return detail::ArticleTable(graph_).read_all(tx);
    });
}

std::size_t AgeStore::article_count() const {
    return connection_->run("counting the articles of graph '" + graph_ + "'", [&](pqxx::connection& connection) {
        pqxx::nontransaction tx(connection);
        return detail::ArticleTable(graph_).count(tx);
    });
}

std::string AgeStore::location() const {
    return "graph '" + graph_ + "' in database " + connection_->target().database + " at " +
           connection_->target().server();
}

}  // namespace kg::store
