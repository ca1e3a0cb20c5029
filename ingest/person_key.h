#pragma once
// A person's key: "person:" and the name's words, lowercased and sorted, so that word order
// does not matter ("Hayashi Yoshimasa" = "Yoshimasa Hayashi").

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/token.h"

namespace kg::ingest {

// The words of the name in TOKENS [begin, end); a hyphenated one ("Min-ho") stays one word,
// and full stops ("S.", "Jr.") are no words.
std::vector<std::string> name_words(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

std::string person_key(const std::vector<std::string>& name_words);

}  // namespace kg::ingest
