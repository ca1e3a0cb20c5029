#include "ingest/extractor.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "ingest/article_facts.h"
#include "ingest/content_hash.h"
#include "ingest/counterparts.h"
#include "ingest/dateline.h"
#include "ingest/article_people.h"
#include "ingest/attribution_finder.h"
#include "ingest/meeting_finder.h"
#include "ingest/office_resolver.h"
#include "ingest/role_references.h"
#include "ingest/text_normalizer.h"

namespace kg::ingest {
namespace {

std::vector<DateSpan> date_spans(const SentenceAnalysis& a, const std::vector<DateMention>& mentions) {
    std::vector<DateSpan> spans;
    for (const auto& m : mentions) {
        Span span{kNone, 0};
        for (std::size_t i = 0; i < a.tokens.size(); ++i) {
            if (a.tokens[i].begin < m.begin || a.tokens[i].end > m.end) continue;
            if (span.begin == kNone) span.begin = i;
            span.end = i + 1;
        }
        if (span.begin != kNone) spans.push_back({span, m.date, false});
    }
    return spans;
}

std::string lexicon_fingerprint(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> contents;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        contents.push_back(file.filename().string() + std::string(std::istreambuf_iterator<char>(in), {}));
    }
    return fnv1a_hex({contents.begin(), contents.end()});
}

}  // namespace

Extractor::Extractor(const std::filesystem::path& lexicon_dir)
    : lex_(load_lexicons(lexicon_dir)),
      furniture_(load_furniture_rules(lexicon_dir)),
      splitter_(lexicon_dir),
      dates_(lexicon_dir),
      entities_(lex_),
      fingerprint_(lexicon_fingerprint(lexicon_dir)) {}

PartialDate Extractor::publication_date(const RawArticle& article, std::string_view normalized) const {
    if (auto date = PartialDate::parse_iso(article.published)) return *date;
    if (auto date = dates_.publication_date(normalized)) return *date;
    return {};
}

std::vector<SentenceAnalysis> Extractor::analyze(std::string_view normalized, const PartialDate& published) const {
    std::vector<SentenceAnalysis> analyses;
    for (const auto& sentence : splitter_.split(normalized, clean_page(normalized, furniture_))) {
        SentenceAnalysis a = entities_.analyze(sentence);
        Tense tense = dates_.tense_of(sentence.text);
        a.past_tense = tense == Tense::Past;
        a.dates = date_spans(a, dates_.find(sentence.text, published, tense));
        find_attribution(a, lex_);
        a.assign_clauses();
        find_meetings(a, lex_);
        analyses.push_back(std::move(a));
    }
    return analyses;
}

graph::ArticleFacts Extractor::extract(const RawArticle& article, const std::string& hash) const {
    const std::string normalized = normalize_text(article.text);
    const PartialDate published = publication_date(article, normalized);
    auto analyses = analyze(normalized, published);
    ArticlePeople people(lex_);
    people.resolve(analyses);
    const Dateline dateline = read_dateline(normalized, lex_);
    resolve_office_countries(analyses, lex_, dateline, published);
    add_counterpart_offices(analyses, lex_);
    add_role_references(analyses, lex_);
    add_group_references(analyses, lex_);
    return article_facts(article, hash, published, analyses, people, lex_, dateline);
}

}  // namespace kg::ingest
