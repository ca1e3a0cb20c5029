#pragma once
// One article's facts as a JSON document, the form the embedded store keeps on disk. The
// round trip is lossless: every key, label, property, evidence offset and string (any bytes).

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::store {

// The version written into each document; documents of another version are refused.
inline constexpr int kFactFormatVersion = 1;

std::string encode_facts(const graph::ArticleFacts& facts);

// Throws StoreError saying what is wrong (not where: the caller names the file).
graph::ArticleFacts decode_facts(std::string_view json);

// Parts of a fact document on their own, as the SQLite store keeps them in columns.
std::string encode_properties(const graph::Properties& props);
graph::Properties decode_properties(std::string_view json);
std::string encode_evidence(const std::vector<graph::Evidence>& evidence);
std::vector<graph::Evidence> decode_evidence(std::string_view json);

}  // namespace kg::store
