#pragma once
// "Foreign Minister A, Defense Minister B and their U.S. counterparts C and D": C and D hold
// the U.S. offices with the same roles as A's and B's (office_systems.tsv gives each
// country's title for a role: the U.S. foreign minister is the Secretary of State). Adds those
// offices, marked implied. "his Indian counterpart E" pairs E with the last titled person; a country whose titles
// office_systems.tsv does not list gets the same title ("his Malian counterpart General F").

#include <vector>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

void add_counterpart_offices(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex);

}  // namespace kg::ingest
