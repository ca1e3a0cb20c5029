#include "ingest/article_people.h"

#include <algorithm>

namespace kg::ingest {
namespace {

// The name's words; a hyphenated one ("Min-ho") stays one word.
std::vector<std::string> name_words(const SentenceAnalysis& a, Span span) {
    std::vector<std::string> words;
    bool glue = false;
    for (std::size_t i = span.begin; i < span.end; ++i) {
        const Token& t = a.tokens[i];
        if (t.text == "-" && !words.empty()) {
            words.back() += '-';
            glue = true;
        } else if (t.word) {
            if (glue) words.back() += t.text;
            else words.push_back(t.text);
            glue = false;
        }
    }
    return words;
}

bool shares_surname(const ArticlePerson& person, const std::string& word) {
    return person.name_tokens.size() >= 2 && (person.name_tokens.back() == word || person.name_tokens.front() == word);
}

}  // namespace

std::string person_key(const std::vector<std::string>& name_tokens) {
    std::vector<std::string> words;
    for (const auto& token : name_tokens) {
        std::string lower;
        for (char c : token) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        words.push_back(lower);
    }
    std::sort(words.begin(), words.end());
    std::string key = "person:";
    for (std::size_t i = 0; i < words.size(); ++i) key += (i ? "-" : "") + words[i];
    return key;
}

const ArticlePerson* ArticlePeople::find(const std::string& key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? nullptr : &people_[it->second];
}

void ArticlePeople::register_name(const std::vector<std::string>& tokens) {
    std::string key = person_key(tokens);
    auto [it, inserted] = by_key_.emplace(key, people_.size());
    if (inserted) {
        people_.push_back({key, "", tokens});
    }
    ArticlePerson& person = people_[it->second];
    std::string name;
    for (std::size_t i = 0; i < tokens.size(); ++i) name += (i ? " " : "") + tokens[i];
    if (name.size() > person.name.size()) person.name = name;
}

// A lone word is a surname: the person last mentioned with it, else the only one.
std::string ArticlePeople::key_for(const std::vector<std::string>& tokens, std::size_t sentence) const {
    if (tokens.size() >= 2) return person_key(tokens);
    const ArticlePerson* best = nullptr;
    std::size_t best_seen = 0;
    int candidates = 0;
    for (const auto& person : people_) {
        if (!shares_surname(person, tokens.front())) continue;
        ++candidates;
        auto seen = last_seen_.find(person.key);
        if (seen != last_seen_.end() && seen->second <= sentence && (!best || seen->second >= best_seen)) {
            best = &person;
            best_seen = seen->second;
        }
    }
    if (best) return best->key;
    if (candidates == 1)
        for (const auto& person : people_)
            if (shares_surname(person, tokens.front())) return person.key;
    return "";
}

void ArticlePeople::find_known_names(SentenceAnalysis& a, std::size_t sentence) {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        const Token& t = a.tokens[i];
        if (a.taken[i] || !t.word || !t.capitalized || lex_.never_in_name(a.tokens, i)) continue;
        std::size_t end = i;
        while (end < a.tokens.size() && !a.taken[end] && a.tokens[end].word && a.tokens[end].capitalized &&
               end - i < 4)
            ++end;
        std::vector<std::string> words = name_words(a, {i, end});
        if (!find(person_key(words)) && (words.size() != 1 || key_for(words, sentence).empty())) {
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
