#pragma once
// A manifest: JSON Lines giving text files' metadata by file name, one object a line
// ({"file":"000_x.txt","published":"2021-11-28"} plus optional title, source and url).

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "ingest/article_reader.h"

namespace kg::ingest::detail {

struct ArticleMetadata {
    std::string title, published, source, url;
};

class Manifest {
public:
    // Reads FILE; each bad line becomes a problem and is left out.
    static Manifest load(const std::filesystem::path& file, std::vector<InputProblem>& problems);

    // The metadata for FILE_NAME, or nullptr; either way the name counts as among the inputs.
    const ArticleMetadata* claim(const std::string& file_name);

    // Appends a problem for each line naming a file no input claimed.
    void report_unclaimed(std::vector<InputProblem>& problems) const;

private:
    struct Entry {
        ArticleMetadata metadata;
        std::string where;  // "MANIFEST:LINE"
        bool claimed = false;
    };
    std::map<std::string, Entry> entries_;
};

}  // namespace kg::ingest::detail
