#include "store/detail/age_connection.h"

#include <libpq-fe.h>
#include <pqxx/except>
#include <pqxx/nontransaction>

#include <cstdlib>
#include <string_view>

namespace kg::store::detail {
namespace {

constexpr std::string_view kStartServer = "is the server running? scripts/age-server start";

std::string env_or(const char* name, const char* fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

// The server's reason, without libpq's "connection to server ... failed:" preamble, the
// severity and the hint lines that follow the first.
std::string reason(std::string_view message) {
    constexpr std::string_view failed = "failed: ";
    message = message.substr(0, message.find('\n'));
    if (auto at = message.find(failed); message.starts_with("connection to server") && at != message.npos)
        message.remove_prefix(at + failed.size());
    for (std::string_view severity : {"FATAL:", "ERROR:"})
        if (message.starts_with(severity)) message.remove_prefix(severity.size());
    while (message.starts_with(' ')) message.remove_prefix(1);
    return std::string(message);
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != text.npos; }

std::string connect_failure(const ConnectionTarget& target, const std::string& message) {
    const std::string why = reason(message);
    if (contains(message, "password authentication failed"))
        return "cannot log in to " + target.server() + " as " + target.user +
               ": the password is wrong (check the URL or PGPASSWORD)";
    if (contains(message, "no password supplied"))
        return "cannot log in to " + target.server() + " as " + target.user +
               ": the server wants a password (put it in the URL or PGPASSWORD)";
    if (contains(message, "database \"") && contains(message, "does not exist"))
        return "database " + target.database + " does not exist at " + target.server() +
               ": create it, or name another one in the URL";
    if (contains(message, "role \"") && contains(message, "does not exist"))
        return "cannot log in to " + target.server() + ": " + why;
    return "cannot connect to " + target.server() + " (" + why + "): " + std::string(kStartServer);
}

std::string load_failure(const ConnectionTarget& target, const std::string& message) {
    if (contains(message, "could not access file"))
        return "Apache AGE is not installed on the server at " + target.server() +
               ": install it (PostgreSQL's age package), or run scripts/age-server start";
    return "cannot LOAD 'age' at " + target.server() + " (" + reason(message) +
           "): connect as a superuser, or preload age on the server";
}

}  // namespace

ConnectionTarget connection_target(const std::string& url) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    if (!options) {
        // libpq's reason quotes the part it stopped at, which may hold the password.
        PQfreemem(error);
        throw DatabaseError(
            "the database URL is malformed: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    ConnectionTarget target{env_or("PGHOST", "localhost"), env_or("PGPORT", "5432"),
                            env_or("PGUSER", env_or("USER", "postgres").c_str()), ""};
    for (auto* option = options; option->keyword; ++option) {
        if (!option->val || !*option->val) continue;
        const std::string_view keyword = option->keyword;
        if (keyword == "host") target.host = option->val;
        if (keyword == "port") target.port = option->val;
        if (keyword == "user") target.user = option->val;
        if (keyword == "dbname") target.database = option->val;
    }
    PQconninfoFree(options);
    // libpq ends the user and password at the first '@', so the rest of a password with an
    // '@' of its own reads as the host: printing the server would print the password's tail.
    if (target.host.find('@') != std::string::npos || target.port.find('@') != std::string::npos)
        throw DatabaseError("the database URL has more than one '@' before its host: write an '@' in the user "
                            "name or password as %40 (postgresql://USER:PASS%40WORD@HOST:PORT/DATABASE)");
    if (target.database.empty()) target.database = env_or("PGDATABASE", target.user.c_str());
    return target;
}

AgeConnection::AgeConnection(const std::string& url) : target_(connection_target(url)) {
    try {
        connection_ = std::make_unique<pqxx::connection>(url);
    } catch (const std::exception& error) {
        throw DatabaseError(connect_failure(target_, error.what()));
    }
    quiet_ = std::make_unique<pqxx::quiet_errorhandler>(*connection_);
    run("setting up the session", [](pqxx::connection& connection) {
        connection.set_client_encoding("UTF8");
        pqxx::nontransaction(connection).exec("SET search_path = ag_catalog, \"$user\", public");
    });
    try {
        pqxx::nontransaction(*connection_).exec("LOAD 'age'");
    } catch (const pqxx::sql_error& error) {
        throw DatabaseError(load_failure(target_, error.what()));
    } catch (const std::exception& error) {
        fail("loading age", error);
    }
}

AgeConnection::~AgeConnection() = default;

void AgeConnection::fail(const std::string& doing, const std::exception& error) const {
    if (dynamic_cast<const pqxx::broken_connection*>(&error))
        throw DatabaseError("lost the connection to " + target_.server() + " while " + doing + ": " +
                            std::string(kStartServer));
    if (dynamic_cast<const StoreError*>(&error)) throw DatabaseError(doing + " failed: " + error.what());
    throw DatabaseError(doing + " failed in database " + target_.database + " at " + target_.server() + ": " +
                        reason(error.what()));
}

}  // namespace kg::store::detail
