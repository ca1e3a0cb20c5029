#pragma once
// Whole-file reads and crash-safe whole-file replacement.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kg::store::detail {

// Replaces TARGET with BYTES so that a crash at any point leaves either the old file or the
// new one: writes a temp file in TEMP_DIR (on TARGET's file system), syncs it, renames it
// over TARGET and syncs TARGET's folder. Throws StoreError naming TARGET.
void replace_file(const std::filesystem::path& target, std::string_view bytes,
                  const std::filesystem::path& temp_dir);

// The content of FILE, or nullopt when there is no such file. Throws StoreError naming FILE.
std::optional<std::string> read_file(const std::filesystem::path& file);

// Makes the entries of FOLDER (a new or renamed file) durable.
void sync_folder(const std::filesystem::path& folder);

}  // namespace kg::store::detail
