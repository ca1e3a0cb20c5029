#pragma once
// Gives each office title the country the article means by it. Where the text does not say,
// in this order: the country of the title it is listed with ("Japan's Foreign Minister A and
// Defense Minister B"), a country the sentence travels to ("travel to India to meet Defense
// Minister C"), the country the same person's title has elsewhere in the article, and last
// the first country of the article's lede (else its most mentioned) whose government has
// such a title: the lede names whom the story is about.

#include <string>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

// The countries an article mentions: those of its first full sentence in their order, then
// the rest, most mentioned first.
std::vector<std::string> countries_by_mentions(const std::vector<SentenceAnalysis>& sentences);

void resolve_office_countries(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex);

}  // namespace kg::ingest
