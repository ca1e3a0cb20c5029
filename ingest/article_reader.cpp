#include "ingest/article_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <map>
#include <string_view>
#include <system_error>

#include "ingest/detail/json_lines.h"
#include "ingest/detail/manifest.h"
#include "ingest/detail/text_check.h"
#include "ingest/published_date.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;
using detail::ArticleMetadata;
using detail::Manifest;

constexpr std::string_view kManifestName = "manifest.jsonl";
// A folder's README says what the folder holds (examples/, tests/cases/articles/): no article.
constexpr std::string_view kReadmeName = "README.md";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string extension_of(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

bool is_records_file(const fs::path& path) {
    const std::string extension = extension_of(path);
    return extension == ".jsonl" || extension == ".ndjson";
}

bool is_article_file(const fs::path& path) {
    const std::string extension = extension_of(path);
    return extension == ".txt" || extension == ".text" || extension == ".md" || is_records_file(path);
}

// The name of PATH's last folder or file as the user sees it, also when given as "." or "dir/".
std::string own_name(const fs::path& path) {
    fs::path normal = fs::absolute(path).lexically_normal();
    if (!normal.has_filename()) normal = normal.parent_path();
    return normal.filename().generic_string();
}

// A file given itself is keyed as if its folder had been given: "batch1/001.txt".
std::string folder_and_name(const fs::path& file) {
    const fs::path normal = fs::absolute(file).lexically_normal();
    return own_name(normal.parent_path()) + '/' + normal.filename().generic_string();
}

bool same_file(const fs::path& a, const std::optional<fs::path>& b) {
    std::error_code error;
    return b && fs::equivalent(a, *b, error);
}

class Reader {
public:
    Reader(const ReadOptions& options, const std::function<void(RawArticle&&)>& on_article,
           std::vector<InputProblem>& problems)
        : options_(options), on_article_(on_article), problems_(problems) {
        if (options.manifest) named_manifest_ = Manifest::load(*options.manifest, problems);
    }

    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    void read_path(const fs::path& path) {
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (status.type() == fs::file_type::not_found)
            problem(path, "cannot read: no such file or folder");
        else if (error)
            problem(path, "cannot read: " + error.message());
        else if (fs::is_directory(status))
            read_top_folder(path, own_name(path));
        else if (!fs::is_regular_file(status))
            problem(path, "not a regular file or folder");
        else if (same_file(path, options_.manifest))
            return;  // read already, as the manifest
        else if (path.filename() == kManifestName)
            problem(path, "a manifest, not articles: give it with --manifest, or give its folder");
        else
            read_file(path, folder_and_name(path));
    }

    // Reports the named manifest's lines that no input matched.
    void finish() {
        if (named_manifest_) named_manifest_->report_unclaimed(problems_);
    }

private:
    void problem(const fs::path& where, std::string what) {
        problems_.push_back({where.string(), std::move(what)});
    }

    void read_top_folder(const fs::path& folder, const std::string& name) {
        const std::size_t files_before = files_read_;
        if (read_folder(folder, name) && files_read_ == files_before)
            problem(folder, "holds no article files (.txt, .text, .md, .jsonl or .ndjson)");
    }

    // False when FOLDER cannot be listed. Symbolic links to folders are not followed, so a
    // link cycle cannot trap the walk. RELATIVE is FOLDER's path from the folder given, which
    // it starts with ("articles/2024").
    bool read_folder(const fs::path& folder, const std::string& relative) {
        std::vector<fs::directory_entry> entries;
        std::error_code error;
        for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
            entries.push_back(*it);
        if (error) {
            problem(folder, "cannot list the folder: " + error.message());
            return false;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });

        const fs::path manifest_path = folder / kManifestName;
        const bool has_manifest =
            fs::is_regular_file(manifest_path, error) && !same_file(manifest_path, options_.manifest);
        if (has_manifest) folder_manifests_.push_back(Manifest::load(manifest_path, problems_));
        for (const auto& entry : entries) {
            if (entry.path().filename() == kManifestName || entry.path().filename() == kReadmeName) continue;
            const std::string entry_relative = relative + '/' + entry.path().filename().generic_string();
            if (entry.is_directory(error) && !entry.is_symlink(error))
                read_folder(entry.path(), entry_relative);
            else if (entry.is_regular_file(error) && is_article_file(entry.path()))
                read_file(entry.path(), entry_relative);
        }
        if (has_manifest) {
            folder_manifests_.back().report_unclaimed(problems_);
            folder_manifests_.pop_back();
        }
        return true;
    }

    void read_file(const fs::path& file, const std::string& relative) {
        ++files_read_;
        if (is_records_file(file))
            read_records_file(file);
        else
            read_text_file(file, relative);
    }

    void read_text_file(const fs::path& file, const std::string& relative) {
        std::error_code error;
        if (const auto size = fs::file_size(file, error); !error && size > options_.max_article_bytes)
            return problem(file, too_long(size));
        std::ifstream in(file, std::ios::binary);
        if (!in) return problem(file, "cannot read: " + std::generic_category().message(errno));
        std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (in.bad())
            return problem(file, "cannot read to the end: " + std::generic_category().message(errno));

        const std::size_t skipped = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
        if (auto fault = detail::check_text(std::string_view(text).substr(skipped), skipped))
            return problem(file, fault->what);
        text.erase(0, skipped);

        RawArticle article;
        article.file = file.filename().string();
        article.key = "article:" + relative;
        article.origin = file.string();
        apply(metadata_for(article.file), article);
        article.text = std::move(text);
        emit(std::move(article));
    }

    void read_records_file(const fs::path& file) {
        const std::string file_name = file.filename().string();
        // A record's line holds its text, escaped (up to twice as long), and its metadata.
        const std::size_t max_line_bytes = 2 * options_.max_article_bytes + 64 * 1024;
        detail::read_json_lines(
            file, max_line_bytes, problems_, [&](const rapidjson::Value& object, const std::string& where) {
                RawArticle article;
                std::string id;
                std::string why = detail::read_string_members(object, {{"id", &id},
                                                                       {"title", &article.title},
                                                                       {"published", &article.published},
                                                                       {"source", &article.source},
                                                                       {"url", &article.url},
                                                                       {"text", &article.text}});
                if (why.empty()) why = missing_field(object, id, article.text);
                if (why.empty() && article.text.size() > options_.max_article_bytes) why = too_long(article.text.size());
                if (why.empty()) why = normalize_published(article.published);
                if (!why.empty()) {
                    problems_.push_back({where, why});
                    return;
                }
                article.key = "article:" + id;
                article.file = file_name + '#' + id;
                article.origin = where;
                emit(std::move(article));
            });
    }

    std::string too_long(std::size_t bytes) const {
        return fmt::format("an article of {} bytes, more than the {} kg reads in one: split it, or raise "
                           "--max-article-bytes",
                           bytes, options_.max_article_bytes);
    }

    static std::string missing_field(const rapidjson::Value& object, const std::string& id,
                                     const std::string& text) {
        if (!detail::has_member(object, "id")) return "missing \"id\"";
        if (id.empty()) return "empty \"id\"";
        if (!detail::has_member(object, "text")) return "missing \"text\"";
        if (auto fault = detail::check_text(text)) return "\"text\" is " + fault->what;
        return "";
    }

    // The named manifest wins over a folder's; a nearer folder's over an outer one's. Every
    // manifest naming the file learns that it is among the inputs.
    ArticleMetadata metadata_for(const std::string& file_name) {
        const ArticleMetadata* found = named_manifest_ ? named_manifest_->claim(file_name) : nullptr;
        for (auto manifest = folder_manifests_.rbegin(); manifest != folder_manifests_.rend(); ++manifest) {
            const ArticleMetadata* metadata = manifest->claim(file_name);
            if (!found) found = metadata;
        }
        return found ? *found : ArticleMetadata{};
    }

    static void apply(ArticleMetadata metadata, RawArticle& article) {
        article.title = std::move(metadata.title);
        article.published = std::move(metadata.published);
        article.source = std::move(metadata.source);
        article.url = std::move(metadata.url);
    }

    // Two inputs with one key would silently replace each other's facts in the store.
    void emit(RawArticle&& article) {
        auto [first, added] = origins_.try_emplace(article.key, article.origin);
        if (!added)
            return problems_.push_back({article.origin, "has the same article key " + article.key + " as " +
                                                            first->second + ": rename one of them"});
        on_article_(std::move(article));
    }

    const ReadOptions& options_;
    const std::function<void(RawArticle&&)>& on_article_;
    std::vector<InputProblem>& problems_;
    std::optional<Manifest> named_manifest_;
    std::vector<Manifest> folder_manifests_;      // of the folders being walked, innermost last
    std::map<std::string, std::string> origins_;  // article key -> where it was read
    std::size_t files_read_ = 0;
};

}  // namespace

void read_articles(const std::vector<std::filesystem::path>& paths, const ReadOptions& options,
                   const std::function<void(RawArticle&&)>& on_article, std::vector<InputProblem>& problems) {
    Reader reader(options, on_article, problems);
    for (const auto& path : paths) reader.read_path(path);
    reader.finish();
}

}  // namespace kg::ingest
