#pragma once
// public.kg_article_facts, where the AGE store keeps each article's facts (the fact codec's
// JSON, as jsonb) and content hash, one row per (graph, article key): the source of truth the
// graph is built from.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/result>
#include <pqxx/transaction_base>

#include "graph/model.h"

namespace kg::store::detail {

class ArticleTable {
public:
    explicit ArticleTable(std::string graph) : graph_(std::move(graph)) {}

    std::optional<std::string> hash(pqxx::transaction_base& tx, const std::string& article_key) const;
    std::map<std::string, std::string> hashes(pqxx::transaction_base& tx) const;  // by article key
    std::size_t count(pqxx::transaction_base& tx) const;

    // Inserts or replaces the rows of ARTICLES (distinct keys) in bulk: one COPY into a
    // temporary table, one INSERT from it.
    void upsert(pqxx::transaction_base& tx, const std::vector<const graph::ArticleFacts*>& articles) const;

    // Every article's facts, in order of their keys. Throws DatabaseError naming a corrupt row.
    std::vector<graph::ArticleFacts> read_all(pqxx::transaction_base& tx) const;
    // The same, but for the articles the last upsert in TX wrote (the caller has them already):
    // a load of the whole store decodes nothing twice. In no particular order.
    std::vector<graph::ArticleFacts> read_others(pqxx::transaction_base& tx) const;

private:
    std::vector<graph::ArticleFacts> decoded(const pqxx::result& rows) const;

    std::string graph_;
};

}  // namespace kg::store::detail
