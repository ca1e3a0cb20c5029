#include "store/fact_check.h"

#include <fmt/format.h>

#include "graph/printable.h"
#include "graph/utf8.h"
#include "store/store_error.h"

namespace kg::store {
namespace {

// A string as a message shows it: escaped, and a long one cut short.
std::string shown(std::string_view text) {
    constexpr std::size_t kShownBytes = 100;
    if (text.size() <= kShownBytes) return graph::printable(text);
    return graph::printable(graph::utf8_prefix(text, kShownBytes)) + "...";
}

enum class Kind { Key, Text };  // an identifier (key, label, property name), or text

// Why TEXT cannot be stored as KIND, or "" when it can.
std::string fault(std::string_view text, Kind kind) {
    const std::size_t limit = kind == Kind::Key ? kMaxKeyBytes : kMaxValueBytes;
    if (kind == Kind::Key && text.empty()) return "is empty";
    if (text.size() > limit) return fmt::format("is {} bytes long, more than the {} a store keeps", text.size(), limit);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = graph::utf8_sequence_length(text, at);
        if (length == 0) return fmt::format("is not valid UTF-8 (at byte {})", at);
        const auto c = static_cast<unsigned char>(text[at]);
        const bool layout = kind == Kind::Text && (c == '\t' || c == '\n');
        if (length == 1 && (c < 0x20 || c == 0x7F) && !layout)
            return fmt::format("holds the control character U+{:04X} (at byte {})", c, at);
        at += length;
    }
    return "";
}

// Each check names its field through a callable (WHAT, OWNER), called only when the field is at
// fault, so that a sound article costs no message text.
class FactChecker {
public:
    explicit FactChecker(const graph::ArticleFacts& facts) : facts_(facts) {}

    void check() const {
        check_node(facts_.article, [] { return std::string("the article node"); });
        for (const auto& node : facts_.nodes) check_node(node, [&] { return "node " + shown(node.key); });
        for (const auto& edge : facts_.edges) check_edge(edge);
    }

private:
    [[noreturn]] void fail(const std::string& what, const std::string& why) const {
        throw StoreError(fmt::format("article {} (file {}) cannot be stored: {} {}", shown(facts_.article.key),
                                     shown(facts_.article.prop("file")), what, why));
    }

    template <typename What>
    void check(std::string_view text, Kind kind, What what) const {
        if (std::string why = fault(text, kind); !why.empty()) fail(what(), why);
    }

    template <typename Owner>
    void check_properties(const graph::Properties& props, Owner owner) const {
        for (const auto& [name, value] : props) {
            check(name, Kind::Key, [&] { return owner() + ": a property name"; });
            check(value, Kind::Text, [&] { return fmt::format("{}: property \"{}\"", owner(), shown(name)); });
        }
    }

    template <typename Owner>
    void check_node(const graph::Node& node, Owner owner) const {
        check(node.key, Kind::Key, [&] { return owner() + ": the key"; });
        check(node.label, Kind::Key, [&] { return owner() + ": the label"; });
        check_properties(node.props, owner);
    }

    void check_edge(const graph::Edge& edge) const {
        const auto owner = [&] {
            return fmt::format("edge {} {} -> {}", shown(edge.label), shown(edge.from), shown(edge.to));
        };
        check(edge.label, Kind::Key, [&] { return owner() + ": the label"; });
        check(edge.from, Kind::Key, [&] { return owner() + ": the start key"; });
        check(edge.to, Kind::Key, [&] { return owner() + ": the end key"; });
        check_properties(edge.props, owner);
        for (std::size_t i = 0; i < edge.evidence.size(); ++i) {
            const auto& evidence = edge.evidence[i];
            const auto which = [&] { return fmt::format("{}: evidence {}", owner(), i + 1); };
            check(evidence.article, Kind::Key, [&] { return which() + ", the article key"; });
            check(evidence.text, Kind::Text, [&] { return which() + ", the sentence"; });
            if (evidence.begin > evidence.end)
                fail(which(), fmt::format("runs backwards (from byte {} to {})", evidence.begin, evidence.end));
        }
    }

    const graph::ArticleFacts& facts_;
};

}  // namespace

void check_storable(const graph::ArticleFacts& facts) { FactChecker(facts).check(); }

std::optional<std::string> storage_fault(const graph::ArticleFacts& facts) {
    try {
        check_storable(facts);
        return std::nullopt;
    } catch (const StoreError& error) {
        return error.what();
    }
}

}  // namespace kg::store
