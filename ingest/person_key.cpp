#include "ingest/person_key.h"

#include <algorithm>

namespace kg::ingest {

std::vector<std::string> name_words(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::vector<std::string> words;
    bool glue = false;
    for (std::size_t i = begin; i < end; ++i) {
        const Token& t = tokens[i];
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

std::string person_key(const std::vector<std::string>& name_words) {
    std::vector<std::string> words;
    for (const auto& word : name_words) {
        std::string lower;
        for (char c : word) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        words.push_back(lower);
    }
    std::sort(words.begin(), words.end());
    std::string key = "person:";
    for (std::size_t i = 0; i < words.size(); ++i) key += (i ? "-" : "") + words[i];
    return key;
}

}  // namespace kg::ingest
