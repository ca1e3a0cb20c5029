#include "bench/corpus/gold_writer.h"

#include <fmt/format.h>

#include <map>
#include <stdexcept>

#include "bench/corpus/json_line.h"

namespace kg::bench::corpus {
namespace {

std::string type_of(const Meeting& meeting, const CorpusData& data) {
    switch (meeting.format) {
        case Format::talks: return "bilateral talks";
        case Format::summit: return "summit";
        case Format::twoplustwo: return "two-plus-two";
        case Format::call: return "phone call";
        case Format::group: break;
    }
    const std::string& group = data.groups[*meeting.group].name;
    switch (meeting.role) {
        case Role::leader: return group + " summit";
        case Role::defense: return group + " defence ministers' meeting";
        default: return group + " foreign ministers' meeting";
    }
}

}  // namespace

GoldWriter::GoldWriter(const std::filesystem::path& path, const CorpusData& data, const Cast& cast,
                       std::function<std::string(std::uint32_t)> file_of)
    : out_(path), path_(path), data_(data), cast_(cast), file_of_(std::move(file_of)) {
    if (!out_) throw std::runtime_error("cannot write " + path.string());
}

void GoldWriter::write(const std::string& line) {
    out_ << line;
    ++rows_;
}

void GoldWriter::article(std::uint32_t index, Day published, bool date_in_text, const ArticleBuilder& body) {
    const std::string file = file_of_(index);
    write(JsonLine().add("kind", "article").add("file", file).add("published", iso_day(published))
              .add("date_in_text", date_in_text).finish());
    for (const auto& holds : body.holds()) {
        const Country& country = data_.countries[holds.country];
        write(JsonLine().add("kind", "holds").add("file", file).add("person", cast_.person(holds.person).full)
                  .add("office", country.title(holds.role).gold).add("country", country.name)
                  .add("implied", false).finish());
    }
    for (const auto& claim : body.claims())
        write(JsonLine().add("kind", "claim").add("file", file).add("source", claim.source).add("anchor", claim.anchor)
                  .finish());
    for (std::size_t person : body.named()) {
        if (person >= named_.size()) named_.resize(person + 1);
        named_[person] = true;
    }
}

void GoldWriter::write_meeting(std::size_t id, const Meeting& meeting) {
    const std::string key = fmt::format("m{}", id);
    std::vector<std::string> countries, files;
    for (std::size_t country : meeting.countries) countries.push_back(data_.countries[country].name);
    for (std::uint32_t article : meeting.articles) files.push_back(file_of_(article));
    const bool has_place = meeting.format != Format::call;
    write(JsonLine().add("kind", "meeting").add("id", key).add("type", type_of(meeting, data_))
              .add("countries", countries).add_or_null("date", meeting.date_gold)
              .add_or_null("place", has_place ? data_.countries[meeting.host].capital : "")
              .add("files", files).add("status", meeting.held ? "held" : "planned").finish());
    for (const auto& country : countries)
        write(JsonLine().add("kind", "involves").add("meeting", key).add("country", country).finish());
    struct Told {
        std::vector<std::string> files;
        bool easy = false;  // some article tells it outright
    };
    std::map<std::size_t, Told> attends;
    for (const auto& attendance : meeting.attendance) {
        Told& told = attends[attendance.person];
        const std::string file = file_of_(attendance.article);
        if (told.files.empty() || told.files.back() != file) told.files.push_back(file);
        told.easy = told.easy || !attendance.hard;
    }
    for (const auto& [person, told] : attends)
        write(JsonLine().add("kind", "attends").add("meeting", key).add("person", cast_.person(person).full)
                  .add("files", told.files).add("difficulty", told.easy ? "easy" : "hard").finish());
}

void GoldWriter::finish(const Meetings& meetings) {
    for (std::size_t person = 0; person < named_.size(); ++person)
        if (named_[person])
            write(JsonLine().add("kind", "person").add("name", cast_.person(person).full)
                      .add("aliases", std::vector<std::string>{cast_.person(person).short_name}).finish());
    for (std::size_t id = 0; id < meetings.all().size(); ++id) write_meeting(id, meetings.all()[id]);
    write(JsonLine().add("kind", "not").add("text", "Advertisement").add("why", "page furniture").finish());
    out_.flush();
    if (!out_) throw std::runtime_error("writing " + path_.string() + " failed");
}

}  // namespace kg::bench::corpus
