#pragma once
// The shared folder beside the repository (sample articles, gold facts, scorer). Tests that
// need it report themselves skipped, by name, when it is absent.

#include <filesystem>

#include "tests/support/skip.h"

namespace kg::test {

inline std::filesystem::path shared_dir() { return KG_SHARED_DIR; }

inline std::filesystem::path require_shared(const std::filesystem::path& relative) {
    auto path = shared_dir() / relative;
    if (!std::filesystem::exists(path)) skip(path.string() + " is absent");
    return path;
}

}  // namespace kg::test
