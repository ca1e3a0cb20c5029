#pragma once
// kg's JSON output (--json): one object a command, whose "schema" member is the version of
// the shapes README.md documents, raised when a shape changes.

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command_error.h"
#include "cli/exit_codes.h"
#include "graph/json_writer.h"

namespace kg::cli {

inline constexpr unsigned kJsonSchema = 1;

// Prints {"schema": 1, <the members WRITE_MEMBERS writes>} and a newline to OUT.
void print_json(std::ostream& out, const std::function<void(graph::JsonWriter&)>& write_members);

// Writes TEXT as a JSON string (kg's own text, or text checked to be UTF-8 when stored).
void write_text(graph::JsonWriter& writer, const std::string& text);

// Writes TEXT, or null when it is empty (a value not known).
void write_text_or_null(graph::JsonWriter& writer, const std::string& text);

// Prints an error as {"schema": 1, "error": {"exit_code", "message", "candidates": [{"id",
// "labels", "name"}]}} to OUT.
void print_json_error(std::ostream& out, ExitCode code, const std::string& message,
                      const std::vector<graph::Node>& candidates);

}  // namespace kg::cli
