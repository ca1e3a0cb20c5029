#include "store/detail/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <cerrno>
#include <system_error>

#include "store/store_error.h"

namespace kg::store::detail {

LockFile::LockFile(const std::filesystem::path& path)
    : path_(path), fd_(::open(path.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ < 0)
        throw StoreError("cannot open the store's lock file " + path.string() + ": " +
                         std::generic_category().message(errno) + "; check the folder's permissions");
}

LockFile::~LockFile() {
    ::close(fd_);
}

LockFile::Hold::~Hold() {
    ::flock(fd_, LOCK_UN);
}

LockFile::Hold LockFile::exclusive() const {
    return lock(LOCK_EX);
}

LockFile::Hold LockFile::shared() const {
    return lock(LOCK_SH);
}

LockFile::Hold LockFile::lock(int operation) const {
    while (::flock(fd_, operation) != 0) {
        if (errno != EINTR)
            throw StoreError("cannot lock " + path_.string() + ": " + std::generic_category().message(errno));
    }
    return Hold(fd_);
}

}  // namespace kg::store::detail
