#pragma once
// Finds to whom a sentence attributes what it says: "..., X said Sunday.", "X said (that) ...",
// "On Tuesday, X said ...", "according to X, ...", "..., X reported, citing Y.", and a quotation
// closing before "X told reporters ...". Marks the attribution as a clause of its
// own, and dates right after the reporting verb as the date of the report.

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

void find_attribution(SentenceAnalysis& a, const Lexicons& lex);

}  // namespace kg::ingest
