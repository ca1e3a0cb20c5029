#include "bench/corpus/meetings.h"

#include <algorithm>

namespace kg::bench::corpus {
namespace {

std::pair<std::size_t, std::size_t> pair_of(std::size_t a, std::size_t b) { return {std::min(a, b), std::max(a, b)}; }

}  // namespace

std::size_t Meetings::add(Meeting meeting) {
    meetings_.push_back(std::move(meeting));
    return meetings_.size() - 1;
}

void Meetings::tell(std::size_t id, std::uint32_t article, const std::string& date_gold,
                    const std::vector<std::size_t>& people, bool held, bool hard) {
    Meeting& meeting = meetings_[id];
    if (meeting.articles.empty() || meeting.articles.back() != article) meeting.articles.push_back(article);
    if (date_gold.size() > meeting.date_gold.size()) meeting.date_gold = date_gold;
    for (std::size_t person : people) meeting.attendance.push_back({person, article, hard});
    if (meeting.articles.size() == 1 && !held) announced_.emplace(meeting.day, id);
    if (held && !meeting.held) {
        meeting.held = true;
        for (auto it = announced_.lower_bound(meeting.day); it != announced_.end() && it->first == meeting.day; ++it)
            if (it->second == id) {
                announced_.erase(it);
                break;
            }
        if (meeting.format != Format::call && meeting.people.size() == 2)
            held_between_[pair_of(meeting.people[0], meeting.people[1])].push_back(id);
    }
}

std::vector<std::size_t> Meetings::announced_between(Day from, Day to) const {
    std::vector<std::size_t> found;
    for (auto it = announced_.lower_bound(from); it != announced_.end() && it->first <= to; ++it) found.push_back(it->second);
    return found;
}

void Meetings::forget_announced_before(Day day) { announced_.erase(announced_.begin(), announced_.lower_bound(day)); }

std::optional<std::size_t> Meetings::last_between(std::size_t a, std::size_t b, Day day) const {
    const auto found = held_between_.find(pair_of(a, b));
    if (found == held_between_.end()) return std::nullopt;
    for (auto it = found->second.rbegin(); it != found->second.rend(); ++it)
        if (meetings_[*it].day < day) return *it;
    return std::nullopt;
}

}  // namespace kg::bench::corpus
