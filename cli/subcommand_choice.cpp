#include "cli/subcommand_choice.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <functional>
#include <vector>

#include "graph/edit_distance.h"

namespace kg::cli {

std::optional<std::string> subcommand_problem(CLI::App& app) {
    if (!app.get_subcommands().empty()) return std::nullopt;
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands(std::function<bool(CLI::App*)>{}))
        names.push_back(command->get_name());
    // Options the top level did not know and words it did not take are left over, in order.
    for (const std::string& word : app.remaining()) {
        if (word.starts_with('-')) continue;
        std::vector<std::string> near;
        for (const auto& name : names)
            if (graph::is_near_miss(word, name)) near.push_back("'" + name + "'");
        if (near.empty()) return fmt::format("unknown subcommand '{}': kg --help lists them", word);
        return fmt::format("unknown subcommand '{}'; did you mean {}?", word, fmt::join(near, " or "));
    }
    return fmt::format("name a subcommand: {} (kg --help says what each does)", fmt::join(names, ", "));
}

}  // namespace kg::cli
