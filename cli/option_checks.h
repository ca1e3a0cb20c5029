#pragma once
// Checks on option values that several subcommands share. A value that fails one is a usage
// error (exit code 2) whose message says what is accepted.

#include <CLI/CLI.hpp>

#include <string_view>
#include <vector>

namespace kg::cli {

// One of NAMES, in any case; the value becomes the name as listed ("person" -> "Person").
CLI::Validator one_of(const std::vector<std::string_view>& names);

// One of the graph's node labels (graph/labels.h), in any case.
CLI::Validator node_label();

// A date as YYYY, YYYY-MM or YYYY-MM-DD that exists.
CLI::Validator iso_date();

}  // namespace kg::cli
