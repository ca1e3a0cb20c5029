#include "ingest/detail/text_check.h"

#include <fmt/format.h>
#include <algorithm>

#include "graph/utf8.h"

namespace kg::ingest::detail {
namespace {

// Text in a legacy encoding has a few bytes that are not UTF-8; a binary file has many.
constexpr std::size_t kMaxNonTextPercent = 30;

bool is_blank(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

bool is_control(unsigned char c) {
    const bool layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return (c < 0x20 && !layout) || c == 0x7F;
}

struct Scan {
    std::optional<std::size_t> first_invalid;
    std::size_t non_text = 0;  // control characters and bytes of no UTF-8 sequence
};

Scan scan(std::string_view bytes) {
    Scan result;
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t length = graph::utf8_sequence_length(bytes, at);
        if (length == 0) {
            if (!result.first_invalid) result.first_invalid = at;
            ++result.non_text;
            ++at;
            continue;
        }
        if (length == 1 && is_control(static_cast<unsigned char>(bytes[at]))) ++result.non_text;
        at += length;
    }
    return result;
}

}  // namespace

std::optional<TextProblem> check_text(std::string_view bytes, std::size_t first_offset) {
    if (is_blank(bytes)) return TextProblem{TextFault::Empty, "empty: it holds no text"};
    const Scan result = scan(bytes);
    if (result.non_text * 100 > bytes.size() * kMaxNonTextPercent)
        return TextProblem{TextFault::Binary, "binary, not text (mostly non-text bytes)"};
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return TextProblem{TextFault::Nul,
                           fmt::format("binary, not text (a NUL byte at offset {})", first_offset + nul)};
    if (result.first_invalid)
        return TextProblem{TextFault::NotUtf8,
                           fmt::format("not valid UTF-8 at byte offset {}: convert it to UTF-8",
                                       first_offset + *result.first_invalid)};
    return std::nullopt;
}

}  // namespace kg::ingest::detail
