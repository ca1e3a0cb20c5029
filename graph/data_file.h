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

// Where kg's data files are (kg doctor prints it): the folder KG_DATA_DIR names; else share/kg
// beside the bin/ folder of the running program, where cmake --install puts them (so an
// installed kg, or a copied prefix, finds its own); else the source tree kg was built from.
struct DataLocation {
    enum Origin { environment, installed, source_tree };
    Origin origin;
    std::filesystem::path dir;  // the share/kg folder, or the source tree's root
};
DataLocation data_location();

// The data file or folder at INSTALLED in share/kg ("lexicons", "schema/age.sql"), which is at
// IN_SOURCE in the source tree ("ingest/lexicons").
std::filesystem::path data_path(std::string_view installed, std::string_view in_source);

// The graph's data file NAME ("edge_weights.tsv"): share/kg/NAME, or graph/NAME in the source.
std::filesystem::path default_data_file(std::string_view name);

}  // namespace kg::graph
