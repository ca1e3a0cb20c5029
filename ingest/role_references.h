#pragma once
// People referred to by their office instead of their name: "the Japanese Foreign Minister"
// (the one person the article names with that title and country), "the U.S. secretaries"
// (everyone it names with a U.S. title containing "Secretary"). Adds them as person mentions.

#include <vector>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

void add_role_references(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex);

// "The four will meet again in May", "both leaders": the people the previous sentence names,
// when it names that many. Adds them as person mentions.
void add_group_references(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex);

}  // namespace kg::ingest
