#pragma once
// A thin RAII layer over the SQLite C API: a connection, prepared statements that bind and
// read by position, and a transaction that rolls back unless committed. Errors become
// StoreError naming the database file and what SQLite said.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::store::sqlite {

class Database;

class Statement {
public:
    Statement(const Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds parameters 1..n in order, then steps: true while a row is ready.
    template <typename... Values>
    Statement& bind_all(const Values&... values) {
        reset();
        int position = 0;
        (bind(++position, values), ...);
        return *this;
    }
    // Binds VALUES to parameters 1..n.
    Statement& bind_each(const std::vector<std::string>& values) {
        reset();
        for (std::size_t i = 0; i < values.size(); ++i) bind(static_cast<int>(i + 1), values[i]);
        return *this;
    }
    bool step();
    // Leaves the current row, releasing what the statement holds until it is bound again.
    void reset_now() { sqlite3_reset(statement_); }
    // Runs to completion (for statements that return no rows).
    void run() { while (step()) {} }

    std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
    std::string text(int column) const;
    std::string_view text_view(int column) const;
    bool is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

private:
    void reset();
    void bind(int position, std::int64_t value);
    void bind(int position, int value) { bind(position, static_cast<std::int64_t>(value)); }
    void bind(int position, std::uint64_t value) { bind(position, static_cast<std::int64_t>(value)); }
    void bind(int position, std::string_view value);
    void bind(int position, const std::string& value) { bind(position, std::string_view(value)); }
    void bind(int position, const char* value) { bind(position, std::string_view(value)); }
    void bind(int position, std::nullopt_t);

    const Database& db_;
    sqlite3_stmt* statement_ = nullptr;
};

class Database {
public:
    // Opens (creating when CREATE) the database file. WAL journal: readers never wait for a
    // writer; a writer waits up to a minute for another.
    Database(const std::filesystem::path& file, bool create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql) const;
    std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
    sqlite3* handle() const { return db_; }
    const std::filesystem::path& file() const { return file_; }
    [[noreturn]] void fail(std::string_view doing) const;

private:
    std::filesystem::path file_;
    sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE: a writer takes the write lock up front, so two writers take turns instead of
// one failing half-way. Rolls back on destruction unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(const Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    const Database& db_;
    bool open_ = true;
};

// A consistent snapshot for readers (BEGIN DEFERRED; ended on destruction).
class ReadTransaction {
public:
    explicit ReadTransaction(const Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    const Database& db_;
};

}  // namespace kg::store::sqlite
