#pragma once
// What crossing an edge costs when searching for paths, per edge label, read from a data
// file (graph/edge_weights.tsv: label, weight).

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace kg::graph {

class EdgeWeights {
public:
    // Reads PATH; throws GraphError naming the path and line for a missing file, a row
    // without two columns, or a weight that is not a positive number.
    static EdgeWeights load(const std::filesystem::path& path);

    // The installed graph data's edge_weights.tsv (see default_data_file).
    static std::filesystem::path default_path();

    // Throws GraphError naming the label and the file when the file has no weight for it.
    double of(std::string_view label) const;

private:
    std::filesystem::path path_;
    std::map<std::string, double, std::less<>> weights_;
};

}  // namespace kg::graph
