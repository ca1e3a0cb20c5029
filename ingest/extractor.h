#pragma once
// Reads one article into facts: text preparation (normalization, page furniture, sentences),
// then entities (people, offices, countries, organizations, places, dates), then relations
// (HOLDS, meetings with ATTENDS/INVOLVES/HELD_IN, claims with REPORTS/ATTRIBUTED_TO/ABOUT).
// Lexicons are loaded once, at construction. One Extractor serves one thread at a time.

#include <filesystem>

#include "graph/model.h"
#include "ingest/article_reader.h"
#include "ingest/date_finder.h"
#include "ingest/entity_finder.h"
#include "ingest/lexicons.h"
#include "ingest/page_cleaner.h"
#include "ingest/sentence_splitter.h"

namespace kg::ingest {

class Extractor {
public:
    explicit Extractor(const std::filesystem::path& lexicon_dir);

    // The article's facts; `hash` identifies this version of the article (see content_hash).
    graph::ArticleFacts extract(const RawArticle& article, const std::string& hash) const;

    // Identifies the rules in force (the lexicon files' contents), for content_hash.
    const std::string& fingerprint() const { return fingerprint_; }

    // The article's publication date: its metadata, else what its text states.
    PartialDate publication_date(const RawArticle& article, std::string_view normalized) const;

private:
    std::vector<SentenceAnalysis> analyze(std::string_view normalized, const PartialDate& published) const;

    Lexicons lex_;
    FurnitureRules furniture_;
    SentenceSplitter splitter_;
    DateFinder dates_;
    EntityFinder entities_;
    std::string fingerprint_;
};

}  // namespace kg::ingest
