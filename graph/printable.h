#pragma once
// Text from articles and stores, made safe to print in a message: a terminal acts on control
// characters (an escape sequence can recolour, move or hide what follows), so they are written
// out, as are bytes that are not UTF-8.

#include <string>
#include <string_view>

namespace kg::graph {

// TEXT with \n and \t as those two letters, other control characters (C0, DEL and C1) as
// \xNN or \u00NN, and each byte of no UTF-8 character as \xNN.
std::string printable(std::string_view text);

}  // namespace kg::graph
