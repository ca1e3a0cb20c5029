#include "bench/corpus/furniture.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace kg::bench::corpus {

Outlet Furniture::outlet(Rng& rng) const {
    auto [tag, name] = split_gold(data_.phrases.pick("outlet", rng).text());
    return {std::move(tag), std::move(name)};
}

void Furniture::byline(ArticleBuilder& article, Rng& rng) const { article.line("By " + cast_.reporter(rng)); }

bool Furniture::dateline(ArticleBuilder& article, const std::string& city, const Outlet& outlet, Rng& rng) const {
    std::string upper = city;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    const bool dated = rng.chance(0.2);
    const Day day = article.published();
    const std::string date = fmt::format("{} {}", month_abbreviation(month_of(day)), day_of_month(day));
    article.dateline(data_.phrases.pick(dated ? "dateline.dated" : "dateline", rng)
                         .fill({{"CITY", upper}, {"tag", outlet.tag}, {"date", date}}));
    return dated;
}

void Furniture::caption(ArticleBuilder& article, const std::string& first, const std::string& second,
                        const std::string& place, const Outlet& outlet, Rng& rng) const {
    article.line(data_.phrases.pick("caption", rng).fill({{"p", first}, {"q", second}, {"place", place}, {"tag", outlet.tag}}));
}

void Furniture::related_coverage(ArticleBuilder& article, const std::deque<std::string>& headlines, Rng& rng) const {
    if (headlines.size() < 2) return;
    article.line("Related coverage:");
    article.line(headlines[rng.below(headlines.size())]);
    article.line(headlines[rng.below(headlines.size())]);
}

void Furniture::signoff(ArticleBuilder& article, const Outlet& outlet, Rng& rng) const {
    const std::string kind = "signoff." + outlet.tag;
    if (!data_.phrases.has(kind)) return;
    const std::string &r1 = cast_.reporter(rng), &r2 = cast_.reporter(rng);
    article.line(data_.phrases.pick(kind, rng).fill({{"r1", r1}, {"r2", r2}}));
}

}  // namespace kg::bench::corpus
