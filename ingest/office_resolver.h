#pragma once
// Gives each office title the country the article means by it. Where the text does not say,
// in this order: the country of an official a reader knows to be in office on the article's
// date PUBLISHED ("President Xi Jinping": officials.tsv), the country of the person whose entourage it is in ("Prabowo was
// accompanied by Foreign Minister Sugiono"), the country of the title it is listed with ("Japan's Foreign Minister A and
// Defense Minister B"), a country the sentence travels to or a place it is set in ("travel to
// India to meet Defense Minister C", "talks in New Delhi with Defence Minister D"), the
// country the same person's title has elsewhere in the article, and last the article's own
// country (countries_by_mentions: from its dateline or its lede) whose government has such a
// title.

#include <string>
#include <vector>

#include "ingest/dateline.h"
#include "ingest/lexicons.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

// The countries an article mentions, its own country first: those of its first full sentence
// (the ones never written next to a title before the others), then the rest, most mentioned
// first.
// A national news agency's country in the dateline comes before all of them ("(Kyodo)": the
// writer's own officials are Japan's), and so does the dateline's place when it is one of the
// two countries the article mentions most and the article never writes it next to a title
// ("RIO DE JANEIRO - Indonesian President Prabowo held talks with Brazilian President Lula":
// the writer treats Brazil as foreign).
std::vector<std::string> countries_by_mentions(const std::vector<SentenceAnalysis>& sentences,
                                               const Dateline& dateline);

void resolve_office_countries(std::vector<SentenceAnalysis>& sentences, const Lexicons& lex,
                              const Dateline& dateline, const PartialDate& published);

}  // namespace kg::ingest
