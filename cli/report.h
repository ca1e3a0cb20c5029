#pragma once
// How kg speaks to its user on standard error.

#include <string_view>

namespace kg::cli {

// Prints "kg: MESSAGE" and a newline on standard error. Messages name files, articles and
// entities, whose names may hold control characters: a terminal would act on them (an escape
// sequence can recolour, move or hide text), so each line of MESSAGE has them written out.
void report(std::string_view message);

}  // namespace kg::cli
