#pragma once
// Every name a node was written by: "Yoshimasa Hayashi" and "Hayashi Yoshimasa" are one person
// (their key sorts the words), and "Hayashi" alone joins him when resolution merges the two.
// Kept in the node's "names" property, one form a line, when there is more than one; AGE
// stores them as a list, so Cypher can match a person by any of them.

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

inline constexpr std::string_view kNamesProperty = "names";

// The forms in NODE's "names", else its name alone (nothing when it has none), in the order
// first seen.
std::vector<std::string> name_forms(const Node& node);

// Sets PROPS' "names" to FORMS when there are two or more, and removes it otherwise.
void set_name_forms(Properties& props, const std::vector<std::string>& forms);

// Adds the forms of FROM that INTO lacks to INTO's "names".
void merge_name_forms(Node& into, const Node& from);

}  // namespace kg::graph
