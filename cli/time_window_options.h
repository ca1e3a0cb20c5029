#pragma once
// --since and --until: the commands that take them answer from the facts told in that period
// (graph/time_window.h).

#include <CLI/CLI.hpp>

#include "graph/time_window.h"

namespace kg::cli {

void add_time_window_options(CLI::App& command, graph::TimeWindow& window);

}  // namespace kg::cli
