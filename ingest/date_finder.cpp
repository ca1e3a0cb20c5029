#include "ingest/date_finder.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "ingest/ingest_error.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

namespace chr = std::chrono;
namespace fs = std::filesystem;

namespace detail {

enum class Unit { None, Week, Month, Year };

// Ranks of the places an article states its own date; the higher wins.
constexpr int kUpdatedLabel = 1;
constexpr int kDateline = 2;  // a date opening its line, or an ISO date-time
constexpr int kPublishedLabel = 3;

// What dates.tsv says about one word; a word may play several parts ("in").
struct DateWord {
    int month = 0;  // 1-12
    bool abbreviation = false;
    int weekday = -1;  // 0 = Sunday
    std::optional<int> day_offset;
    std::optional<int> shift;
    Unit unit = Unit::None;
    bool hedge = false;
    bool month_cue = false;
    bool year_cue = false;
    bool preposition = false;
    bool day_month_link = false;
    bool ordinal = false;
    bool determiner = false;
    bool label_filler = false;
    int label = 0;  // kPublishedLabel, kUpdatedLabel or 0

    bool links_verb() const { return preposition || month_cue || year_cue; }
};

// Infinitive: as Sentence, but never the tense of a date before it ("agreed in August to hold").
enum class Scope { Sentence, Infinitive, Clause, Adjacent };

// A row of tense_cues.tsv. Tense::Unknown marks a cue without tense ("be", "-eed").
struct Cue {
    std::vector<std::string> tokens;  // token texts, lower case; for an ending, the ending
    Tense tense = Tense::Unknown;
    Scope scope = Scope::Sentence;
};

struct DateVocabulary {
    std::unordered_map<std::string, DateWord> words;
    std::unordered_map<std::string, std::vector<Cue>> cues;  // by first token, longest first
    std::vector<Cue> endings;                                // longest first
};

}  // namespace detail

namespace {

using detail::Cue;
using detail::DateVocabulary;
using detail::DateWord;
using detail::Scope;
using detail::Unit;

// ---------------------------------------------------------------------------------------
// Tokens: ASCII words and numbers, single punctuation marks, and non-ASCII characters.

enum class TokenType { Word, Number, Punct, Other };

struct Token {
    TokenType type = TokenType::Other;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;  // words lower-cased; numbers without an ordinal suffix
    const DateWord* word = nullptr;
    int value = -1;  // numbers of up to nine digits
    bool ordinal = false;
    bool capitalized = false;
    bool spaced = true;  // preceded by white space or the start of the text
    int line = 0;
};

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_utf8_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t skip_while(std::string_view text, std::size_t i, bool (*keep)(char)) {
    while (i < text.size() && keep(text[i])) ++i;
    return i;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

const DateWord* lookup(const DateVocabulary& vocabulary, const std::string& word) {
    auto found = vocabulary.words.find(word);
    return found == vocabulary.words.end() ? nullptr : &found->second;
}

// Reads the token at `token.begin`; returns where it ends.
std::size_t read_token(std::string_view text, Token& token, const DateVocabulary& vocabulary) {
    std::size_t i = token.begin;
    char c = text[i];
    if (is_letter(c)) {
        i = skip_while(text, i, is_letter);
        token.type = TokenType::Word;
        token.text = lower(text.substr(token.begin, i - token.begin));
        token.word = lookup(vocabulary, token.text);
        token.capitalized = c >= 'A' && c <= 'Z';
    } else if (is_digit(c)) {
        i = skip_while(text, i, is_digit);
        token.type = TokenType::Number;
        token.text = std::string(text.substr(token.begin, i - token.begin));
        if (token.text.size() <= 9)
            std::from_chars(token.text.data(), token.text.data() + token.text.size(), token.value);
        std::size_t suffix_end = skip_while(text, i, is_letter);
        const DateWord* suffix = lookup(vocabulary, lower(text.substr(i, suffix_end - i)));
        if (suffix && suffix->ordinal) {
            token.ordinal = true;
            i = suffix_end;
        }
    } else if (static_cast<unsigned char>(c) < 0x80) {
        token.type = TokenType::Punct;
        token.text = std::string(1, c);
        ++i;
    } else {
        i = skip_while(text, i + 1, is_utf8_continuation);
        token.text = std::string(text.substr(token.begin, i - token.begin));
    }
    return i;
}

std::vector<Token> tokenize(std::string_view text, const DateVocabulary& vocabulary) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 4);  // about one token per word of news text
    int line = 0;
    bool spaced = true;
    for (std::size_t i = 0; i < text.size();) {
        if (is_space(text[i])) {
            line += text[i] == '\n';
            spaced = true;
            ++i;
            continue;
        }
        Token token;
        token.begin = i;
        token.spaced = spaced;
        token.line = line;
        i = token.end = read_token(text, token, vocabulary);
        tokens.push_back(std::move(token));
        spaced = false;
    }
    return tokens;
}

bool is_clause_break(const Token& token) {
    if (token.type == TokenType::Other) return token.text == "\u2013" || token.text == "\u2014";
    return token.type == TokenType::Punct &&
           std::string_view(",;:()[]!?").find(token.text[0]) != std::string_view::npos;
}

// ---------------------------------------------------------------------------------------
// Lexicons.

[[noreturn]] void fail(const Lexicon& lexicon, const LexiconRow& row, const std::string& what) {
    throw IngestError(fmt::format("{}:{}: {}", lexicon.path.string(), row.line, what));
}

// The value column of a lexicon row, checked as each kind needs it.
struct ValueReader {
    const Lexicon& lexicon;
    const LexiconRow& row;

    int number(int low, int high) const {
        const std::string& text = row.at(2);
        int value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value < low ||
            value > high)
            fail(lexicon, row,
                 fmt::format("value '{}' should be a whole number from {} to {}", text, low, high));
        return value;
    }

    Unit unit() const {
        if (row.at(2) == "week") return Unit::Week;
        if (row.at(2) == "month") return Unit::Month;
        if (row.at(2) == "year") return Unit::Year;
        fail(lexicon, row, fmt::format("unit '{}' should be week, month or year", row.at(2)));
    }
};

struct DateWordKind {
    std::string_view name;
    void (*apply)(DateWord&, const ValueReader&);
};

// The kinds dates.tsv may give a word; its header documents each.
constexpr DateWordKind kDateWordKinds[] = {
    {"month", [](DateWord& w, const ValueReader& r) { w.month = r.number(1, 12); }},
    {"month_abbr",
     [](DateWord& w, const ValueReader& r) {
         w.month = r.number(1, 12);
         w.abbreviation = true;
     }},
    {"weekday", [](DateWord& w, const ValueReader& r) { w.weekday = r.number(0, 6); }},
    {"day", [](DateWord& w, const ValueReader& r) { w.day_offset = r.number(-31, 31); }},
    {"shift", [](DateWord& w, const ValueReader& r) { w.shift = r.number(-1, 1); }},
    {"unit", [](DateWord& w, const ValueReader& r) { w.unit = r.unit(); }},
    {"hedge", [](DateWord& w, const ValueReader&) { w.hedge = true; }},
    {"month_cue", [](DateWord& w, const ValueReader&) { w.month_cue = true; }},
    {"year_cue", [](DateWord& w, const ValueReader&) { w.year_cue = true; }},
    {"preposition", [](DateWord& w, const ValueReader&) { w.preposition = true; }},
    {"day_month_link", [](DateWord& w, const ValueReader&) { w.day_month_link = true; }},
    {"ordinal", [](DateWord& w, const ValueReader&) { w.ordinal = true; }},
    {"determiner", [](DateWord& w, const ValueReader&) { w.determiner = true; }},
    {"published", [](DateWord& w, const ValueReader&) { w.label = detail::kPublishedLabel; }},
    {"updated", [](DateWord& w, const ValueReader&) { w.label = detail::kUpdatedLabel; }},
    {"label_filler", [](DateWord& w, const ValueReader&) { w.label_filler = true; }},
};

void add_date_word(DateVocabulary& vocabulary, const Lexicon& lexicon, const LexiconRow& row) {
    const std::string& kind = row.at(1);
    auto rule = std::find_if(std::begin(kDateWordKinds), std::end(kDateWordKinds),
                             [&](const DateWordKind& k) { return k.name == kind; });
    if (rule == std::end(kDateWordKinds)) fail(lexicon, row, fmt::format("unknown kind '{}'", kind));
    if (row.at(0).empty()) fail(lexicon, row, "empty word");
    rule->apply(vocabulary.words[lower(row.at(0))], ValueReader{lexicon, row});
}

Tense read_tense(const Lexicon& lexicon, const LexiconRow& row) {
    if (row.at(1) == "past") return Tense::Past;
    if (row.at(1) == "future") return Tense::Future;
    if (row.at(1) == "none") return Tense::Unknown;
    fail(lexicon, row, fmt::format("tense '{}' should be past, future or none", row.at(1)));
}

Scope read_scope(const Lexicon& lexicon, const LexiconRow& row) {
    if (row.at(2) == "sentence") return Scope::Sentence;
    if (row.at(2) == "infinitive") return Scope::Infinitive;
    if (row.at(2) == "clause") return Scope::Clause;
    if (row.at(2) == "adjacent") return Scope::Adjacent;
    fail(lexicon, row, fmt::format("scope '{}' should be sentence, infinitive, clause or adjacent", row.at(2)));
}

void add_cue(DateVocabulary& vocabulary, const Lexicon& lexicon, const LexiconRow& row) {
    Cue cue{{}, read_tense(lexicon, row), read_scope(lexicon, row)};
    const std::string& text = row.at(0);
    if (text.size() > 1 && text.front() == '-') {
        cue.tokens.push_back(lower(text.substr(1)));
        vocabulary.endings.push_back(std::move(cue));
        return;
    }
    for (auto& token : tokenize(text, vocabulary)) cue.tokens.push_back(std::move(token.text));
    if (cue.tokens.empty()) fail(lexicon, row, "empty cue");
    vocabulary.cues[cue.tokens.front()].push_back(std::move(cue));
}

DateVocabulary load_vocabulary(const fs::path& dir) {
    DateVocabulary vocabulary;
    auto dates = load_lexicon(dir, "dates.tsv");
    for (const auto& row : dates.rows) add_date_word(vocabulary, dates, row);
    auto cues = load_lexicon(dir, "tense_cues.tsv");
    for (const auto& row : cues.rows) add_cue(vocabulary, cues, row);
    auto longest_first = [](const Cue& a, const Cue& b) {
        return a.tokens.size() != b.tokens.size() ? a.tokens.size() > b.tokens.size()
                                                  : a.tokens.front().size() > b.tokens.front().size();
    };
    for (auto& [first, list] : vocabulary.cues) std::stable_sort(list.begin(), list.end(), longest_first);
    std::stable_sort(vocabulary.endings.begin(), vocabulary.endings.end(), longest_first);
    return vocabulary;
}

// ---------------------------------------------------------------------------------------
// Tense: the cues of a sentence, and the one that governs each date in it.

struct CueHit {
    std::size_t first = 0;  // tokens [first, last)
    std::size_t last = 0;
    Tense tense = Tense::Unknown;
    Scope scope = Scope::Sentence;
};

bool matches(const std::vector<Token>& tokens, std::size_t at, const Cue& cue) {
    if (at + cue.tokens.size() > tokens.size()) return false;
    for (std::size_t k = 0; k < cue.tokens.size(); ++k)
        if (tokens[at + k].type == TokenType::Number || tokens[at + k].text != cue.tokens[k]) return false;
    return true;
}

const Cue* ending_cue(const Token& token, const DateVocabulary& vocabulary) {
    // An ending rule needs a real stem ("launched", not "red") and a lower-case word ("United").
    constexpr std::size_t kMinStem = 3;
    if (token.type != TokenType::Word || token.capitalized) return nullptr;
    for (const auto& cue : vocabulary.endings) {
        const std::string& ending = cue.tokens.front();
        if (token.text.size() >= ending.size() + kMinStem && token.text.ends_with(ending)) return &cue;
    }
    return nullptr;
}

std::vector<CueHit> find_cues(const std::vector<Token>& tokens, const DateVocabulary& vocabulary) {
    std::vector<CueHit> hits;
    for (std::size_t i = 0; i < tokens.size();) {
        const Cue* cue = nullptr;
        if (auto list = vocabulary.cues.find(tokens[i].text);
            list != vocabulary.cues.end() && tokens[i].type != TokenType::Number) {
            auto found = std::find_if(list->second.begin(), list->second.end(),
                                      [&](const Cue& c) { return matches(tokens, i, c); });
            if (found != list->second.end()) cue = &*found;
        }
        std::size_t length = cue ? cue->tokens.size() : 1;
        if (!cue) cue = ending_cue(tokens[i], vocabulary);
        if (cue) hits.push_back({i, i + length, cue->tense, cue->scope});
        i += length;
    }
    return hits;
}

// The cues of one sentence, with the clause (between commas, semicolons, dashes...) each
// token sits in.
class SentenceTenses {
public:
    SentenceTenses(const std::vector<Token>& tokens, const DateVocabulary& vocabulary)
        : tokens_(tokens), hits_(find_cues(tokens, vocabulary)), clause_(tokens.size()) {
        int clause = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) clause_[i] = clause += is_clause_break(tokens[i]);
    }

    // The tense with more sentence-wide cues.
    Tense overall() const {
        int past = 0;
        int future = 0;
        for (const auto& hit : hits_) {
            if (hit.scope != Scope::Sentence && hit.scope != Scope::Infinitive) continue;
            past += hit.tense == Tense::Past;
            future += hit.tense == Tense::Future;
        }
        return past == future ? Tense::Unknown : past > future ? Tense::Past : Tense::Future;
    }

    // The tense of the date in tokens [first, last): its own verb group ("said Sunday",
    // "will be held on Monday"), else the nearest cue before it in its clause, else after.
    std::optional<Tense> of(std::size_t first, std::size_t last) const {
        if (auto tense = verb_group(first)) return tense;
        if (auto tense = nearest_before(first)) return tense;
        if (auto tense = nearest_after(last)) return tense;
        return clause_verb(first);
    }

private:
    std::optional<Tense> verb_group(std::size_t first) const {
        if (first == 0) return std::nullopt;
        std::size_t verb_end = first;
        const DateWord* before = tokens_[first - 1].word;
        if (before && before->links_verb()) --verb_end;
        auto hit = std::partition_point(hits_.begin(), hits_.end(),
                                        [&](const CueHit& h) { return h.last <= verb_end; });
        if (hit == hits_.begin() || std::prev(hit)->last != verb_end) return std::nullopt;
        // Walk back over the group: its first word with a tense ("will" in "will be held") rules.
        std::optional<Tense> tense;
        for (auto h = std::prev(hit);; --h) {
            if (h->tense != Tense::Unknown) tense = h->tense;
            if (h == hits_.begin() || std::prev(h)->last != h->first) break;
        }
        return tense;
    }

    bool governs_clause(const CueHit& hit) const {
        return hit.scope != Scope::Adjacent && hit.tense != Tense::Unknown;
    }

    std::optional<Tense> nearest_before(std::size_t first) const {
        auto end = std::partition_point(hits_.begin(), hits_.end(),
                                        [&](const CueHit& h) { return h.last <= first; });
        for (auto h = end; h != hits_.begin();) {
            --h;
            if (clause_[h->last - 1] != clause_[first]) break;
            if (governs_clause(*h)) return h->tense;
        }
        return std::nullopt;
    }

    std::optional<Tense> nearest_after(std::size_t last) const {
        auto h = std::partition_point(hits_.begin(), hits_.end(),
                                      [&](const CueHit& hit) { return hit.first < last; });
        // An infinitive after the date follows the verb the date belongs to, whose tense the
        // cues do not tell: the date is the one nearest the anchor.
        for (; h != hits_.end() && clause_[h->first] == clause_[last - 1]; ++h)
            if (governs_clause(*h)) return h->scope == Scope::Infinitive ? Tense::Unknown : h->tense;
        return std::nullopt;
    }

    // Without a cue that governs the clause, the tense of the first verb in it that has one:
    // "In February Sisi hosted Erdogan" speaks of the past.
    std::optional<Tense> clause_verb(std::size_t first) const {
        for (const auto& h : hits_)
            if (clause_[h.first] == clause_[first] && h.tense != Tense::Unknown) return h.tense;
        return std::nullopt;
    }

    const std::vector<Token>& tokens_;
    std::vector<CueHit> hits_;
    std::vector<int> clause_;
};

// ---------------------------------------------------------------------------------------
// Expressions: what the text says, before the anchor resolves it.

struct Expression {
    enum class Kind { Calendar, Weekday, Days, Weeks, Months, Years };
    Kind kind = Kind::Calendar;
    PartialDate date;          // Calendar; year 0 until the anchor gives one
    int weekday = 0;           // Weekday, 0 = Sunday
    std::optional<int> shift;  // "last"/"this"/"next" before a month name or weekday
    std::optional<int> year_shift;  // Calendar: "last"/"this"/"next year" after it ("in May last year")
    int offset = 0;            // Days, Weeks, Months, Years from the anchor
    std::size_t first = 0;     // tokens [first, last)
    std::size_t last = 0;

    static Expression of_kind(Kind kind, std::size_t last) {
        Expression e;
        e.kind = kind;
        e.last = last;
        return e;
    }

    bool needs_tense() const {
        if (kind == Kind::Weekday) return !shift || *shift == 0;
        return kind == Kind::Calendar && date.year == 0 && !shift && !year_shift;
    }
};

bool fits_calendar(const PartialDate& date) {
    if (date.day == 0) return true;
    // Without a year, February 29 may still come.
    int year = date.year != 0 ? date.year : 2000;
    return chr::year_month_day{chr::year{year}, chr::month{static_cast<unsigned>(date.month)},
                               chr::day{static_cast<unsigned>(date.day)}}
        .ok();
}

// Reads date expressions from a token list; each parse starts at one token.
class ExpressionParser {
public:
    explicit ExpressionParser(const std::vector<Token>& tokens) : tokens_(tokens) {}

    std::optional<Expression> parse(std::size_t i) const {
        auto expression = iso_date(i);
        if (!expression) {
            const DateWord* w = word(i);
            bool hedged = w && w->hedge;
            std::size_t j = i;
            if (hedged) j = glued_mark(i + 1, '-') ? i + 2 : i + 1;  // "early January", "mid-2019"
            expression = core(j, i, hedged);
        }
        if (expression) {
            expression->first = i;
            add_year_shift(*expression);
        }
        return expression;
    }

    // How surely the date in `e` is the article's own: a label before it on its line
    // ("Published", "Updated:"), or its place at the start of a line or in an ISO date-time.
    int publication_rank(const Expression& e) const {
        constexpr int kMaxFillers = 3;
        std::size_t k = e.first;
        for (int fillers = 0; !opens_line(k) && fillers <= kMaxFillers; --k, ++fillers) {
            const Token& before = tokens_[k - 1];
            // A label heads a line or is capitalised: "Published ...", not "... dated ...".
            if (before.word && before.word->label && (before.capitalized || opens_line(k - 1)))
                return before.word->label;
            if (before.type != TokenType::Punct && !(before.word && before.word->label_filler)) break;
        }
        bool has_time = word_at(e.last) && !tokens_[e.last].spaced && tokens_[e.last].text == "t";
        return opens_line(k) || has_time ? detail::kDateline : 0;
    }

private:
    std::optional<Expression> core(std::size_t j, std::size_t start, bool hedged) const {
        const DateWord* w = word(j);
        if (w && w->shift) return shifted(j, start);
        if (w && w->day_offset) return offset(Expression::Kind::Days, *w->day_offset, j + 1);
        if (auto e = weekday_led(j, std::nullopt, start)) return e;
        const DateWord* cue = start > 0 ? word(start - 1) : nullptr;
        if (auto e = month_led(j, hedged || (cue && cue->month_cue))) return e;
        if (auto e = day_led(j)) return e;
        if (hedged || (cue && cue->year_cue))
            if (auto year = year_number(j)) return calendar({*year, 0, 0}, j + 1);
        return std::nullopt;
    }

    // "last month", "next Tuesday", "this year", "last March".
    std::optional<Expression> shifted(std::size_t j, std::size_t start) const {
        int shift = *word(j)->shift;
        if (auto e = weekday_led(j + 1, shift, start)) return e;
        if (blocked(start)) return std::nullopt;
        if (const DateWord* month = month_word(j + 1)) {
            bool period = glued_mark(j + 2, '.');
            if (month->abbreviation && !period) return std::nullopt;
            auto e = calendar({0, month->month, 0}, month->abbreviation ? j + 3 : j + 2);
            e.shift = shift;
            return e;
        }
        const DateWord* unit = word(j + 1);
        if (!unit || unit->unit == Unit::None) return std::nullopt;
        auto kind = unit->unit == Unit::Week    ? Expression::Kind::Weeks
                    : unit->unit == Unit::Month ? Expression::Kind::Months
                                                : Expression::Kind::Years;
        return offset(kind, shift, j + 2);
    }

    // "Sunday", "next Tuesday", or the weekday before a date ("Tuesday, January 7").
    std::optional<Expression> weekday_led(std::size_t j, std::optional<int> shift, std::size_t start) const {
        const DateWord* w = word(j);
        if (!w || w->weekday < 0 || !tokens_[j].capitalized) return std::nullopt;
        if (!shift) {
            std::size_t k = glued_mark(j + 1, ',') ? j + 2 : j + 1;
            if (auto e = month_led(k, false)) return e;
            if (auto e = day_led(k)) return e;
        }
        if (blocked(start)) return std::nullopt;
        auto e = Expression::of_kind(Expression::Kind::Weekday, j + 1);
        e.weekday = w->weekday;
        e.shift = shift;
        return e;
    }

    // "in August last year", "January of next year": a month and day take a shifted year.
    void add_year_shift(Expression& e) const {
        if (e.kind != Expression::Kind::Calendar || e.date.year != 0 || e.shift) return;
        std::size_t k = e.last;
        if (word_at(k) && (tokens_[k].text == "of" || tokens_[k].text == "Of")) ++k;
        const DateWord* shift = word(k);
        const DateWord* unit = word(k + 1);
        if (!shift || !shift->shift || !unit || unit->unit != Unit::Year) return;
        e.year_shift = *shift->shift;
        e.last = k + 2;
    }

    // "January 7, 2022", "Jan. 7", "December.11", "April 2019", or "January" after a cue.
    std::optional<Expression> month_led(std::size_t j, bool may_stand_alone) const {
        const DateWord* month = month_word(j);
        if (!month) return std::nullopt;
        std::size_t k = j + 1;
        bool period = glued_mark(k, '.');
        if (period) ++k;
        // A full name takes a period only when glued to its day ("December.11"): "in
        // December. 11 ..." ends a sentence.
        bool number_follows = is_number(k) && (!period || month->abbreviation || !tokens_[k].spaced);
        if (number_follows) {
            if (auto day = day_number(k)) return with_year({0, month->month, *day}, k + 1);
            if (auto year = year_number(k)) return calendar({*year, month->month, 0}, k + 1);
            return std::nullopt;  // "March 15-17", "January 2,000": not a date
        }
        if (!may_stand_alone || (month->abbreviation && !period)) return std::nullopt;
        return calendar({0, month->month, 0}, period && month->abbreviation ? j + 2 : j + 1);
    }

    // "7 January 2022", "29th of November".
    std::optional<Expression> day_led(std::size_t j) const {
        auto day = day_number(j);
        if (!day) return std::nullopt;
        std::size_t k = j + 1;
        if (word(k) && word(k)->day_month_link) ++k;
        const DateWord* month = month_word(k);
        if (!month) return std::nullopt;
        ++k;
        if (month->abbreviation && glued_mark(k, '.')) ++k;
        return with_year({0, month->month, *day}, k);
    }

    // `date` ends before token k; ", 2022" or " 2022" there gives its year.
    std::optional<Expression> with_year(PartialDate date, std::size_t k) const {
        std::size_t y = is_mark(k, ',') ? k + 1 : k;
        std::size_t last = k;
        if (auto year = year_number(y)) {
            date.year = *year;
            last = y + 1;
        }
        if (!fits_calendar(date)) return std::nullopt;
        return calendar(date, last);
    }

    // "2021-12-15", glued together.
    std::optional<Expression> iso_date(std::size_t i) const {
        if (!year_digits(i) || !glued_mark(i + 1, '-') || !glued_mark(i + 3, '-')) return std::nullopt;
        if (!glued_digits(i + 2, 2) || !glued_digits(i + 4, 2)) return std::nullopt;
        auto date =
            PartialDate::parse_iso(tokens_[i].text + '-' + tokens_[i + 2].text + '-' + tokens_[i + 4].text);
        if (!date) return std::nullopt;
        return calendar(*date, i + 5);
    }

    static Expression calendar(const PartialDate& date, std::size_t last) {
        auto e = Expression::of_kind(Expression::Kind::Calendar, last);
        e.date = date;
        return e;
    }

    static Expression offset(Expression::Kind kind, int amount, std::size_t last) {
        auto e = Expression::of_kind(kind, last);
        e.offset = amount;
        return e;
    }

    const DateWord* word(std::size_t i) const { return word_at(i) ? tokens_[i].word : nullptr; }
    bool word_at(std::size_t i) const { return i < tokens_.size() && tokens_[i].type == TokenType::Word; }
    bool is_number(std::size_t i) const { return i < tokens_.size() && tokens_[i].type == TokenType::Number; }
    bool is_mark(std::size_t i, char mark) const {
        return i < tokens_.size() && tokens_[i].type == TokenType::Punct && tokens_[i].text[0] == mark;
    }
    bool glued_mark(std::size_t i, char mark) const { return is_mark(i, mark) && !tokens_[i].spaced; }
    bool glued_digits(std::size_t i, std::size_t digits) const {
        return is_number(i) && !tokens_[i].spaced && !tokens_[i].ordinal && tokens_[i].text.size() == digits;
    }
    bool year_digits(std::size_t i) const {
        return is_number(i) && !tokens_[i].ordinal && tokens_[i].text.size() == 4 && tokens_[i].value >= 1000;
    }
    bool opens_line(std::size_t i) const { return i == 0 || tokens_[i - 1].line != tokens_[i].line; }

    const DateWord* month_word(std::size_t i) const {
        const DateWord* w = word(i);
        return w && w->month > 0 && tokens_[i].capitalized ? w : nullptr;
    }

    // "the last month", "every Sunday", "the following Tuesday" are no dates.
    bool blocked(std::size_t start) const {
        return start > 0 && word(start - 1) && word(start - 1)->determiner;
    }

    // Whether the number at i runs on into more: "15-17", "2,000", "7:30", "2019s".
    bool runs_on(std::size_t i) const {
        std::size_t next = i + 1;
        if (next >= tokens_.size() || tokens_[next].spaced) return false;
        if (tokens_[next].type == TokenType::Word || tokens_[next].type == TokenType::Number) return true;
        return is_number(next + 1) && !tokens_[next + 1].spaced;
    }

    std::optional<int> day_number(std::size_t i) const {
        if (!is_number(i) || tokens_[i].text.size() > 2 || runs_on(i)) return std::nullopt;
        int day = tokens_[i].value;
        return day >= 1 && day <= 31 ? std::optional(day) : std::nullopt;
    }

    std::optional<int> year_number(std::size_t i) const {
        if (!year_digits(i) || runs_on(i)) return std::nullopt;
        return tokens_[i].value;
    }

    const std::vector<Token>& tokens_;
};

// ---------------------------------------------------------------------------------------
// Resolution against the anchor.

enum class Precision { None, Year, Month, Day };

Precision precision_of(const PartialDate& date) {
    if (date.year == 0) return Precision::None;
    if (date.month < 1 || date.month > 12) return Precision::Year;
    if (date.day == 0 || !fits_calendar(date)) return Precision::Month;
    return Precision::Day;
}

chr::sys_days days_of(const PartialDate& date) {
    return chr::sys_days{chr::year{date.year} / chr::month{static_cast<unsigned>(date.month)} /
                         chr::day{static_cast<unsigned>(date.day)}};
}

PartialDate date_of(chr::sys_days days) {
    chr::year_month_day ymd{days};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// A date as a count of its unit, to compare and measure at a shared precision.
long position(const PartialDate& date, Precision precision) {
    switch (precision) {
        case Precision::Day:
            return days_of(date).time_since_epoch().count();
        case Precision::Month:
            return date.year * 12L + date.month - 1;
        default:
            return date.year;
    }
}

// The month (and day) in the years around the anchor's, oldest first.
std::vector<PartialDate> candidate_years(const PartialDate& month_day, int anchor_year) {
    // Four years each way, so that February 29 always finds a leap year.
    constexpr int kReach = 4;
    std::vector<PartialDate> candidates;
    for (int year = anchor_year - kReach; year <= anchor_year + kReach; ++year) {
        PartialDate candidate{year, month_day.month, month_day.day};
        if (fits_calendar(candidate)) candidates.push_back(candidate);
    }
    return candidates;
}

template <typename Keep>
std::optional<PartialDate> latest(const std::vector<PartialDate>& candidates, Keep keep) {
    auto found = std::find_if(candidates.rbegin(), candidates.rend(), keep);
    return found == candidates.rend() ? std::nullopt : std::optional(*found);
}

template <typename Keep>
std::optional<PartialDate> earliest(const std::vector<PartialDate>& candidates, Keep keep) {
    auto found = std::find_if(candidates.begin(), candidates.end(), keep);
    return found == candidates.end() ? std::nullopt : std::optional(*found);
}

// The candidate nearest the anchor; a tie goes to the anchor's own year.
std::optional<PartialDate> nearest(const std::vector<PartialDate>& candidates, const PartialDate& anchor,
                                   Precision precision) {
    std::optional<PartialDate> best;
    long best_distance = 0;
    for (const auto& candidate : candidates) {
        long distance = std::labs(position(candidate, precision) - position(anchor, precision));
        if (!best || distance < best_distance ||
            (distance == best_distance && candidate.year == anchor.year)) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

// "January 7" or "in March": the year from the anchor and the tense.
std::optional<PartialDate> resolve_month_day(const PartialDate& month_day, const PartialDate& anchor,
                                             Tense tense) {
    Precision anchor_precision = precision_of(anchor);
    if (anchor_precision == Precision::None) return std::nullopt;
    auto candidates = candidate_years(month_day, anchor.year);
    Precision shared = std::min(month_day.day ? Precision::Day : Precision::Month, anchor_precision);
    long now = position(anchor, shared);
    switch (tense) {
        case Tense::Past:
            return latest(candidates, [&](const PartialDate& c) { return position(c, shared) <= now; });
        case Tense::Future: {
            Precision month = std::min(Precision::Month, anchor_precision);
            long this_month = position(anchor, month);
            return earliest(candidates,
                            [&](const PartialDate& c) { return position(c, month) >= this_month; });
        }
        default:
            return nearest(candidates, anchor, shared);
    }
}

// "last March", "this April", "next January".
std::optional<PartialDate> resolve_shifted_month(int month, int shift, const PartialDate& anchor) {
    Precision anchor_precision = precision_of(anchor);
    if (shift == 0 && anchor_precision != Precision::None) return PartialDate{anchor.year, month, 0};
    if (anchor_precision < Precision::Month) return std::nullopt;
    auto candidates = candidate_years({0, month, 0}, anchor.year);
    long now = position(anchor, Precision::Month);
    if (shift < 0)
        return latest(candidates, [&](const PartialDate& c) { return position(c, Precision::Month) < now; });
    return earliest(candidates, [&](const PartialDate& c) { return position(c, Precision::Month) > now; });
}

std::optional<PartialDate> resolve_weekday(int weekday, std::optional<int> shift, const PartialDate& anchor,
                                           Tense tense) {
    if (precision_of(anchor) != Precision::Day) return std::nullopt;
    chr::sys_days today = days_of(anchor);
    chr::weekday now{today};
    chr::weekday target{static_cast<unsigned>(weekday)};
    chr::days back = now - target;   // to the latest such day on or before today: 0-6
    chr::days ahead = target - now;  // to the earliest on or after today: 0-6
    const chr::days week{7};
    chr::sys_days before = today - (back.count() ? back : week);
    chr::sys_days after = today + (ahead.count() ? ahead : week);
    if (!shift) return date_of(tense == Tense::Future ? after : today - back);
    if (*shift < 0) return date_of(before);
    if (*shift > 0) return date_of(after);
    return date_of(tense == Tense::Past ? today - back : today + ahead);
}

// "next week", "earlier this week": a month, which is all a week says. This week is the
// anchor's. Another is its month when the week, Monday to Sunday, lies in one month; a week
// that runs into the next month says only its year ("next week" from Tuesday, July 23, 2024
// runs from July 29 to August 4: a meeting on July 29 is in it, and so would one on August 1
// be), which a day the text gives elsewhere makes precise. An anchor of month precision places
// only "this week".
std::optional<PartialDate> resolve_week(int offset, const PartialDate& anchor) {
    const Precision anchor_precision = precision_of(anchor);
    if (offset == 0 && anchor_precision >= Precision::Month) return PartialDate{anchor.year, anchor.month, 0};
    if (anchor_precision != Precision::Day) return std::nullopt;
    const chr::sys_days today = days_of(anchor);
    const chr::sys_days monday = today - (chr::weekday{today} - chr::Monday) + chr::days{7 * offset};
    const PartialDate first = date_of(monday);
    const PartialDate last = date_of(monday + chr::days{6});
    if (first.year != last.year) return std::nullopt;
    return PartialDate{first.year, first.month == last.month ? first.month : 0, 0};
}

std::optional<PartialDate> resolve(const Expression& e, const PartialDate& anchor, Tense tense) {
    Precision anchor_precision = precision_of(anchor);
    switch (e.kind) {
        case Expression::Kind::Calendar:
            if (e.date.year != 0) return e.date;
            if (e.year_shift) {
                if (anchor_precision == Precision::None) return std::nullopt;
                return PartialDate{anchor.year + *e.year_shift, e.date.month, e.date.day};
            }
            if (e.shift) return resolve_shifted_month(e.date.month, *e.shift, anchor);
            return resolve_month_day(e.date, anchor, tense);
        case Expression::Kind::Weekday:
            return resolve_weekday(e.weekday, e.shift, anchor, tense);
        case Expression::Kind::Days:
            if (anchor_precision != Precision::Day) return std::nullopt;
            return date_of(days_of(anchor) + chr::days{e.offset});
        case Expression::Kind::Weeks:
            return resolve_week(e.offset, anchor);
        case Expression::Kind::Months: {
            if (anchor_precision < Precision::Month) return std::nullopt;
            auto month = chr::year{anchor.year} / chr::month{static_cast<unsigned>(anchor.month)} +
                         chr::months{e.offset};
            return PartialDate{static_cast<int>(month.year()),
                               static_cast<int>(static_cast<unsigned>(month.month())), 0};
        }
        case Expression::Kind::Years:
            if (anchor_precision == Precision::None) return std::nullopt;
            return PartialDate{anchor.year + e.offset, 0, 0};
    }
    return std::nullopt;
}

}  // namespace

DateFinder::DateFinder(const fs::path& lexicon_dir)
    : vocabulary_(std::make_shared<const DateVocabulary>(load_vocabulary(lexicon_dir))) {}

std::vector<DateMention> DateFinder::find(std::string_view sentence, const PartialDate& anchor,
                                          Tense tense) const {
    auto tokens = tokenize(sentence, *vocabulary_);
    ExpressionParser parser(tokens);
    std::optional<SentenceTenses> tenses;  // built when a date first needs one
    std::vector<DateMention> mentions;
    for (std::size_t i = 0; i < tokens.size();) {
        auto e = parser.parse(i);
        if (!e) {
            ++i;
            continue;
        }
        Tense own = tense;
        if (e->needs_tense()) {
            if (!tenses) tenses.emplace(tokens, *vocabulary_);
            own = tenses->of(e->first, e->last).value_or(tense);
        }
        if (auto date = resolve(*e, anchor, own))
            mentions.push_back({tokens[e->first].begin, tokens[e->last - 1].end, *date});
        i = e->last;
    }
    return mentions;
}

Tense DateFinder::tense_of(std::string_view sentence) const {
    auto tokens = tokenize(sentence, *vocabulary_);
    return SentenceTenses(tokens, *vocabulary_).overall();
}

std::optional<PartialDate> DateFinder::publication_date(std::string_view text) const {
    auto tokens = tokenize(text, *vocabulary_);
    ExpressionParser parser(tokens);
    std::optional<PartialDate> best;
    int best_rank = 0;
    for (std::size_t i = 0; i < tokens.size() && best_rank < detail::kPublishedLabel;) {
        auto e = parser.parse(i);
        if (!e) {
            ++i;
            continue;
        }
        i = e->last;
        if (e->kind != Expression::Kind::Calendar || e->date.year == 0 || e->date.month == 0) continue;
        if (int rank = parser.publication_rank(*e); rank > best_rank) {
            best = e->date;
            best_rank = rank;
        }
    }
    return best;
}

}  // namespace kg::ingest
