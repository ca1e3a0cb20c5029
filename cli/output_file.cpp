#include "cli/output_file.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iostream>
#include <system_error>

#include "cli/command_error.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

// Removes the temporary file unless it was renamed into place.
class TempFile {
public:
    explicit TempFile(const fs::path& target)
        : path_(target.parent_path() / ("." + target.filename().string() + ".kg-" + std::to_string(::getpid()))) {}
    ~TempFile() {
        std::error_code ignored;
        if (!kept_) fs::remove(path_, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const fs::path& path() const { return path_; }
    void keep() { kept_ = true; }

private:
    fs::path path_;
    bool kept_ = false;
};

[[noreturn]] void cannot_write(const fs::path& file, const std::string& why) {
    throw CommandError(kError, fmt::format("cannot write {}: {}", file.string(), why));
}

}  // namespace

void write_output(const fs::path& file, const std::function<void(std::ostream&)>& write) {
    if (file.empty() || file == "-") {
        write(std::cout);
        if (!std::cout.flush()) cannot_write("standard output", "the write failed");
        return;
    }
    TempFile temp(file);
    {
        std::ofstream out(temp.path(), std::ios::binary | std::ios::trunc);
        if (!out) cannot_write(file, std::generic_category().message(errno) + " (writing " + temp.path().string() + ")");
        write(out);
        if (!out.flush()) cannot_write(file, "the write failed (is the disk full?)");
    }
    std::error_code error;
    fs::rename(temp.path(), file, error);
    if (error) cannot_write(file, error.message());
    temp.keep();
}

}  // namespace kg::cli
