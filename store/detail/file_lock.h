#pragma once
// An flock(2) lock file. Locks belong to the open file, so two LockFile objects on one path
// exclude each other even in one process, and a killed process's lock goes with it.

#include <filesystem>

namespace kg::store::detail {

class LockFile {
public:
    // Opens PATH, creating it if needed; throws StoreError naming it when it cannot.
    explicit LockFile(const std::filesystem::path& path);
    ~LockFile();
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    // Holds a lock until it goes out of scope.
    class Hold {
    public:
        ~Hold();
        Hold(const Hold&) = delete;
        Hold& operator=(const Hold&) = delete;

    private:
        friend class LockFile;
        explicit Hold(int fd) : fd_(fd) {}
        int fd_;
    };

    // Wait for the lock: exclusive() for writers, shared() for readers.
    [[nodiscard]] Hold exclusive() const;
    [[nodiscard]] Hold shared() const;

private:
    Hold lock(int operation) const;

    std::filesystem::path path_;
    int fd_;
};

}  // namespace kg::store::detail
