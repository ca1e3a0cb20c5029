#include "ingest/article_facts.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "graph/labels.h"
#include "graph/utf8.h"
#include "ingest/claim_builder.h"
#include "ingest/content_hash.h"
#include "ingest/fact_builder.h"
#include "ingest/meeting_builder.h"
#include "ingest/office_resolver.h"

namespace kg::ingest {
namespace lbl = graph::label;
namespace {

// A claim's name is the start of its text, cut short for lists and pictures.
constexpr std::size_t kClaimNameBytes = 80;
constexpr std::string_view kArticlePrefix = "article:";

class ArticleFactsAssembler {
public:
    ArticleFactsAssembler(const RawArticle& article, const std::string& hash, const PartialDate& published,
                          const std::vector<SentenceAnalysis>& sentences, const ArticlePeople& people,
                          const Lexicons& lex, const Dateline& dateline)
        : b_(article_node(article, hash, published)),
          published_(published),
          sentences_(sentences),
          people_(people),
          lex_(lex) {
        auto ranked = countries_by_mentions(sentences, dateline);
        if (!ranked.empty()) home_country_ = ranked.front();
    }

    graph::ArticleFacts assemble() {
        for (const auto& a : sentences_) add_entities(a);
        add_meetings();
        add_claims();
        return b_.finish();
    }

private:
    static graph::Node article_node(const RawArticle& article, const std::string& hash, const PartialDate& published) {
        std::string name = article.title.empty() ? article.file : article.title;
        return {article.key, std::string(lbl::kArticle),
                {{"name", name}, {"file", article.file}, {"title", article.title}, {"published", published.iso()},
                 {"source", article.source}, {"url", article.url}, {"hash", hash}}};
    }

    void mention(const std::string& key, const Sentence& s) { b_.edge(lbl::kMentions, b_.article_key(), key, s); }

    std::string person(const PersonMention& p, const Sentence& s) {
        const ArticlePerson* known = people_.find(p.key);
        b_.node(p.key, lbl::kPerson, {{"name", known ? known->name : p.name}});
        mention(p.key, s);
        return p.key;
    }

    // A ministry without a fixed country is that of the country named before it
    // ("the Japanese Foreign Ministry"), else of the article's most mentioned country.
    std::string organization_country(const SentenceAnalysis& a, const OrganizationMention& o) const {
        if (!o.organization.country.empty() || o.organization.kind != "ministry") return o.organization.country;
        std::string country = home_country_;
        for (const auto& c : a.countries)
            if (c.span.end == o.span.begin || c.span.end + 1 == o.span.begin) country = c.country;
        return country;
    }

    std::string organization_key(const SentenceAnalysis& a, const OrganizationMention& o) const {
        if (!o.organization.country.empty() || organization_country(a, o).empty()) return "org:" + slug(o.organization.name);
        return "org:" + slug(o.organization.name) + ":" + slug(organization_country(a, o));
    }

    void add_organization(const SentenceAnalysis& a, const OrganizationMention& o) {
        std::string key = organization_key(a, o);
        std::string country = organization_country(a, o);
        b_.node(key, lbl::kOrganization, {{"name", o.organization.name}, {"kind", o.organization.kind}, {"country", country}});
        if (!country.empty()) b_.edge(lbl::kOf, key, b_.country(country), a.sentence);
        mention(key, a.sentence);
    }

    // The office node: a country's ("office:japan:foreign-minister") or an organization's
    // ("office:nato:secretary-general"), with its OF edge.
    std::string office_node(const SentenceAnalysis& a, const OfficeMention& office) {
        if (!office.organization.empty()) {
            std::string key = "office:" + slug(office.organization) + ":" + slug(office.title);
            b_.node(key, lbl::kOffice, {{"name", office.title + " of " + office.organization}, {"title", office.title},
                                        {"country", ""}, {"organization", office.organization}});
            b_.edge(lbl::kOf, key, "org:" + slug(office.organization), a.sentence);
            return key;
        }
        const std::string& country = office.country;
        std::string key = "office:" + slug(country) + ":" + slug(office.title);
        std::string name = country.empty() ? office.title : office.title + " of " + country;
        b_.node(key, lbl::kOffice, {{"name", name}, {"title", office.title}, {"country", country}});
        if (!country.empty()) b_.edge(lbl::kOf, key, b_.country(country), a.sentence);
        return key;
    }

    void add_office(const SentenceAnalysis& a, const OfficeMention& office) {
        if (office.person == kNone || a.persons[office.person].key.empty()) return;
        // A former office still tells whose country its holder is ("then Prime Minister Noda").
        person_countries_.try_emplace(a.persons[office.person].key, office.country);
        if (office.former) return;
        std::string person_key = person(a.persons[office.person], a.sentence);
        std::string key = office_node(a, office);
        graph::Properties props{{"as_of", published_.iso()}};
        if (!office.explicit_country) props["country_inferred"] = "true";
        if (office.implied) props["implied"] = "true";
        b_.edge(lbl::kHolds, person_key, key, a.sentence, props);
    }

    void add_entities(const SentenceAnalysis& a) {
        for (const auto& c : a.countries) mention(b_.country(c.country), a.sentence);
        for (const auto& o : a.organizations) add_organization(a, o);
        for (const auto& p : a.places) {
            std::string key = "place:" + slug(p.name);
            auto country = lex_.place_country.find(p.name);
            b_.node(key, lbl::kPlace, {{"name", p.name}, {"country", country == lex_.place_country.end() ? "" : country->second}});
            mention(key, a.sentence);
        }
        for (const auto& office : a.offices) add_office(a, office);
        for (const auto& p : a.persons) {
            if (p.key.empty()) continue;
            person(p, a.sentence);
            if (!p.country.empty()) person_countries_.try_emplace(p.key, p.country);
        }
    }

    // A meeting's key names its type, parties and month, so that articles telling of it meet on
    // one node. A group's meeting is named by the group and the outsiders named with it ("US-ASEAN
    // summit"), not by its members, which articles list differently (a guest, one absent).
    static std::string meeting_key(const MeetingDraft& d) {
        std::vector<std::string> countries;
        for (const auto& g : d.groups) countries.push_back(slug(g));
        for (const auto& c : d.groups.empty() ? d.countries : d.outsiders) countries.push_back(slug(c));
        std::string when = d.date.known() ? PartialDate{d.date.year, d.date.month, 0}.iso() : "undated";
        return fmt::format("meeting:{}:{}:{}", slug(d.type), fmt::join(countries, "+"), when);
    }

    static std::string meeting_name(const MeetingDraft& d) {
        std::string name = fmt::format("{} {}", fmt::join(d.countries, "-"), d.type);
        return d.date.known() ? fmt::format("{}, {}", name, d.date.iso()) : name;
    }

    void add_meetings() {
        for (const auto& d : build_meetings(sentences_, lex_, person_countries_, published_)) {
            std::string key = meeting_key(d);
            b_.node(key, lbl::kMeeting, {{"name", meeting_name(d)}, {"type", d.type}, {"date", d.date.iso()},
                                         {"place", d.place}, {"status", d.status(published_)}});
            for (const auto& [person_key, evidence] : d.attendees)
                for (std::size_t s : evidence) b_.edge(lbl::kAttends, person_key, key, sentences_[s].sentence);
            for (std::size_t s : d.sentences) {
                for (const auto& c : d.countries) b_.edge(lbl::kInvolves, key, b_.country(c), sentences_[s].sentence);
                if (!d.place.empty()) b_.edge(lbl::kHeldIn, key, "place:" + slug(d.place), sentences_[s].sentence);
            }
        }
    }

    // The article's key as a slug, for people to read, then a hash of the whole key, since a
    // slug merges keys ("Talks 2024.txt", "talks-2024.txt"), then the claim's sentence.
    static std::string claim_key(const std::string& article_key, std::size_t sentence) {
        constexpr std::size_t kReadableBytes = 40;
        std::string_view readable = article_key;
        if (readable.starts_with(kArticlePrefix)) readable.remove_prefix(kArticlePrefix.size());
        return fmt::format("claim:{}-{}:{}", slug(std::string(graph::utf8_prefix(readable, kReadableBytes))),
                           fnv1a_hex({article_key}), sentence);
    }

    void add_claims() {
        auto org_key = [this](const SentenceAnalysis& a, const OrganizationMention& o) { return organization_key(a, o); };
        for (const auto& c : build_claims(sentences_, lex_, org_key)) {
            const auto& a = sentences_[c.sentence];
            std::string key = claim_key(b_.article_key(), c.sentence);
            b_.node(key, lbl::kClaim, {{"name", std::string(graph::utf8_prefix(c.text, kClaimNameBytes))}, {"text", c.text}, {"source", c.source},
                                       {"verb", c.verb}, {"via", c.via}, {"hedged", c.hedged ? "true" : "false"}});
            b_.edge(lbl::kReports, b_.article_key(), key, a.sentence);
            if (!c.source_key.empty()) b_.edge(lbl::kAttributedTo, key, c.source_key, a.sentence);
            add_about(a, c.span, key);
        }
    }

    void add_about(const SentenceAnalysis& a, Span claim, const std::string& claim_key) {
        for (const auto& p : a.persons)
            if (claim.contains(p.span.begin) && !p.key.empty()) b_.edge(lbl::kAbout, claim_key, p.key, a.sentence);
        for (const auto& c : a.countries)
            if (claim.contains(c.span.begin)) b_.edge(lbl::kAbout, claim_key, b_.country(c.country), a.sentence);
    }

    FactBuilder b_;
    PartialDate published_;
    const std::vector<SentenceAnalysis>& sentences_;
    const ArticlePeople& people_;
    const Lexicons& lex_;
    std::string home_country_;
    PersonCountries person_countries_;
};

}  // namespace

graph::ArticleFacts article_facts(const RawArticle& article, const std::string& hash, const PartialDate& published,
                                  const std::vector<SentenceAnalysis>& sentences, const ArticlePeople& people,
                                  const Lexicons& lex, const Dateline& dateline) {
    return ArticleFactsAssembler(article, hash, published, sentences, people, lex, dateline).assemble();
}

}  // namespace kg::ingest
