#include "store/sqlite/database.h"

#include "store/store_error.h"

namespace kg::store::sqlite {

Statement::Statement(const Database& db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement_, nullptr) != SQLITE_OK)
        db.fail("preparing " + std::string(sql.substr(0, 60)));
}

Statement::~Statement() { sqlite3_finalize(statement_); }

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

bool Statement::step() {
    const int result = sqlite3_step(statement_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    db_.fail("running " + std::string(sqlite3_sql(statement_)).substr(0, 60));
}

std::string Statement::text(int column) const { return std::string(text_view(column)); }

std::string_view Statement::text_view(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                : std::string_view();
}

void Statement::bind(int position, std::int64_t value) { sqlite3_bind_int64(statement_, position, value); }

void Statement::bind(int position, std::string_view value) {
    sqlite3_bind_text64(statement_, position, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind(int position, std::nullopt_t) { sqlite3_bind_null(statement_, position); }

Database::Database(const std::filesystem::path& file, bool create) : file_(file) {
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw StoreError("cannot open the database " + file.string() + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 60'000);
    // WAL with synchronous=FULL: each commit is durable once it returns, and a killed writer
    // leaves every committed batch whole. One sync per batch, not per article.
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; "
         "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::exec(std::string_view sql) const {
    char* error = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db_);
        sqlite3_free(error);
        throw StoreError("the database " + file_.string() + " failed (" + message + ") running " +
                         std::string(sql.substr(0, 60)));
    }
}

void Database::fail(std::string_view doing) const {
    throw StoreError("the database " + file_.string() + " failed (" + sqlite3_errmsg(db_) + ") " +
                     std::string(doing));
}

WriteTransaction::WriteTransaction(const Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

WriteTransaction::~WriteTransaction() {
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void WriteTransaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

ReadTransaction::ReadTransaction(const Database& db) : db_(db) { db_.exec("BEGIN"); }

ReadTransaction::~ReadTransaction() { sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr); }

}  // namespace kg::store::sqlite
