#include "ingest/article_people.h"

#include <algorithm>

#include "ingest/name_run.h"

namespace kg::ingest {
namespace {

std::vector<std::string> name_words(const SentenceAnalysis& a, Span span) {
    return name_words(a.tokens, span.begin, span.end);
}

// Whether NAME holds WORDS as consecutive words.
bool contains_words(const std::vector<std::string>& name, const std::vector<std::string>& words) {
    return std::search(name.begin(), name.end(), words.begin(), words.end()) != name.end();
}

}  // namespace

const ArticlePerson* ArticlePeople::find(const std::string& key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? nullptr : &people_[it->second];
}

// The words a lone mention may use for a person named WORDS: the family name, last
// ("Hayashi") or, family name first, first ("Yoon"); a last word without its particle ("Sisi"
// of "al-Sisi"); and the word before the particles ("Lula" of "Luiz Inacio Lula da Silva").
std::set<std::string> ArticlePeople::surnames(const std::vector<std::string>& words) const {
    if (words.size() < 2) return {};
    std::set<std::string> forms{words.front(), words.back(), without_particle(words.back(), lex_)};
    auto particle = std::find_if(words.begin() + 1, words.end(),
                                 [&](const std::string& w) { return lex_.name_particles.contains(w); });
    if (particle != words.end()) forms.insert(*(particle - 1));
    return forms;
}

// The people filed under WORD in INDEX, in the order they were registered.
const std::vector<std::size_t>& ArticlePeople::filed_under(const WordIndex& index, const std::string& word) {
    static const std::vector<std::size_t> none;
    auto found = index.find(word);
    return found == index.end() ? none : found->second;
}

// A mention of two words or more that a single longer name holds ("Lula da Silva") is that
// person; any other is a name of its own.
std::string ArticlePeople::longer_name_key(const std::vector<std::string>& words) const {
    const ArticlePerson* found = nullptr;
    for (std::size_t i : filed_under(by_word_, words.front())) {
        const ArticlePerson& person = people_[i];
        if (person.name_tokens.size() <= words.size() || !contains_words(person.name_tokens, words)) continue;
        if (found) return "";
        found = &person;
    }
    return found ? found->key : "";
}

void ArticlePeople::register_name(const std::vector<std::string>& tokens) {
    std::string key = person_key(tokens);
    auto [it, inserted] = by_key_.emplace(key, people_.size());
    if (inserted) {
        // Each person once under each word: a name may repeat one ("Kim Kim").
        for (const auto& word : std::set<std::string>(tokens.begin(), tokens.end())) by_word_[word].push_back(people_.size());
        for (const auto& word : surnames(tokens)) by_surname_[word].push_back(people_.size());
        people_.push_back({key, "", tokens});
    }
    ArticlePerson& person = people_[it->second];
    std::string name;
    for (std::size_t i = 0; i < tokens.size(); ++i) name += (i ? " " : "") + tokens[i];
    if (name.size() > person.name.size()) person.name = name;
}

// The key of the known person a mention names, "" when none. A lone word is a surname: the
// person last mentioned with it, else the only one; a longer mention is a part of a single
// longer name, or the name itself.
std::string ArticlePeople::key_for(const std::vector<std::string>& tokens, std::size_t sentence) const {
    if (tokens.size() >= 2) {
        std::string longer = longer_name_key(tokens);
        if (!longer.empty()) return longer;
        return find(person_key(tokens)) ? person_key(tokens) : "";
    }
    const ArticlePerson* best = nullptr;
    std::size_t best_seen = 0;
    const auto& candidates = filed_under(by_surname_, tokens.front());
    for (std::size_t i : candidates) {
        const ArticlePerson& person = people_[i];
        auto seen = last_seen_.find(person.key);
        if (seen != last_seen_.end() && seen->second <= sentence && (!best || seen->second >= best_seen)) {
            best = &person;
            best_seen = seen->second;
        }
    }
    if (best) return best->key;
    if (candidates.size() == 1) return people_[candidates.front()].key;
    return "";
}

void ArticlePeople::find_known_names(SentenceAnalysis& a, std::size_t sentence) {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        const std::size_t end = name_run(a, i, lex_).end;
        if (end == i) continue;
        std::vector<std::string> words = name_words(a, {i, end});
        if (key_for(words, sentence).empty()) {
            i = end - 1;
            continue;
        }
        PersonMention mention;
        mention.span = {i, end};
        mention.name = join_tokens(a.tokens, i, end);
        if (end + 1 < a.tokens.size() && a.tokens[end].text == "'s")
            mention.detached = lex_.detaching_nouns.contains(a.tokens[end + 1].lower);
        for (std::size_t k = i; k < end; ++k) a.taken[k] = true;
        a.persons.push_back(std::move(mention));
        i = end - 1;
    }
}

void ArticlePeople::resolve(std::vector<SentenceAnalysis>& sentences) {
    for (auto& a : sentences)
        for (auto& person : a.persons) {
            auto words = name_words(a, person.span);
            if (words.size() >= 2) register_name(words);
        }
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        auto& a = sentences[s];
        find_known_names(a, s);
        for (auto& person : a.persons) {
            auto words = name_words(a, person.span);
            person.key = key_for(words, s);
            if (person.key.empty()) {
                register_name(words);
                person.key = person_key(words);
            }
            last_seen_[person.key] = s;
        }
    }
}

}  // namespace kg::ingest
