#pragma once
// Made-up articles' facts for load benchmarks and the AGE store's large-load tests: every
// label and edge label of the model, shared entities (people, offices, countries, places,
// organizations) that many articles name, and per-article ones (the article, a meeting, two
// claims). About 6.6 nodes and 21 edges per article, so 7000 articles give a graph of about
// 48k nodes and 150k edges. The same COUNT and SEED give the same facts.

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg::bench {

inline constexpr std::size_t kDefaultArticles = 7000;

namespace synthetic {

struct Pools {
    std::size_t people, offices, countries, places, organizations;
};

inline Pools pools_for(std::size_t articles) { return {articles * 3 + 10, 2000, 200, 500, 1000}; }

inline std::string pad(std::size_t n) {
    std::string digits = std::to_string(n);
    return std::string(digits.size() < 6 ? 6 - digits.size() : 0, '0') + digits;
}

// Writes each fact's sentence into the article's text, so evidence offsets are real.
class ArticleWriter {
public:
    ArticleWriter(std::size_t index, const std::string& published) {
        const std::string file = "synthetic_" + pad(index) + ".txt";
        facts_.article = {"article:" + file, "Article",
                          {{"name", file}, {"file", file}, {"title", "Synthetic report " + pad(index)},
                           {"published", published}, {"source", "Synthetic Wire"}, {"url", ""},
                           {"hash", "synthetic-" + pad(index)}}};
    }

    const std::string& key() const { return facts_.article.key; }

    void node(const std::string& key, const std::string& label, graph::Properties props) {
        facts_.nodes.push_back({key, label, std::move(props)});
    }

    void edge(const std::string& label, const std::string& from, const std::string& to, const std::string& sentence,
              graph::Properties props = {}) {
        const std::size_t begin = text_size_;
        text_size_ += sentence.size() + 1;
        facts_.edges.push_back({label, from, to, std::move(props), {{key(), begin, begin + sentence.size(), sentence}}});
    }

    graph::ArticleFacts take() { return std::move(facts_); }

private:
    graph::ArticleFacts facts_;
    std::size_t text_size_ = 0;
};

// A person's name as news writes them: a given name and a family name, each one of a few
// hundred made of syllables, so that names share words as real ones do and rarely whole.
inline std::string person_name(std::size_t n) {
    static const char* syllables[] = {"ka", "lo", "mi", "ra", "sen", "tu", "vo", "an", "bel", "dor", "el", "fi",
                                      "gan", "hu", "is", "jo", "ke", "lin", "mar", "nu"};
    auto word = [&](std::size_t k) {
        std::string w = syllables[k % 20];
        w += syllables[k / 20 % 20];
        if (k >= 400) w += syllables[k / 400 % 20];
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
        return w;
    };
    return word(n % 300) + " " + word(400 + n / 300 % 8000);
}

inline std::string date_of(std::size_t day) {
    const std::size_t year = 2020 + day / 336 % 4, month = day / 28 % 12 + 1, day_of_month = day % 28 + 1;
    return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month) + (day_of_month < 10 ? "-0" : "-") +
           std::to_string(day_of_month);
}

inline void add_article(ArticleWriter& w, std::size_t index, const Pools& pools, std::mt19937_64& random) {
    auto pick = [&](std::size_t pool) { return static_cast<std::size_t>(random() % pool); };
    auto country_node = [&](std::size_t c) {
        w.node("country:c" + pad(c), "Country", {{"name", "Country " + pad(c)}});
        return "country:c" + pad(c);
    };
    const std::string date = date_of(index);
    std::vector<std::size_t> people;
    for (int i = 0; i < 6; ++i) {
        people.push_back(pick(pools.people));
        const std::string person = "person:p" + pad(people.back()), name = person_name(people.back());
        w.node(person, "Person", {{"name", name}});
        w.edge("MENTIONS", w.key(), person, name + " was named in the report.");
    }
    auto person = [&](std::size_t i) { return "person:p" + pad(people[i]); };
    std::vector<std::string> countries;
    for (int i = 0; i < 2; ++i) {
        countries.push_back(country_node(pick(pools.countries)));
        w.edge("MENTIONS", w.key(), countries.back(), countries.back() + " was named in the report.");
    }
    for (std::size_t i = 0; i < 2; ++i) {
        const std::size_t o = people[i] % pools.offices;
        const std::string office = "office:o" + pad(o), country = country_node(o % pools.countries);
        w.node(office, "Office", {{"name", "Minister " + pad(o)}, {"title", "Minister " + pad(o)}});
        w.edge("HOLDS", person(i), office, person(i) + " holds office " + pad(o) + ".", {{"as_of", date}});
        w.edge("OF", office, country, "Office " + pad(o) + " belongs to " + country + ".");
    }
    const std::string meeting = "meeting:m" + pad(index), place = "place:l" + pad(pick(pools.places));
    w.node(meeting, "Meeting",
           {{"name", "Meeting " + pad(index)}, {"type", "summit"}, {"date", date}, {"status", "held"}});
    w.node(place, "Place", {{"name", "Place " + place.substr(7)}});
    w.edge("HELD_IN", meeting, place, "The meeting was held in " + place + ".");
    for (const auto& country : countries) w.edge("INVOLVES", meeting, country, "The meeting involved " + country + ".");
    for (std::size_t i = 0; i < 3; ++i) w.edge("ATTENDS", person(i), meeting, person(i) + " attended the meeting.");
    const std::size_t g = pick(pools.organizations);
    const std::string agency = "org:g" + pad(g), name = "Agency " + pad(g), home = country_node(g % pools.countries);
    w.node(agency, "Organization", {{"name", name}, {"kind", "ministry"}});
    w.edge("OF", agency, home, name + " serves " + home + ".");
    w.edge("MENTIONS", w.key(), agency, name + " was named in the report.");
    for (std::size_t i = 0; i < 2; ++i) {
        const std::string claim = "claim:" + pad(index) + ":" + std::to_string(i);
        const std::string text = "Officials of " + name + " said the talks went well, part " + std::to_string(i) + ".";
        w.node(claim, "Claim", {{"name", text.substr(0, 40)}, {"text", text}, {"source", name}, {"hedged", "false"}});
        w.edge("REPORTS", w.key(), claim, text);
        w.edge("ATTRIBUTED_TO", claim, i == 0 ? agency : person(3), text);
        w.edge("ABOUT", claim, countries[i], text);
    }
}

}  // namespace synthetic

// COUNT articles' facts, one article per day from 2020-01-01 on (28-day months).
inline std::vector<graph::ArticleFacts> synthetic_articles(std::size_t count, std::uint64_t seed = 1) {
    const auto pools = synthetic::pools_for(count);
    std::mt19937_64 random(seed);
    std::vector<graph::ArticleFacts> articles;
    articles.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        synthetic::ArticleWriter writer(i, synthetic::date_of(i));
        synthetic::add_article(writer, i, pools, random);
        articles.push_back(writer.take());
    }
    return articles;
}

}  // namespace kg::bench
