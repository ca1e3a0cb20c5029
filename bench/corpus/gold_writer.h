#pragma once
// The facts kg_corpus planted, in the gold layout of ../shared/gold/README.md: per article as
// it is written (article, holds, claim rows), then the people named and the meetings with
// the countries and people taking part, once every article that tells of them is written.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "bench/corpus/article_builder.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/meetings.h"

namespace kg::bench::corpus {

class GoldWriter {
public:
    // FILE_OF names article number i as the scorer sees it ("0000.jsonl#a0000000").
    GoldWriter(const std::filesystem::path& path, const CorpusData& data, const Cast& cast,
               std::function<std::string(std::uint32_t)> file_of);

    void article(std::uint32_t index, Day published, bool date_in_text, const ArticleBuilder& body);
    // Writes the people named in any article and every meeting; throws on a failed write.
    void finish(const Meetings& meetings);

    std::size_t rows() const { return rows_; }

private:
    void write(const std::string& line);
    void write_meeting(std::size_t id, const Meeting& meeting);

    std::ofstream out_;
    std::filesystem::path path_;
    const CorpusData& data_;
    const Cast& cast_;
    std::function<std::string(std::uint32_t)> file_of_;
    std::vector<bool> named_;  // by person
    std::size_t rows_ = 0;
};

}  // namespace kg::bench::corpus
