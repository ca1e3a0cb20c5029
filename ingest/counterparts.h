#pragma once
// "Foreign Minister A, Defense Minister B and their U.S. counterparts C and D": C and D hold
// the U.S. offices with the same roles as A's and B's (office_systems.tsv gives each
// country's title for a role: the U.S. foreign minister is the Secretary of State). Adds those
// offices, marked implied. "his Indian counterpart E" pairs E with the last titled person.

#include <vector>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

void add_counterpart_offices(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex);

}  // namespace kg::ingest
