#pragma once
// Reads the articles kg ingests: plain text files (metadata from a manifest) and JSON Lines
// files of records. Bad inputs become problems, and reading goes on with the rest.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kg::ingest {

struct RawArticle {
    // The article's identity. A JSON Lines record's is its id: "article:" + id. A text file's is
    // its path from the folder given, starting with that folder's name ("article:batch1/001.txt"),
    // or, for a file given itself, its folder's name and its own ("article:batch1/001.txt" too):
    // so files of one name in two folders never replace each other's facts.
    std::string key;
    std::string file;    // the file name for text files; "FILE.jsonl#ID" for JSON Lines records
    std::string origin;  // where it came from, for messages: "dir/a.txt" or "dir/b.jsonl:17"
    std::string title, source, url;  // "" when unknown
    std::string published;           // ISO 8601 ("2021-11-28", "2021-11"), "" when unknown
    std::string text;                           // UTF-8, without a byte order mark
};

// A bad input: where ("path" or "path:line") and why, in one line the user can act on.
struct InputProblem {
    std::string where;
    std::string what;
};

// Extraction takes time and memory in proportion to an article's length, up to 150 MB a MB of
// text (bench/README.md): bigger articles are refused, unread.
inline constexpr std::size_t kDefaultMaxArticleBytes = 2 * 1024 * 1024;

struct ReadOptions {
    std::optional<std::filesystem::path> manifest;  // metadata for text files, by file name
    std::size_t max_article_bytes = kDefaultMaxArticleBytes;  // a text file's size, a record's text
};

// Calls on_article for each readable article, in a stable order: paths as given, a folder's
// entries sorted by name, recursively. In folders only regular files ending .txt, .text, .md
// (text) or .jsonl, .ndjson (records) are read, and a folder's manifest.jsonl is its manifest;
// a file named explicitly is read whatever its extension. Files are read one at a time, JSON
// Lines files line by line. Appends one problem for each bad input (an article over
// options.max_article_bytes among them) and goes on.
void read_articles(const std::vector<std::filesystem::path>& paths, const ReadOptions& options,
                   const std::function<void(RawArticle&&)>& on_article, std::vector<InputProblem>& problems);

}  // namespace kg::ingest
