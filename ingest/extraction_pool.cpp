#include "ingest/extraction_pool.h"

#include <utility>

#include "ingest/extractor.h"
#include "ingest/ingest_error.h"

namespace kg::ingest {
namespace {

// Enough queued articles to keep every worker busy while the caller stores a batch.
constexpr std::size_t kQueuePerWorker = 64;

}  // namespace

ExtractionPool::ExtractionPool(const std::filesystem::path& lexicon_dir, std::size_t threads) {
    fingerprint_ = Extractor(lexicon_dir).fingerprint();
    for (std::size_t i = 0; i < std::max<std::size_t>(threads, 1); ++i)
        workers_.emplace_back([this, lexicon_dir] { work(lexicon_dir); });
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return ready_workers_ == workers_.size() || startup_error_; });
    if (startup_error_) {
        closing_ = true;
        lock.unlock();
        changed_.notify_all();
        for (auto& worker : workers_) worker.join();
        std::rethrow_exception(startup_error_);
    }
}

ExtractionPool::~ExtractionPool() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    changed_.notify_all();
    for (auto& worker : workers_)
        if (worker.joinable()) worker.join();
}

void ExtractionPool::work(const std::filesystem::path& lexicon_dir) {
    std::optional<Extractor> extractor;
    try {
        extractor.emplace(lexicon_dir);
    } catch (...) {
        std::lock_guard lock(mutex_);
        startup_error_ = std::current_exception();
        changed_.notify_all();
        return;
    }
    std::unique_lock lock(mutex_);
    ++ready_workers_;
    changed_.notify_all();
    while (true) {
        changed_.wait(lock, [&] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;
        Job job = std::move(queue_.front());
        queue_.pop_front();
        changed_.notify_all();
        lock.unlock();
        Extracted result{job.number, job.article.origin, job.article.text.size(), std::nullopt, {}};
        try {
            result.facts = extractor->extract(job.article, job.hash);
        } catch (const IngestError& error) {
            result.problem = error.what();
        }
        lock.lock();
        done_.push_back(std::move(result));
        ++finished_;
        changed_.notify_all();
    }
}

void ExtractionPool::submit(RawArticle&& article, std::string hash) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < kQueuePerWorker * workers_.size(); });
    queue_.push_back({submitted_++, std::move(article), std::move(hash)});
    changed_.notify_all();
}

std::vector<Extracted> ExtractionPool::take_done() {
    std::lock_guard lock(mutex_);
    return std::exchange(done_, {});
}

std::vector<Extracted> ExtractionPool::finish() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return finished_ == submitted_; });
    return std::exchange(done_, {});
}

}  // namespace kg::ingest
