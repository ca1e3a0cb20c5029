#pragma once

#include <filesystem>
#include <string>

namespace kg::cli {

// Options every command shares; main() binds them to flags and environment variables.
struct GlobalOptions {
    std::filesystem::path store = "kg-data";  // --store, KG_STORE
    std::filesystem::path lexicons;           // --lexicons, KG_LEXICONS; empty: the default
};

}  // namespace kg::cli
