#include "ingest/sentence_analysis.h"

namespace kg::ingest {

Span SentenceAnalysis::clause_of(std::size_t token) const {
    Span clause{0, tokens.size()};
    for (std::size_t start : clause_starts) {
        if (start <= token && start > clause.begin) clause.begin = start;
        if (start > token && start < clause.end) clause.end = start;
    }
    return clause;
}

}  // namespace kg::ingest
