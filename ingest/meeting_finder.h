#pragma once
// Finds the meetings a sentence names: a head noun ("talks", "summit") with the words before
// it that give its type, its determiner and whether it lies before or after others; and the
// verbs by which people meet ("A met B").

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

void find_meetings(SentenceAnalysis& a, const Lexicons& lex);

}  // namespace kg::ingest
