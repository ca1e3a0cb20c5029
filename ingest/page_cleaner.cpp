#include "ingest/page_cleaner.h"

#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>

#include "ingest/ingest_error.h"
#include "ingest/lexicon.h"

namespace kg::ingest {
namespace {

using Patterns = std::vector<FurnitureRules::Pattern>;
using Matchers = std::vector<std::unique_ptr<icu::RegexMatcher>>;

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    return text.toUTF8String(out);
}

void check_match(UErrorCode status, const icu::RegexMatcher& matcher) {
    if (U_FAILURE(status))
        throw IngestError("furniture pattern '" + to_utf8(matcher.pattern().pattern()) +
                          "' failed on an article line (" + u_errorName(status) +
                          "): simplify it in furniture.tsv");
}

FurnitureRules::Pattern compile(const LexiconRow& row, const std::filesystem::path& path) {
    auto where = [&] { return path.string() + " line " + std::to_string(row.line); };
    if (row.at(1).empty()) throw IngestError(where() + ": the pattern column is empty");
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(row.at(1)), 0, parse_error, status));
    if (U_FAILURE(status))
        throw IngestError(where() + ": invalid pattern near character " +
                          std::to_string(parse_error.offset) + " (" + u_errorName(status) +
                          "): fix the regular expression");
    return pattern;
}

Patterns& patterns_of_kind(FurnitureRules& rules, const LexiconRow& row,
                           const std::filesystem::path& path) {
    const std::string& kind = row.at(0);
    if (kind == "line" || kind == "caption") return rules.dropped_lines;
    if (kind == "prefix") return rules.prefixes;
    if (kind == "list-head") return rules.list_heads;
    throw IngestError(path.string() + " line " + std::to_string(row.line) + ": unknown kind '" +
                      kind + "': use line, caption, prefix or list-head");
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Whether text ends in initials, each with its full stop ("U.S.", "U.N."): that stop belongs
// to the abbreviation and shows no end of sentence ("... agree to boost ties with U.S.").
bool ends_in_initials(std::string_view text) {
    std::size_t n = text.size();
    return n >= 4 && text[n - 1] == '.' && std::isupper(static_cast<unsigned char>(text[n - 2])) &&
           text[n - 3] == '.' && std::isupper(static_cast<unsigned char>(text[n - 4]));
}

// Sentence-final punctuation (. ! ? or the ideographic full stop), possibly followed by
// closing quotes or brackets.
bool ends_like_sentence(std::string_view text) {
    std::string_view rest = text.substr(0, text.find_last_not_of("\"')]") + 1);
    if (ends_in_initials(rest)) return false;
    return rest.ends_with('.') || rest.ends_with('!') || rest.ends_with('?') ||
           rest.ends_with("\u3002");
}

// Matches the rules' patterns against one line at a time; one ICU matcher per pattern,
// created once per page.
class LineMatcher {
public:
    explicit LineMatcher(const FurnitureRules& rules)
        : dropped_(matchers(rules.dropped_lines)),
          prefixes_(matchers(rules.prefixes)),
          list_heads_(matchers(rules.list_heads)) {}

    void set_line(std::string_view line) {
        UErrorCode status = U_ZERO_ERROR;
        line_.adoptInstead(utext_openUTF8(line_.orphan(), line.data(),
                                          static_cast<std::int64_t>(line.size()), &status));
        if (U_FAILURE(status))
            throw IngestError(std::string("page cleaner: cannot read a line (") +
                              u_errorName(status) + ")");
    }

    bool is_dropped() { return any_matches_whole(dropped_); }
    bool is_list_head() { return any_matches_whole(list_heads_); }

    // Bytes at the line start that a prefix rule cuts off; 0 when none applies.
    std::size_t prefix_length() {
        for (auto& matcher : prefixes_) {
            UErrorCode status = U_ZERO_ERROR;
            matcher->reset(line_.getAlias());
            bool found = matcher->lookingAt(status);
            check_match(status, *matcher);
            if (found) return static_cast<std::size_t>(matcher->end64(status));
        }
        return 0;
    }

private:
    static Matchers matchers(const Patterns& patterns) {
        Matchers out;
        for (const auto& pattern : patterns) {
            UErrorCode status = U_ZERO_ERROR;
            out.emplace_back(pattern->matcher(status));
            // ICU's backtrack stack defaults to 8 MB, which a long paragraph can exceed; it
            // lives on the heap and grows with the line, so let it grow.
            if (U_SUCCESS(status)) out.back()->setStackLimit(0, status);
            if (U_FAILURE(status))
                throw IngestError(std::string("page cleaner: cannot create a matcher (") +
                                  u_errorName(status) + ")");
        }
        return out;
    }

    bool any_matches_whole(Matchers& matchers) {
        for (auto& matcher : matchers) {
            UErrorCode status = U_ZERO_ERROR;
            matcher->reset(line_.getAlias());
            bool found = matcher->matches(status);
            check_match(status, *matcher);
            if (found) return true;
        }
        return false;
    }

    Matchers dropped_;
    Matchers prefixes_;
    Matchers list_heads_;
    icu::LocalUTextPointer line_;
};

// Decides line by line, in text order, what stays; it remembers the lines kept so far and
// whether it is inside a link list.
class PageCleaner {
public:
    PageCleaner(std::string_view text, const FurnitureRules& rules)
        : text_(text), matcher_(rules) {}

    std::optional<TextBlock> block(std::size_t begin, std::size_t end) {
        std::string_view line = text_.substr(begin, end - begin);
        matcher_.set_line(line);
        if (in_link_list_) {
            if (!ends_like_sentence(line)) return std::nullopt;
            in_link_list_ = false;
        }
        if (matcher_.is_list_head()) {
            in_link_list_ = true;
            return std::nullopt;
        }
        if (matcher_.is_dropped() || !kept_lines_.insert(line).second) return std::nullopt;
        return without_prefixes(begin, end);
    }

private:
    std::optional<TextBlock> without_prefixes(std::size_t begin, std::size_t end) {
        for (std::size_t cut = matcher_.prefix_length(); cut > 0 && begin < end;) {
            begin += cut;
            while (begin < end && is_space(text_[begin])) ++begin;
            if (begin == end) break;
            matcher_.set_line(text_.substr(begin, end - begin));
            cut = matcher_.prefix_length();
        }
        if (begin == end) return std::nullopt;
        return TextBlock{begin, end, !ends_like_sentence(text_.substr(begin, end - begin))};
    }

    std::string_view text_;
    LineMatcher matcher_;
    bool in_link_list_ = false;
    std::unordered_set<std::string_view> kept_lines_;
};

}  // namespace

FurnitureRules load_furniture_rules(const std::filesystem::path& lexicon_dir) {
    Lexicon lexicon = load_lexicon(lexicon_dir, "furniture.tsv");
    FurnitureRules rules;
    for (const LexiconRow& row : lexicon.rows)
        patterns_of_kind(rules, row, lexicon.path).push_back(compile(row, lexicon.path));
    return rules;
}

std::vector<TextBlock> clean_page(std::string_view normalized, const FurnitureRules& rules) {
    PageCleaner cleaner(normalized, rules);
    std::vector<TextBlock> blocks;
    for (std::size_t start = 0; start < normalized.size();) {
        std::size_t stop = std::min(normalized.find('\n', start), normalized.size());
        std::size_t begin = start;
        std::size_t end = stop;
        while (begin < end && is_space(normalized[begin])) ++begin;
        while (end > begin && is_space(normalized[end - 1])) --end;
        if (begin < end)
            if (auto block = cleaner.block(begin, end)) blocks.push_back(*block);
        start = stop + 1;
    }
    return blocks;
}

}  // namespace kg::ingest
