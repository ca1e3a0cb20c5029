#pragma once

#include "store/store_error.h"

namespace kg::store {

// Thrown by the AGE store when the database cannot be reached or used: the server is down, the
// login is refused, the graph or the extension is missing, a statement failed. Its message
// names the server (never the password) and what to do.
class DatabaseError : public StoreError {
public:
    using StoreError::StoreError;
};

}  // namespace kg::store
