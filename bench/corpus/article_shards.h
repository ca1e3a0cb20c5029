#pragma once
// Articles as JSON Lines records {"id","title","published","source","url","text"}, the
// input kg ingest reads, 1000 to a file: DIR/0000.jsonl, DIR/0001.jsonl, ...

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace kg::bench::corpus {

struct ArticleRecord {
    std::string id, title, published, source, url, text;
};

class ArticleShards {
public:
    static constexpr std::uint32_t kPerFile = 1000;

    explicit ArticleShards(std::filesystem::path dir) : dir_(std::move(dir)) {}

    // The name of the file holding article number INDEX: "0000.jsonl".
    static std::string file_name(std::uint32_t index);

    // Articles must come in order of INDEX; throws on a failed write.
    void write(std::uint32_t index, const ArticleRecord& record);
    void close();
    std::uint64_t bytes() const { return bytes_; }

private:
    std::filesystem::path dir_;
    std::ofstream out_;
    std::filesystem::path current_;
    std::uint64_t bytes_ = 0;
};

}  // namespace kg::bench::corpus
