#include "cli/report.h"

#include <fmt/format.h>

#include <cstdio>
#include <string>

#include "graph/printable.h"

namespace kg::cli {

void report(std::string_view message) {
    std::string shown;
    for (std::size_t start = 0; start <= message.size();) {
        const std::size_t end = std::min(message.find('\n', start), message.size());
        if (start > 0) shown += '\n';
        shown += graph::printable(message.substr(start, end - start));
        start = end + 1;
    }
    fmt::print(stderr, "kg: {}\n", shown);
}

}  // namespace kg::cli
