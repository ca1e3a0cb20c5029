// Extraction speed: MB/s of article text through the whole extractor (normalization, page
// cleaning, sentences, entities, relations), on one thread, at two corpus sizes to show that
// the time stays linear in the input. Also reports peak memory.
//
//   build/bench/kg_extract_bench [MB] [FOLDER...]
//   build/bench/kg_extract_bench --one-article [MB] [FOLDER...]
//
// The corpus is the articles in FOLDER (default: examples/ and tests/cases/articles/), repeated
// with a counter so no two texts are alike, until it holds MB megabytes (default 20). With
// --one-article it is a single article of that size on one line (default 2 MB), as a scraper
// may write one: every article-wide step (people, meetings, facts) then meets all of it.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ingest/extractor.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> read_folder_texts(const fs::path& folder) {
    std::vector<std::string> texts;
    if (!fs::is_directory(folder)) return texts;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return texts;
}

std::vector<kg::ingest::RawArticle> corpus(const std::vector<std::string>& texts, std::size_t bytes) {
    std::vector<kg::ingest::RawArticle> articles;
    std::size_t total = 0;
    for (std::size_t i = 0; total < bytes; ++i) {
        kg::ingest::RawArticle a;
        a.key = "article:bench-" + std::to_string(i);
        a.file = "bench-" + std::to_string(i) + ".txt";
        a.published = "2023-03-15";
        a.text = texts[i % texts.size()] + "\nCopy " + std::to_string(i) + ".\n";
        total += a.text.size();
        articles.push_back(std::move(a));
    }
    return articles;
}

// The texts joined on one line, each with its counter, into one article of BYTES.
std::vector<kg::ingest::RawArticle> one_article(const std::vector<std::string>& texts, std::size_t bytes) {
    kg::ingest::RawArticle a;
    a.key = "article:bench-one";
    a.file = "bench-one.txt";
    a.published = "2023-03-15";
    for (std::size_t i = 0; a.text.size() < bytes; ++i) a.text += texts[i % texts.size()] + " Copy " + std::to_string(i) + ". ";
    std::replace(a.text.begin(), a.text.end(), '\n', ' ');
    return {a};
}

struct Run {
    double megabytes = 0;
    double seconds = 0;
    double cpu_seconds = 0;  // this process's: on a shared machine, steadier than the clock on the wall
    std::size_t articles = 0;
    std::size_t facts = 0;
};

Run extract_all(const kg::ingest::Extractor& extractor, const std::vector<kg::ingest::RawArticle>& articles) {
    Run run;
    auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (const auto& a : articles) {
        auto facts = extractor.extract(a, "bench");
        run.facts += facts.nodes.size() + facts.edges.size();
        run.megabytes += static_cast<double>(a.text.size()) / 1e6;
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    run.articles = articles.size();
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    const bool single = !args.empty() && args.front() == "--one-article";
    if (single) args.erase(args.begin());
    double megabytes = !args.empty() ? std::stod(args.front()) : single ? 2 : 20;
    std::vector<fs::path> folders;
    for (std::size_t i = 1; i < args.size(); ++i) folders.emplace_back(args[i]);
    if (folders.empty()) folders = {KG_SOURCE_DIR "/examples", KG_SOURCE_DIR "/tests/cases/articles"};
    std::vector<std::string> texts;
    for (const auto& folder : folders) {
        auto more = read_folder_texts(folder);
        texts.insert(texts.end(), more.begin(), more.end());
    }
    if (texts.empty()) {
        std::fprintf(stderr, "kg_extract_bench: no .txt articles in the folders given\n");
        return 1;
    }
    kg::ingest::Extractor extractor(KG_SOURCE_DIR "/ingest/lexicons");
    std::printf("corpus: %zu distinct articles, repeated\n", texts.size());
    for (double size : {megabytes / 4, megabytes}) {
        const auto bytes = static_cast<std::size_t>(size * 1e6);
        auto articles = single ? one_article(texts, bytes) : corpus(texts, bytes);
        Run run = extract_all(extractor, articles);
        std::printf("%7.2f MB, %6zu articles: %6.2f s (%6.2f s CPU), %6.2f MB/s, %8.0f articles/s, %zu facts\n",
                    run.megabytes, run.articles, run.seconds, run.cpu_seconds, run.megabytes / run.seconds,
                    static_cast<double>(run.articles) / run.seconds, run.facts);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory: %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024);
    return 0;
}
