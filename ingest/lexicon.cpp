#include "ingest/lexicon.h"

#include <cstdlib>

#include "ingest/ingest_error.h"

namespace kg::ingest {

Lexicon load_lexicon(const std::filesystem::path& dir, const std::string& name) {
    Lexicon lexicon{dir / name, {}};
    std::error_code error;
    if (!std::filesystem::is_regular_file(lexicon.path, error))
        throw IngestError("cannot read lexicon " + lexicon.path.string() +
                          ": set --lexicons or KG_LEXICONS to the folder holding it");
    lexicon.rows = graph::read_data_file(lexicon.path);
    return lexicon;
}

std::filesystem::path default_lexicon_dir() {
    if (const char* env = std::getenv("KG_LEXICONS"); env && *env) return env;
    std::filesystem::path installed = KG_INSTALLED_LEXICON_DIR;
    if (std::filesystem::is_directory(installed)) return installed;
    return KG_SOURCE_LEXICON_DIR;
}

}  // namespace kg::ingest
