#pragma once
// Turns an analyzed article into its graph facts: the Article node, people, offices (HOLDS,
// OF), countries, organizations, places, meetings (ATTENDS, INVOLVES, HELD_IN) and claims
// (REPORTS, ATTRIBUTED_TO, ABOUT), with MENTIONS from the article to each entity.

#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/article_people.h"
#include "ingest/article_reader.h"
#include "ingest/dateline.h"
#include "ingest/lexicons.h"
#include "ingest/partial_date.h"
#include "ingest/sentence_analysis.h"

namespace kg::ingest {

graph::ArticleFacts article_facts(const RawArticle& article, const std::string& hash, const PartialDate& published,
                                  const std::vector<SentenceAnalysis>& sentences, const ArticlePeople& people,
                                  const Lexicons& lex, const Dateline& dateline);

}  // namespace kg::ingest
