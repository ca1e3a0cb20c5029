#include "cli/option_checks.h"

#include <string>

#include "graph/iso_date.h"
#include "graph/labels.h"

namespace kg::cli {

CLI::Validator one_of(const std::vector<std::string_view>& names) {
    return CLI::IsMember(std::vector<std::string>(names.begin(), names.end()), CLI::ignore_case);
}

CLI::Validator node_label() {
    return one_of({graph::label::kNodeLabels.begin(), graph::label::kNodeLabels.end()});
}

CLI::Validator iso_date() {
    return CLI::Validator(
        [](const std::string& value) {
            return graph::is_iso_date(value) ? std::string()
                                             : "'" + value + "' is no date: write YYYY-MM-DD, YYYY-MM or YYYY";
        },
        "DATE");
}

}  // namespace kg::cli
