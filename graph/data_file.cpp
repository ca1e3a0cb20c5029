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
                         ": set KG_DATA_DIR to kg's share/kg folder (kg doctor says where kg looks)");
    std::vector<DataRow> rows;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        rows.push_back({split_tabs(line), number});
    }
    return rows;
}

DataLocation data_location() {
    if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) return {DataLocation::environment, env};
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        auto installed = program.parent_path().parent_path() / "share" / "kg";
        if (std::filesystem::is_directory(installed, error)) return {DataLocation::installed, installed};
    }
    return {DataLocation::source_tree, KG_SOURCE_DIR};
}

std::filesystem::path data_path(std::string_view installed, std::string_view in_source) {
    const auto location = data_location();
    return location.dir / (location.origin == DataLocation::source_tree ? in_source : installed);
}

std::filesystem::path default_data_file(std::string_view name) {
    return data_path(name, "graph/" + std::string(name));
}

}  // namespace kg::graph
