#include "ingest/date_finder.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/ingest_error.h"

// Expected dates below were worked out with a calendar (weekdays checked with `date -d`):
// 2021-03-10 is a Wednesday, 2021-11-28 a Sunday, 2021-11-29 a Monday, 2021-12-15 a Wednesday.

namespace {

namespace fs = std::filesystem;
using kg::ingest::DateFinder;
using kg::ingest::PartialDate;
using kg::ingest::Tense;
using Found = std::vector<std::string>;

const DateFinder& finder() {
    static const DateFinder instance(KG_SOURCE_DIR "/ingest/lexicons");
    return instance;
}

PartialDate on(const char* iso) {
    auto date = PartialDate::parse_iso(iso);
    REQUIRE(date);
    return *date;
}

// Each mention as "its text -> its date", in order.
Found found(std::string_view sentence, const PartialDate& anchor, Tense tense = Tense::Unknown) {
    Found out;
    for (const auto& mention : finder().find(sentence, anchor, tense))
        out.push_back(std::string(sentence.substr(mention.begin, mention.end - mention.begin)) + " -> " +
                      mention.date.iso());
    return out;
}

}  // namespace

TEST_CASE("explicit dates keep the precision they state", "[ingest]") {
    auto anchor = on("2023-05-02");
    CHECK(found("The accord was signed on January 7, 2022 in Geneva.", anchor) ==
          Found{"January 7, 2022 -> 2022-01-07"});
    CHECK(found("Talks opened 7 January 2022 in Oslo.", anchor) == Found{"7 January 2022 -> 2022-01-07"});
    CHECK(found("The envoy arrived on Jan. 7, 2022, officials said.", anchor) ==
          Found{"Jan. 7, 2022 -> 2022-01-07"});
    CHECK(found("Voting began on the 3rd of March 2020.", anchor) ==
          Found{"3rd of March 2020 -> 2020-03-03"});
    CHECK(found("The pact took effect in April 2019.", anchor) == Found{"April 2019 -> 2019-04"});
    CHECK(found("Trade has grown since Sept. 2018.", anchor) == Found{"Sept. 2018 -> 2018-09"});
    CHECK(found("The register lists 2021-12-15 as the filing day.", anchor) ==
          Found{"2021-12-15 -> 2021-12-15"});
}

TEST_CASE("a bare year is a date only after in, since, by or until", "[ingest]") {
    auto anchor = on("2023-05-02");
    CHECK(found("The base opened in 2019.", anchor) == Found{"2019 -> 2019"});
    CHECK(found("Sanctions have held since 2014 and may last until 2025.", anchor) ==
          Found{"2014 -> 2014", "2025 -> 2025"});
    CHECK(found("The country aims to cut emissions by 2030.", anchor) == Found{"2030 -> 2030"});
    CHECK(found("The ministry asked for more money for fiscal 2022.", anchor).empty());
    CHECK(found("The army sent 2022 troops to the border.", anchor).empty());
    CHECK(found("Turnout in the 2019 election was low.", anchor).empty());
    CHECK(found("Output rose in 2021-22 and in the 1990s.", anchor).empty());
}

TEST_CASE("month names and day numbers are read in news spellings", "[ingest]") {
    auto anchor = on("2021-12-15");
    CHECK(found("Ministers met on Dec. 11 in Rome.", anchor) == Found{"Dec. 11 -> 2021-12-11"});
    CHECK(found("Ministers met on December.11 in Rome.", anchor) == Found{"December.11 -> 2021-12-11"});
    CHECK(found("Ministers met on December 11 in Rome.", anchor) == Found{"December 11 -> 2021-12-11"});
    CHECK(found("The summit closes on January 7th.", anchor) == Found{"January 7th -> 2022-01-07"});
    CHECK(found("They will meet on Tuesday, January 11 in Paris.", anchor, Tense::Future) ==
          Found{"Tuesday, January 11 -> 2022-01-11"});
}

TEST_CASE("month names count only when capitalised and, alone, only after a cue", "[ingest]") {
    auto anchor = on("2021-12-15");
    CHECK(found("Officials may meet again.", anchor).empty());
    CHECK(found("Theresa May spoke to reporters.", anchor).empty());
    CHECK(found("Protesters plan to march in Tokyo.", anchor).empty());
    CHECK(found("Guests toured Mar-a-Lago in Florida.", anchor).empty());
    CHECK(found("A decision is due in January.", anchor) == Found{"January -> 2022-01"});
}

TEST_CASE("ranges, durations, numbers and impossible days are no dates", "[ingest]") {
    auto anchor = on("2021-03-10");
    CHECK(found("The drills ran March 15-17 near Okinawa.", anchor).empty());
    CHECK(found("The secretaries will stay for three days.", anchor).empty());
    CHECK(found("It was the first such meeting in about a year.", anchor).empty());
    CHECK(found("Both sides discussed 21st-century geopolitics.", anchor).empty());
    CHECK(found("In January 2,000 soldiers arrived.", anchor).empty());
    CHECK(found("The vote was set for February 30, 2022.", anchor).empty());
    CHECK(found("The vote was set for February 30.", anchor).empty());
    CHECK(found("The council meets at 7 p.m. on weekdays.", anchor).empty());
}

TEST_CASE("a month and day without a year take the year nearest the anchor", "[ingest]") {
    CHECK(found("Talks take place on January 7.", on("2021-12-15")) == Found{"January 7 -> 2022-01-07"});
    CHECK(found("The inauguration on Jan. 20 drew crowds.", on("2021-03-10")) ==
          Found{"Jan. 20 -> 2021-01-20"});
    // February 29 falls only in leap years: the latest one before the anchor.
    CHECK(found("The treaty dates from February 29.", on("2021-03-10"), Tense::Past) ==
          Found{"February 29 -> 2020-02-29"});
}

TEST_CASE("a month alone takes the year nearest the anchor unless the tense says otherwise", "[ingest]") {
    auto anchor = on("2021-11-28");
    CHECK(found("A summit in January is under discussion.", anchor) == Found{"January -> 2022-01"});
    CHECK(found("The reshuffle in October drew criticism.", anchor) == Found{"October -> 2021-10"});
    CHECK(found("Talks in January.", anchor, Tense::Past) == Found{"January -> 2021-01"});
    CHECK(found("Talks in October.", anchor, Tense::Future) == Found{"October -> 2022-10"});
    // Six months either way: the anchor's own year.
    CHECK(found("Talks in January.", on("2021-07-15")) == Found{"January -> 2021-01"});
}

TEST_CASE("with the past tense a date is the latest on or before the anchor", "[ingest]") {
    CHECK(found("The two sides last held talks in March.", on("2021-11-28"), Tense::Past) ==
          Found{"March -> 2021-03"});
    CHECK(found("The ministers met on December 11 in Rome.", on("2022-01-05"), Tense::Past) ==
          Found{"December 11 -> 2021-12-11"});
    CHECK(found("The envoys met in November.", on("2021-11-28"), Tense::Past) ==
          Found{"November -> 2021-11"});
}

TEST_CASE("with the future tense a date is the earliest from the anchor's month on", "[ingest]") {
    auto anchor = on("2021-12-15");
    CHECK(found("The ministers will meet on January 7.", anchor, Tense::Future) ==
          Found{"January 7 -> 2022-01-07"});
    CHECK(found("The ministers will meet in December.", anchor, Tense::Future) ==
          Found{"December -> 2021-12"});
    CHECK(found("The ministers will meet on December 11.", anchor, Tense::Future) ==
          Found{"December 11 -> 2021-12-11"});
    CHECK(found("The ministers will meet in November.", anchor, Tense::Future) ==
          Found{"November -> 2022-11"});
}

TEST_CASE("a cue in a date's own clause overrides the sentence's tense", "[ingest]") {
    // "launched" governs the date right after it; "since" its clause; "said" the next day named.
    CHECK(found("The talks will be the first for a cabinet launched in October.", on("2021-11-28"),
                Tense::Future) == Found{"October -> 2021-10"});
    CHECK(found("The trip will be their first since the inauguration on Jan. 20.", on("2021-03-10"),
                Tense::Future) == Found{"Jan. 20 -> 2021-01-20"});
    CHECK(found("The envoys will tour Asia, the ministry said Wednesday.", on("2021-03-10"), Tense::Future) ==
          Found{"Wednesday -> 2021-03-10"});
    // The first tensed word of a verb group rules it: "will" in "will be announced".
    CHECK(found("The results will be announced on Monday.", on("2021-03-10"), Tense::Past) ==
          Found{"Monday -> 2021-03-15"});
    CHECK(found("The leaders met in March and will meet again in January.", on("2021-11-28")) ==
          Found{"March -> 2021-03", "January -> 2022-01"});
}

TEST_CASE("an infinitive after a date does not set its tense", "[ingest]") {
    // The date belongs to the verb before it ("agreed in July"), whatever the infinitive tells.
    CHECK(found("The two leaders agreed at their summit in July to hold regular drills.", on("2023-09-20"),
                Tense::Future) == Found{"July -> 2023-07"});
    CHECK(finder().tense_of("The ministers agreed to hold talks.") == Tense::Future);
    // A date after it is the infinitive's: a meeting to prepare for is still to come.
    CHECK(found("Officials met on Monday to prepare for a summit in April.", on("2024-03-19"), Tense::Past) ==
          Found{"Monday -> 2024-03-18", "April -> 2024-04"});
}

TEST_CASE("a bare weekday is the latest on or before the anchor unless the future is meant", "[ingest]") {
    auto sunday = on("2021-11-28");
    CHECK(found("Government sources said Sunday.", sunday, Tense::Past) == Found{"Sunday -> 2021-11-28"});
    CHECK(found("Government sources said Sunday.", sunday, Tense::Unknown) == Found{"Sunday -> 2021-11-28"});
    CHECK(found("The plan was reported on Sunday.", on("2021-11-29")) == Found{"Sunday -> 2021-11-28"});

    auto wednesday = on("2021-03-10");
    CHECK(found("Officials met Monday.", wednesday, Tense::Past) == Found{"Monday -> 2021-03-08"});
    CHECK(found("Officials will hold talks Tuesday.", wednesday, Tense::Future) ==
          Found{"Tuesday -> 2021-03-16"});
    CHECK(found("Officials will hold talks Wednesday.", wednesday, Tense::Future) ==
          Found{"Wednesday -> 2021-03-17"});
    CHECK(found("The envoys will tour the region from Monday.", wednesday, Tense::Future) ==
          Found{"Monday -> 2021-03-15"});
}

TEST_CASE("next and last move a weekday whatever the tense", "[ingest]") {
    auto wednesday = on("2021-03-10");
    CHECK(found("Talks open next Tuesday.", wednesday, Tense::Past) == Found{"next Tuesday -> 2021-03-16"});
    CHECK(found("Talks open next Wednesday.", wednesday) == Found{"next Wednesday -> 2021-03-17"});
    CHECK(found("In Seoul from next Wednesday, they will meet.", wednesday, Tense::Future) ==
          Found{"next Wednesday -> 2021-03-17"});
    CHECK(found("Talks ended last Tuesday.", wednesday, Tense::Future) ==
          Found{"last Tuesday -> 2021-03-09"});
    CHECK(found("Talks ended last Wednesday.", wednesday) == Found{"last Wednesday -> 2021-03-03"});
    CHECK(found("Talks open this Friday.", wednesday, Tense::Future) == Found{"this Friday -> 2021-03-12"});
}

TEST_CASE("recurring, narrative and plural weekdays are no dates", "[ingest]") {
    auto wednesday = on("2021-03-10");
    CHECK(found("The council meets every Sunday.", wednesday).empty());
    CHECK(found("They met again the following Tuesday.", wednesday).empty());
    CHECK(found("Markets close on Sundays.", wednesday).empty());
    CHECK(found("Prices rose over the last month.", wednesday).empty());
}

TEST_CASE("today, yesterday and tomorrow count days from the anchor", "[ingest]") {
    CHECK(found("The minister arrives today.", on("2021-03-10")) == Found{"today -> 2021-03-10"});
    CHECK(found("The minister left yesterday.", on("2021-03-01")) == Found{"yesterday -> 2021-02-28"});
    CHECK(found("The minister arrives tomorrow.", on("2021-12-31")) == Found{"tomorrow -> 2022-01-01"});
}

TEST_CASE("a month alone takes the tense of the clause's verb when no cue governs it", "[ingest]") {
    CHECK(found("In February the president hosted his Turkish counterpart in Cairo.", on("2024-10-10")) ==
          Found{"February -> 2024-02"});
    CHECK(found("The president hosts his Turkish counterpart in February.", on("2024-10-10")) ==
          Found{"February -> 2025-02"});
}

TEST_CASE("a month before last, this or next year is in that year", "[ingest]") {
    CHECK(found("The president attended the summit in August last year.", on("2024-11-17")) ==
          Found{"August last year -> 2023-08"});
    CHECK(found("They will meet in May of next year.", on("2024-11-17")) == Found{"May of next year -> 2025-05"});
    CHECK(found("They met on March 3 this year.", on("2024-11-17")) == Found{"March 3 this year -> 2024-03-03"});
}

TEST_CASE("last, this and next week give the month the week falls in", "[ingest]") {
    CHECK(found("The crown prince will visit next week.", on("2024-10-10")) == Found{"next week -> 2024-10"});
    CHECK(found("They spoke by phone last week.", on("2023-12-13")) == Found{"last week -> 2023-12"});
    CHECK(found("They spoke by phone last week.", on("2023-12-05")) == Found{"last week -> 2023"});
    CHECK(found("The envoy arrived earlier this week.", on("2023-03-01")) == Found{"earlier this week -> 2023-03"});
    CHECK(found("The envoy arrives this week.", on("2023-03")) == Found{"this week -> 2023-03"});
    CHECK(found("The envoy arrives next week.", on("2023-03")).empty());
    // Friday, October 25: next week runs from October 28 to November 3, in two months: only its
    // year is sure, and a day given elsewhere ("on October 29") makes it precise.
    CHECK(found("The ministers meet next week.", on("2024-10-25")) == Found{"next week -> 2024"});
    CHECK(found("The ministers meet next week.", on("2024-10-16")) == Found{"next week -> 2024-10"});
}

TEST_CASE("last, this and next month or year keep month or year precision", "[ingest]") {
    CHECK(found("The strategy came out last month.", on("2022-01-05")) == Found{"last month -> 2021-12"});
    CHECK(found("Talks resume next month.", on("2021-12-15")) == Found{"next month -> 2022-01"});
    CHECK(found("Talks resume this month.", on("2021-12-15")) == Found{"this month -> 2021-12"});
    CHECK(found("Last year exports fell; this year they may recover, and next year grow.",
                on("2021-12-15")) == Found{"Last year -> 2020", "this year -> 2021", "next year -> 2022"});
    CHECK(found("The envoy visited earlier this month.", on("2021-12-15")) ==
          Found{"earlier this month -> 2021-12"});
    CHECK(found("A summit is planned for later this year.", on("2021-12-15")) ==
          Found{"later this year -> 2021"});
    CHECK(found("Work starts in early January and ends mid-2023.", on("2021-12-15")) ==
          Found{"early January -> 2022-01", "mid-2023 -> 2023"});
    CHECK(found("The law passed last March.", on("2021-11-28")) == Found{"last March -> 2021-03"});
    CHECK(found("The law takes effect next March.", on("2021-03-10")) == Found{"next March -> 2022-03"});
}

TEST_CASE("last, this and next week are the month the week falls in", "[ingest]") {
    CHECK(found("The ministers spoke by phone last week.", on("2023-12-20")) == Found{"last week -> 2023-12"});
    CHECK(found("They will meet next week.", on("2024-03-28")) == Found{"next week -> 2024-04"});
    CHECK(found("They met earlier this week.", on("2024-03")) == Found{"earlier this week -> 2024-03"});
    CHECK(found("They met for a week.", on("2024-03-28")).empty());
}

TEST_CASE("an anchor known only to the month or year resolves only what it can", "[ingest]") {
    auto month = on("2022-11");
    CHECK(found("Talks are possible in January.", month) == Found{"January -> 2023-01"});
    CHECK(found("Talks in January.", month, Tense::Past) == Found{"January -> 2022-01"});
    CHECK(found("The ministers met on January 7.", month, Tense::Past) == Found{"January 7 -> 2022-01-07"});
    CHECK(found("The strategy came out last month.", month) == Found{"last month -> 2022-10"});
    CHECK(found("Exports fell last year.", month) == Found{"last year -> 2021"});
    CHECK(found("Diplomatic sources said Wednesday.", month).empty());
    CHECK(found("The minister left yesterday.", month).empty());

    auto year = on("2022");
    CHECK(found("Talks are possible in January.", year) == Found{"January -> 2022-01"});
    CHECK(found("Exports grow next year.", year) == Found{"next year -> 2023"});
    CHECK(found("The strategy came out last month.", year).empty());
}

TEST_CASE("an unknown anchor resolves only dates that state their year", "[ingest]") {
    PartialDate unknown;
    CHECK(found("They met on January 7, 2022 and again on March 3.", unknown) ==
          Found{"January 7, 2022 -> 2022-01-07"});
    CHECK(found("Sources said Sunday.", unknown).empty());
    CHECK(found("The strategy came out last month.", unknown).empty());
    CHECK(found("Talks in January.", unknown).empty());
}

TEST_CASE("mention offsets are byte offsets into the sentence", "[ingest]") {
    std::string sentence = "Tokyo \xe2\x80\x9ctwo-plus-two\xe2\x80\x9d talks open on January 7.";
    auto mentions = finder().find(sentence, on("2021-12-15"), Tense::Unknown);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].begin == sentence.find("January"));
    CHECK(mentions[0].end == sentence.find('.'));
    CHECK(mentions[0].date == PartialDate{2022, 1, 7});
}

TEST_CASE("tense_of reads the sentence's cue words", "[ingest]") {
    CHECK(finder().tense_of("The ministers will meet in Tokyo.") == Tense::Future);
    CHECK(finder().tense_of("The company plans a new factory.") == Tense::Future);
    CHECK(finder().tense_of("Both sides are expected to sign the pact.") == Tense::Future);
    CHECK(finder().tense_of("The foreign minister hopes to visit Seoul.") == Tense::Future);
    CHECK(finder().tense_of("The leaders meet again next week.") == Tense::Future);
    CHECK(finder().tense_of("The two sides last talked in March.") == Tense::Past);
    CHECK(finder().tense_of("The forum was previously held in Lima.") == Tense::Past);
    CHECK(finder().tense_of("The ministers met in Rome.") == Tense::Past);
    CHECK(finder().tense_of("The ministers had agreed on the plan.") == Tense::Past);
    CHECK(finder().tense_of("Ministers discuss trade.") == Tense::Unknown);
    // "said" is in nearly every news sentence, so it sets no sentence's tense.
    CHECK(finder().tense_of("The ministry said the talks are going well.") == Tense::Unknown);
    CHECK(finder().tense_of("The leaders, who met in May, will meet again.") == Tense::Unknown);
}

TEST_CASE("publication_date reads a dateline, preferring Published over Updated", "[ingest]") {
    CHECK(finder().publication_date(" date 2021-12-15 Japan is preparing for talks.") ==
          PartialDate{2021, 12, 15});
    CHECK(finder().publication_date("Published November 29th, 2021 at 07:35 IST\n\nOfficials met.") ==
          PartialDate{2021, 11, 29});
    CHECK(finder().publication_date("Updated Nov. 29, 2021\nThe talks on January 7, 2022 were brief.") ==
          PartialDate{2021, 11, 29});
    CHECK(finder().publication_date("Updated Dec. 2, 2021 at 10:00 IST\nHeadline\n\nBody.\n"
                                    "Published November 29th, 2021 at 07:35 IST") ==
          PartialDate{2021, 11, 29});
    CHECK(finder().publication_date("Filed by the desk 2021-11-29T07:35:00Z for release.") ==
          PartialDate{2021, 11, 29});
    CHECK(finder().publication_date("29 November 2021\nTOKYO - Officials met on December 3, 2021.") ==
          PartialDate{2021, 11, 29});
    CHECK(finder().publication_date("30 November 2021\nOfficials met.\nPosted: 2021-12-15") ==
          PartialDate{2021, 12, 15});
}

TEST_CASE("publication_date ignores dates in the body", "[ingest]") {
    CHECK_FALSE(finder().publication_date("Officials met on January 7, 2022, in Tokyo."));
    CHECK_FALSE(finder().publication_date("A report published on March 3, 2020 said so."));
    CHECK_FALSE(finder().publication_date("Talks are planned for January.\nNo date has been set."));
}

TEST_CASE("a malformed date lexicon is an error naming the file and line", "[ingest]") {
    fs::path dir = fs::temp_directory_path() / "kg-date-finder-test";
    fs::create_directories(dir);
    std::ofstream(dir / "tense_cues.tsv") << "# cue\ttense\tscope\nwill\tfuture\tsentence\n";

    std::ofstream(dir / "dates.tsv") << "# word\tkind\tvalue\njanuary\tmonth\t13\n";
    CHECK_THROWS_AS(DateFinder(dir), kg::ingest::IngestError);
    CHECK_THROWS_WITH(DateFinder(dir), Catch::Contains("dates.tsv:2") && Catch::Contains("13"));

    std::ofstream(dir / "dates.tsv") << "# word\tkind\tvalue\njanuary\tmonth\t1\nsoon\tadverb\t\n";
    CHECK_THROWS_WITH(DateFinder(dir), Catch::Contains("dates.tsv:3") && Catch::Contains("adverb"));

    std::ofstream(dir / "dates.tsv") << "# word\tkind\tvalue\njanuary\tmonth\t1\n";
    std::ofstream(dir / "tense_cues.tsv") << "# cue\ttense\tscope\nwill\tsoon\tsentence\n";
    CHECK_THROWS_WITH(DateFinder(dir), Catch::Contains("tense_cues.tsv:2") && Catch::Contains("soon"));

    CHECK_THROWS_WITH(DateFinder("/nonexistent-kg-lexicons"), Catch::Contains("/nonexistent-kg-lexicons"));
}
