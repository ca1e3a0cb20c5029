#pragma once
// The generator's one source of chance. std::mt19937_64 is specified to the bit, unlike the
// standard distributions, so the same seed writes the same corpus with any standard library.

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace kg::bench::corpus {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    // A number in [0, n); n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }

    // A number in [low, high].
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1))); }

    // True with probability p.
    bool chance(double p) { return static_cast<double>(engine_() >> 11) * 0x1.0p-53 < p; }

    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

private:
    std::mt19937_64 engine_;
};

// Picks indices with weights falling with their position: item i is weighted 1 / (i + offset),
// so the first rows of a data file (the most reported countries, the biggest groups) come up
// most often and the last still come up.
class FallingWeights {
public:
    FallingWeights(std::size_t count, double offset) {
        double total = 0;
        for (std::size_t i = 0; i < count; ++i) cumulative_.push_back(total += 1.0 / (static_cast<double>(i) + offset));
    }

    std::size_t pick(Rng& rng) const {
        const double target = static_cast<double>(rng.below(1u << 30)) / (1u << 30) * cumulative_.back();
        std::size_t low = 0, high = cumulative_.size() - 1;
        while (low < high) {
            const std::size_t middle = (low + high) / 2;
            if (cumulative_[middle] <= target) low = middle + 1; else high = middle;
        }
        return low;
    }

private:
    std::vector<double> cumulative_;
};

}  // namespace kg::bench::corpus
