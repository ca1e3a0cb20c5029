#include "cli/doctor_command.h"

#include <boost/version.hpp>
#include <fmt/format.h>
#include <pqxx/version.hxx>
#include <rapidjson/rapidjson.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/json_output.h"
#include "graph/data_file.h"
#include "graph/edge_weights.h"
#include "graph/exporter.h"
#include "store/age_schema.h"
#include "store/age_store.h"
#include "store/database_error.h"
#include "store/embedded_store.h"
#include "store/store_error.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

struct DataFile {
    std::string what;
    fs::path path;
    bool found;
};

// What a store or database holds, or why it cannot be read.
struct StoreState {
    std::string location;
    std::optional<std::size_t> articles;
    std::string problem;  // "" when it could be read
};

struct Report {
    graph::DataLocation data;
    std::vector<DataFile> files;
    StoreState store;
    std::optional<StoreState> database;  // when one is named
    std::vector<std::pair<std::string, std::string>> libraries;

    bool healthy() const {
        return std::all_of(files.begin(), files.end(), [](const DataFile& f) { return f.found; }) &&
               (!database || database->problem.empty());
    }
};

std::string origin_text(graph::DataLocation::Origin origin) {
    switch (origin) {
        case graph::DataLocation::environment:
            return "KG_DATA_DIR";
        case graph::DataLocation::installed:
            return "installed beside the program";
        case graph::DataLocation::source_tree:
            return "the source tree kg was built from";
    }
    return "";
}

std::vector<DataFile> data_files(const GlobalOptions& global) {
    std::vector<DataFile> files = {{"lexicons", lexicon_dir(global), false},
                                   {"edge weights", graph::EdgeWeights::default_path(), false},
                                   {"DOT styles", graph::ExportOptions{}.dot_styles, false},
                                   {"AGE schema", store::default_schema_file(), false}};
    for (auto& file : files) {
        std::error_code error;
        file.found = fs::exists(file.path, error);
    }
    return files;
}

// Reading a store or database may fail in any way its backend reports; the doctor says how.
template <typename Open>
StoreState state_of(const std::string& location, Open open) {
    try {
        const auto store = open();
        return {store->location(), store->article_count(), ""};
    } catch (const store::DatabaseError& e) {
        return {location, std::nullopt, e.what()};
    } catch (const store::StoreError& e) {
        return {location, std::nullopt, e.what()};
    }
}

StoreState embedded_state(const fs::path& dir) {
    if (!store::is_store(dir))
        return {dir.string(), std::nullopt, dir.string() + " holds no kg store yet: kg ingest makes one"};
    return state_of(dir.string(), [&] { return std::make_unique<store::EmbeddedStore>(dir); });
}

Report examine(const GlobalOptions& global) {
    Report report{graph::data_location(), data_files(global), embedded_state(global.store), std::nullopt,
                  {{"Boost", fmt::format("{}.{}.{}", BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000,
                                         BOOST_VERSION % 100)},
                   {"CLI11", CLI11_VERSION},
                   {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
                   {"ICU", U_ICU_VERSION},
                   {"libpqxx", PQXX_VERSION},
                   {"RapidJSON", RAPIDJSON_VERSION_STRING}}};
    if (global.db)
        report.database = state_of("graph '" + global.graph + "'",
                                   [&] { return std::make_unique<store::AgeStore>(*global.db, global.graph); });
    return report;
}

std::string state_text(const StoreState& state) {
    if (!state.problem.empty()) return state.problem;
    return fmt::format("{}, holding {} articles", state.location, *state.articles);
}

void print_text(const Report& report) {
    std::cout << "kg " << KG_VERSION << "\n";
    std::cout << fmt::format("data files: {} ({}; KG_DATA_DIR names another)\n", report.data.dir.string(),
                             origin_text(report.data.origin));
    for (const auto& file : report.files)
        std::cout << fmt::format("  {:<13} {}{}\n", file.what, file.path.string(), file.found ? "" : "  MISSING");
    std::cout << "store: " << state_text(report.store) << "\n";
    std::cout << "database: "
              << (report.database ? state_text(*report.database) : "none named (--db URL or KG_DATABASE_URL)") << "\n";
    std::string libraries;
    for (const auto& [name, version] : report.libraries) libraries += (libraries.empty() ? "" : ", ") + name + " " + version;
    std::cout << "built with: " << libraries << "\n";
}

void write_state(graph::JsonWriter& w, const StoreState& state) {
    w.StartObject();
    w.Key("location");
    write_text(w, state.location);
    if (state.articles) {
        w.Key("articles");
        w.Uint64(*state.articles);
    } else {
        w.Key("problem");
        write_text(w, state.problem);
    }
    w.EndObject();
}

void print_json_report(const Report& report) {
    print_json(std::cout, [&](graph::JsonWriter& w) {
        w.Key("version");
        write_text(w, KG_VERSION);
        w.Key("data");
        w.StartObject();
        w.Key("dir");
        write_text(w, report.data.dir.string());
        w.Key("origin");
        write_text(w, origin_text(report.data.origin));
        w.Key("files");
        w.StartArray();
        for (const auto& file : report.files) {
            w.StartObject();
            w.Key("what");
            write_text(w, file.what);
            w.Key("path");
            write_text(w, file.path.string());
            w.Key("found");
            w.Bool(file.found);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        w.Key("store");
        write_state(w, report.store);
        w.Key("database");
        if (report.database)
            write_state(w, *report.database);
        else
            w.Null();
        w.Key("libraries");
        w.StartObject();
        for (const auto& [name, version] : report.libraries) {
            write_text(w, name);
            write_text(w, version);
        }
        w.EndObject();
    });
}

ExitCode run_doctor(const GlobalOptions& global) {
    const Report report = examine(global);
    if (global.json)
        print_json_report(report);
    else
        print_text(report);
    return report.healthy() ? kOk : kError;
}

}  // namespace

void add_doctor_command(CLI::App& app, const GlobalOptions& global, ExitCode& result) {
    auto* cmd = app.add_subcommand(
        "doctor", "Show what kg uses: its data files, the store, the database, its libraries (exit 1 if one is missing)");
    cmd->callback([&global, &result] { result = run_doctor(global); });
}

}  // namespace kg::cli
