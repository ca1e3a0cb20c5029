#pragma once
// Extraction on every core: articles are independent, so worker threads, each with its own
// Extractor (one serves one thread at a time), turn articles into facts while the caller goes
// on reading and storing. Results come back as they are done, each with the number the article
// was submitted under, so the caller can keep the input's order where it matters.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "graph/model.h"
#include "ingest/article_reader.h"

namespace kg::ingest {

struct Extracted {
    std::size_t number = 0;        // in order of submission
    std::string origin;            // for messages
    std::size_t text_bytes = 0;
    std::optional<graph::ArticleFacts> facts;
    std::string problem;           // why there are no facts
};

class ExtractionPool {
public:
    // Starts THREADS workers (at least one), each loading the lexicons in LEXICON_DIR. Throws
    // what the Extractor throws for bad lexicons.
    ExtractionPool(const std::filesystem::path& lexicon_dir, std::size_t threads);
    ~ExtractionPool();
    ExtractionPool(const ExtractionPool&) = delete;
    ExtractionPool& operator=(const ExtractionPool&) = delete;

    // The lexicons' fingerprint, for content hashes.
    const std::string& fingerprint() const { return fingerprint_; }

    // Queues an article; waits while the queue is full, so reading never runs far ahead.
    void submit(RawArticle&& article, std::string hash);
    // What is done so far, without waiting.
    std::vector<Extracted> take_done();
    // Waits for everything submitted, and returns what take_done has not.
    std::vector<Extracted> finish();

private:
    struct Job {
        std::size_t number;
        RawArticle article;
        std::string hash;
    };
    void work(const std::filesystem::path& lexicon_dir);

    std::string fingerprint_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Job> queue_;
    std::vector<Extracted> done_;
    std::size_t submitted_ = 0, finished_ = 0;
    std::size_t ready_workers_ = 0;
    std::exception_ptr startup_error_;
    bool closing_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace kg::ingest
