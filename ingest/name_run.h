#pragma once
// Where a person's name runs in a sentence: capitalized words ("Yoshimasa Hayashi"), an
// initial ("S. Jaishankar"), hyphenated parts ("Cho Tae-yong") and the lowercase particles
// that join the words of many names ("Mohammed bin Salman", "Luiz Inacio Lula da Silva",
// "Abdel Fattah al-Sisi"; lexicons/person_words.tsv, kind particle).

#include <cstddef>
#include <string>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

// The name from POS on, at most four words besides its particles; empty when no name
// starts at POS. Taken tokens and words never in a name end it.
Span name_run(const SentenceAnalysis& a, std::size_t pos, const Lexicons& lex);

// The longest name that ends right before END; empty (at END) when none does.
Span name_run_before(const SentenceAnalysis& a, std::size_t end, const Lexicons& lex);

// How many words SPAN's name has: its particles and hyphenated parts are not words of their own.
std::size_t name_word_count(const SentenceAnalysis& a, Span span, const Lexicons& lex);

// WORD without a leading particle and its hyphen ("al-Sisi" -> "Sisi"), else WORD.
std::string without_particle(const std::string& word, const Lexicons& lex);

}  // namespace kg::ingest
