#include "bench/corpus/meeting_planner.h"

#include <algorithm>

namespace kg::bench::corpus {
namespace {

// Of every article: how often it tells an announced meeting as held (when one is due), or
// tells a meeting still to come again (when there is one).
constexpr double kToldAsHeld = 0.5, kToldAgain = 0.1;
// How many days an announced meeting lies ahead, and how late a story of it may come.
constexpr int kAnnouncedAhead = 35, kToldLate = 3;
// Weight falls with a country's row as 1 / (row + 8): the first ten get about a quarter of
// the picks.
constexpr double kCountryOffset = 8, kGroupOffset = 2;

Format pick_format(Rng& rng) {
    const std::size_t roll = rng.below(100);
    if (roll < 34) return Format::talks;
    if (roll < 46) return Format::summit;
    if (roll < 54) return Format::twoplustwo;
    if (roll < 76) return Format::group;
    return Format::call;
}

// Whose meeting it is; a two-plus-two's defence ministers join its foreign ministers.
Role role_for(Format format, Rng& rng) {
    switch (format) {
        case Format::summit: return Role::leader;
        case Format::call: return rng.chance(0.6) ? Role::leader : Role::foreign;
        case Format::talks: return rng.chance(0.35) ? Role::defense : Role::foreign;
        default: return Role::foreign;
    }
}

}  // namespace

MeetingPlanner::MeetingPlanner(const CorpusData& data, const Cast& cast, Meetings& meetings)
    : data_(data),
      cast_(cast),
      meetings_(meetings),
      country_weights_(data.countries.size(), kCountryOffset),
      group_weights_(data.groups.size(), kGroupOffset) {}

Telling MeetingPlanner::choose(Day published, Rng& rng) {
    meetings_.forget_announced_before(published - kToldLate);
    if (rng.chance(kToldAsHeld))
        if (auto due = told_before(published - kToldLate, published, published, rng)) return {*due, true};
    if (rng.chance(kToldAgain))
        if (auto coming = told_before(published + 1, published + kAnnouncedAhead, published, rng)) return {*coming, false};
    return create(published, rng);
}

std::optional<std::size_t> MeetingPlanner::onward(std::size_t person, Role role, const Meeting& from, Day published,
                                                   Rng& rng) {
    const std::size_t home = cast_.person(person).country;
    const std::size_t host = pick_country(role, rng);
    if (std::find(from.countries.begin(), from.countries.end(), host) != from.countries.end()) return std::nullopt;
    Meeting meeting;
    meeting.format = role == Role::leader ? Format::summit : Format::talks;
    meeting.role = role;
    meeting.host = host;
    meeting.countries = {host, home};
    meeting.day = std::max(from.day, published) + rng.between(1, 10);
    if (!add_holder(meeting, host, role, published) || !add_holder(meeting, home, role, published) ||
        meeting.people.back() != person)
        return std::nullopt;
    return meetings_.add(std::move(meeting));
}

std::optional<std::size_t> MeetingPlanner::told_before(Day from, Day to, Day published, Rng& rng) const {
    std::vector<std::size_t> candidates = meetings_.announced_between(from, to);
    std::erase_if(candidates, [&](std::size_t id) { return !still_in_office(meetings_[id], published); });
    if (candidates.empty()) return std::nullopt;
    return rng.pick(candidates);
}

bool MeetingPlanner::still_in_office(const Meeting& meeting, Day day) const {
    for (std::size_t i = 0; i < meeting.people.size(); ++i)
        if (cast_.holder(cast_.person(meeting.people[i]).country, meeting.roles[i], day) != meeting.people[i]) return false;
    return true;
}

std::size_t MeetingPlanner::pick_country(Role role, Rng& rng) const {
    for (;;) {
        const std::size_t country = country_weights_.pick(rng);
        if (data_.countries[country].title(role).exists()) return country;
    }
}

bool MeetingPlanner::add_holder(Meeting& meeting, std::size_t country, Role role, Day published) const {
    const auto person = cast_.holder(country, role, published);
    if (!person || cast_.holder(country, role, meeting.day) != person) return false;
    meeting.people.push_back(*person);
    meeting.roles.push_back(role);
    return true;
}

Telling MeetingPlanner::create(Day published, Rng& rng) {
    for (;;) {  // until the offices hold still between the meeting and the story
        Meeting meeting;
        meeting.format = pick_format(rng);
        const bool held = meeting.format == Format::call || rng.chance(0.5);
        meeting.day = held ? published - rng.between(0, meeting.format == Format::call ? 2 : 4)
                           : published + rng.between(2, kAnnouncedAhead);
        bool ok = true;
        if (meeting.format == Format::group) {
            const Group& group = data_.groups[group_weights_.pick(rng)];
            meeting.group = static_cast<std::size_t>(&group - data_.groups.data());
            meeting.role = rng.pick(group.meets_as);
            std::vector<std::size_t> members;
            for (std::size_t member : group.members)
                if (data_.countries[member].title(meeting.role).exists()) members.push_back(member);
            if (members.size() < 3) continue;
            const std::size_t named = std::min<std::size_t>(members.size(), static_cast<std::size_t>(rng.between(3, 5)));
            for (std::size_t i = 0; i < named; ++i) std::swap(members[i], members[i + rng.below(members.size() - i)]);
            members.resize(named);
            meeting.host = members.front();
            meeting.countries = members;
            for (std::size_t member : members) ok = ok && add_holder(meeting, member, meeting.role, published);
        } else {
            meeting.role = role_for(meeting.format, rng);
            const bool both = meeting.format == Format::twoplustwo;
            const Role needed = both ? Role::defense : meeting.role;
            const std::size_t a = pick_country(needed, rng);
            std::size_t b = pick_country(needed, rng);
            if (a == b) continue;
            meeting.host = a;
            meeting.countries = {a, b};
            for (std::size_t side : meeting.countries) {
                ok = ok && add_holder(meeting, side, meeting.role, published);
                if (both) ok = ok && add_holder(meeting, side, Role::defense, published);
            }
        }
        if (!ok) continue;
        const std::size_t id = meetings_.add(std::move(meeting));
        return {id, held};
    }
}

}  // namespace kg::bench::corpus
