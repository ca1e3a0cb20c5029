#include "bench/corpus/story_writer.h"

#include <algorithm>
#include <cctype>

namespace kg::bench::corpus {
namespace {

// How often a story carries each piece of furniture or background.
constexpr double kByline = 0.4, kCaption = 0.3, kAdvertisement = 0.35, kRelated = 0.3;
constexpr double kRecallLastMeeting = 0.5, kRecallPredecessor = 0.5;
// Each person taking part travels on to another meeting this often; at most two a story.
constexpr double kTravelOn = 0.35;
constexpr std::size_t kMostTravelling = 2;
// A lede is attributed ("..., officials said") this often when the meeting is still to come,
// and this often when it took place.
constexpr double kAttributedPlanned = 0.6, kAttributedHeld = 0.3;
// A person counts as new in office this many days after taking it.
constexpr int kNewInOffice = 150;
constexpr std::size_t kHeadlinesKept = 50;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string capitalized(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

std::string kind_of(const Meeting& meeting, bool held) {
    const char* tense = held ? ".held" : ".planned";
    switch (meeting.format) {
        case Format::talks: return std::string("talks") + tense;
        case Format::summit: return std::string("summit") + tense;
        case Format::twoplustwo: return std::string("twoplustwo") + tense;
        case Format::group: return std::string("group") + tense;
        case Format::call: return "call.held";
    }
    return "";
}

// Who meets, as a headline or a lede says it: "foreign ministers".
std::string members_of(const Meeting& meeting) {
    if (meeting.format == Format::twoplustwo) return "foreign, defence ministers";
    switch (meeting.role) {
        case Role::leader: return "leaders";
        case Role::defense: return "defence ministers";
        default: return "foreign ministers";
    }
}

std::string gathering_of(const Meeting& meeting) {
    switch (meeting.role) {
        case Role::leader: return "summit";
        case Role::defense: return "defence ministers' meeting";
        default: return "foreign ministers' meeting";
    }
}

}  // namespace

WrittenArticle StoryWriter::write(std::uint32_t index, Day published, Rng& rng) {
    const Telling telling = planner_.choose(published, rng);
    const Meeting& meeting = meetings_[telling.meeting];
    WrittenArticle written{"", "", false, ArticleBuilder(data_, cast_, published)};
    ArticleBuilder& article = written.body;

    const auto claims = claims_.plan(meeting, published, rng);
    const Background background = plan_background(meeting, published, rng);
    for (std::size_t person : meeting.people) article.will_name(person);
    for (const auto& claim : claims)
        if (claim.person) article.will_name(*claim.person);
    if (background.predecessor) article.will_name(*background.predecessor);
    for (const auto& [next, traveller] : background.onward) article.will_name(meetings_[next].people[0]);

    const Outlet outlet = furniture_.outlet(rng);
    written.source = outlet.name;
    if (rng.chance(kByline)) furniture_.byline(article, rng);
    const std::string& city = data_.countries[meeting.host].capital;
    written.date_in_text = furniture_.dateline(article, city, outlet, rng);
    const When when = say_when(meeting.day, published, rng);
    write_lede(article, meeting, telling.held, when, rng);
    meetings_.tell(telling.meeting, index, when.gold, meeting.people, telling.held);

    const bool face_to_face = meeting.format == Format::talks || meeting.format == Format::summit;
    if (telling.held && face_to_face && rng.chance(kCaption))
        furniture_.caption(article, cast_.person(meeting.people[0]).full, cast_.person(meeting.people[1]).full, city,
                           outlet, rng);
    if (rng.chance(kAdvertisement)) furniture_.advertisement(article);
    claims_.write(claims, meeting, telling.held, article, rng);
    write_background(article, meeting, background, index, rng);
    if (rng.chance(kRelated)) furniture_.related_coverage(article, headlines_, rng);
    furniture_.signoff(article, outlet, rng);

    written.title = headline(meeting, telling.held, when, rng);
    headlines_.push_back(written.title);
    if (headlines_.size() > kHeadlinesKept) headlines_.pop_front();
    return written;
}

StoryWriter::Background StoryWriter::plan_background(const Meeting& meeting, Day published, Rng& rng) {
    Background background;
    for (std::size_t i = 0; i < meeting.people.size() && background.onward.size() < kMostTravelling; ++i)
        if (rng.chance(kTravelOn))
            if (auto next = planner_.onward(meeting.people[i], meeting.roles[i], meeting, published, rng))
                background.onward.emplace_back(*next, i);
    const bool two_people = meeting.people.size() == 2 && meeting.format != Format::call;
    if (two_people && rng.chance(kRecallLastMeeting))
        background.last_meeting = meetings_.last_between(meeting.people[0], meeting.people[1], meeting.day - 14);
    for (std::size_t i = 0; i < meeting.people.size() && !background.newcomer; ++i) {
        const auto tenure = cast_.tenure(cast_.person(meeting.people[i]).country, meeting.roles[i], published);
        if (tenure.predecessor && published - tenure.since <= kNewInOffice && rng.chance(kRecallPredecessor)) {
            background.newcomer = i;
            background.predecessor = tenure.predecessor;
        }
    }
    return background;
}

void StoryWriter::write_lede(ArticleBuilder& article, const Meeting& meeting, bool held, const When& when,
                             Rng& rng) const {
    const Country &a = data_.countries[meeting.countries[0]], &b = data_.countries[meeting.countries[1]];
    const std::string topic = data_.phrases.pick("topic", rng).text();
    const std::string& place = data_.countries[meeting.host].capital;
    std::string lede;
    if (meeting.format == Format::twoplustwo || meeting.format == Format::group) {
        const std::string group = !meeting.group                               ? ""
                                  : data_.groups[*meeting.group].long_name.empty() ? data_.groups[*meeting.group].name
                                  : data_.groups[*meeting.group].long_name + " (" + data_.groups[*meeting.group].name + ")";
        const std::string gathering = gathering_of(meeting), members = members_of(meeting);
        lede = data_.phrases.pick(kind_of(meeting, held), rng)
                   .fill({{"A", a.in_text}, {"B", b.in_text}, {"group", group}, {"gathering", gathering},
                          {"members", members}, {"place", place}, {"date", when.text}, {"topic", topic}});
    } else {
        const std::string first = article.introduce(meeting.people[0], meeting.roles[0], rng);
        const std::string second = article.introduce(meeting.people[1], meeting.roles[1], rng);
        lede = data_.phrases.pick(kind_of(meeting, held), rng)
                   .fill({{"host", first}, {"guest", second}, {"p", first}, {"q", second}, {"place", place},
                          {"date", when.text}, {"topic", topic}});
    }
    if (rng.chance(held ? kAttributedHeld : kAttributedPlanned)) {
        const ClaimWriter::Planned source{rng.chance(0.5) ? ClaimWriter::Source::anonymous : ClaimWriter::Source::statement,
                                          meeting.host};
        auto [said_by, gold] = claims_.unnamed_source(source, rng);
        lede.pop_back();  // the full stop
        article.claim(gold, lede);
        lede += ", " + said_by + " said.";
    }
    article.sentence(lede);
    if (meeting.format == Format::twoplustwo || meeting.format == Format::group) {
        std::vector<std::string> people;
        for (std::size_t i = 0; i < meeting.people.size(); ++i)
            people.push_back(article.introduce(meeting.people[i], meeting.roles[i], rng));
        const std::string kind = meeting.format == Format::group ? "group.cast" : "twoplustwo.cast";
        const std::string list = joined(people);
        article.sentence(data_.phrases.pick(kind + (held ? ".held" : ".planned"), rng)
                             .fill({{"list", list}, {"a1", people[0]}, {"a2", people[1]}, {"b1", people[2]},
                                    {"b2", people[people.size() > 3 ? 3 : 2]}}));
    }
    article.end_paragraph();
}

void StoryWriter::write_background(ArticleBuilder& article, const Meeting& meeting, const Background& background,
                                   std::uint32_t index, Rng& rng) {
    if (background.last_meeting) {
        const Meeting& last = meetings_[*background.last_meeting];
        const When month = say_month(last.day, article.published());
        const std::string ps = article.name(meeting.people[0]), qs = article.name(meeting.people[1]);
        article.sentence(data_.phrases.pick("lastmet", rng)
                             .fill({{"ps", ps}, {"qs", qs}, {"month", month.text},
                                    {"place", data_.countries[last.host].capital}}));
        meetings_.tell(*background.last_meeting, index, month.gold, {meeting.people[0], meeting.people[1]}, true, true);
    }
    for (const auto& [id, traveller] : background.onward) {
        const Meeting& next = meetings_[id];
        const When when = say_when(next.day, article.published(), rng);
        const std::string ps = article.name(meeting.people[traveller]);
        const std::string q = article.introduce(next.people[0], next.roles[0], rng);
        article.sentence(data_.phrases.pick("onward", rng)
                             .fill({{"ps", ps}, {"q", q}, {"place", data_.countries[next.host].capital},
                                    {"from", data_.countries[meeting.host].capital}, {"date", when.text}}));
        meetings_.tell(id, index, when.gold, next.people, false);
    }
    if (background.newcomer) {
        const std::size_t i = *background.newcomer;
        const std::size_t country = cast_.person(meeting.people[i]).country;
        const auto tenure = cast_.tenure(country, meeting.roles[i], article.published());
        const std::string ps = article.name(meeting.people[i]), predecessor = article.name(*background.predecessor);
        const std::string office = lower(data_.countries[country].title(meeting.roles[i]).text);
        article.sentence(data_.phrases.pick("replaced", rng)
                             .fill({{"ps", ps}, {"predecessor", predecessor}, {"office", office},
                                    {"month", say_month(tenure.since, article.published()).text}}));
    }
    article.end_paragraph();
}

std::string StoryWriter::headline(const Meeting& meeting, bool held, const When& when, Rng& rng) const {
    const std::string &a = data_.countries[meeting.countries[0]].name, &b = data_.countries[meeting.countries[1]].name;
    const std::string group = meeting.group ? data_.groups[*meeting.group].name : "";
    const std::string kind = meeting.format == Format::call    ? "headline.call"
                             : meeting.format == Format::group ? std::string("headline.group") + (held ? ".held" : ".planned")
                                                               : std::string("headline") + (held ? ".held" : ".planned");
    const std::string who = members_of(meeting), gathering = gathering_of(meeting);
    const std::string topic = data_.phrases.pick("topic", rng).text();
    return capitalized(data_.phrases.pick(kind, rng)
                           .fill({{"A", a}, {"B", b}, {"who", who}, {"group", group}, {"members", who},
                                  {"gathering", gathering}, {"place", data_.countries[meeting.host].capital},
                                  {"date", when.text}, {"topic", topic}}));
}

}  // namespace kg::bench::corpus
