#include "store/embedded_store.h"

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <set>
#include <system_error>

#include "store/detail/atomic_file.h"
#include "store/fact_codec.h"
#include "store/store_error.h"

namespace kg::store {
namespace {

namespace fs = std::filesystem;
using graph::ArticleFacts;

constexpr const char* kMarkerName = "kg-store";
constexpr const char* kArticlesName = "articles";
constexpr const char* kTempName = "tmp";
constexpr const char* kLockName = "lock";
const std::string kMarkerContent = fmt::format("kg embedded store\nformat {}\n", kFactFormatVersion);

// FNV-1a, 64 bits: stable across platforms and runs, unlike std::hash.
std::uint64_t stable_hash(const std::string& text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

// A folder holding only what a store would (say, from a run killed while creating it) is
// taken as a new store; any other file means the folder belongs to something else.
bool is_foreign(const fs::path& dir) {
    static const std::set<std::string> own = {kMarkerName, kArticlesName, kTempName, kLockName};
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
        if (!own.contains(it->path().filename().string())) return true;
    if (error) throw StoreError("cannot list " + dir.string() + ": " + error.message());
    return false;
}

// Checks DIR before anything is written into it, and creates it when absent.
fs::path prepared(fs::path dir) {
    std::error_code error;
    if (!fs::exists(dir, error)) {
        if (!fs::create_directories(dir, error) && error)
            throw StoreError("cannot create the store folder " + dir.string() + ": " + error.message());
    } else if (!fs::is_directory(dir, error)) {
        throw StoreError(dir.string() + " is not a folder: give the store a folder");
    } else if (!fs::exists(dir / kMarkerName, error) && is_foreign(dir)) {
        throw StoreError(dir.string() + " is not a kg store (it holds other files and no " + kMarkerName +
                         " marker): give the store a new or empty folder");
    }
    return dir;
}

bool same_hash(const ArticleFacts& stored, const ArticleFacts& facts) {
    const std::string& hash = facts.article.prop("hash");
    return !hash.empty() && stored.article.prop("hash") == hash;
}

// A corrupt file reads as no facts: whoever puts the article again replaces it.
std::optional<ArticleFacts> decode_if_sound(const std::optional<std::string>& bytes) {
    if (!bytes) return std::nullopt;
    try {
        return decode_facts(*bytes);
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

}  // namespace

bool is_store(const fs::path& dir) {
    std::error_code error;
    return fs::is_regular_file(dir / kMarkerName, error);
}

EmbeddedStore::EmbeddedStore(fs::path dir) : dir_(prepared(std::move(dir))), lock_(dir_ / kLockName) {
    auto hold = lock_.exclusive();
    initialize();
    remove_leftover_temp_files();
}

void EmbeddedStore::initialize() const {
    std::error_code error;
    fs::create_directories(dir_ / kArticlesName, error);
    if (!error) fs::create_directories(dir_ / kTempName, error);
    if (error)
        throw StoreError("cannot create folders in the store " + dir_.string() + ": " + error.message());

    const fs::path marker = dir_ / kMarkerName;
    const auto content = detail::read_file(marker);
    if (!content) {
        detail::replace_file(marker, kMarkerContent, dir_ / kTempName);
    } else if (*content != kMarkerContent) {
        throw StoreError("the store " + dir_.string() + " has another format than this kg reads (see " +
                         marker.string() + "): use the kg that wrote it, or ingest into a new folder");
    }
}

// Writers hold the lock from creating a temp file until renaming it, so while this process
// holds it every temp file is a leftover.
void EmbeddedStore::remove_leftover_temp_files() const {
    std::error_code error;
    for (fs::directory_iterator it(dir_ / kTempName, error), end; !error && it != end; it.increment(error))
        fs::remove_all(it->path(), error);
    if (error)
        throw StoreError("cannot remove leftover temp files in " + (dir_ / kTempName).string() + ": " +
                         error.message());
}

fs::path EmbeddedStore::article_file(const std::string& article_key) const {
    return dir_ / kArticlesName / fmt::format("{:016x}.json", stable_hash(article_key));
}

std::optional<std::string> EmbeddedStore::article_hash(const std::string& article_key) const {
    // A rename replaces a file whole, so reading one file needs no lock.
    const auto stored = decode_if_sound(detail::read_file(article_file(article_key)));
    if (!stored || stored->article.key != article_key || stored->article.prop("hash").empty())
        return std::nullopt;
    return stored->article.prop("hash");
}

PutOutcome EmbeddedStore::put(const ArticleFacts& facts) {
    const std::string& key = facts.article.key;
    if (key.empty()) throw StoreError("cannot store an article without a key (in " + dir_.string() + ")");
    const fs::path file = article_file(key);
    const std::string encoded = encode_facts(facts);

    auto hold = lock_.exclusive();
    const auto bytes = detail::read_file(file);
    if (const auto stored = decode_if_sound(bytes)) {
        if (stored->article.key != key)
            throw StoreError(fmt::format("articles {} and {} hash to the same file {}: rename one of them",
                                         stored->article.key, key, file.string()));
        if (same_hash(*stored, facts)) return PutOutcome::Unchanged;
    }
    detail::replace_file(file, encoded, dir_ / kTempName);
    return bytes ? PutOutcome::Replaced : PutOutcome::Added;
}

std::vector<fs::path> EmbeddedStore::article_files() const {
    const fs::path folder = dir_ / kArticlesName;
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".json" && it->is_regular_file(error)) files.push_back(it->path());
    if (error) throw StoreError("cannot list " + folder.string() + ": " + error.message());
    std::sort(files.begin(), files.end());
    return files;
}

ArticleFacts EmbeddedStore::read_article(const fs::path& file) const {
    const std::string fix = ": delete it and ingest its article again";
    const auto bytes = detail::read_file(file);
    if (!bytes)
        throw StoreError("article file " + file.string() +
                         " was removed while the store was read: try again");
    ArticleFacts facts;
    try {
        facts = decode_facts(*bytes);
    } catch (const StoreError& error) {
        throw StoreError("corrupt article file " + file.string() + " (" + error.what() + ")" + fix);
    }
    if (article_file(facts.article.key) != file)
        throw StoreError("article file " + file.string() + " holds " + facts.article.key +
                         ", which belongs in " + article_file(facts.article.key).string() + fix);
    return facts;
}

std::vector<ArticleFacts> EmbeddedStore::articles() const {
    std::vector<ArticleFacts> articles;
    {
        auto hold = lock_.shared();
        for (const auto& file : article_files()) articles.push_back(read_article(file));
    }
    std::sort(articles.begin(), articles.end(),
              [](const ArticleFacts& a, const ArticleFacts& b) { return a.article.key < b.article.key; });
    return articles;
}

graph::KnowledgeGraph EmbeddedStore::load_graph() const {
    graph::KnowledgeGraph graph;
    for (const auto& facts : articles()) graph.add(facts);
    return graph;
}

std::size_t EmbeddedStore::article_count() const {
    auto hold = lock_.shared();
    return article_files().size();
}

}  // namespace kg::store
