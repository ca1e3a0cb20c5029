#include "ingest/detail/json_lines.h"

#include <fmt/format.h>
#include <cerrno>
#include <fstream>
#include <optional>
#include <string_view>
#include <system_error>

#include "graph/json_reader.h"
#include "ingest/detail/text_check.h"

namespace kg::ingest::detail {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Why one line is not an object, or "" when it is one (then DOCUMENT holds it).
std::string parse_object(std::string_view line, rapidjson::Document& document) {
    if (auto error = graph::parse_json(document, line))
        return fmt::format("not a JSON object: {} at column {}", error->what, error->offset + 1);
    if (!document.IsObject()) return "not a JSON object: one {...} a line is expected";
    return "";
}

// Reads the next line, without its '\n', into LINE and returns its length; a line longer than
// MAX_BYTES is read past but not kept (LINE is then empty). nullopt at the end of the file.
std::optional<std::size_t> read_line(std::streambuf& in, std::string& line, std::size_t max_bytes) {
    line.clear();
    std::size_t length = 0;
    for (int c = in.sbumpc(); c != std::char_traits<char>::eof(); c = in.sbumpc()) {
        if (c == '\n') return length;
        if (++length <= max_bytes) line += static_cast<char>(c);
        else line.clear();
    }
    if (length == 0) return std::nullopt;
    return length;
}

}  // namespace

void read_json_lines(const std::filesystem::path& file, std::size_t max_line_bytes, std::vector<InputProblem>& problems,
                     const std::function<void(const rapidjson::Value&, const std::string&)>& on_object) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back({file.string(), "cannot read: " + std::generic_category().message(errno)});
        return;
    }
    std::string line;
    std::size_t offset = 0;  // of the current line in the file
    bool any = false;
    std::size_t number = 0;
    while (auto length = read_line(*in.rdbuf(), line, max_line_bytes)) {
        ++number;
        std::string_view text = line;
        std::size_t text_offset = offset;
        offset += *length + 1;
        const std::string where = file.string() + ':' + std::to_string(number);
        if (*length > max_line_bytes) {
            problems.push_back({where, fmt::format("is a line of {} bytes, more than the {} kg reads in one line",
                                                   *length, max_line_bytes)});
            any = true;
            continue;
        }
        if (number == 1 && text.starts_with(kByteOrderMark)) {
            text.remove_prefix(kByteOrderMark.size());
            text_offset += kByteOrderMark.size();
        }
        if (text.ends_with('\r')) text.remove_suffix(1);
        if (auto problem = check_text(text, text_offset)) {
            if (problem->fault == TextFault::Empty) continue;
            // A file that starts with binary bytes is no JSON Lines at all: one problem for it.
            // Later, a bad line is one bad record, and the rest of the file is read.
            if (problem->fault == TextFault::Binary && !any) {
                problems.push_back({file.string(), problem->what});
                return;
            }
            problems.push_back({where, problem->what});
            any = true;
            continue;
        }
        any = true;
        rapidjson::Document document;
        if (std::string why = parse_object(text, document); !why.empty()) {
            problems.push_back({where, why});
            continue;
        }
        on_object(document, where);
    }
    if (in.bad())
        problems.push_back(
            {file.string(), "cannot read to the end: " + std::generic_category().message(errno)});
    else if (!any)
        problems.push_back({file.string(), "empty: it holds no JSON lines"});
}

std::string read_string_members(const rapidjson::Value& object,
                                std::initializer_list<std::pair<const char*, std::string*>> members) {
    for (const auto& [name, target] : members) {
        if (!has_member(object, name)) continue;
        const rapidjson::Value& value = object[name];
        if (!value.IsString()) return fmt::format("\"{}\" is not a string", name);
        target->assign(value.GetString(), value.GetStringLength());
    }
    return "";
}

bool has_member(const rapidjson::Value& object, const char* name) {
    auto member = object.FindMember(name);
    return member != object.MemberEnd() && !member->value.IsNull();
}

}  // namespace kg::ingest::detail
