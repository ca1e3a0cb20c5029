#pragma once
// Finds, within one sentence, the mentions that need no knowledge of the rest of the
// article: organizations, countries, places, office titles with their country, and people
// named next to a title, an honorific, a role noun, a verb of saying or meeting, or a cue
// such as "led by" or "succeeding".

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
    void find_plural_offices(SentenceAnalysis& a) const;
    static const CountryMention* country_after_of(const SentenceAnalysis& a, std::size_t pos);
    std::vector<std::string> countries_listed_before(const SentenceAnalysis& a, std::size_t pos) const;
    void find_offices(SentenceAnalysis& a) const;
    void find_places(SentenceAnalysis& a) const;
    void find_anchored_people(SentenceAnalysis& a) const;
    static void share_joined_titles(SentenceAnalysis& a);
    void find_named_lists(SentenceAnalysis& a, std::size_t pos) const;
    void find_clause_starts(SentenceAnalysis& a) const;

    std::size_t qualifier_end(const SentenceAnalysis& a, std::size_t title) const;
    void find_possessed_people(SentenceAnalysis& a) const;
    bool continues_name(const SentenceAnalysis& a, std::size_t pos, std::size_t length) const;
    std::size_t appositive_holder(SentenceAnalysis& a, const OfficeMention& office) const;
    std::size_t after_honorific(const SentenceAnalysis& a, std::size_t pos) const;
    bool after_past_word(const SentenceAnalysis& a, std::size_t pos) const;
    std::size_t add_person(SentenceAnalysis& a, Span span) const;

    const Lexicons& lex_;
};

}  // namespace kg::ingest
