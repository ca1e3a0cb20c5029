#include "graph/edge_weights.h"

#include <charconv>

#include "graph/data_file.h"
#include "graph/graph_error.h"

namespace kg::graph {
namespace {

bool parse_positive(const std::string& text, double& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && value > 0;
}

}  // namespace

EdgeWeights EdgeWeights::load(const std::filesystem::path& path) {
    EdgeWeights weights;
    weights.path_ = path;
    for (const auto& row : read_data_file(path)) {
        double weight = 0;
        if (row.columns.size() < 2 || !parse_positive(row.columns[1], weight))
            throw GraphError(path.string() + ":" + std::to_string(row.line) +
                             ": expected a label, a tab and a positive weight");
        weights.weights_[row.columns[0]] = weight;
    }
    return weights;
}

std::filesystem::path EdgeWeights::default_path() { return default_data_file("edge_weights.tsv"); }

double EdgeWeights::of(std::string_view label) const {
    auto it = weights_.find(label);
    if (it == weights_.end())
        throw GraphError("no weight for edge label " + std::string(label) + ": add it to " +
                         path_.string());
    return it->second;
}

}  // namespace kg::graph
