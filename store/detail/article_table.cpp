#include "store/detail/article_table.h"

#include <pqxx/result>
#include <pqxx/stream_to>

#include <algorithm>
#include <tuple>

#include "store/database_error.h"
#include "store/fact_codec.h"

namespace kg::store::detail {

std::optional<std::string> ArticleTable::hash(pqxx::transaction_base& tx, const std::string& article_key) const {
    const auto rows = tx.exec_params(
        "SELECT content_hash FROM public.kg_article_facts WHERE graph = $1 AND article_key = $2", graph_,
        article_key);
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<std::string>();
}

std::map<std::string, std::string> ArticleTable::hashes(pqxx::transaction_base& tx) const {
    std::map<std::string, std::string> hashes;
    for (const auto& row :
         tx.exec_params("SELECT article_key, content_hash FROM public.kg_article_facts WHERE graph = $1", graph_))
        hashes.emplace(row[0].as<std::string>(), row[1].as<std::string>());
    return hashes;
}

std::size_t ArticleTable::count(pqxx::transaction_base& tx) const {
    return tx.exec_params("SELECT count(*) FROM public.kg_article_facts WHERE graph = $1", graph_)[0][0]
        .as<std::size_t>();
}

void ArticleTable::upsert(pqxx::transaction_base& tx, const std::vector<const graph::ArticleFacts*>& articles) const {
    tx.exec("CREATE TEMPORARY TABLE kg_incoming (article_key text, content_hash text, facts text) ON COMMIT DROP");
    pqxx::stream_to copy(tx, "kg_incoming", std::vector<std::string>{"article_key", "content_hash", "facts"});
    for (const auto* facts : articles)
        copy << std::make_tuple(facts->article.key, facts->article.prop("hash"), encode_facts(*facts));
    copy.complete();
    tx.exec_params(
        "INSERT INTO public.kg_article_facts AS stored (graph, article_key, content_hash, facts) "
        "SELECT $1, article_key, content_hash, facts::jsonb FROM kg_incoming "
        "ON CONFLICT (graph, article_key) DO UPDATE SET content_hash = excluded.content_hash, "
        "facts = excluded.facts, loaded_at = now()",
        graph_);
}

std::vector<graph::ArticleFacts> ArticleTable::read_all(pqxx::transaction_base& tx) const {
    auto articles = decoded(tx.exec_params(
        "SELECT article_key, facts::text FROM public.kg_article_facts WHERE graph = $1", graph_));
    // The embedded store's order, byte-wise, whatever the database's collation.
    std::sort(articles.begin(), articles.end(), [](const graph::ArticleFacts& a, const graph::ArticleFacts& b) {
        return a.article.key < b.article.key;
    });
    return articles;
}

std::vector<graph::ArticleFacts> ArticleTable::read_others(pqxx::transaction_base& tx) const {
    return decoded(tx.exec_params(
        "SELECT stored.article_key, stored.facts::text FROM public.kg_article_facts stored WHERE graph = $1 "
        "AND NOT EXISTS (SELECT FROM kg_incoming WHERE kg_incoming.article_key = stored.article_key)",
        graph_));
}

std::vector<graph::ArticleFacts> ArticleTable::decoded(const pqxx::result& rows) const {
    std::vector<graph::ArticleFacts> articles;
    articles.reserve(rows.size());
    for (const auto& row : rows) {
        try {
            articles.push_back(decode_facts(std::string_view(row[1].c_str(), row[1].size())));
        } catch (const StoreError& error) {
            throw DatabaseError("the facts of " + row[0].as<std::string>() + " in public.kg_article_facts (graph '" +
                                graph_ + "') are corrupt (" + error.what() + "): ingest that article again");
        }
    }
    return articles;
}

}  // namespace kg::store::detail
