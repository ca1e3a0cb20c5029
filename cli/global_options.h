#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "store/age_store.h"

namespace kg::cli {

// Options every command shares, bound to flags and environment variables by
// add_global_options.
struct GlobalOptions {
    std::filesystem::path store = "kg-data";  // --store, KG_STORE
    std::filesystem::path lexicons;           // --lexicons, KG_LEXICONS; empty: the default
    // --db, KG_DATABASE_URL: use the AGE store at this URL instead of the embedded store; ""
    // (--db '') takes the whole connection from libpq's PG* variables.
    std::optional<std::string> db;
    std::string graph{store::kDefaultGraph};  // --graph: the AGE graph
    bool json = false;  // --json: output, and errors on stderr, as JSON (README: "JSON output")
};

// Binds the shared options to the top-level APP, which also reads their environment
// variables, and again to each of its subcommands, so that they may come before or after the
// subcommand's name and every subcommand's --help lists them. Call it once every subcommand
// is added. A value given after the subcommand wins: CLI11 runs the top level's option
// callbacks, environment included, before a subcommand's.
void add_global_options(CLI::App& app, GlobalOptions& global);

// The lexicon folder: --lexicons (KG_LEXICONS), else the lexicons among kg's data files.
std::filesystem::path lexicon_dir(const GlobalOptions& global);

}  // namespace kg::cli
