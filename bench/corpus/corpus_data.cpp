#include "bench/corpus/corpus_data.h"

#include <algorithm>
#include <stdexcept>

#include "graph/data_file.h"

namespace kg::bench::corpus {
namespace {

namespace fs = std::filesystem;
using graph::DataRow;

// graph::read_data_file, with a message for this program when the file is missing.
std::vector<DataRow> read_rows(const fs::path& file) {
    if (!fs::is_regular_file(file)) throw std::runtime_error("cannot read " + file.string() + ": give --data DIR");
    return graph::read_data_file(file);
}

[[noreturn]] void bad_row(const fs::path& file, const DataRow& row, const std::string& why) {
    throw std::runtime_error(file.string() + ":" + std::to_string(row.line) + ": " + why);
}

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    for (std::size_t begin = 0; begin <= list.size();) {
        std::size_t end = list.find(',', begin);
        if (end == std::string::npos) end = list.size();
        std::string item = list.substr(begin, end - begin);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) items.push_back(std::move(item));
        begin = end + 1;
    }
    return items;
}

std::vector<NameRegion> load_regions(const fs::path& file) {
    std::vector<NameRegion> regions;
    for (const auto& row : read_rows(file)) {
        if (regions.empty() || regions.back().name != row.at(0)) {
            regions.emplace_back();
            regions.back().name = row.at(0);
        }
        NameRegion& region = regions.back();
        const std::string &field = row.at(1), &value = row.at(2);
        if (field == "order" && (value == "given-family" || value == "family-given"))
            region.family_first = value == "family-given";
        else if (field == "short" && value == "family")
            region.short_form = NameRegion::Short::family;
        else if (field == "short" && value == "given")
            region.short_form = NameRegion::Short::given;
        else if (field == "short" && value == "given-last")
            region.short_form = NameRegion::Short::given_last;
        else if (field == "given")
            region.given = split_list(value);
        else if (field == "family")
            region.family = split_list(value);
        else
            bad_row(file, row, "unknown field or value '" + field + "\t" + value + "'");
    }
    for (const auto& region : regions)
        if (region.given.empty() || region.family.empty())
            throw std::runtime_error(file.string() + ": region " + region.name + " lacks given or family names");
    return regions;
}

Title title_of(const std::string& value) {
    if (value == "-") return {};
    auto [text, gold] = split_gold(value);
    return {std::move(text), std::move(gold)};
}

std::vector<Country> load_countries(const fs::path& file, const std::vector<NameRegion>& regions) {
    std::vector<Country> countries;
    for (const auto& row : read_rows(file)) {
        if (row.columns.size() != 10) bad_row(file, row, "expected 10 columns");
        Country country;
        country.name = row.at(0);
        country.in_text = row.at(1);
        country.demonym = row.at(2);
        country.capital = row.at(3);
        country.ministry = row.at(9);
        std::size_t region = 0;
        while (region < regions.size() && regions[region].name != row.at(4)) ++region;
        if (region == regions.size()) bad_row(file, row, "no region '" + row.at(4) + "' in names.tsv");
        country.region = region;
        for (std::size_t role = 0; role < 4; ++role) country.titles.push_back(title_of(row.at(5 + role)));
        country.titles.push_back({"Foreign Ministry spokesperson", "Foreign Ministry Spokesperson"});
        if (!country.title(Role::leader).exists() || !country.title(Role::foreign).exists())
            bad_row(file, row, "every country needs a leader and a foreign minister");
        countries.push_back(std::move(country));
    }
    return countries;
}

// Adds the offices of FILE to every country's titles; returns how many there are.
std::size_t load_offices(const fs::path& file, std::vector<Country>& countries) {
    std::vector<std::string> offices;
    for (const auto& row : read_rows(file)) {
        const auto known = std::find(offices.begin(), offices.end(), row.at(0));
        const std::size_t role = kCoreRoles + static_cast<std::size_t>(known - offices.begin());
        if (known == offices.end()) {
            offices.push_back(row.at(0));
            for (auto& country : countries) country.titles.emplace_back();
        }
        for (auto& country : countries)
            if (row.at(1) == "*" || row.at(1) == country.name) country.titles[role] = title_of(row.at(2));
    }
    return kCoreRoles + offices.size();
}

std::vector<Group> load_groups(const fs::path& file, const std::vector<Country>& countries) {
    std::vector<Group> groups;
    for (const auto& row : read_rows(file)) {
        Group group;
        group.name = row.at(0);
        if (row.at(1) != "-") group.long_name = row.at(1);
        for (const auto& role : split_list(row.at(2))) {
            if (role == "leader") group.meets_as.push_back(Role::leader);
            else if (role == "foreign") group.meets_as.push_back(Role::foreign);
            else if (role == "defense") group.meets_as.push_back(Role::defense);
            else bad_row(file, row, "unknown meeting '" + role + "'");
        }
        for (const auto& member : split_list(row.at(3))) {
            std::size_t c = 0;
            while (c < countries.size() && countries[c].name != member) ++c;
            if (c == countries.size()) bad_row(file, row, "no country '" + member + "' in countries.tsv");
            group.members.push_back(c);
        }
        if (group.meets_as.empty() || group.members.size() < 3) bad_row(file, row, "a group needs meetings and members");
        groups.push_back(std::move(group));
    }
    return groups;
}

void load_phrases(const fs::path& file, Phrasebook& phrases) {
    for (const auto& row : read_rows(file)) {
        if (row.columns.size() != 2) bad_row(file, row, "expected kind and text");
        phrases.add(row.at(0), row.at(1));
    }
}

}  // namespace

std::pair<std::string, std::string> split_gold(std::string_view value) {
    const std::size_t bar = value.find('|');
    if (bar == std::string_view::npos) return {std::string(value), std::string(value)};
    return {std::string(value.substr(0, bar)), std::string(value.substr(bar + 1))};
}

const std::vector<Pattern>& Phrasebook::all(const std::string& kind) const {
    const auto found = kinds_.find(kind);
    if (found == kinds_.end() || found->second.empty())
        throw std::runtime_error("no pattern of kind '" + kind + "' in sentences.tsv or phrases.tsv");
    return found->second;
}

CorpusData CorpusData::load(const fs::path& dir) {
    CorpusData data;
    data.regions = load_regions(dir / "names.tsv");
    data.countries = load_countries(dir / "countries.tsv", data.regions);
    data.roles = load_offices(dir / "offices.tsv", data.countries);
    data.groups = load_groups(dir / "groups.tsv", data.countries);
    load_phrases(dir / "sentences.tsv", data.phrases);
    load_phrases(dir / "phrases.tsv", data.phrases);
    return data;
}

}  // namespace kg::bench::corpus
