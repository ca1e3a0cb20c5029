#pragma once

#include <stdexcept>

namespace kg::store {

// Thrown by the store module; its message names the input at fault and what to do.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace kg::store
