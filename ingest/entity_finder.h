#pragma once
// Finds, within one sentence, the mentions that need no knowledge of the rest of the
// article: organizations, countries, places, office titles with their country, and people
// named next to a title, an honorific, a role noun or a verb of saying or meeting.

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

class EntityFinder {
public:
    explicit EntityFinder(const Lexicons& lexicons) : lex_(lexicons) {}

    // Tokens, entity mentions and clause starts of one sentence (dates, meetings and
    // attribution are added by their own finders).
    SentenceAnalysis analyze(const Sentence& sentence) const;

private:
    void find_organizations(SentenceAnalysis& a) const;
    void find_countries(SentenceAnalysis& a) const;
    void find_offices(SentenceAnalysis& a) const;
    void find_places(SentenceAnalysis& a) const;
    void find_anchored_people(SentenceAnalysis& a) const;
    void find_named_lists(SentenceAnalysis& a, std::size_t pos) const;
    void find_country_people(SentenceAnalysis& a) const;
    void find_clause_starts(SentenceAnalysis& a) const;

    Span name_run(const SentenceAnalysis& a, std::size_t pos) const;
    std::size_t qualifier_end(const SentenceAnalysis& a, std::size_t title) const;
    bool after_past_word(const SentenceAnalysis& a, std::size_t pos) const;
    std::size_t add_person(SentenceAnalysis& a, Span span) const;

    const Lexicons& lex_;
};

}  // namespace kg::ingest
