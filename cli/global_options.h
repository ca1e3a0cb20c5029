#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "store/age_store.h"

namespace kg::cli {

// Options every command shares; main() binds them to flags and environment variables.
struct GlobalOptions {
    std::filesystem::path store = "kg-data";  // --store, KG_STORE
    std::filesystem::path lexicons;           // --lexicons, KG_LEXICONS; empty: the default
    // --db, KG_DATABASE_URL: use the AGE store at this URL instead of the embedded store; ""
    // (--db '') takes the whole connection from libpq's PG* variables.
    std::optional<std::string> db;
    std::string graph{store::kDefaultGraph};  // --graph: the AGE graph
};

}  // namespace kg::cli
