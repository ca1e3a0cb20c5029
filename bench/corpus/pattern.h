#pragma once
// A sentence pattern with named slots ("{host} met {guest} in {place}."), parsed once and
// filled many times.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::bench::corpus {

using Slots = std::vector<std::pair<std::string_view, std::string_view>>;

class Pattern {
public:
    explicit Pattern(std::string_view text);

    // The pattern with each slot replaced; throws std::runtime_error naming a slot SLOTS lacks.
    std::string fill(const Slots& slots) const;
    const std::string& text() const { return text_; }

private:
    struct Piece {
        std::string literal;
        std::string slot;  // empty: the literal alone
    };
    std::string text_;
    std::vector<Piece> pieces_;
};

}  // namespace kg::bench::corpus
