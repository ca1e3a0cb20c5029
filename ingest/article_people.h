#pragma once
// The people of one article: every mention of a person resolved to one key. A full name is
// registered where the text introduces it ("Foreign Minister Yoshimasa Hayashi"); later a
// surname alone ("Hayashi", "Mr. Hayashi") resolves to the person last mentioned with it.
// Family-name-first forms ("Hayashi Yoshimasa") share the key of the given-name-first form.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/person_key.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

struct ArticlePerson {
    std::string key;
    std::string name;  // the fullest form the article writes
    std::vector<std::string> name_tokens;
};

class ArticlePeople {
public:
    explicit ArticlePeople(const Lexicons& lexicons) : lex_(lexicons) {}

    // Registers the full names, then gives every person mention its key and adds mentions of
    // already known people found by name alone.
    void resolve(std::vector<SentenceAnalysis>& sentences);

    const std::vector<ArticlePerson>& people() const { return people_; }
    const ArticlePerson* find(const std::string& key) const;

private:
    // Word -> the people (indices into people_) it is filed under, in the order registered: a
    // mention is compared with those, not with everyone the article names.
    using WordIndex = std::map<std::string, std::vector<std::size_t>>;

    void register_name(const std::vector<std::string>& tokens);
    std::set<std::string> surnames(const std::vector<std::string>& words) const;
    static const std::vector<std::size_t>& filed_under(const WordIndex& index, const std::string& word);
    std::string longer_name_key(const std::vector<std::string>& words) const;
    std::string key_for(const std::vector<std::string>& tokens, std::size_t sentence) const;
    void find_known_names(SentenceAnalysis& a, std::size_t sentence);

    const Lexicons& lex_;
    std::vector<ArticlePerson> people_;
    std::map<std::string, std::size_t> by_key_;
    WordIndex by_word_;     // every word of a name
    WordIndex by_surname_;  // the words a lone mention may use for the person (surnames())
    std::map<std::string, std::size_t> last_seen_;  // person key -> last sentence naming them
};

}  // namespace kg::ingest
