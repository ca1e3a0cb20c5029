#include "ingest/token.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg::ingest {
namespace {

struct Decoded {
    UChar32 c;
    std::size_t next;
};

// ICU's U8_NEXT macro narrows ints internally; the warning is about ICU's code, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
Decoded decode(std::string_view s, std::size_t i) {
    int32_t pos = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
    return {c, static_cast<std::size_t>(pos)};
}
#pragma GCC diagnostic pop

bool is_word_char(UChar32 c) { return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK); }

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// Scans a word from i: letters and digits, with an inner full stop kept only between single
// letters ("U.S.", "U.N."), which then also keeps its final full stop.
std::size_t scan_word(std::string_view s, std::size_t i) {
    std::size_t segment_start = i;
    bool dotted = false;
    while (i < s.size()) {
        auto [c, next] = decode(s, i);
        if (is_word_char(c)) {
            i = next;
            continue;
        }
        bool single_letter = next - segment_start >= 1 && i - segment_start == 1;
        if (c == '.' && single_letter) {
            std::size_t after = next;
            bool more = after < s.size() && is_word_char(decode(s, after).c);
            bool ends_abbreviation = dotted && !more;
            if (more || ends_abbreviation) {
                dotted = true;
                i = after;
                segment_start = after;
                if (ends_abbreviation) break;
                continue;
            }
        }
        break;
    }
    return i;
}

bool is_quote(UChar32 c) { return c == '"' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019; }

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        auto [c, next] = decode(s, i);
        if (c < 0 || u_isspace(c) || (is_quote(c) && !(c == 0x2019 && i > 0))) {
            i = next;
            continue;
        }
        Token token;
        token.begin = i;
        if (is_word_char(c)) {
            token.end = scan_word(s, i);
            token.word = true;
            token.capitalized = u_isupper(c) || u_istitle(c);
        } else if ((c == '\'' || c == 0x2019) && next < s.size() && (s[next] == 's' || s[next] == 'S') &&
                   (next + 1 >= s.size() || !is_word_char(decode(s, next + 1).c))) {
            token.end = next + 1;  // the possessive 's
        } else if (c == '\'' || c == 0x2019) {
            i = next;
            continue;
        } else {
            token.end = next;
        }
        token.text = std::string(s.substr(token.begin, token.end - token.begin));
        token.lower = ascii_lower(token.text);
        if (token.text == "\u2019s") token.lower = token.text = "'s";
        tokens.push_back(std::move(token));
        i = tokens.back().end;
    }
    return tokens;
}

std::string join_tokens(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end && i < tokens.size(); ++i) {
        bool glue = !out.empty() && (tokens[i].text == "-" || tokens[i].text == "'s" ||
                                     tokens[i].text == "+" || tokens[i - 1].text == "-" ||
                                     tokens[i - 1].text == "+");
        if (!out.empty() && !glue) out += ' ';
        out += tokens[i].text;
    }
    return out;
}

}  // namespace kg::ingest
