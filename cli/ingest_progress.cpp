#include "cli/ingest_progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <system_error>

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

std::uintmax_t input_bytes(const std::vector<fs::path>& paths) {
    std::uintmax_t bytes = 0;
    std::error_code error;
    for (const auto& path : paths) {
        if (fs::is_regular_file(path, error)) bytes += fs::file_size(path, error);
        if (!fs::is_directory(path, error)) continue;
        for (fs::recursive_directory_iterator it(path, error), end; !error && it != end; it.increment(error))
            if (it->is_regular_file(error)) bytes += it->file_size(error);
    }
    return bytes;
}

std::string duration(double seconds) {
    const auto whole = static_cast<long>(seconds);
    return whole >= 60 ? fmt::format("{}m{:02}s", whole / 60, whole % 60) : fmt::format("{}s", whole);
}

}  // namespace

IngestProgress::IngestProgress(const std::vector<fs::path>& paths)
    : shown_(isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {
    if (shown_) total_bytes_ = input_bytes(paths);
}

IngestProgress::~IngestProgress() {
    if (shown_ && drawn_) std::fputs("\r\033[K", stderr);
}

void IngestProgress::draw(bool now) {
    if (!shown_) return;
    const auto time = std::chrono::steady_clock::now();
    if (!now && time - last_drawn_ < std::chrono::milliseconds(200)) return;
    last_drawn_ = time;
    drawn_ = true;
    const double elapsed = std::chrono::duration<double>(time - start_).count();
    std::string line = fmt::format("kg: {} articles", articles_);
    if (total_bytes_ > 0) {
        const double share = std::min(1.0, static_cast<double>(read_bytes_) / static_cast<double>(total_bytes_));
        line += fmt::format(" ({:.0f}% of {:.0f} MB)", share * 100, static_cast<double>(total_bytes_) / 1e6);
        if (elapsed > 1 && share > 0.01) line += fmt::format(", {:.0f}/s, {} left", articles_ / elapsed,
                                                             duration(elapsed / share - elapsed));
    }
    line += fmt::format("; {} stored", stored_);
    if (storing_ > 0) line += fmt::format(", storing {}", storing_);
    fmt::print(stderr, "\r\033[K{}", line);
}

}  // namespace kg::cli
