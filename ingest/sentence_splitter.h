#pragma once
// Splits text blocks into sentences: ICU's English sentence rules with the CLDR abbreviation
// exceptions (locale en@ss=standard), plus the abbreviations in lexicons/abbreviations.tsv.
//
// A full stop after an abbreviation ends no sentence ("U.S. Secretary of State Antony Blinken
// met...", "on Jan. 20, according to..."), unless a sentence-start word from the lexicon
// follows and the abbreviation is not a title: "...talks with the U.S. The next day..." is two
// sentences. A sentence-final abbreviation followed by another word ("...with the U.S. Japan
// wants...") stays inside one sentence, and so does a full stop after a title or an initial,
// whatever follows ("Mr. And Mrs. Tanaka", "J. Smith").

#include <unicode/brkiter.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/page_cleaner.h"

namespace kg::ingest {

struct Sentence {
    std::size_t begin = 0;  // byte offsets into the normalized text, without surrounding spaces
    std::size_t end = 0;
    std::string text;       // the bytes [begin, end) of the normalized text
    bool headline = false;  // the last sentence of a headline block: it has no final punctuation
};

// Not thread-safe: split() reuses one ICU break iterator, so use a splitter from one thread
// at a time (give each thread its own).
class SentenceSplitter {
public:
    // Reads LEXICON_DIR/abbreviations.tsv; throws IngestError naming the file when it is
    // missing or has a row of unknown kind.
    explicit SentenceSplitter(const std::filesystem::path& lexicon_dir);

    // The sentences of each block, in text order. Block ends are sentence ends. Linear in the
    // size of the blocks.
    std::vector<Sentence> split(std::string_view normalized,
                                const std::vector<TextBlock>& blocks) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    using Words = std::unordered_set<std::string, Hash, std::equal_to<>>;

    Words& words_of_kind(const LexiconRow& row, const std::filesystem::path& path);
    std::vector<std::size_t> boundaries(std::string_view block) const;
    std::vector<char> icu_starts(std::string_view block) const;
    void correct_after_full_stops(std::string_view block, std::vector<char>& starts) const;
    bool ends_sentence(std::string_view word, std::string_view next) const;
    bool joins_sentence(std::string_view word) const;
    bool ends_in_abbreviation(std::string_view word, std::string_view next) const;

    Words non_final_;
    Words abbreviations_;
    Words sentence_starts_;
    std::unique_ptr<icu::BreakIterator> breaker_;  // shared by all calls to split()
};

}  // namespace kg::ingest
