#pragma once
// One write to the embedded store: articles' statements retracted and added, then the
// resolved graph brought up to date by redoing only what those statements can change.
//
// Resolution is the same as graph/resolution.h does on a whole graph, asked of indexes:
// - a person whose name words stand, in order, in the names of others is merged into the one
//   longest such name (only persons sharing the first word of its name are looked at);
// - a generic meeting ("talks") is merged into the one specific meeting with the same parties
//   (the meeting table's "sig"), an agreeing date and all its attendees;
// - an inferred HOLDS edge points at the office another article writes for the same person
//   and title, when there is exactly one.
// Every result depends only on the set of stored statements (graph/fact_merge.h), so any order
// of ingest, in any number of batches, gives the same graph.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/fact_merge.h"
#include "graph/model.h"
#include "store/sqlite/database.h"

namespace kg::store::sqlite {

class GraphUpdate {
public:
    // Runs inside the caller's write transaction on DB.
    explicit GraphUpdate(const Database& db);
    ~GraphUpdate();
    GraphUpdate(const GraphUpdate&) = delete;
    GraphUpdate& operator=(const GraphUpdate&) = delete;

    // Removes what the article stored before (if anything); returns whether it had a row.
    bool retract(const std::string& article_key);
    void add(const graph::ArticleFacts& facts);
    // Drops the resolved graph and marks every statement dirty, so finish() derives it anew.
    void everything();
    // Resolves and rewrites what the retractions and additions touched; the update is then used up.
    void finish();

private:
    struct Statements;
    using Triple = std::tuple<std::string, std::string, std::string>;

    void touch_meeting(const std::string& label, const std::string& from, const std::string& to);
    void resolve_persons();
    void update_person(const std::string& key, std::set<std::string>& affected);
    std::vector<std::pair<std::string, std::string>> holders(const std::string& name);
    void resolve_meetings();
    std::string meeting_sig(const std::string& key);
    std::set<std::string> attendees(const std::string& meeting);
    void remap(const std::string& raw_key, const std::string& final_key);
    void rewrite_nodes();
    void retarget_offices();
    void rewrite_edges();
    void drop_edge(std::int64_t id);
    std::string final_of(const std::string& raw_key);
    std::optional<std::int64_t> node_id(const std::string& final_key);
    void add_statements(const std::string& raw_key, std::vector<graph::NodeStatement>& statements);
    graph::Node base_node(const std::string& key);

    const Database& db_;
    std::unique_ptr<Statements> sql_;
    std::map<std::string, std::string> dirty_keys_;  // raw node keys whose statements changed -> label
    std::set<std::string> touched_meetings_;         // meetings whose parties or attendees came or went
    std::set<std::string> final_keys_;     // resolved nodes to rewrite
    std::set<std::string> persons_moved_;  // raw person keys whose resolved node changed
    std::set<Triple> triples_;             // resolved edges to rewrite
    std::map<std::string, std::int64_t> node_ids_;
    std::vector<std::int64_t> doomed_nodes_;  // resolved nodes no statement is left of
};

}  // namespace kg::store::sqlite
