#include "graph/edit_distance.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace kg::graph {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // One row of the dynamic-programming table at a time: row[j] is the distance between the
    // prefix of A read so far and the first j bytes of B.
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool is_near_miss(std::string_view typed, std::string_view candidate) {
    const std::size_t allowed = std::max<std::size_t>(1, typed.size() / 3);
    const std::size_t length_gap = typed.size() > candidate.size() ? typed.size() - candidate.size()
                                                                    : candidate.size() - typed.size();
    return length_gap <= allowed && edit_distance(typed, candidate) <= allowed;
}

}  // namespace kg::graph
