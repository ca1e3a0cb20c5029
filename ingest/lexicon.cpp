#include "ingest/lexicon.h"

#include <cstdlib>
#include <fstream>

#include "ingest/ingest_error.h"

namespace kg::ingest {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> columns;
    std::size_t start = 0;
    while (true) {
        auto tab = line.find('\t', start);
        columns.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return columns;
}

}  // namespace

const std::string& LexiconRow::at(std::size_t i) const {
    static const std::string empty;
    return i < columns.size() ? columns[i] : empty;
}

Lexicon load_lexicon(const std::filesystem::path& dir, const std::string& name) {
    Lexicon lexicon{dir / name, {}};
    std::ifstream in(lexicon.path);
    if (!in)
        throw IngestError("cannot read lexicon " + lexicon.path.string() +
                          ": set --lexicons or KG_LEXICONS to the folder holding it");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        lexicon.rows.push_back({split_tabs(line), number});
    }
    return lexicon;
}

std::filesystem::path default_lexicon_dir() {
    if (const char* env = std::getenv("KG_LEXICONS"); env && *env) return env;
    std::filesystem::path installed = KG_INSTALLED_LEXICON_DIR;
    if (std::filesystem::is_directory(installed)) return installed;
    return KG_SOURCE_LEXICON_DIR;
}

}  // namespace kg::ingest
