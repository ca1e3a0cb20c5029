#pragma once
// Page furniture around a story: by-line, dateline, photo caption, "Advertisement", "Related
// coverage:" links, the outlet's sign-off. None of it is a fact of the story.

#include <deque>
#include <string>

#include "bench/corpus/article_builder.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

struct Outlet {
    std::string tag;   // in datelines: "Kyodo"
    std::string name;  // the article's source: "Kyodo News"
};

class Furniture {
public:
    Furniture(const CorpusData& data, const Cast& cast) : data_(data), cast_(cast) {}

    Outlet outlet(Rng& rng) const;
    void byline(ArticleBuilder& article, Rng& rng) const;
    // Returns whether the dateline gives the publication date.
    bool dateline(ArticleBuilder& article, const std::string& city, const Outlet& outlet, Rng& rng) const;
    void caption(ArticleBuilder& article, const std::string& first, const std::string& second,
                 const std::string& place, const Outlet& outlet, Rng& rng) const;
    void advertisement(ArticleBuilder& article) const { article.line("Advertisement"); }
    void related_coverage(ArticleBuilder& article, const std::deque<std::string>& headlines, Rng& rng) const;
    void signoff(ArticleBuilder& article, const Outlet& outlet, Rng& rng) const;

private:
    const CorpusData& data_;
    const Cast& cast_;
};

}  // namespace kg::bench::corpus
