#include "graph/meeting_resolution.h"

#include <algorithm>
#include <set>

#include "graph/labels.h"

namespace kg::graph {
namespace {

struct MeetingFacts {
    std::set<std::string> countries;
    std::set<std::string> attendees;
};

bool dates_agree(const std::string& x, const std::string& y) {
    return !x.empty() && !y.empty() && (x.starts_with(y) || y.starts_with(x));
}

std::map<std::string, MeetingFacts> meeting_facts(const KnowledgeGraph& graph) {
    std::map<std::string, MeetingFacts> facts;
    for (const auto& edge : graph.edges()) {
        if (edge.label == label::kInvolves) facts[edge.from].countries.insert(edge.to);
        if (edge.label == label::kAttends) facts[edge.to].attendees.insert(edge.from);
    }
    return facts;
}

bool includes(const std::set<std::string>& all, const std::set<std::string>& some) {
    return std::includes(all.begin(), all.end(), some.begin(), some.end());
}

}  // namespace

void merge_generic_meetings(KnowledgeGraph& graph) {
    auto facts = meeting_facts(graph);
    std::map<std::string, std::string> into;
    for (const auto& generic : graph.nodes()) {
        if (generic.label != label::kMeeting || generic.prop("type") != kGenericMeetingType) continue;
        const auto& mine = facts[generic.key];
        std::vector<std::string> matches;
        for (const auto& specific : graph.nodes()) {
            if (specific.label != label::kMeeting || specific.prop("type") == kGenericMeetingType) continue;
            const auto& theirs = facts[specific.key];
            if (theirs.countries == mine.countries && dates_agree(generic.prop("date"), specific.prop("date")) &&
                includes(theirs.attendees, mine.attendees))
                matches.push_back(specific.key);
        }
        if (matches.size() == 1) into[generic.key] = matches.front();
    }
    if (!into.empty()) graph.merge_nodes(into);
}

}  // namespace kg::graph
