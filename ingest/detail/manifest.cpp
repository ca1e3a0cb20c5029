#include "ingest/detail/manifest.h"

#include "ingest/detail/json_lines.h"
#include "ingest/published_date.h"

namespace kg::ingest::detail {
namespace {

// A manifest line gives a file's name, date, title, source and url: a few hundred bytes.
constexpr std::size_t kMaxLineBytes = 64 * 1024;

}  // namespace

Manifest Manifest::load(const std::filesystem::path& file, std::vector<InputProblem>& problems) {
    Manifest manifest;
    read_json_lines(file, kMaxLineBytes, problems, [&](const rapidjson::Value& object, const std::string& where) {
        std::string name;
        ArticleMetadata metadata;
        std::string why = read_string_members(object, {{"file", &name},
                                                       {"title", &metadata.title},
                                                       {"published", &metadata.published},
                                                       {"source", &metadata.source},
                                                       {"url", &metadata.url}});
        if (why.empty() && name.empty()) why = "missing \"file\"";
        if (why.empty()) why = normalize_published(metadata.published);
        if (!why.empty()) {
            problems.push_back({where, why});
            return;
        }
        auto [entry, added] = manifest.entries_.try_emplace(name, Entry{std::move(metadata), where});
        if (!added)
            problems.push_back({where, "names " + name + " again (first at " + entry->second.where +
                                           "): keep one line for it"});
    });
    return manifest;
}

const ArticleMetadata* Manifest::claim(const std::string& file_name) {
    auto entry = entries_.find(file_name);
    if (entry == entries_.end()) return nullptr;
    entry->second.claimed = true;
    return &entry->second.metadata;
}

void Manifest::report_unclaimed(std::vector<InputProblem>& problems) const {
    for (const auto& [name, entry] : entries_)
        if (!entry.claimed)
            problems.push_back({entry.where, "names " + name + ", which is not among the inputs"});
}

}  // namespace kg::ingest::detail
