#include "bench/corpus/article_shards.h"

#include <fmt/format.h>

#include <stdexcept>

#include "bench/corpus/json_line.h"

namespace kg::bench::corpus {

std::string ArticleShards::file_name(std::uint32_t index) { return fmt::format("{:04}.jsonl", index / kPerFile); }

void ArticleShards::write(std::uint32_t index, const ArticleRecord& record) {
    if (!out_.is_open() || index % kPerFile == 0) {
        close();
        current_ = dir_ / file_name(index);
        out_.open(current_);
        if (!out_) throw std::runtime_error("cannot write " + current_.string());
    }
    const std::string line = JsonLine()
                                 .add("id", record.id)
                                 .add("title", record.title)
                                 .add("published", record.published)
                                 .add("source", record.source)
                                 .add("url", record.url)
                                 .add("text", record.text)
                                 .finish();
    out_ << line;
    bytes_ += line.size();
}

void ArticleShards::close() {
    if (!out_.is_open()) return;
    out_.close();
    if (!out_) throw std::runtime_error("writing " + current_.string() + " failed");
}

}  // namespace kg::bench::corpus
