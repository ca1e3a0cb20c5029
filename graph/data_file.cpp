#include "graph/data_file.h"

#include <cstdlib>
#include <fstream>

#include "graph/graph_error.h"

namespace kg::graph {
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

const std::string& DataRow::at(std::size_t i) const {
    static const std::string empty;
    return i < columns.size() ? columns[i] : empty;
}

std::vector<DataRow> read_data_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in)
        throw GraphError("cannot read graph data file " + path.string() +
                         ": set KG_GRAPH_DATA to the folder holding it");
    std::vector<DataRow> rows;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        rows.push_back({split_tabs(line), number});
    }
    return rows;
}

std::filesystem::path default_data_file(std::string_view name) {
    if (const char* env = std::getenv("KG_GRAPH_DATA"); env && *env)
        return std::filesystem::path(env) / name;
    auto installed = std::filesystem::path(KG_INSTALLED_GRAPH_DATA_DIR) / name;
    if (std::filesystem::is_regular_file(installed)) return installed;
    return std::filesystem::path(KG_SOURCE_GRAPH_DATA_DIR) / name;
}

}  // namespace kg::graph
