#include "ingest/sentence_splitter.h"

#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "ingest/ingest_error.h"
#include "ingest/lexicon.h"

namespace kg::ingest {
namespace {

constexpr std::string_view kOpeners = "\"'([";
constexpr std::string_view kClosers = "\"')]";

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status))
        throw IngestError(std::string("sentence splitter: ") + what + " failed (" +
                          u_errorName(status) + "): check the ICU installation and its data");
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// A word without the quotes and brackets around it: "(U.S.)" -> U.S.
std::string_view core(std::string_view word) {
    std::size_t first = word.find_first_not_of(kOpeners);
    if (first == std::string_view::npos) return {};
    std::size_t last = word.find_last_not_of(kClosers);
    return last < first ? std::string_view{} : word.substr(first, last - first + 1);
}

// The letters a word starts with, unless they are an initial ("A." in "A. A. Milne").
std::string_view leading_letters(std::string_view word) {
    std::size_t first = std::min(word.find_first_not_of(kOpeners), word.size());
    std::size_t end = first;
    while (end < word.size() && is_ascii_letter(word[end])) ++end;
    if (end < word.size() && word[end] == '.') return {};
    return word.substr(first, end - first);
}

std::size_t skip_spaces(std::string_view text, std::size_t i) {
    while (i < text.size() && is_space(text[i])) ++i;
    return i;
}

std::size_t skip_word(std::string_view text, std::size_t i) {
    while (i < text.size() && !is_space(text[i])) ++i;
    return i;
}

// ICU's English sentence rules with the CLDR exceptions, filtered by ABBREVIATIONS as well.
std::unique_ptr<icu::BreakIterator> english_breaker(const std::vector<std::string>& abbreviations) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    check(status, "creating the abbreviation filter");
    for (const std::string& abbreviation : abbreviations)
        builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    std::unique_ptr<icu::BreakIterator> english(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    check(status, "loading the English sentence rules");
    std::unique_ptr<icu::BreakIterator> filtered(
        builder->wrapIteratorWithFilter(english.release(), status));
    check(status, "adding the abbreviations to the sentence rules");
    return filtered;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::filesystem::path& lexicon_dir) {
    Lexicon lexicon = load_lexicon(lexicon_dir, "abbreviations.tsv");
    std::vector<std::string> abbreviations;
    for (const LexiconRow& row : lexicon.rows) {
        words_of_kind(row, lexicon.path).insert(row.at(0));
        if (row.at(1) != "sentence-start") abbreviations.push_back(row.at(0));
    }
    breaker_ = english_breaker(abbreviations);
}

SentenceSplitter::Words& SentenceSplitter::words_of_kind(const LexiconRow& row,
                                                        const std::filesystem::path& path) {
    const std::string& kind = row.at(1);
    if (kind == "non-final") return non_final_;
    if (kind == "abbreviation") return abbreviations_;
    if (kind == "sentence-start") return sentence_starts_;
    throw IngestError(path.string() + " line " + std::to_string(row.line) + ": unknown kind '" +
                      kind + "': use non-final, abbreviation or sentence-start");
}

std::vector<Sentence> SentenceSplitter::split(std::string_view normalized,
                                              const std::vector<TextBlock>& blocks) const {
    std::vector<Sentence> sentences;
    for (const TextBlock& block : blocks) {
        if (block.begin > block.end || block.end > normalized.size())
            throw IngestError("sentence splitter: block [" + std::to_string(block.begin) + ", " +
                              std::to_string(block.end) + ") lies outside the text of " +
                              std::to_string(normalized.size()) +
                              " bytes: pass the blocks clean_page made from this text");
        std::string_view text = normalized.substr(block.begin, block.end - block.begin);
        std::size_t count = sentences.size();
        std::vector<std::size_t> bounds = boundaries(text);
        for (std::size_t i = 1; i < bounds.size(); ++i) {
            std::size_t begin = skip_spaces(text, bounds[i - 1]);
            std::size_t end = bounds[i];
            while (end > begin && is_space(text[end - 1])) --end;
            if (begin == end) continue;
            sentences.push_back({block.begin + begin, block.begin + end,
                                 std::string(text.substr(begin, end - begin)), false});
        }
        if (block.headline && sentences.size() > count) sentences.back().headline = true;
    }
    return sentences;
}

// Where sentences start in a block, 0 and its end included.
std::vector<std::size_t> SentenceSplitter::boundaries(std::string_view block) const {
    std::vector<char> starts = icu_starts(block);
    correct_after_full_stops(block, starts);
    std::vector<std::size_t> bounds{0};
    for (std::size_t p = 1; p <= block.size(); ++p)
        if (starts[p] || p == block.size()) bounds.push_back(p);
    return bounds;
}

// starts[p] is 1 where ICU's filtered English rules start a sentence at byte p.
std::vector<char> SentenceSplitter::icu_starts(std::string_view block) const {
    if (block.size() > static_cast<std::size_t>(INT32_MAX))
        throw IngestError("sentence splitter: a line of " + std::to_string(block.size()) +
                          " bytes is over ICU's 2 GiB limit");
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUTextPointer text(utext_openUTF8(nullptr, block.data(),
                                               static_cast<std::int64_t>(block.size()), &status));
    breaker_->setText(text.getAlias(), status);
    check(status, "reading a block");
    std::vector<char> starts(block.size() + 1, 0);
    for (std::int32_t p = breaker_->first(); p != icu::BreakIterator::DONE; p = breaker_->next())
        starts[static_cast<std::size_t>(p)] = 1;
    return starts;
}

// ICU's filter only suppresses breaks after abbreviations without an inner full stop (it
// stores "U.S." as a partial "U." match), and it never lets an abbreviation end a sentence;
// deciding again after every word that ends in a full stop fixes both.
void SentenceSplitter::correct_after_full_stops(std::string_view block,
                                                std::vector<char>& starts) const {
    for (std::size_t begin = skip_spaces(block, 0); begin < block.size();) {
        std::size_t end = skip_word(block, begin);
        std::size_t next = skip_spaces(block, end);
        if (next == block.size()) break;
        std::string_view word = core(block.substr(begin, end - begin));
        if (!word.empty() && word.back() == '.') {
            std::string_view next_word = block.substr(next, skip_word(block, next) - next);
            if (ends_sentence(word, next_word) || ends_in_abbreviation(word, next_word)) starts[next] = 1;
            else if (joins_sentence(word)) starts[next] = 0;
        }
        begin = next;
    }
}

// WORD ends in a full stop; a sentence-start word after it begins a new sentence unless WORD
// is a title or the like, which always continues.
bool SentenceSplitter::ends_sentence(std::string_view word, std::string_view next) const {
    return !non_final_.contains(word) && sentence_starts_.contains(leading_letters(next));
}

// ICU suppresses a break after any word that merely ends like a listed abbreviation ("Kyiv."
// ends like "v."); a word is an abbreviation only as a whole, so before a capital such a
// word ends its sentence ("troops in Kyiv. Ukrainian officials said").
bool SentenceSplitter::ends_in_abbreviation(std::string_view word, std::string_view next) const {
    bool capital = !next.empty() && next.front() >= 'A' && next.front() <= 'Z';
    if (!capital || joins_sentence(word)) return false;
    for (std::size_t cut = 1; cut + 1 < word.size(); ++cut) {
        std::string_view tail = word.substr(cut);
        if (is_ascii_letter(word[cut - 1]) && (non_final_.contains(tail) || abbreviations_.contains(tail))) return true;
    }
    return false;
}

// WORD ends in a full stop and no sentence-start word follows: an abbreviation or an initial
// ("J. Smith") continues the sentence.
bool SentenceSplitter::joins_sentence(std::string_view word) const {
    bool initial = word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z';
    return initial || non_final_.contains(word) || abbreviations_.contains(word);
}

}  // namespace kg::ingest
