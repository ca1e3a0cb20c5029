#pragma once
// Finds the dates a news sentence states ("on Jan. 7, 2022", "in March", "said Sunday",
// "next Tuesday", "last month") and resolves each against the article's publication date,
// keeping the precision the text gave. Words come from lexicons/dates.tsv and
// lexicons/tense_cues.tsv (formats documented in their header lines).

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/partial_date.h"

namespace kg::ingest {

enum class Tense { Past, Future, Unknown };

struct DateMention {
    std::size_t begin = 0;  // byte offsets into the sentence
    std::size_t end = 0;
    PartialDate date;
};

namespace detail {
struct DateVocabulary;
}

class DateFinder {
public:
    // Reads lexicons/dates.tsv and lexicons/tense_cues.tsv from `lexicon_dir`; throws
    // IngestError naming the file and line of a malformed row.
    explicit DateFinder(const std::filesystem::path& lexicon_dir);

    // Every date expression in a sentence, resolved against `anchor` (the publication date).
    // A date without a year takes the year that puts it nearest the anchor; Past picks the
    // latest on or before the anchor, Future the earliest from the anchor's month on. A bare
    // weekday is the latest on or before the anchor, or with Future the next one after it.
    // `tense` is the sentence's; a cue in the date's own clause ("said Sunday", "launched in
    // October", "since ... on Jan. 20") overrides it. Expressions the anchor's precision
    // cannot resolve (a weekday against "2022-11") are left out.
    std::vector<DateMention> find(std::string_view sentence, const PartialDate& anchor, Tense tense) const;

    // The tense the sentence's cue words speak in: the one with more cues, Unknown on a tie.
    Tense tense_of(std::string_view sentence) const;

    // The publication date a raw article states: a date after a "Published"/"date" label,
    // else one opening a line or an ISO date-time, else one after an "Updated" label.
    std::optional<PartialDate> publication_date(std::string_view text) const;

private:
    std::shared_ptr<const detail::DateVocabulary> vocabulary_;  // immutable, shared by copies
};

}  // namespace kg::ingest
