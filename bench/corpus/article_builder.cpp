#include "bench/corpus/article_builder.h"

#include <algorithm>
#include <cctype>

namespace kg::bench::corpus {

std::string possessive(const std::string& name) { return name + (name.ends_with('s') ? "'" : "'s"); }

void ArticleBuilder::will_name(std::size_t person) { cast_of_story_.push_back(person); }

std::string ArticleBuilder::introduce(std::size_t person, Role role, Rng& rng) {
    const Person& who = cast_.person(person);
    const Country& country = data_.countries[who.country];
    const std::string& title = country.title(role).text;
    const auto already = std::find_if(holds_.begin(), holds_.end(), [&](const HoldsFact& h) {
        return h.person == person && h.role == role;
    });
    if (already == holds_.end()) holds_.push_back({person, who.country, role});
    named_.insert(person);
    switch (rng.below(3)) {
        case 0: return country.demonym + " " + title + " " + who.full;
        case 1: return possessive(country.in_text) + " " + title + " " + who.full;
        default: return title + " " + who.full + " of " + country.in_text;
    }
}

std::string ArticleBuilder::name(std::size_t person) {
    const Person& who = cast_.person(person);
    const bool first_time = named_.insert(person).second;
    const bool shared = std::any_of(cast_of_story_.begin(), cast_of_story_.end(), [&](std::size_t other) {
        return other != person && cast_.person(other).short_name == who.short_name;
    });
    return first_time || shared ? who.full : who.short_name;
}

void ArticleBuilder::sentence(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    if (!dateline_.empty()) {
        current_ += dateline_ + " ";
        dateline_.clear();
    } else if (!current_.empty()) {
        current_ += ' ';
    }
    current_ += text;
}

void ArticleBuilder::end_paragraph() {
    if (current_.empty()) return;
    paragraphs_.push_back(std::move(current_));
    current_.clear();
}

void ArticleBuilder::line(const std::string& text) {
    end_paragraph();
    paragraphs_.push_back(text);
}

std::string ArticleBuilder::text() const {
    std::string out;
    for (const auto& paragraph : paragraphs_) out += paragraph + "\n\n";
    if (!current_.empty()) out += current_ + "\n";
    return out;
}

}  // namespace kg::bench::corpus
