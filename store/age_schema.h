#pragma once
// kg init: sets a database up for the AGE store with schema/age.sql (the extension, the graph,
// its labels and indexes, and public.kg_article_facts). The file is written for the graph
// `news`; kg runs the same statements for any valid graph name.

#include <filesystem>
#include <string>
#include <string_view>

namespace kg::store {

// kg's schema/age.sql, where graph::data_path finds kg's data.
std::filesystem::path default_schema_file();

// SCHEMA_SQL with its graph name constant set to GRAPH (checked first: see AgeStore). Throws
// DatabaseError when the text does not declare graph_name as kg's schema/age.sql does.
std::string schema_for_graph(std::string_view schema_sql, const std::string& graph);

// Runs SCHEMA_FILE for GRAPH in one transaction; safe to run again, and two at once take
// turns. Throws DatabaseError (the connection, the statements) or StoreError (the file).
void initialize_age(const std::string& url, const std::string& graph, const std::filesystem::path& schema_file);

// Removes GRAPH and its articles' rows, if there are any; the extension and the facts table
// stay for other graphs. Throws DatabaseError.
void drop_age_graph(const std::string& url, const std::string& graph);

}  // namespace kg::store
