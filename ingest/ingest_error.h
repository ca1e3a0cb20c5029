#pragma once

#include <stdexcept>

namespace kg::ingest {

// Thrown by the ingest module; its message names the input at fault and what to do.
class IngestError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace kg::ingest
