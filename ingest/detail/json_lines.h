#pragma once
// Reads JSON Lines files (article records and manifests) line by line, so a large file
// streams. Blank lines are skipped; every other line must be one JSON object.

#include <rapidjson/document.h>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "ingest/article_reader.h"

namespace kg::ingest::detail {

// Calls on_object with each line's object and "FILE:LINE". Appends a problem for each line
// that is not a JSON object, not text (not UTF-8, a NUL, control bytes) or longer than
// MAX_LINE_BYTES (never held in memory whole) and reads on; and one for the file when it is
// unreadable, empty or starts with binary bytes (reading stops there).
void read_json_lines(
    const std::filesystem::path& file, std::size_t max_line_bytes, std::vector<InputProblem>& problems,
    const std::function<void(const rapidjson::Value& object, const std::string& where)>& on_object);

// Copies string members of OBJECT into their targets; an absent or null member leaves its
// target as is. Returns why not, naming the first member of another type, or "" when fine.
std::string read_string_members(const rapidjson::Value& object,
                                std::initializer_list<std::pair<const char*, std::string*>> members);

// Whether OBJECT has member NAME and it is not null.
bool has_member(const rapidjson::Value& object, const char* name);

}  // namespace kg::ingest::detail
