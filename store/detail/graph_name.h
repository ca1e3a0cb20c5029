#pragma once
// A graph's name is also the name of the PostgreSQL schema AGE keeps its tables in, so it is the
// one user value kg puts into SQL text: only after this check, and quoted.

#include <string>

namespace kg::store::detail {

// Returns NAME when it is 3 to 63 characters of [a-z0-9_] not starting with a digit; else
// throws DatabaseError saying what a graph name may be.
const std::string& checked_graph_name(const std::string& name);

}  // namespace kg::store::detail
