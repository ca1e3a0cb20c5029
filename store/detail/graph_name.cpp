#include "store/detail/graph_name.h"

#include <algorithm>

#include "store/database_error.h"

namespace kg::store::detail {
namespace {

// AGE refuses names under 3 characters; PostgreSQL truncates identifiers past 63 bytes.
constexpr std::size_t kMinLength = 3;
constexpr std::size_t kMaxLength = 63;

bool is_lower_or_underscore(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool is_identifier_char(char c) { return is_lower_or_underscore(c) || (c >= '0' && c <= '9'); }

}  // namespace

const std::string& checked_graph_name(const std::string& name) {
    const bool valid = name.size() >= kMinLength && name.size() <= kMaxLength &&
                       is_lower_or_underscore(name.front()) &&
                       std::all_of(name.begin(), name.end(), is_identifier_char);
    if (!valid)
        throw DatabaseError("graph name '" + name +
                            "' is not valid: use 3 to 63 lower-case letters, digits and _, not starting with a digit");
    return name;
}

}  // namespace kg::store::detail
