#pragma once
// One article as it is written: its paragraphs, and the facts a careful reader takes from
// them (who holds which office, the claims and their sources, who is named at all). People
// are named in full with their office the first time, by their short name after, unless
// another person the story names shares it.

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "bench/corpus/calendar.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

struct HoldsFact {
    std::size_t person = 0;
    std::size_t country = 0;
    Role role = Role::leader;
};

struct ClaimFact {
    std::string source;  // as a reader records it: "Yoko Kamikawa", "officials", "the State Department"
    std::string anchor;  // a verbatim piece of the claim's sentence
};

class ArticleBuilder {
public:
    ArticleBuilder(const CorpusData& data, const Cast& cast, Day published)
        : data_(data), cast_(cast), published_(published) {}

    Day published() const { return published_; }

    // Every person the story will name, before it names any: short names two of them share
    // are never used.
    void will_name(std::size_t person);

    // PERSON in full with ROLE and country, in one of the ways stories write it ("Japanese
    // Foreign Minister Yoko Kamikawa", "Japan's Foreign Minister ...", "Foreign Minister ...
    // of Japan"); the reader learns that PERSON holds the office.
    std::string introduce(std::size_t person, Role role, Rng& rng);
    // PERSON by short name once introduced (or when there is no office to give), in full
    // otherwise.
    std::string name(std::size_t person);

    // Sentences run on in the current paragraph; the first letter is made upper case.
    void sentence(std::string text);
    void end_paragraph();
    // A line of its own (page furniture).
    void line(const std::string& text);
    // The dateline the next sentence starts with ("TOKYO (Kyodo) --").
    void dateline(const std::string& text) { dateline_ = text; }

    void claim(std::string source, std::string anchor) { claims_.push_back({std::move(source), std::move(anchor)}); }

    std::string text() const;
    const std::vector<HoldsFact>& holds() const { return holds_; }
    const std::vector<ClaimFact>& claims() const { return claims_; }
    const std::set<std::size_t>& named() const { return named_; }

private:
    const CorpusData& data_;
    const Cast& cast_;
    Day published_;
    std::vector<std::size_t> cast_of_story_;
    std::set<std::size_t> named_;
    std::vector<HoldsFact> holds_;
    std::vector<ClaimFact> claims_;
    std::vector<std::string> paragraphs_;
    std::string current_;
    std::string dateline_;
};

// "Japan's", "the Philippines'".
std::string possessive(const std::string& name);

}  // namespace kg::bench::corpus
