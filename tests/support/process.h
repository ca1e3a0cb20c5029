#pragma once
// Runs a command line as a user would, through /bin/sh, and captures what it printed and
// how it exited. For end-to-end tests of the kg binary.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace kg::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// 'it''s' -> 'it'\''s': safe to put any string into a shell command line.
inline std::string shell_quote(const std::string& word) {
    std::string quoted = "'";
    for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

inline ProcessResult run_process(const std::string& command) {
    auto err_file = std::filesystem::temp_directory_path() /
                    ("kg-test-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    FILE* pipe = ::popen((command + " 2>" + shell_quote(err_file.string())).c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run: " + command);
    ProcessResult result;
    std::array<char, 4096> buffer;
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) result.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(err_file);
    result.err.assign(std::istreambuf_iterator<char>(err), {});
    std::filesystem::remove(err_file);
    return result;
}

// The kg binary under test, quoted for a command line.
inline std::string kg_binary() { return shell_quote(KG_BINARY); }

// The kg binary under test, with its store in STORE.
inline std::string kg_command(const std::filesystem::path& store) {
    return kg_binary() + " --store " + shell_quote(store.string());
}

}  // namespace kg::test
