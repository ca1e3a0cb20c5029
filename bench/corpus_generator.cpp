// kg_corpus: a deterministic synthetic corpus of foreign-policy wire stories, with the facts
// it planted written as gold, to measure kg at scale (speed, memory, and extraction quality
// on text no rule was written for).
//
//   kg_corpus --articles N [--seed S] --out DIR [--data DIR]
//
// writes DIR/articles/NNNN.jsonl (JSON Lines articles, 1000 a file, what `kg ingest` reads),
// DIR/gold/seeds.jsonl (the gold layout of ../shared/gold/README.md) and DIR/next/next.jsonl:
// one more article, published on the corpus's last day and not in the gold, for measuring the
// ingest of one article into a large store. The same N and seed write the same files. The
// corpus covers N/30 days (a desk filing 30 stories a day; at least 90 days, at most 12
// years) ending 2024-12-31; the cast and its offices over that time come from the seed.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "bench/corpus/article_shards.h"
#include "bench/corpus/calendar.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/gold_writer.h"
#include "bench/corpus/meetings.h"
#include "bench/corpus/rng.h"
#include "bench/corpus/story_writer.h"

namespace fs = std::filesystem;
using namespace kg::bench::corpus;

namespace {

constexpr int kStoriesPerDay = 30, kMinDays = 90, kMaxDays = 12 * 365;
// Meetings are announced up to this many days ahead, so offices are filled past the last day.
constexpr int kDaysAhead = 40;

struct Options {
    std::uint32_t articles = 0;
    std::uint64_t seed = 1;
    fs::path out;
    fs::path data = fs::path(KG_SOURCE_DIR) / "bench" / "corpus";
};

ArticleRecord record_of(std::uint32_t index, Day published, const WrittenArticle& article) {
    const std::string id = fmt::format("a{:07}", index);
    return {id,
            article.title,
            iso_day(published),
            article.source,
            fmt::format("https://news.example.com/{}/{:02}/{}", year_of(published), month_of(published), id),
            article.body.text()};
}

// Removes what an earlier run left in DIR's folders of ours, and makes them.
void prepare(const fs::path& out) {
    for (const char* folder : {"articles", "gold", "next"}) {
        fs::remove_all(out / folder);
        fs::create_directories(out / folder);
    }
}

int run(const Options& options) {
    const auto started = std::chrono::steady_clock::now();
    const CorpusData data = CorpusData::load(options.data);
    const int days = std::clamp(static_cast<int>((options.articles + kStoriesPerDay - 1) / kStoriesPerDay), kMinDays,
                                kMaxDays);
    const Day last = day_of(2024, 12, 31), first = last - days + 1;
    Rng rng(options.seed);
    Cast cast(data, first, last + kDaysAhead, rng);
    Meetings meetings;
    StoryWriter writer(data, cast, meetings);

    prepare(options.out);
    ArticleShards shards(options.out / "articles");
    GoldWriter gold(options.out / "gold" / "seeds.jsonl", data, cast, [](std::uint32_t index) {
        return ArticleShards::file_name(index) + fmt::format("#a{:07}", index);
    });
    for (std::uint32_t index = 0; index < options.articles; ++index) {
        const Day published = first + static_cast<Day>(static_cast<std::uint64_t>(index) * days / options.articles);
        const WrittenArticle article = writer.write(index, published, rng);
        shards.write(index, record_of(index, published, article));
        gold.article(index, published, article.date_in_text, article.body);
    }
    shards.close();
    gold.finish(meetings);

    // After the gold: the one more article must add nothing to it.
    ArticleShards next(options.out / "next");
    next.write(0, record_of(options.articles, last, writer.write(options.articles, last, rng)));
    next.close();
    fs::rename(options.out / "next" / ArticleShards::file_name(0), options.out / "next" / "next.jsonl");

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    fmt::print(stderr, "kg_corpus: {} articles ({:.1f} MB, {} to {}) in {}, {} gold rows in {}; {:.1f} s\n",
               options.articles, static_cast<double>(shards.bytes()) / 1e6, iso_day(first), iso_day(last),
               (options.out / "articles").string(), gold.rows(), (options.out / "gold" / "seeds.jsonl").string(),
               seconds);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kg_corpus: a deterministic synthetic corpus of wire stories, with its gold facts"};
    Options options;
    app.add_option("--articles", options.articles, "How many articles")->required()->check(CLI::PositiveNumber);
    app.add_option("--seed", options.seed, "The seed: the same seed and count write the same corpus (default 1)");
    app.add_option("--out", options.out, "The folder to write articles/, gold/ and next/ into")->required();
    app.add_option("--data", options.data, "The folder of names.tsv, countries.tsv, ... (default bench/corpus)");
    CLI11_PARSE(app, argc, argv);
    try {
        return run(options);
    } catch (const std::exception& e) {
        fmt::print(stderr, "kg_corpus: {}\n", e.what());
        return 1;
    }
}
