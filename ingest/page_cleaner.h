#pragma once
// Drops page furniture from a normalized article (ads, bylines, timestamps, photo captions,
// link lists) and returns the lines that remain as text blocks. The patterns are data:
// lexicons/furniture.tsv, whose first lines document its format.

#include <unicode/regex.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace kg::ingest {

// One line of article text; begin and end are byte offsets into the normalized text and
// exclude the line's leading and trailing spaces.
struct TextBlock {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool headline = false;  // does not end like a sentence: . ! ? 。, perhaps before closing quotes
};

// The furniture patterns, compiled once. Compiled ICU patterns are immutable and safe to
// share, so copies of the rules share them and clean_page may run on several threads.
struct FurnitureRules {
    using Pattern = std::shared_ptr<const icu::RegexPattern>;
    std::vector<Pattern> dropped_lines;  // kinds line and caption: the whole line matches
    std::vector<Pattern> prefixes;       // kind prefix: a match at the line start is cut off
    std::vector<Pattern> list_heads;     // kind list-head: the line and its link lines go
};

// Reads LEXICON_DIR/furniture.tsv; throws IngestError naming the file and line of an unknown
// kind or a pattern ICU cannot compile.
FurnitureRules load_furniture_rules(const std::filesystem::path& lexicon_dir);

// The blocks of a normalized text (see normalize_text), in text order: every non-empty line
// that is not furniture and does not repeat an earlier line exactly (captions often appear
// twice), without the metadata prefixes the rules cut off.
std::vector<TextBlock> clean_page(std::string_view normalized, const FurnitureRules& rules);

}  // namespace kg::ingest
