#pragma once
// kg's data files (the graph's edge weights and DOT styles, ingest's lexicons):
// tab-separated, one entry a line.
// Lines starting with '#' are comments (the first names the columns and sources); blank
// lines are skipped.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

struct DataRow {
    std::vector<std::string> columns;
    int line = 0;  // 1-based line in the file, for error messages

    // The column at index i, or "" where the row is shorter.
    const std::string& at(std::size_t i) const;
};

// Reads PATH; throws GraphError naming the path when it is missing or unreadable.
std::vector<DataRow> read_data_file(const std::filesystem::path& path);

// Where the data file NAME is by default: in KG_GRAPH_DATA when set, else the copy installed
// with kg (share/kg/NAME), else the source tree's graph/NAME.
std::filesystem::path default_data_file(std::string_view name);

}  // namespace kg::graph
