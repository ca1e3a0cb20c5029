#include "store/detail/atomic_file.h"

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <system_error>

#include "store/store_error.h"

namespace kg::store::detail {
namespace {

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::string last_error() {
    return std::generic_category().message(errno);
}

[[noreturn]] void fail(const std::string& doing, const std::filesystem::path& path) {
    throw StoreError("cannot " + doing + " " + path.string() + ": " + last_error());
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

std::filesystem::path temp_path(const std::filesystem::path& target, const std::filesystem::path& temp_dir) {
    static std::atomic<unsigned> counter{0};
    return temp_dir / (target.filename().string() + '.' + std::to_string(::getpid()) + '.' +
                       std::to_string(counter++) + ".tmp");
}

void write_synced(const std::filesystem::path& file, std::string_view bytes) {
    Descriptor out(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (out.get() < 0) fail("create", file);
    if (!write_all(out.get(), bytes) || ::fsync(out.get()) != 0) fail("write", file);
}

}  // namespace

void replace_file(const std::filesystem::path& target, std::string_view bytes,
                  const std::filesystem::path& temp_dir) {
    const auto temp = temp_path(target, temp_dir);
    try {
        write_synced(temp, bytes);
        if (::rename(temp.c_str(), target.c_str()) != 0) fail("replace", target);
    } catch (const StoreError&) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw;
    }
    sync_folder(target.parent_path());
}

std::optional<std::string> read_file(const std::filesystem::path& file) {
    Descriptor in(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0) {
        if (errno == ENOENT) return std::nullopt;
        fail("read", file);
    }
    std::string content;
    char buffer[1 << 16];
    while (true) {
        const ssize_t got = ::read(in.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) fail("read", file);
        if (got == 0) return content;
        content.append(buffer, static_cast<std::size_t>(got));
    }
}

void sync_folder(const std::filesystem::path& folder) {
    Descriptor dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ::fsync(dir.get()) != 0) fail("sync", folder);
}

}  // namespace kg::store::detail
