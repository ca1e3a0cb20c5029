#include "cli/time_window_options.h"

#include "cli/option_checks.h"

namespace kg::cli {

void add_time_window_options(CLI::App& command, graph::TimeWindow& window) {
    command.add_option("--since", window.since, "Only facts seen on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->check(iso_date());
    command.add_option("--until", window.until, "Only facts seen on or before this date (a month or year counts whole)")
        ->check(iso_date());
}

}  // namespace kg::cli
