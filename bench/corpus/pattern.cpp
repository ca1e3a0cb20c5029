#include "bench/corpus/pattern.h"

#include <stdexcept>

namespace kg::bench::corpus {

Pattern::Pattern(std::string_view text) : text_(text) {
    Piece piece;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t open = text.find('{', i), close = open == text.npos ? open : text.find('}', open);
        if (close == text.npos) {
            piece.literal += text.substr(i);
            break;
        }
        piece.literal += text.substr(i, open - i);
        piece.slot = std::string(text.substr(open + 1, close - open - 1));
        pieces_.push_back(std::move(piece));
        piece = {};
        i = close + 1;
    }
    if (!piece.literal.empty()) pieces_.push_back(std::move(piece));
}

std::string Pattern::fill(const Slots& slots) const {
    std::string out;
    for (const auto& piece : pieces_) {
        out += piece.literal;
        if (piece.slot.empty()) continue;
        const auto* found = [&]() -> const std::pair<std::string_view, std::string_view>* {
            for (const auto& slot : slots)
                if (slot.first == piece.slot) return &slot;
            return nullptr;
        }();
        if (!found) throw std::runtime_error("pattern \"" + text_ + "\": no value for {" + piece.slot + "}");
        out += found->second;
    }
    return out;
}

}  // namespace kg::bench::corpus
