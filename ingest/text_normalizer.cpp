#include "ingest/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>

#include "ingest/ingest_error.h"

namespace kg::ingest {
namespace {

constexpr UChar32 kDoublePrime = 0x2033;
constexpr UChar32 kReversedDoublePrime = 0x2036;

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status))
        throw IngestError(std::string("text normalization: ") + what + " failed (" +
                          u_errorName(status) + "): check the ICU installation");
}

// NFKC rather than NFC: it folds full-width Latin letters and digits (common in Japanese
// sources), ligatures and compatibility spaces into the plain forms lexicons are written in,
// so "ＮＨＫ" and "NHK" become one name; it also spells … as "...". Double primes are kept
// out of it: NFKC would split ″ into two primes, which would then read as two apostrophes
// instead of one quotation mark.
class FoldingNormalizer {
public:
    static const icu::Normalizer2& instance() {
        static const FoldingNormalizer normalizer;
        return normalizer.filtered_;
    }

private:
    FoldingNormalizer()
        : outside_double_primes_(all_but_double_primes()),
          filtered_(nfkc(), outside_double_primes_) {
        outside_double_primes_.freeze();  // shared by all threads
    }

    static const icu::Normalizer2& nfkc() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
        check(status, "loading NFKC data");
        return *normalizer;
    }

    static icu::UnicodeSet all_but_double_primes() {
        icu::UnicodeSet set;
        set.add(kDoublePrime).add(kReversedDoublePrime).complement();
        return set;
    }

    icu::UnicodeSet outside_double_primes_;
    icu::FilteredNormalizer2 filtered_;
};

enum class Fold { keep, drop, space, newline, apostrophe, quote, dash };

Fold fold_of(UChar32 c) {
    switch (c) {
        case '\n': case '\v': case '\f': case 0x0085: case 0x2028: case 0x2029:
            return Fold::newline;
        case '\t':
            return Fold::space;
        case 0x02BC: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
        case 0x2032: case 0x2035: case 0x2039: case 0x203A:
            return Fold::apostrophe;
        case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
        case kDoublePrime: case kReversedDoublePrime: case 0x301D: case 0x301E: case 0x301F:
            return Fold::quote;
        case 0x2212:  // minus sign
            return Fold::dash;
        default:
            break;
    }
    if (u_charType(c) == U_SPACE_SEPARATOR) return Fold::space;
    if (u_charType(c) == U_DASH_PUNCTUATION) return Fold::dash;
    // Default_Ignorable covers zero-width spaces and joiners, soft hyphens, bidi marks and the
    // BOM; other control characters are as invisible and would split words for the matchers.
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
        u_charType(c) == U_CONTROL_CHAR)
        return Fold::drop;
    return Fold::keep;
}

// Writes the folded text, keeping spaces single and off line ends as it goes.
class FoldedText {
public:
    void add(UChar32 c) {
        switch (fold_of(c)) {
            case Fold::keep: append(c); break;
            case Fold::drop: break;
            case Fold::space: add_space(); break;
            case Fold::newline: add_newline(); break;
            case Fold::apostrophe: out_ += '\''; break;
            case Fold::quote: out_ += '"'; break;
            case Fold::dash: out_ += '-'; break;
        }
    }

    void add_newline() {
        drop_trailing_spaces();
        out_ += '\n';
    }

    std::string finish() {
        drop_trailing_spaces();
        return std::move(out_);
    }

private:
    void append(UChar32 c) {
        std::uint8_t bytes[U8_MAX_LENGTH];
        std::int32_t length = 0;
        U8_APPEND_UNSAFE(bytes, length, c);
        out_.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    }

    void add_space() {
        if (out_.empty() || out_.back() != ' ') out_ += ' ';
    }

    void drop_trailing_spaces() {
        while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    }

    std::string out_;
};

}  // namespace

std::string normalize_text(std::string_view utf8) {
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX))
        throw IngestError("text normalization: a text of " + std::to_string(utf8.size()) +
                          " bytes is over ICU's 2 GiB limit: split the article");
    UErrorCode status = U_ZERO_ERROR;
    auto size = static_cast<std::int32_t>(utf8.size());
    icu::UnicodeString text = FoldingNormalizer::instance().normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), size)), status);
    check(status, "NFKC normalization");

    FoldedText folded;
    for (std::int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (c != '\r') {
            folded.add(c);
            continue;
        }
        folded.add_newline();
        if (i < text.length() && text.charAt(i) == '\n') ++i;
    }
    return folded.finish();
}

}  // namespace kg::ingest
