#include "store/sqlite/graph_update.h"

#include <algorithm>
#include <limits>
#include <sstream>

#include "graph/entity_lookup.h"
#include "graph/fact_merge.h"
#include "graph/labels.h"
#include "graph/meeting_resolution.h"
#include "store/fact_codec.h"

namespace kg::store::sqlite {
namespace {

namespace label = graph::label;

std::vector<std::string> words_of(const std::string& name) {
    std::istringstream in(name);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(std::move(word));
    return words;
}

// Whether the words of PART stand, in order and together, in WHOLE, which has more of them.
bool held_by(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    return whole.size() > part.size() && std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

std::string joined(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
    std::string text;
    for (auto i = begin; i < end; ++i) text += (i == begin ? "" : " ") + words[i];
    return text;
}

bool dates_agree(const std::string& x, const std::string& y) {
    return !x.empty() && !y.empty() && (x.starts_with(y) || y.starts_with(x));
}

bool inferred(const graph::Properties& props) {
    auto is_true = [&](const char* name) {
        auto found = props.find(name);
        return found != props.end() && found->second == "true";
    };
    return is_true("country_inferred") || is_true("implied");
}

}  // namespace

struct GraphUpdate::Statements {
    explicit Statements(const Database& db)
        : article_id(db, "SELECT id FROM article WHERE key = ?"),
          article_nodes(db, "SELECT key, label FROM raw_node WHERE article = ?"),
          article_edges(db, "SELECT label, src, dst, fsrc, fdst FROM raw_edge WHERE article = ?"),
          delete_nodes(db, "DELETE FROM raw_node WHERE article = ?"),
          delete_edges(db, "DELETE FROM raw_edge WHERE article = ?"),
          delete_article(db, "DELETE FROM article WHERE id = ?"),
          insert_article(db, "INSERT INTO article(key, hash, published) VALUES (?, ?, ?)"),
          insert_node(db, "INSERT INTO raw_node(article, key, label, props) VALUES (?, ?, ?, ?)"),
          insert_edge(db, "INSERT INTO raw_edge(article, label, src, dst, fsrc, fdst, props, evidence) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          map_of(db, "SELECT final FROM node_map WHERE key = ?"),
          set_map(db, "INSERT OR REPLACE INTO node_map(key, final) VALUES (?, ?)"),
          unmap(db, "DELETE FROM node_map WHERE key = ?"),
          mapped_to(db, "SELECT key FROM node_map WHERE final = ?"),
          node_statements(db, "SELECT r.label, r.props, a.published, a.key FROM raw_node r "
                              "JOIN article a ON a.id = r.article WHERE r.key = ?"),
          person_name(db, "SELECT name FROM person WHERE key = ?"),
          set_person(db, "INSERT OR REPLACE INTO person(key, name) VALUES (?, ?)"),
          delete_person(db, "DELETE FROM person WHERE key = ?"),
          persons_named(db, "SELECT key FROM person WHERE name = ?"),
          persons_with_word(db, "SELECT count(*) FROM (SELECT 1 FROM person_word WHERE word = ? LIMIT 1000)"),
          persons_by_word(db, "SELECT p.key, p.name FROM person_word w JOIN person p ON p.key = w.key "
                              "WHERE w.word = ?"),
          clear_person_words(db, "DELETE FROM person_word WHERE key = ?"),
          add_person_word(db, "INSERT OR IGNORE INTO person_word(word, key) VALUES (?, ?)"),
          meeting_sig(db, "SELECT sig FROM meeting WHERE key = ?"),
          set_meeting(db, "INSERT OR REPLACE INTO meeting(key, generic, date, sig) VALUES (?, ?, ?, ?)"),
          delete_meeting(db, "DELETE FROM meeting WHERE key = ?"),
          meetings_by_sig(db, "SELECT key, date FROM meeting WHERE sig = ? AND generic = ?"),
          edge_ends_from(db, "SELECT DISTINCT dst FROM raw_edge WHERE src = ? AND label = ?"),
          edge_ends_to(db, "SELECT DISTINCT src FROM raw_edge WHERE dst = ? AND label = ?"),
          edges_from(db, "SELECT id, label, fsrc, fdst FROM raw_edge WHERE src = ?"),
          edges_to(db, "SELECT id, label, fsrc, fdst FROM raw_edge WHERE dst = ?"),
          set_fsrc(db, "UPDATE raw_edge SET fsrc = ? WHERE id = ?"),
          set_fdst(db, "UPDATE raw_edge SET fdst = ? WHERE id = ?"),
          holds_of(db, "SELECT id, dst, fdst, props FROM raw_edge WHERE label = 'HOLDS' AND fsrc = ?"),
          node_row(db, "SELECT id, props FROM node WHERE key = ?"),
          insert_final_node(db, "INSERT INTO node(key, label, props) VALUES (?, ?, ?)"),
          update_final_node(db, "UPDATE node SET label = ?, props = ? WHERE id = ?"),
          delete_final_node(db, "DELETE FROM node WHERE id = ?"),
          node_edges(db, "SELECT id FROM edge WHERE src = ?1 UNION SELECT id FROM edge WHERE dst = ?1"),
          clear_words(db, "DELETE FROM name_word WHERE node = ?"),
          add_word(db, "INSERT OR IGNORE INTO name_word(word, node) VALUES (?, ?)"),
          edge_statements(db, "SELECT r.props, r.evidence, a.published, a.key FROM raw_edge r "
                              "JOIN article a ON a.id = r.article WHERE r.label = ? AND r.fsrc = ? AND r.fdst = ?"),
          edge_row(db, "SELECT id, props FROM edge WHERE label = ? AND src = ? AND dst = ?"),
          insert_final_edge(db, "INSERT INTO edge(label, src, dst, props) VALUES (?, ?, ?, ?)"),
          update_final_edge(db, "UPDATE edge SET props = ? WHERE id = ?"),
          delete_final_edge(db, "DELETE FROM edge WHERE id = ?"),
          log_edge(db, "INSERT INTO edge_log(edge, added) VALUES (?, ?)") {}

    Statement article_id, article_nodes, article_edges, delete_nodes, delete_edges, delete_article;
    Statement insert_article, insert_node, insert_edge;
    Statement map_of, set_map, unmap, mapped_to, node_statements;
    Statement person_name, set_person, delete_person, persons_named, persons_with_word, persons_by_word;
    Statement clear_person_words, add_person_word;
    Statement meeting_sig, set_meeting, delete_meeting, meetings_by_sig;
    Statement edge_ends_from, edge_ends_to, edges_from, edges_to, set_fsrc, set_fdst, holds_of;
    Statement node_row, insert_final_node, update_final_node, delete_final_node, node_edges;
    Statement clear_words, add_word;
    Statement edge_statements, edge_row, insert_final_edge, update_final_edge, delete_final_edge, log_edge;
};

GraphUpdate::GraphUpdate(const Database& db) : db_(db), sql_(std::make_unique<Statements>(db)) {}

GraphUpdate::~GraphUpdate() = default;

bool GraphUpdate::retract(const std::string& article_key) {
    if (!sql_->article_id.bind_all(article_key).step()) return false;
    const std::int64_t id = sql_->article_id.integer(0);
    for (auto& nodes = sql_->article_nodes.bind_all(id); nodes.step();) dirty_keys_[nodes.text(0)] = nodes.text(1);
    for (auto& edges = sql_->article_edges.bind_all(id); edges.step();) {
        touch_meeting(edges.text(0), edges.text(1), edges.text(2));
        triples_.emplace(edges.text(0), edges.text(3), edges.text(4));
    }
    sql_->delete_nodes.bind_all(id).run();
    sql_->delete_edges.bind_all(id).run();
    sql_->delete_article.bind_all(id).run();
    return true;
}

void GraphUpdate::add(const graph::ArticleFacts& facts) {
    const auto& article = facts.article;
    sql_->insert_article.bind_all(article.key, article.prop("hash"), article.prop("published")).run();
    const std::int64_t id = db_.last_insert_id();
    auto add_node = [&](const graph::Node& node) {
        sql_->insert_node.bind_all(id, node.key, node.label, encode_properties(node.props)).run();
        dirty_keys_[node.key] = node.label;
    };
    add_node(article);
    for (const auto& node : facts.nodes) add_node(node);
    for (const auto& edge : facts.edges) {
        const std::string from = final_of(edge.from), to = final_of(edge.to);
        sql_->insert_edge
            .bind_all(id, edge.label, edge.from, edge.to, from, to, encode_properties(edge.props),
                      encode_evidence(edge.evidence))
            .run();
        touch_meeting(edge.label, edge.from, edge.to);
        triples_.emplace(edge.label, from, to);
    }
}

void GraphUpdate::touch_meeting(const std::string& label, const std::string& from, const std::string& to) {
    if (label == label::kInvolves) touched_meetings_.insert(from);
    if (label == label::kAttends) touched_meetings_.insert(to);
}

void GraphUpdate::everything() {
    db_.exec("DELETE FROM node_map; DELETE FROM person; DELETE FROM person_word; DELETE FROM meeting; "
             "DELETE FROM name_word; DELETE FROM edge; DELETE FROM node; DELETE FROM edge_log; "
             "UPDATE raw_edge SET fsrc = src, fdst = dst;");
    Statement keys(db_, "SELECT DISTINCT key, label FROM raw_node");
    for (keys.bind_all(); keys.step();) dirty_keys_[keys.text(0)] = keys.text(1);
    Statement edges(db_, "SELECT DISTINCT label, src, dst FROM raw_edge");
    for (edges.bind_all(); edges.step();) {
        touch_meeting(edges.text(0), edges.text(1), edges.text(2));
        triples_.emplace(edges.text(0), edges.text(1), edges.text(2));
    }
}

std::string GraphUpdate::final_of(const std::string& raw_key) {
    return sql_->map_of.bind_all(raw_key).step() ? sql_->map_of.text(0) : raw_key;
}

// Appends what each article states of the node RAW_KEY to STATEMENTS.
void GraphUpdate::add_statements(const std::string& raw_key, std::vector<graph::NodeStatement>& statements) {
    for (auto& found = sql_->node_statements.bind_all(raw_key); found.step();)
        statements.push_back({{raw_key, found.text(0), decode_properties(found.text_view(1))}, found.text(2),
                              found.text(3)});
}

graph::Node GraphUpdate::base_node(const std::string& key) {
    std::vector<graph::NodeStatement> statements;
    add_statements(key, statements);
    return graph::merge_node(key, std::move(statements));
}

void GraphUpdate::finish() {
    resolve_persons();
    resolve_meetings();
    for (const auto& [key, label] : dirty_keys_) {
        const std::string current = final_of(key);
        const bool stated = sql_->node_statements.bind_all(key).step();
        final_keys_.insert(current);
        if (!stated) sql_->unmap.bind_all(key).run();
        else if (!sql_->map_of.bind_all(key).step()) sql_->set_map.bind_all(key, key).run();
    }
    rewrite_nodes();
    retarget_offices();
    rewrite_edges();
    // A statement left on a row holds a read snapshot past the commit, which keeps SQLite from
    // checkpointing the write-ahead log into the database: it would grow without end.
    sql_.reset();
}


void GraphUpdate::update_person(const std::string& key, std::set<std::string>& affected) {
    // The persons NAME holds are those named by a shorter run of its words, looked up by name.
    auto affect_held_by = [&](const std::string& name) {
        const auto whole = words_of(name);
        for (std::size_t begin = 0; begin < whole.size(); ++begin)
            for (std::size_t end = begin + 1; end <= whole.size(); ++end) {
                if (end - begin == whole.size()) continue;
                for (auto& found = sql_->persons_named.bind_all(joined(whole, begin, end)); found.step();)
                    affected.insert(found.text(0));
            }
    };
    std::optional<std::string> old_name;
    if (sql_->person_name.bind_all(key).step()) old_name = sql_->person_name.text(0);
    const auto node = base_node(key);
    const auto words = words_of(node.name());
    const bool person = node.label == label::kPerson && !words.empty();
    const std::string name = joined(words, 0, words.size());
    if (!person && !old_name) return;
    // A name that stays the same changes no one's resolution, its own included.
    if (old_name == name && person) return;
    affected.insert(key);
    if (old_name) affect_held_by(*old_name);
    sql_->clear_person_words.bind_all(key).run();
    if (!person) {
        sql_->delete_person.bind_all(key).run();
        return;
    }
    sql_->set_person.bind_all(key, name).run();
    for (const auto& word : words) sql_->add_person_word.bind_all(word, key).run();
    affect_held_by(name);
}

// The persons whose names hold NAME's words in order, found under the rarest of its words.
std::vector<std::pair<std::string, std::string>> GraphUpdate::holders(const std::string& name) {
    const auto part = words_of(name);
    std::string rarest;
    std::int64_t fewest = std::numeric_limits<std::int64_t>::max();
    for (const auto& word : part) {
        sql_->persons_with_word.bind_all(word).step();
        if (sql_->persons_with_word.integer(0) < fewest) {
            fewest = sql_->persons_with_word.integer(0);
            rarest = word;
        }
    }
    std::vector<std::pair<std::string, std::string>> found;
    for (auto& candidates = sql_->persons_by_word.bind_all(rarest); candidates.step();)
        if (held_by(part, words_of(candidates.text(1)))) found.emplace_back(candidates.text(0), candidates.text(1));
    return found;
}

void GraphUpdate::resolve_persons() {
    std::set<std::string> affected;
    for (const auto& [key, label] : dirty_keys_)
        if (label == label::kPerson || sql_->person_name.bind_all(key).step()) update_person(key, affected);
    for (const auto& key : affected) {
        if (!sql_->person_name.bind_all(key).step()) continue;  // no longer a person: unmapped in finish()
        std::vector<std::string> longest;
        for (const auto& [holder, holder_name] : holders(sql_->person_name.text(0)))
            if (holders(holder_name).empty()) longest.push_back(holder);
        const std::string target = longest.size() == 1 ? longest.front() : key;
        if (final_of(key) != target) {
            remap(key, target);
            persons_moved_.insert(key);
        }
    }
}

std::string GraphUpdate::meeting_sig(const std::string& key) {
    std::vector<std::string> countries;
    for (auto& found = sql_->edge_ends_from.bind_all(key, label::kInvolves); found.step();)
        countries.push_back(found.text(0));
    std::sort(countries.begin(), countries.end());
    std::string sig;
    for (const auto& country : countries) sig += country + '\n';
    return sig;
}

std::set<std::string> GraphUpdate::attendees(const std::string& meeting) {
    std::vector<std::string> raw;
    for (auto& found = sql_->edge_ends_to.bind_all(meeting, label::kAttends); found.step();)
        raw.push_back(found.text(0));
    std::set<std::string> people;
    for (const auto& key : raw) people.insert(final_of(key));
    return people;
}

void GraphUpdate::resolve_meetings() {
    // Meetings whose statements, parties or attendees may have changed.
    std::set<std::string> dirty = touched_meetings_;
    for (const auto& [key, label] : dirty_keys_)
        if (label == label::kMeeting || sql_->meeting_sig.bind_all(key).step()) dirty.insert(key);
    for (const auto& person : persons_moved_)
        for (auto& found = sql_->edge_ends_from.bind_all(person, label::kAttends); found.step();)
            dirty.insert(found.text(0));
    std::set<std::string> sigs, generics;
    for (const auto& key : dirty) {
        const bool known = sql_->meeting_sig.bind_all(key).step();
        if (known) sigs.insert(sql_->meeting_sig.text(0));
        const auto node = base_node(key);
        if (node.label != label::kMeeting) {
            if (known) sql_->delete_meeting.bind_all(key).run();
            continue;
        }
        const bool generic = node.prop("type") == graph::kGenericMeetingType;
        const std::string sig = meeting_sig(key);
        sql_->set_meeting.bind_all(key, generic ? 1 : 0, node.prop("date"), sig).run();
        sigs.insert(sig);
        if (generic) generics.insert(key);
    }
    for (const auto& sig : sigs)
        for (auto& found = sql_->meetings_by_sig.bind_all(sig, 1); found.step();) generics.insert(found.text(0));
    for (const auto& generic : generics) {
        std::string target = generic;
        if (sql_->meeting_sig.bind_all(generic).step()) {
            const std::string sig = sql_->meeting_sig.text(0);
            const std::string date = base_node(generic).prop("date");
            const auto mine = attendees(generic);
            std::vector<std::pair<std::string, std::string>> candidates;
            for (auto& found = sql_->meetings_by_sig.bind_all(sig, 0); found.step();)
                candidates.emplace_back(found.text(0), found.text(1));
            std::vector<std::string> matches;
            for (const auto& [specific, specific_date] : candidates) {
                const auto theirs = attendees(specific);
                if (dates_agree(date, specific_date) && std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end()))
                    matches.push_back(specific);
            }
            if (matches.size() == 1) target = matches.front();
        }
        if (final_of(generic) != target) remap(generic, target);
    }
}

// Points RAW_KEY at FINAL_KEY: both resolved nodes and every edge of RAW_KEY are redone.
void GraphUpdate::remap(const std::string& raw_key, const std::string& final_key) {
    final_keys_.insert(final_of(raw_key));
    final_keys_.insert(final_key);
    sql_->set_map.bind_all(raw_key, final_key).run();
    auto move_ends = [&](Statement& edges, Statement& update, bool source) {
        std::vector<std::pair<std::int64_t, Triple>> moved;
        for (edges.bind_all(raw_key); edges.step();)
            moved.emplace_back(edges.integer(0), Triple{edges.text(1), edges.text(2), edges.text(3)});
        for (auto& [id, triple] : moved) {
            triples_.insert(triple);
            (source ? std::get<1>(triple) : std::get<2>(triple)) = final_key;
            triples_.insert(triple);
            update.bind_all(final_key, id).run();
        }
    };
    move_ends(sql_->edges_from, sql_->set_fsrc, true);
    move_ends(sql_->edges_to, sql_->set_fdst, false);
}

std::optional<std::int64_t> GraphUpdate::node_id(const std::string& final_key) {
    if (auto found = node_ids_.find(final_key); found != node_ids_.end()) return found->second;
    if (!sql_->node_row.bind_all(final_key).step()) return std::nullopt;
    return node_ids_[final_key] = sql_->node_row.integer(0);
}

void GraphUpdate::rewrite_nodes() {
    for (const auto& key : final_keys_) {
        std::vector<std::string> raw;
        for (auto& found = sql_->mapped_to.bind_all(key); found.step();) raw.push_back(found.text(0));
        std::vector<graph::NodeStatement> statements;
        for (const auto& raw_key : raw) add_statements(raw_key, statements);
        const auto id = node_id(key);
        if (statements.empty()) {
            if (id) doomed_nodes_.push_back(*id);
            continue;
        }
        const auto node = graph::merge_node(key, std::move(statements));
        const std::string props = encode_properties(node.props);
        std::int64_t row;
        if (id) {
            row = *id;
            sql_->update_final_node.bind_all(node.label, props, row).run();
        } else {
            sql_->insert_final_node.bind_all(key, node.label, props).run();
            row = node_ids_[key] = db_.last_insert_id();
        }
        sql_->clear_words.bind_all(row).run();
        if (graph::matched_by_words(node))
            for (const auto& word : graph::name_words(node.name())) sql_->add_word.bind_all(word, row).run();
    }
}

// An inferred HOLDS edge of a person whose offices changed points at the one office of the
// same title that another article writes for them.
void GraphUpdate::retarget_offices() {
    std::set<std::string> persons;
    for (const auto& [label, from, to] : triples_)
        if (label == label::kHolds) persons.insert(from);
    for (const auto& person : persons) {
        struct Holding {
            std::int64_t id;
            std::string office, current, title;
            bool inferred;
        };
        std::vector<Holding> holdings;
        for (auto& found = sql_->holds_of.bind_all(person); found.step();)
            holdings.push_back({found.integer(0), found.text(1), found.text(2), "",
                                inferred(decode_properties(found.text_view(3)))});
        std::map<std::string, std::set<std::string>> written;  // title -> offices
        for (auto& holding : holdings) {
            holding.title = base_node(holding.office).prop("title");
            if (!holding.inferred) written[holding.title].insert(final_of(holding.office));
        }
        for (const auto& holding : holdings) {
            std::string target = final_of(holding.office);
            if (holding.inferred) {
                auto found = written.find(holding.title);
                if (found != written.end() && found->second.size() == 1) target = *found->second.begin();
            }
            if (target == holding.current) continue;
            triples_.emplace(std::string(label::kHolds), person, holding.current);
            triples_.emplace(std::string(label::kHolds), person, target);
            sql_->set_fdst.bind_all(target, holding.id).run();
        }
    }
}

void GraphUpdate::rewrite_edges() {
    for (const auto& [label, from, to] : triples_) {
        std::vector<graph::EdgeStatement> statements;
        for (auto& found = sql_->edge_statements.bind_all(label, from, to); found.step();)
            statements.push_back({{label, from, to, decode_properties(found.text_view(0)), {}},
                                  found.text(2),
                                  found.text(3)});
        const auto source = node_id(from), target = node_id(to);
        if (!source || !target) continue;
        std::optional<std::int64_t> row;
        if (sql_->edge_row.bind_all(label, *source, *target).step()) row = sql_->edge_row.integer(0);
        if (statements.empty()) {
            if (row) drop_edge(*row);
            continue;
        }
        const std::string props = encode_properties(graph::merge_edge(label, from, to, std::move(statements)).props);
        if (row) {
            sql_->update_final_edge.bind_all(props, *row).run();
        } else {
            sql_->insert_final_edge.bind_all(label, *source, *target, props).run();
            sql_->log_edge.bind_all(db_.last_insert_id(), 1).run();
        }
    }
    for (const auto id : doomed_nodes_) {
        std::vector<std::int64_t> edges;
        for (auto& found = sql_->node_edges.bind_all(id); found.step();) edges.push_back(found.integer(0));
        for (const auto edge : edges) drop_edge(edge);
        sql_->clear_words.bind_all(id).run();
        sql_->delete_final_node.bind_all(id).run();
    }
}

void GraphUpdate::drop_edge(std::int64_t id) {
    sql_->delete_final_edge.bind_all(id).run();
    sql_->log_edge.bind_all(id, 0).run();
}

}  // namespace kg::store::sqlite
