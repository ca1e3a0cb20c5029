#pragma once
// Writes one article: it picks the meeting to tell of, names the people taking part with
// their offices, says when, adds what happened before ("last met in March", "replaced X"),
// the claims and their sources, the page furniture, and a headline.

#include <cstdint>
#include <deque>
#include <string>

#include "bench/corpus/article_builder.h"
#include "bench/corpus/calendar.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/claim_writer.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/furniture.h"
#include "bench/corpus/meeting_planner.h"
#include "bench/corpus/meetings.h"
#include "bench/corpus/rng.h"
#include "bench/corpus/when_phrase.h"

namespace kg::bench::corpus {

struct WrittenArticle {
    std::string title;
    std::string source;  // the outlet
    bool date_in_text = false;
    ArticleBuilder body;
};

class StoryWriter {
public:
    StoryWriter(const CorpusData& data, Cast& cast, Meetings& meetings)
        : data_(data), cast_(cast), meetings_(meetings), planner_(data, cast, meetings), claims_(data, cast),
          furniture_(data, cast) {}

    // Article number INDEX, published on PUBLISHED.
    WrittenArticle write(std::uint32_t index, Day published, Rng& rng);

private:
    // What the story tells besides the meeting: an earlier meeting of the same two people, a
    // person new in office with their predecessor, where one of them travels on to.
    struct Background {
        std::optional<std::size_t> last_meeting;
        std::vector<std::pair<std::size_t, std::size_t>> onward;  // (meeting, traveller: index into the meeting's people)
        std::optional<std::size_t> newcomer;  // index into the meeting's people
        std::optional<std::size_t> predecessor;
    };
    Background plan_background(const Meeting& meeting, Day published, Rng& rng);
    void write_lede(ArticleBuilder& article, const Meeting& meeting, bool held, const When& when, Rng& rng) const;
    void write_background(ArticleBuilder& article, const Meeting& meeting, const Background& background,
                          std::uint32_t index, Rng& rng);
    std::string headline(const Meeting& meeting, bool held, const When& when, Rng& rng) const;

    const CorpusData& data_;
    Cast& cast_;
    Meetings& meetings_;
    MeetingPlanner planner_;
    ClaimWriter claims_;
    Furniture furniture_;
    std::deque<std::string> headlines_;  // the latest, for "Related coverage:"
};

}  // namespace kg::bench::corpus
