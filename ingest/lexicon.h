#pragma once
// Word lists the extraction rules read: tab-separated data files in ingest/lexicons/, one
// entry a line. Lines starting with '#' are comments (the first names the columns and
// sources); blank lines are skipped.

#include <filesystem>
#include <string>
#include <vector>

namespace kg::ingest {

struct LexiconRow {
    std::vector<std::string> columns;
    int line = 0;  // 1-based line in the file, for error messages

    // The column at index i, or "" where the row is shorter.
    const std::string& at(std::size_t i) const;
};

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
