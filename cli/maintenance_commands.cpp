#include "cli/maintenance_commands.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/command_error.h"
#include "cli/report.h"
#include "store/embedded_store.h"

namespace kg::cli {
namespace {

store::EmbeddedStore existing_store(const GlobalOptions& global, const std::string& command) {
    if (global.db)
        throw CommandError(kUsage, "kg " + command + " works on the embedded store; it takes no --db");
    return store::EmbeddedStore(global.store, store::OpenMode::existing);
}

// The one stored article a user's word names (by key, path or file name).
std::string article_key(const store::EmbeddedStore& store, const std::string& name) {
    const auto keys = store.articles_named(name);
    if (keys.empty()) throw CommandError(kNotFound, "no stored article is named '" + name + "'");
    if (keys.size() > 1)
        throw CommandError(kAmbiguous, fmt::format("'{}' names {} stored articles; say which by key: {}", name,
                                                   keys.size(), fmt::join(keys, ", ")));
    return keys.front();
}

ExitCode run_forget(const std::vector<std::string>& articles, const GlobalOptions& global) {
    auto store = existing_store(global, "forget");
    std::vector<std::string> keys;
    for (const auto& article : articles) keys.push_back(article_key(store, article));
    for (const auto& key : keys) store.forget(key);
    report(fmt::format("{} articles forgotten; {} holds {}", keys.size(), store.location(), store.article_count()));
    return kOk;
}

ExitCode run_reindex(const GlobalOptions& global) {
    auto store = existing_store(global, "reindex");
    store.reindex();
    report(fmt::format("the resolved graph of {} was recomputed from its {} articles", store.location(),
                       store.article_count()));
    return kOk;
}

}  // namespace

void add_forget_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto articles = std::make_shared<std::vector<std::string>>();
    auto* cmd = app.add_subcommand("forget", "Retract the facts of stored articles (by file name or key)");
    cmd->add_option("articles", *articles, "Article file names or keys")->required();
    cmd->callback([articles, &global, &result] { result = run_forget(*articles, global); });
}

void add_reindex_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto* cmd = app.add_subcommand("reindex", "Recompute the resolved graph from the stored facts");
    cmd->callback([&global, &result] { result = run_reindex(global); });
}

}  // namespace kg::cli
