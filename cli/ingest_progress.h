#pragma once
// The line kg ingest keeps up to date on a terminal (and never prints when stderr is not
// one): articles done, how much of the input that is, the rate, the time left, and what the
// store is doing.
//
//   kg: 41200 articles (42% of 512 MB), 385/s, 2m31s left; 40000 stored, storing 1000

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kg::cli {

class IngestProgress {
public:
    // Sizes up the inputs (the article files under PATHS) so the line can say how far along it is.
    explicit IngestProgress(const std::vector<std::filesystem::path>& paths);
    ~IngestProgress();
    IngestProgress(const IngestProgress&) = delete;
    IngestProgress& operator=(const IngestProgress&) = delete;

    void read(std::size_t bytes) { read_bytes_ += bytes; ++articles_; draw(); }
    void storing(std::size_t count) { storing_ = count; draw(true); }
    void stored(std::size_t count) { stored_ += count; storing_ = 0; draw(true); }

private:
    void draw(bool now = false);

    bool shown_;
    bool drawn_ = false;
    std::uintmax_t total_bytes_ = 0, read_bytes_ = 0;
    std::size_t articles_ = 0, stored_ = 0, storing_ = 0;
    std::chrono::steady_clock::time_point start_, last_drawn_;
};

}  // namespace kg::cli
