#pragma once

#include <stdexcept>

namespace kg::graph {

// Thrown by the graph module; its message names the input at fault and what to do.
class GraphError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace kg::graph
