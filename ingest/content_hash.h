#pragma once
// A fingerprint of an article version: if its text, metadata or the extraction rules change,
// so does the hash, and ingest reads the article again.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/article_reader.h"

namespace kg::ingest {

// 64-bit FNV-1a over the parts, as 16 hex digits. Not for security: only to tell versions apart.
std::string fnv1a_hex(const std::vector<std::string_view>& parts);

std::string content_hash(const RawArticle& article, std::string_view rules_fingerprint);

}  // namespace kg::ingest
