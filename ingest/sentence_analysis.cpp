#include "ingest/sentence_analysis.h"

#include <algorithm>

namespace kg::ingest {
namespace {

bool listed(const std::vector<std::size_t>& positions, std::size_t i) {
    return std::find(positions.begin(), positions.end(), i) != positions.end();
}

}  // namespace

void SentenceAnalysis::assign_clauses() {
    clause_ids.assign(tokens.size(), 0);
    int current = 0;
    int next = 1;
    constexpr int kNoClause = -1;
    int resume = kNoClause;  // the clause a comma-delimited one interrupted
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (listed(clause_breaks, i)) {
            current = next++;
            resume = kNoClause;
        } else if (listed(clause_starts, i)) {
            if (i > 0 && tokens[i - 1].text == "," && resume == kNoClause) resume = current;
            current = next++;
        }
        clause_ids[i] = current;
        if (resume != kNoClause && tokens[i].text == "," && !listed(clause_starts, i)) {
            current = resume;
            resume = kNoClause;
        }
    }
}

}  // namespace kg::ingest
