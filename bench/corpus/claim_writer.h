#pragma once
// The claims a story reports and whom it attributes them to: the people taking part, a
// foreign ministry spokesperson, the other head of government, another minister or official,
// an analyst, anonymous officials, a ministry's statement. Sources are chosen before the story is written, so the
// story knows every person it will name.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bench/corpus/article_builder.h"
#include "bench/corpus/cast.h"
#include "bench/corpus/corpus_data.h"
#include "bench/corpus/meetings.h"
#include "bench/corpus/rng.h"

namespace kg::bench::corpus {

class ClaimWriter {
public:
    enum class Source { participant, office_holder, analyst, anonymous, statement };
    struct Planned {
        Source source = Source::anonymous;
        std::size_t country = 0;                           // whose side the source speaks for
        std::optional<std::size_t> person = std::nullopt;  // for the named ones
        bool quote = false;                                // a participant's own words
        Role role = Role::leader;                          // an office holder's office
    };

    ClaimWriter(const CorpusData& data, Cast& cast);

    std::vector<Planned> plan(const Meeting& meeting, Day published, Rng& rng);

    // Writes the claims, each as a paragraph of its own, about MEETING (HELD: as taken place).
    void write(const std::vector<Planned>& claims, const Meeting& meeting, bool held, ArticleBuilder& article,
               Rng& rng) const;

    // A source that is no person, in the words of the text and of the gold ("a senior Japanese
    // official who asked not to be named", "a senior Japanese official").
    std::pair<std::string, std::string> unnamed_source(const Planned& claim, Rng& rng) const;

    // What someone says about MEETING, with its countries filled in; none of USED, which it
    // joins.
    std::string clause(const Meeting& meeting, bool held, std::vector<const Pattern*>& used, Rng& rng) const;

private:
    // A pattern of the kind KIND names (anew for each pick), one of USED only when many picks
    // find no other; joins USED.
    const Pattern& fresh(const std::function<std::string()>& kind, std::vector<const Pattern*>& used, Rng& rng) const;

    const CorpusData& data_;
    Cast& cast_;
    FallingWeights country_weights_;  // for a third country a claim speaks of
};

}  // namespace kg::bench::corpus
