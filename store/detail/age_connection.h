#pragma once
// One libpqxx connection to a PostgreSQL server with Apache AGE, set up for kg: notices kept
// quiet (libraries never print), UTF-8, age loaded and ag_catalog on the search path. Every
// failure leaves as a DatabaseError whose message names the server, never the password.

#include <exception>
#include <memory>
#include <string>
#include <utility>

#include <pqxx/connection>
#include <pqxx/errorhandler>

#include "store/database_error.h"

namespace kg::store::detail {

// Where a connection goes, as far as the URL and libpq's PG* variables tell.
struct ConnectionTarget {
    std::string host;
    std::string port;
    std::string user;
    std::string database;

    std::string server() const { return host + ':' + port; }  // "127.0.0.1:55432"
};

// Reads URL (a postgresql:// URL or key=value pairs; empty: all from PG* variables). Throws
// DatabaseError when it is malformed, without repeating it (it may hold a password).
ConnectionTarget connection_target(const std::string& url);

class AgeConnection {
public:
    // Connects; throws DatabaseError saying whether the server is down, the login refused, the
    // database absent, or age not installed on the server.
    explicit AgeConnection(const std::string& url);
    ~AgeConnection();
    AgeConnection(const AgeConnection&) = delete;
    AgeConnection& operator=(const AgeConnection&) = delete;

    pqxx::connection& get() { return *connection_; }
    const ConnectionTarget& target() const { return target_; }

    // Runs WORK(connection); any other failure (libpqxx's, libpq's, a StoreError) becomes a
    // DatabaseError that says what was being done ("reading graph 'news'"), where, and why.
    template <typename Work>
    auto run(const std::string& doing, Work&& work) -> decltype(work(std::declval<pqxx::connection&>())) {
        try {
            return work(*connection_);
        } catch (const DatabaseError&) {
            throw;
        } catch (const std::exception& error) {
            fail(doing, error);
        }
    }

private:
    [[noreturn]] void fail(const std::string& doing, const std::exception& error) const;

    ConnectionTarget target_;
    std::unique_ptr<pqxx::connection> connection_;
    std::unique_ptr<pqxx::quiet_errorhandler> quiet_;
};

}  // namespace kg::store::detail
