#include "ingest/content_hash.h"

#include <cstdint>
#include <cstdio>

namespace kg::ingest {

std::string fnv1a_hex(const std::vector<std::string_view>& parts) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (auto part : parts) {
        for (unsigned char c : part) {
            hash ^= c;
            hash *= 0x100000001b3ULL;
        }
        hash ^= 0xff;  // a separator, so ("ab","c") and ("a","bc") differ
        hash *= 0x100000001b3ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

std::string content_hash(const RawArticle& article, std::string_view rules_fingerprint) {
    return fnv1a_hex({rules_fingerprint, article.key, article.title, article.published, article.source, article.url,
                      article.text});
}

}  // namespace kg::ingest
