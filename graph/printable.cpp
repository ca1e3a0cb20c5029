#include "graph/printable.h"

#include <fmt/format.h>

#include "graph/utf8.h"

namespace kg::graph {

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8_sequence_length(text, at);
        const auto lead = static_cast<unsigned char>(text[at]);
        if (length == 0) {
            out += fmt::format("\\x{:02X}", lead);
            ++at;
            continue;
        }
        if (lead == '\n') {
            out += "\\n";
        } else if (lead == '\t') {
            out += "\\t";
        } else if (lead < 0x20 || lead == 0x7F) {
            out += fmt::format("\\x{:02X}", lead);
        } else if (lead == 0xC2 && static_cast<unsigned char>(text[at + 1]) < 0xA0) {  // C1: U+0080..U+009F
            out += fmt::format("\\u{:04X}", static_cast<unsigned char>(text[at + 1]));
        } else {
            out.append(text, at, length);
        }
        at += length;
    }
    return out;
}

}  // namespace kg::graph
