#pragma once
// Word lists the extraction rules read: data files in ingest/lexicons/, in the format of
// graph/data_file.h (tab-separated, '#' comments).

#include <filesystem>
#include <string>
#include <vector>

#include "graph/data_file.h"

namespace kg::ingest {

using LexiconRow = graph::DataRow;

struct Lexicon {
    std::filesystem::path path;
    std::vector<LexiconRow> rows;
};

// Reads DIR/NAME; throws IngestError naming the path when it is missing or unreadable.
Lexicon load_lexicon(const std::filesystem::path& dir, const std::string& name);

// The lexicon folder: KG_LEXICONS when set, else the one installed with kg, else the source
// tree's ingest/lexicons.
std::filesystem::path default_lexicon_dir();

}  // namespace kg::ingest
