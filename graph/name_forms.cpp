#include "graph/name_forms.h"

#include <algorithm>
#include <sstream>

namespace kg::graph {

std::vector<std::string> name_forms(const Node& node) {
    const std::string& names = node.prop(std::string(kNamesProperty));
    if (names.empty()) return node.name().empty() ? std::vector<std::string>{} : std::vector<std::string>{node.name()};
    std::vector<std::string> forms;
    std::istringstream lines(names);
    for (std::string form; std::getline(lines, form);) forms.push_back(form);
    return forms;
}

void set_name_forms(Properties& props, const std::vector<std::string>& forms) {
    const std::string key(kNamesProperty);
    if (forms.size() < 2) {
        props.erase(key);
        return;
    }
    std::string names;
    for (const auto& form : forms) names += (names.empty() ? "" : "\n") + form;
    props[key] = names;
}

void merge_name_forms(Node& into, const Node& from) {
    auto forms = name_forms(into);
    for (auto& form : name_forms(from))
        if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
    set_name_forms(into.props, forms);
}

}  // namespace kg::graph
