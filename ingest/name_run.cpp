#include "ingest/name_run.h"

namespace kg::ingest {
namespace {

constexpr std::size_t kMaxNameWords = 4;

bool starts_name_word(const SentenceAnalysis& a, std::size_t i, const Lexicons& lex) {
    if (i >= a.tokens.size() || a.taken[i]) return false;
    const Token& t = a.tokens[i];
    return t.word && t.capitalized && !lex.never_in_name(a.tokens, i);
}

// How many tokens the particles from POS take, a hyphen after them included ("al-", "de la"),
// when a name word follows them; else 0.
std::size_t particle_length(const SentenceAnalysis& a, std::size_t pos, const Lexicons& lex) {
    if (pos >= a.tokens.size() || a.taken[pos] || a.tokens[pos].capitalized ||
        !lex.name_particles.contains(a.tokens[pos].text))
        return 0;
    std::size_t next = pos + 1;
    while (next < a.tokens.size() && !a.tokens[next].capitalized && lex.name_particles.contains(a.tokens[next].text))
        ++next;  // "de la"
    if (next < a.tokens.size() && a.tokens[next].text == "-") ++next;
    return starts_name_word(a, next, lex) ? next - pos : 0;
}

}  // namespace

Span name_run(const SentenceAnalysis& a, std::size_t pos, const Lexicons& lex) {
    std::size_t end = pos;
    for (std::size_t words = 0; words < kMaxNameWords && starts_name_word(a, end, lex); ++words) {
        const auto& tokens = a.tokens;
        bool initial = tokens[end].text.size() == 1 && end + 1 < tokens.size() && tokens[end + 1].text == ".";
        // "Min-ho": a hyphenated part belongs to the name, whatever its case.
        bool hyphenated = end + 2 < tokens.size() && tokens[end + 1].text == "-" && tokens[end + 2].word;
        end += initial ? 2 : hyphenated ? 3 : 1;
        if (words + 1 < kMaxNameWords) end += particle_length(a, end, lex);
    }
    return {pos, end};
}

Span name_run_before(const SentenceAnalysis& a, std::size_t end, const Lexicons& lex) {
    // A name of four words with particles and hyphenated parts spans at most this many tokens.
    constexpr std::size_t kMaxNameSpan = 12;
    Span longest{end, end};
    for (std::size_t start = end; start-- > 0 && end - start <= kMaxNameSpan;)
        if (name_run(a, start, lex).end == end) longest.begin = start;
    return longest;
}

std::size_t name_word_count(const SentenceAnalysis& a, Span span, const Lexicons& lex) {
    std::size_t words = 0;
    for (std::size_t i = span.begin; i < span.end; ++i) {
        const Token& t = a.tokens[i];
        bool glued = i > span.begin && a.tokens[i - 1].text == "-";
        if (t.word && !glued && !lex.name_particles.contains(t.text)) ++words;
    }
    return words;
}

std::string without_particle(const std::string& word, const Lexicons& lex) {
    auto hyphen = word.find('-');
    if (hyphen == std::string::npos || hyphen + 1 == word.size()) return word;
    return lex.name_particles.contains(word.substr(0, hyphen)) ? word.substr(hyphen + 1) : word;
}

}  // namespace kg::ingest
