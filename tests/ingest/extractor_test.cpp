// The extractor end to end on short articles of our own writing: each case states, from
// reading the text, the facts a careful reader takes from it.

#include "ingest/extractor.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using kg::graph::ArticleFacts;
using kg::ingest::Extractor;
using kg::ingest::RawArticle;

namespace {

const Extractor& extractor() {
    static const Extractor instance(KG_SOURCE_DIR "/ingest/lexicons");
    return instance;
}

ArticleFacts extract(const std::string& text, const std::string& published = "2024-03-06",
                     const std::string& file = "test.txt") {
    RawArticle article;
    article.key = "article:" + file;
    article.file = file;
    article.published = published;
    article.text = text;
    return extractor().extract(article, "hash");
}

bool has_edge(const ArticleFacts& facts, const std::string& label, const std::string& from, const std::string& to) {
    return std::any_of(facts.edges.begin(), facts.edges.end(), [&](const auto& e) {
        return e.label == label && e.from == from && e.to == to;
    });
}

// The key of the claim whose text holds PART, or "" when there is none.
std::string claim_saying(const ArticleFacts& facts, const std::string& part) {
    for (const auto& n : facts.nodes)
        if (n.label == "Claim" && n.prop("text").find(part) != std::string::npos) return n.key;
    return "";
}

const kg::graph::Node* node(const ArticleFacts& facts, const std::string& key) {
    auto it = std::find_if(facts.nodes.begin(), facts.nodes.end(), [&](const auto& n) { return n.key == key; });
    return it == facts.nodes.end() ? nullptr : &*it;
}

bool all_attend(const ArticleFacts& facts, const std::string& meeting, const std::vector<std::string>& people) {
    return std::all_of(people.begin(), people.end(), [&](const auto& p) { return has_edge(facts, "ATTENDS", p, meeting); });
}

std::vector<const kg::graph::Node*> with_label(const ArticleFacts& facts, const std::string& label) {
    std::vector<const kg::graph::Node*> found;
    for (const auto& n : facts.nodes)
        if (n.label == label) found.push_back(&n);
    return found;
}

// The node with this key, which a test requires there to be.
const kg::graph::Node& existing(const ArticleFacts& facts, const std::string& key) {
    const auto* found = node(facts, key);
    REQUIRE(found != nullptr);
    return *found;
}

// The article's one meeting, which a test requires there to be.
const kg::graph::Node& single_meeting(const ArticleFacts& facts) {
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(meetings.size() == 1);
    return *meetings[0];
}

}  // namespace

TEST_CASE("a title's country comes from a possessive, a demonym or the title it is listed with", "[ingest][extractor]") {
    auto facts = extract(
        "Brazil's Foreign Minister Carla Mendes and Defense Minister Paulo Rocha met French Foreign "
        "Minister Luc Girard in Paris on Tuesday.\n");
    CHECK(has_edge(facts, "HOLDS", "person:carla-mendes", "office:brazil:foreign-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:paulo-rocha", "office:brazil:defense-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:girard-luc", "office:france:foreign-minister"));
    CHECK(has_edge(facts, "OF", "office:france:foreign-minister", "country:france"));
}

TEST_CASE("title variants are one office", "[ingest][extractor]") {
    auto facts = extract(
        "British Defence Secretary Alan Hart met U.S. Secretary of Defense Mark Ruiz.\n");
    CHECK(has_edge(facts, "HOLDS", "person:alan-hart", "office:united-kingdom:secretary-of-defense"));
    CHECK(has_edge(facts, "HOLDS", "person:mark-ruiz", "office:united-states:secretary-of-defense"));
}

TEST_CASE("a minister someone travels to a country to meet is that country's", "[ingest][extractor]") {
    auto facts = extract(
        "Australian Foreign Minister Jane Cole will travel to Indonesia to meet with Foreign Minister "
        "Retno Wibowo next week, officials said.\n");
    CHECK(has_edge(facts, "HOLDS", "person:retno-wibowo", "office:indonesia:foreign-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:cole-jane", "office:australia:foreign-minister"));
}

TEST_CASE("family-name-first and surname mentions are one person, but a shared surname is not merged",
          "[ingest][extractor]") {
    auto facts = extract(
        "South Korean President Yoon Min-ho met Japanese Prime Minister Sato Kenji in Seoul on Monday. "
        "Yoon said the talks were frank.\n\n"
        "Kenyan President Daniel Mwangi and Ugandan President Samuel Mwangi will meet in Kampala in May.\n");
    auto people = with_label(facts, "Person");
    CHECK(people.size() == 4);
    CHECK(node(facts, "person:daniel-mwangi") != nullptr);
    CHECK(node(facts, "person:mwangi-samuel") != nullptr);
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claim_saying(facts, "the talks were frank"), "person:min-ho-yoon"));
}

TEST_CASE("one meeting however often an article tells of it, with date, place and attendees",
          "[ingest][extractor]") {
    // Published on Wednesday 2024-03-06: "next Tuesday" is 2024-03-12.
    auto facts = extract(
        "India and Australia will hold a two-plus-two meeting in New Delhi next Tuesday, the Indian "
        "Foreign Ministry said Wednesday.\n\n"
        "External Affairs Minister Arjun Rao and Defence Minister Vikram Sen will host Australian Foreign "
        "Minister Jane Cole and Defence Minister Tom Baird for the talks.\n\n"
        "The two sides last held such talks in Canberra in November.\n");
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(meetings.size() == 2);
    const auto* next = node(facts, "meeting:two-plus-two:australia+india:2024-03");
    REQUIRE(next != nullptr);
    CHECK(next->prop("date") == "2024-03-12");
    CHECK(next->prop("place") == "New Delhi");
    CHECK(next->prop("status") == "planned");
    for (const char* person : {"person:arjun-rao", "person:sen-vikram", "person:cole-jane", "person:baird-tom"})
        CHECK(has_edge(facts, "ATTENDS", person, next->key));
    CHECK(has_edge(facts, "INVOLVES", next->key, "country:india"));
    CHECK(has_edge(facts, "INVOLVES", next->key, "country:australia"));
    CHECK(has_edge(facts, "HOLDS", "person:arjun-rao", "office:india:foreign-minister"));
}

TEST_CASE("A met B is a bilateral meeting of their countries, not of the place's", "[ingest][extractor]") {
    auto facts = extract("Philippine Foreign Minister Ana Cruz met Japanese Foreign Minister Ken Mori on "
                         "February 20 in Geneva, Switzerland.\n");
    const auto* met = node(facts, "meeting:bilateral-talks:japan+philippines:2024-02");
    REQUIRE(met != nullptr);
    CHECK(met->prop("date") == "2024-02-20");
    CHECK(met->prop("status") == "held");
    CHECK(met->prop("place") == "Geneva");
    CHECK_FALSE(has_edge(facts, "INVOLVES", met->key, "country:switzerland"));
}

TEST_CASE("claims keep the statement, the source as written and the source as an entity", "[ingest][extractor]") {
    auto facts = extract(
        "The two countries are expected to sign a trade pact in April, diplomatic sources said Monday.\n\n"
        "The pact will cover rare earths, they said.\n\n"
        "According to the State Department, the talks were productive.\n\n"
        "Reuters reported, citing officials, that the deal was close.\n");
    std::vector<const kg::graph::Node*> claims = with_label(facts, "Claim");
    REQUIRE(claims.size() == 4);
    CHECK(claims[0]->prop("source") == "diplomatic sources");
    CHECK(claims[0]->prop("hedged") == "true");
    CHECK(claims[0]->prop("text") == "The two countries are expected to sign a trade pact in April");
    CHECK(claims[1]->prop("source") == "diplomatic sources");
    CHECK(claims[2]->prop("source") == "the State Department");
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claims[2]->key, "org:state-department"));
    CHECK(claims[3]->prop("via") == "officials");
    CHECK(has_edge(facts, "REPORTS", "article:test.txt", claims[0]->key));
}

TEST_CASE("a claim's name is its first 80 bytes cut at a character boundary, never inside one", "[ingest][extractor]") {
    // The claim's 80th and 81st bytes are the two of the u-umlaut in "Zurich".
    auto facts = extract("The two countries are expected to sign a trade pact in April in the canton of Z\u00fcrich, "
                         "diplomatic sources said Monday.\n");
    auto claims = with_label(facts, "Claim");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0]->prop("text") ==
          "The two countries are expected to sign a trade pact in April in the canton of Z\u00fcrich");
    CHECK(claims[0]->name() == "The two countries are expected to sign a trade pact in April in the canton of Z");
}

TEST_CASE("claims of articles whose keys differ only in case or punctuation have keys of their own", "[ingest][extractor]") {
    const std::string text = "The two countries are expected to sign a trade pact in April, diplomatic sources said.\n";
    const auto spaced_facts = extract(text, "2024-03-06", "Talks 2024.txt");
    const auto dashed_facts = extract(text, "2024-03-06", "talks-2024.txt");
    auto spaced = with_label(spaced_facts, "Claim");
    auto dashed = with_label(dashed_facts, "Claim");
    REQUIRE(spaced.size() == 1);
    REQUIRE(dashed.size() == 1);
    CHECK(spaced[0]->key != dashed[0]->key);
}

TEST_CASE("a fact told in every sentence of a long article keeps each sentence once as evidence", "[ingest][extractor]") {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "Kenyan President Daniel Mwangi spoke in Nairobi. ";
    const auto facts = extract(text + "\n");
    auto mentions = std::find_if(facts.edges.begin(), facts.edges.end(), [](const auto& e) {
        return e.label == "MENTIONS" && e.to == "person:daniel-mwangi";
    });
    REQUIRE(mentions != facts.edges.end());
    CHECK(mentions->evidence.size() == 3000);
    std::set<std::size_t> begins;
    for (const auto& evidence : mentions->evidence) begins.insert(evidence.begin);
    CHECK(begins.size() == 3000);
}

TEST_CASE("Austin the defense secretary is a person, never a place", "[ingest][extractor]") {
    auto facts = extract("U.S. Defense Secretary Lloyd Carter and his deputy flew from Austin to Manila. "
                         "Carter said the visit would be short.\n");
    CHECK(node(facts, "place:austin") == nullptr);
    CHECK(node(facts, "person:austin") == nullptr);
    CHECK(has_edge(facts, "HOLDS", "person:carter-lloyd", "office:united-states:secretary-of-defense"));
}

TEST_CASE("page furniture yields no facts", "[ingest][extractor]") {
    auto facts = extract(
        "Advertisement\n\nImage: Reuters\n\nReported by: Jo Bloggs\n\n"
        "Italian Prime Minister Marco Bellini said the summit would go ahead.\n\n"
        "Related coverage:\n\nGerman Chancellor Otto Weber says talks with Rome stalled\n\n"
        "(With inputs from agencies)\n");
    CHECK(node(facts, "person:bellini-marco") != nullptr);
    CHECK(node(facts, "person:otto-weber") == nullptr);
    CHECK(node(facts, "person:bloggs-jo") == nullptr);
    CHECK(with_label(facts, "Claim").size() == 1);
}

TEST_CASE("counterparts hold the other country's office with the same role", "[ingest][extractor]") {
    auto facts = extract(
        "Foreign Minister Kenji Ono and Defense Minister Aiko Hara will meet their U.S. counterparts "
        "Mary Dole and Sam Reyes in Tokyo in April.\n");
    CHECK(has_edge(facts, "HOLDS", "person:dole-mary", "office:united-states:secretary-of-state"));
    CHECK(has_edge(facts, "HOLDS", "person:reyes-sam", "office:united-states:secretary-of-defense"));
    auto holds = std::find_if(facts.edges.begin(), facts.edges.end(), [](const auto& e) {
        return e.label == "HOLDS" && e.from == "person:dole-mary";
    });
    REQUIRE(holds != facts.edges.end());
    CHECK(holds->prop("implied") == "true");
}

TEST_CASE("a meeting put off is postponed, and a video call is its own type", "[ingest][extractor]") {
    auto facts = extract(
        "Chinese President Li Wei held a video call with Russian President Oleg Petrov on Tuesday, "
        "state media reported.\n\n"
        "Egypt and Turkey have postponed a summit planned for April, officials said.\n");
    const auto* call = node(facts, "meeting:video-call:china+russia:2024-03");
    REQUIRE(call != nullptr);
    CHECK(call->prop("date") == "2024-03-05");
    CHECK(has_edge(facts, "ATTENDS", "person:li-wei", call->key));
    CHECK(has_edge(facts, "ATTENDS", "person:oleg-petrov", call->key));
    const auto* summit = node(facts, "meeting:summit:egypt+turkey:2024-04");
    REQUIRE(summit != nullptr);
    CHECK(summit->prop("status") == "postponed");
}

TEST_CASE("attribution after a quotation and to whom someone told something", "[ingest][extractor]") {
    auto facts = extract(
        "\"We will not accept any change to the status quo,\" said Foreign Minister Anna Berg.\n\n"
        "Berg told reporters in Oslo that the talks would resume in May.\n");
    auto claims = with_label(facts, "Claim");
    REQUIRE(claims.size() == 2);
    CHECK(claims[0]->prop("text") == "We will not accept any change to the status quo");
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claims[0]->key, "person:anna-berg"));
    CHECK(claims[1]->prop("text") == "the talks would resume in May");
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claims[1]->key, "person:anna-berg"));
}

TEST_CASE("a group named by number refers to the people of the sentence before", "[ingest][extractor]") {
    auto facts = extract(
        "Greek Foreign Minister Nikos Pappas and Turkish Foreign Minister Emre Kaya spoke by phone on "
        "Monday.\n\nThe two ministers will hold talks in Athens next month.\n");
    const auto* talks = node(facts, "meeting:talks:greece+turkey:2024-04");
    REQUIRE(talks != nullptr);
    CHECK(has_edge(facts, "ATTENDS", "person:nikos-pappas", talks->key));
    CHECK(has_edge(facts, "ATTENDS", "person:emre-kaya", talks->key));
}

TEST_CASE("an untitled office is not the country named for another official beside it", "[ingest][extractor]") {
    auto facts = extract("Prime Minister Akira Sato and South Korean President Han Min-su agreed on Thursday to "
                         "resume visits between Tokyo and Seoul.\n");
    CHECK(has_edge(facts, "HOLDS", "person:akira-sato", "office:japan:prime-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:han-min-su", "office:south-korea:president"));
}

TEST_CASE("particles join the words of a name, and later mentions find the whole name", "[ingest][extractor]") {
    auto facts = extract(
        "Omani Foreign Minister Khalid bin Hamad met Brazilian President Pedro Alves da Costa in Muscat on "
        "Monday.\n\n"
        "Egyptian President Youssef Adel al-Masri sent a message to the meeting, and Dutch Prime Minister "
        "Joost van der Berg spoke to Alves da Costa by phone.\n\n"
        "Alves told reporters the talks were useful. Masri said Egypt backed the plan. Prince Khalid said "
        "Oman would host the next round.\n");
    CHECK(has_edge(facts, "HOLDS", "person:bin-hamad-khalid", "office:oman:foreign-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:alves-costa-da-pedro", "office:brazil:president"));
    CHECK(has_edge(facts, "HOLDS", "person:adel-al-masri-youssef", "office:egypt:president"));
    CHECK(has_edge(facts, "HOLDS", "person:berg-der-joost-van", "office:netherlands:prime-minister"));
    // "Alves da Costa", "Alves", "Masri" and "Prince Khalid" are the people named in full.
    CHECK(with_label(facts, "Person").size() == 4);
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claim_saying(facts, "the talks were useful"), "person:alves-costa-da-pedro"));
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claim_saying(facts, "Egypt backed the plan"), "person:adel-al-masri-youssef"));
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claim_saying(facts, "Oman would host"), "person:bin-hamad-khalid"));
}

TEST_CASE("titles joined by 'and' before one name are all that person's", "[ingest][extractor]") {
    auto facts = extract(
        "Bahrain's Crown Prince and Prime Minister Faisal Nasser met Deputy Prime Minister and Defence "
        "Minister Tom Baird of Australia in Canberra.\n\n"
        "The Prime Minister and President Ana Lima spoke later.\n");
    CHECK(has_edge(facts, "HOLDS", "person:faisal-nasser", "office:bahrain:crown-prince"));
    CHECK(has_edge(facts, "HOLDS", "person:faisal-nasser", "office:bahrain:prime-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:baird-tom", "office:australia:defense-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:baird-tom", "office:australia:deputy-prime-minister"));
    for (const auto& e : facts.edges)
        CHECK_FALSE((e.label == "HOLDS" && e.from == "person:ana-lima" && e.to.ends_with(":prime-minister")));
}

TEST_CASE("a portfolio minister, an honorific after a title, and 'then-' titles", "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Health Minister Grace Otieno and Saudi Foreign Minister Prince Nawaf bin Saad met in Nairobi "
        "on Monday.\n\n"
        "Then-President Paul Mutua had opened the clinic in 2019.\n");
    CHECK(has_edge(facts, "HOLDS", "person:grace-otieno", "office:kenya:health-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:bin-nawaf-saad", "office:saudi-arabia:foreign-minister"));
    CHECK(node(facts, "person:bin-nawaf-prince-saad") == nullptr);
    for (const auto& e : facts.edges) CHECK_FALSE((e.label == "HOLDS" && e.from == "person:mutua-paul"));
}

TEST_CASE("a full name after 'led by' or 'succeeding' is a person, found again by surname", "[ingest][extractor]") {
    auto facts = extract(
        "Kenji Sato returned as foreign minister in May, succeeding Hiro Tanaka, after a coalition led by "
        "Aiko Mori won the election.\n\n"
        "Prime Minister Mori will visit Seoul in June.\n");
    CHECK(node(facts, "person:hiro-tanaka") != nullptr);
    CHECK(node(facts, "person:aiko-mori") != nullptr);
    CHECK(node(facts, "person:mori") == nullptr);
}

TEST_CASE("an untold country is one whose government has the title", "[ingest][extractor]") {
    // Canada has no president: the president of a Canada-Mexico story is Mexico's.
    auto facts = extract(
        "Canada will ease visa rules for Mexican travellers, Canadian Immigration Minister Paul Roy said on "
        "Tuesday.\n\n"
        "President Elena Ruiz said she welcomed the change and would speak to Canada's prime minister.\n");
    CHECK(has_edge(facts, "HOLDS", "person:elena-ruiz", "office:mexico:president"));
    CHECK(has_edge(facts, "HOLDS", "person:paul-roy", "office:canada:immigration-minister"));
}

TEST_CASE("a quotation before its speaker, an opening phrase before the source, and more verbs",
          "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Foreign Minister Grace Otieno met her Ghanaian counterpart Kofi Mensah in Accra.\n\n"
        "\"Our markets must open to each other,\" Otieno told reporters after the two-hour talks.\n\n"
        "Speaking at a business forum later on Monday, Mensah said trade between the two had doubled.\n\n"
        "Mensah wrote on social media that the visit was historic.\n\n"
        "Trade is growing, Otieno said at the airport before flying home.\n");
    auto claims = with_label(facts, "Claim");
    REQUIRE(claims.size() == 4);
    CHECK(claims[0]->prop("text") == "Our markets must open to each other");
    CHECK(claims[0]->prop("source") == "Otieno");
    CHECK(claims[1]->prop("source") == "Mensah");
    CHECK(claims[1]->prop("text") == "trade between the two had doubled");
    CHECK(claims[2]->prop("verb") == "wrote");
    CHECK(claims[2]->prop("text") == "the visit was historic");
    CHECK(claims[3]->prop("source") == "Otieno");
    CHECK(claims[3]->prop("text") == "Trade is growing");
}

TEST_CASE("a name before a title set off by commas, after a country's possessive, or ending in a city",
          "[ingest][extractor]") {
    auto facts = extract(
        "LISBON - Maria Santos, Portugal's Foreign Minister, said on Monday that the talks would go ahead.\n\n"
        "Brazil's Carlos Pereira and Japan's Self-Defense Forces were also mentioned, as was Prime Minister "
        "Jose Lima.\n\n"
        "Pereira, the Brazilian foreign minister, told reporters the two sides would meet again.\n");
    CHECK(has_edge(facts, "HOLDS", "person:maria-santos", "office:portugal:foreign-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:carlos-pereira", "office:brazil:foreign-minister"));
    CHECK(node(facts, "person:carlos-pereira") != nullptr);
    CHECK(node(facts, "person:jose-lima") != nullptr);
    CHECK(node(facts, "place:lima") == nullptr);
    CHECK(with_label(facts, "Person").size() == 3);
}

TEST_CASE("a title after an indefinite article is any holder, not the one the article names", "[ingest][extractor]") {
    auto facts = extract(
        "Brazilian President Ana Costa met Chilean President Jorge Soto in Santiago on Monday.\n\n"
        "A Brazilian president last held a summit in Chile in 2015, officials said.\n");
    bool costa_in_2015 = std::any_of(facts.edges.begin(), facts.edges.end(), [](const auto& e) {
        return e.label == "ATTENDS" && e.from == "person:ana-costa" && e.to.find("2015") != std::string::npos;
    });
    CHECK_FALSE(costa_in_2015);
    CHECK(has_edge(facts, "HOLDS", "person:ana-costa", "office:brazil:president"));
}

TEST_CASE("'another' meeting is never the one already told", "[ingest][extractor]") {
    auto facts = extract(
        "Vietnamese Prime Minister Tran Van Long held a summit with Thai Prime Minister Somchai Preecha "
        "in Hanoi on Monday.\n\nSomchai invited Tran to Bangkok for another summit with him.\n");
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(meetings.size() == 2);
    for (const auto* m : meetings) CHECK(all_attend(facts, m->key, {"person:long-tran-van", "person:preecha-somchai"}));
}

TEST_CASE("talks on the sidelines of a meeting among some of its attendees are a meeting of their own",
          "[ingest][extractor]") {
    auto facts = extract(
        "Canadian Prime Minister Claire Dubois, Mexican President Luis Ortega and U.S. President Mark Ellis "
        "held a summit in Ottawa on Monday.\n\n"
        "Dubois and Ortega also held bilateral talks on the sidelines of the summit.\n\n"
        "Mexican Foreign Minister Ana Ruiz, speaking on the sidelines of the summit, said trade came first.\n");
    const auto& side = existing(facts, "meeting:bilateral-talks:canada+mexico:2024-03");
    CHECK(side.prop("date") == "2024-03-04");
    CHECK(all_attend(facts, side.key, {"person:claire-dubois", "person:luis-ortega"}));
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:ellis-mark", side.key));
    const auto& summit = existing(facts, "meeting:summit:canada+mexico+united-states:2024-03");
    CHECK(has_edge(facts, "ATTENDS", "person:ana-ruiz", summit.key));
}

TEST_CASE("a meeting noun inside a verb phrase is one meeting", "[ingest][extractor]") {
    auto facts = extract(
        "Sri Lankan President Nimal Perera will hold a summit meeting with Indian Prime Minister Arun Mehta "
        "in Colombo next week.\n");
    CHECK(single_meeting(facts).prop("type") == "summit");
    auto call = extract("Kenyan Foreign Minister Grace Njeri and Tanzanian Foreign Minister Juma Mwinyi held talks "
                        "during a phone call on Monday.\n");
    CHECK(single_meeting(call).prop("type") == "phone call");
}

TEST_CASE("a bare mention with another date is another meeting", "[ingest][extractor]") {
    auto facts = extract(
        "Philippine Foreign Secretary Rosa Cruz and U.S. Secretary of State Dan Hale held talks in Manila "
        "on Tuesday.\n\n"
        "The Philippine leader is expected to visit Washington for talks with U.S. President "
        "Mark Ellis early next month.\n");
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(meetings.size() == 2);
    for (const auto* m : meetings)
        CHECK(has_edge(facts, "ATTENDS", "person:ellis-mark", m->key) != has_edge(facts, "ATTENDS", "person:dan-hale", m->key));
}

TEST_CASE("A hosted B: the meeting told before, when it has no attendees yet and their countries are its",
          "[ingest][extractor]") {
    auto facts = extract(
        "Kenya and Tanzania held talks in Nairobi on Monday.\n\n"
        "Kenyan Foreign Minister Grace Njeri hosted Tanzanian Foreign Minister Juma Mwinyi at the ministry.\n");
    CHECK(all_attend(facts, single_meeting(facts).key, {"person:grace-njeri", "person:juma-mwinyi"}));
}

TEST_CASE("A met B and C: the meeting told before when its attendees are among them", "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Foreign Minister Grace Njeri will visit Dodoma next week for talks.\n\n"
        "Njeri will hold talks with Tanzanian Foreign Minister Juma Mwinyi and Defence Minister Asha Said.\n");
    CHECK(all_attend(facts, single_meeting(facts).key, {"person:grace-njeri", "person:juma-mwinyi", "person:asha-said"}));
}

TEST_CASE("A and B meeting with people not named do not meet each other", "[ingest][extractor]") {
    auto facts = extract(
        "Norwegian Foreign Minister Tom Berg and Defence Minister Ole Lund will attend a NATO meeting in "
        "Brussels next week and meet with other allied officials.\n");
    CHECK(single_meeting(facts).prop("type") == "NATO meeting");
}

TEST_CASE("a definite mention of a meeting with its parties adds no country", "[ingest][extractor]") {
    auto facts = extract(
        "Indian Prime Minister Ravi Kumar and Japanese Prime Minister Kenji Mori held a summit in New Delhi "
        "on Monday.\n\n"
        "China, which has criticized their defense ties, watched the summit closely, analysts said.\n");
    const auto& summit = single_meeting(facts);
    CHECK(has_edge(facts, "INVOLVES", summit.key, "country:india"));
    CHECK(has_edge(facts, "INVOLVES", summit.key, "country:japan"));
    CHECK_FALSE(has_edge(facts, "INVOLVES", summit.key, "country:china"));
}

TEST_CASE("headline abbreviations name countries", "[ingest][extractor]") {
    auto facts = extract("S. Korean Foreign Minister Kim Dae-ho warns N. Korea over launches\n");
    CHECK(has_edge(facts, "HOLDS", "person:dae-ho-kim", "office:south-korea:foreign-minister"));
    CHECK(has_edge(facts, "MENTIONS", "article:test.txt", "country:north-korea"));
}

TEST_CASE("a name a country owns is a person of that country, and a party's name is not", "[ingest][extractor]") {
    auto facts = extract(
        "Japan's Haruto Sato and South Korea's Lee Min-jun met in Tokyo in June.\n\n"
        "Japan's Liberal Democratic Party welcomed the talks.\n");
    const auto& talks = single_meeting(facts);
    CHECK(all_attend(facts, talks.key, {"person:haruto-sato", "person:lee-min-jun"}));
    CHECK(has_edge(facts, "INVOLVES", talks.key, "country:japan"));
    CHECK(has_edge(facts, "INVOLVES", talks.key, "country:south-korea"));
    CHECK(with_label(facts, "Person").size() == 2);
}

TEST_CASE("a cue makes a generic head specific, never a specific head other", "[ingest][extractor]") {
    auto facts = extract("Thai Prime Minister Somchai Preecha will attend a trilateral summit in Hanoi next week.\n");
    CHECK(single_meeting(facts).prop("type") == "summit");
}

TEST_CASE("'the summit' is the summit told before, though other talks were told since", "[ingest][extractor]") {
    auto facts = extract(
        "Vietnamese Prime Minister Tran Van Long and Thai Prime Minister Somchai Preecha held a summit in "
        "Hanoi on Monday.\n\n"
        "Their advisers Nguyen Thi Mai and Anan Chai held talks on Tuesday.\n\n"
        "Lao Prime Minister Sone Kham also attended the summit.\n");
    const auto& summit = existing(facts, "meeting:summit:laos+thailand+vietnam:2024-03");
    CHECK(has_edge(facts, "ATTENDS", "person:kham-sone", summit.key));
}

TEST_CASE("'the two countries' names the parties, not people", "[ingest][extractor]") {
    auto facts = extract(
        "Greek Foreign Minister Nikos Pappas met Turkish Foreign Minister Emre Kaya in Athens on Monday.\n\n"
        "The first talks between the two countries were held in 2019.\n");
    auto first = std::find_if(facts.nodes.begin(), facts.nodes.end(),
                              [](const auto& n) { return n.label == "Meeting" && n.prop("date") == "2019"; });
    REQUIRE(first != facts.nodes.end());
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:nikos-pappas", first->key));
}

TEST_CASE("a plural role refers to the holders named so far", "[ingest][extractor]") {
    auto facts = extract(
        "Australian Foreign Minister Ann Lee and Defence Minister Tom Hill will visit Jakarta next week.\n\n"
        "The two Australian ministers will meet Indonesian President Budi Santoso.\n\n"
        "Australian Prime Minister Mark Green will visit Jakarta next year.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(all_attend(facts, meeting.key, {"person:ann-lee", "person:hill-tom", "person:budi-santoso"}));
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:green-mark", meeting.key));
}

TEST_CASE("a dateline's national agency is the home of offices whose country goes untold",
          "[ingest][extractor]") {
    auto yonhap = extract(
        "Allies to hold security talks\n\n"
        "HANOI, May 2 (Yonhap) -- Foreign Minister Park Jin met Vietnamese Foreign Minister Bui Thanh Son "
        "and Japanese Foreign Minister Yoko Kamikawa on Tuesday.\n");
    CHECK(has_edge(yonhap, "HOLDS", "person:jin-park", "office:south-korea:foreign-minister"));
}

TEST_CASE("the person a relative clause tells of takes part in the meeting it names", "[ingest][extractor]") {
    auto facts = extract(
        "Foreign ministers of ASEAN met in Vientiane on Tuesday.\n\n"
        "Lao Foreign Minister Sone Kham, who chaired the meeting, said it went well.\n");
    CHECK(has_edge(facts, "ATTENDS", "person:kham-sone", single_meeting(facts).key));
}

TEST_CASE("a meeting of an organization is its meeting, and the organization's office has no country",
          "[ingest][extractor]") {
    auto facts = extract("NATO Secretary General Lars Berg chaired a meeting of NATO in Brussels on Tuesday, Japanese "
                         "officials said.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(meeting.prop("type") == "NATO meeting");
    CHECK(has_edge(facts, "HOLDS", "person:berg-lars", "office:nato:secretary-general"));
    // Its members take part (groups.tsv); the country of those who tell of it does not.
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:italy"));
    CHECK_FALSE(has_edge(facts, "INVOLVES", meeting.key, "country:japan"));
}

TEST_CASE("two people meeting are not the meeting of another two, nor of another country", "[ingest][extractor]") {
    auto facts = extract(
        "Foreign ministers of the G7 met in Rome on Monday.\n\n"
        "Italian Foreign Minister Marco Rossi, French Foreign Minister Luc Girard and Japanese Foreign "
        "Minister Kenji Mori attended the meeting.\n\n"
        "On Tuesday, Rossi held talks with Girard on the sidelines.\n\n"
        "Mori, who visited Beijing earlier this month for talks with Chinese Foreign Minister Li Wei, "
        "briefed the others.\n");
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(meetings.size() == 3);
    for (const auto* m : meetings)
        if (has_edge(facts, "ATTENDS", "person:li-wei", m->key)) {
            CHECK(has_edge(facts, "ATTENDS", "person:kenji-mori", m->key));
            CHECK_FALSE(has_edge(facts, "ATTENDS", "person:girard-luc", m->key));
            CHECK(has_edge(facts, "INVOLVES", m->key, "country:china"));
        }
}

TEST_CASE("a clause of time after a comma is at the date of the clause before it", "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Foreign Minister Grace Njeri spoke by phone with Tanzanian Foreign Minister Juma Mwinyi on "
        "Tuesday.\n\n"
        "The ministers last met in January, when Njeri held talks in Nairobi with Ugandan Foreign Minister "
        "Sam Okello.\n");
    const auto& january = existing(facts, "meeting:talks:kenya+uganda:2024-01");
    CHECK(all_attend(facts, january.key, {"person:grace-njeri", "person:okello-sam"}));
}

TEST_CASE("a head without a type of its own names a meeting only after a cue", "[ingest][extractor]") {
    auto facts = extract(
        "Indian and Australian ministers met in the two-plus-two format in New Delhi on Monday.\n\n"
        "Officials said a new format for trade talks was needed.\n");
    CHECK(with_label(facts, "Meeting").size() == 1);
    CHECK(single_meeting(facts).prop("type") == "two-plus-two");
}

TEST_CASE("a sea named after a country is no mention of it", "[ingest][extractor]") {
    auto facts = extract(
        "Vietnamese Defence Minister Pham Van Nam and Philippine Defense Secretary Jose Cruz discussed patrols in "
        "the South China Sea during a phone call on Monday.\n");
    CHECK_FALSE(has_edge(facts, "INVOLVES", single_meeting(facts).key, "country:china"));
    CHECK_FALSE(has_edge(facts, "MENTIONS", "article:test.txt", "country:china"));
}

TEST_CASE("a verb of calling tells of a call", "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Foreign Minister Grace Njeri spoke by phone with Tanzanian Foreign Minister Juma Mwinyi on "
        "Tuesday.\n\n"
        "Vietnamese Prime Minister Tran Van Long held a video call with Thai Prime Minister Somchai Preecha on "
        "Friday.\n");
    const auto& phone = existing(facts, "meeting:phone-call:kenya+tanzania:2024-03");
    CHECK(all_attend(facts, phone.key, {"person:grace-njeri", "person:juma-mwinyi"}));
    const auto& video = existing(facts, "meeting:video-call:thailand+vietnam:2024-03");
    CHECK(all_attend(facts, video.key, {"person:long-tran-van", "person:preecha-somchai"}));
}

TEST_CASE("'the call' refers to the call told before and never starts a meeting", "[ingest][extractor]") {
    auto facts = extract(
        "Vietnamese Prime Minister Tran Van Long held a video call with Thai Prime Minister Somchai Preecha on "
        "Friday.\n\n"
        "Vietnamese Foreign Minister Bui Thanh Son joined Tran for the call in Hanoi.\n\n"
        "Activists renewed a call for a ceasefire.\n");
    const auto& call = single_meeting(facts);
    CHECK(all_attend(facts, call.key, {"person:long-tran-van", "person:preecha-somchai", "person:bui-son-thanh"}));
}

TEST_CASE("a verb joins its subjects with its own objects, and calling on someone is a visit unless it urges",
          "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Foreign Minister Grace Njeri and Defence Minister Ali Hassan will hold talks with Tanzanian "
        "Foreign Minister Juma Mwinyi on Monday and will also call on Tanzanian President Asha Said.\n\n"
        "Ugandan President Sam Okello called on Tanzanian Defence Minister John Mbeki to end the dispute.\n");
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(meetings.size() == 2);
    for (const auto* m : meetings) {
        CHECK(all_attend(facts, m->key, {"person:grace-njeri", "person:ali-hassan"}));
        CHECK(has_edge(facts, "ATTENDS", "person:juma-mwinyi", m->key) !=
              has_edge(facts, "ATTENDS", "person:asha-said", m->key));
        CHECK_FALSE(has_edge(facts, "ATTENDS", "person:john-mbeki", m->key));
    }
}

TEST_CASE("an aside between source and verb, and a quotation running over sentences", "[ingest][extractor]") {
    auto facts = extract(
        "A Kenyan diplomat, speaking on condition of anonymity, said the talks had stalled.\n\n"
        "Otieno, Kenya's top diplomat, said the border would stay open.\n\n"
        "\"Our ties are old. Our trade is growing. We will not retreat,\" Otieno told reporters.\n");
    auto claims = with_label(facts, "Claim");
    REQUIRE(claims.size() == 5);
    CHECK(claims[0]->prop("source") == "A Kenyan diplomat");
    CHECK(claims[0]->prop("text") == "the talks had stalled");
    CHECK(claims[1]->prop("source") == "Otieno");
    CHECK(claims[2]->prop("text") == "Our ties are old.");
    CHECK(claims[3]->prop("text") == "Our trade is growing.");
    for (const auto* claim : {claims[2], claims[3], claims[4]}) CHECK(claim->prop("source") == "Otieno");
}

TEST_CASE("a dateline abroad is where the writer is, not whose officials go untold", "[ingest][extractor]") {
    auto facts = extract(
        "VIENTIANE - Prime Minister Sato Kenji and Chinese Premier Wu Lei met on Thursday in the Laotian "
        "capital.\n\n"
        "Sato said Japan wanted stable ties. Japanese officials said Japan and China would talk again, and "
        "Japan would host the next round.\n");
    CHECK(has_edge(facts, "HOLDS", "person:kenji-sato", "office:japan:prime-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:lei-wu", "office:china:prime-minister"));
}

TEST_CASE("a source that told a news conference is the source, not a participant", "[ingest][extractor]") {
    auto facts = extract(
        "Kenyan Foreign Minister Grace Njeri will meet Tanzanian Foreign Minister Juma Mwinyi next week, "
        "government spokesman Ali Hassan told a regular news conference.\n");
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:ali-hassan", single_meeting(facts).key));
    auto claims = with_label(facts, "Claim");
    REQUIRE(claims.size() == 1);
    CHECK(has_edge(facts, "ATTRIBUTED_TO", claims[0]->key, "person:ali-hassan"));
}

TEST_CASE("a hyphenated name before a verb is a person, and a former office still gives a country",
          "[ingest][extractor]") {
    auto facts = extract(
        "The last such visit was in May 2012, when Kim Dae-ho met then Japanese Prime Minister Kenji Mori in "
        "Kyoto.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(meeting.prop("date") == "2012-05");
    CHECK(all_attend(facts, meeting.key, {"person:dae-ho-kim", "person:kenji-mori"}));
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:japan"));
    CHECK_FALSE(has_edge(facts, "HOLDS", "person:kenji-mori", "office:japan:prime-minister"));
}

TEST_CASE("a person someone stands in for takes no part", "[ingest][extractor]") {
    auto facts = extract(
        "Chinese Vice Premier Li Wei held talks with Thai Prime Minister Somchai Preecha in Bangkok on Monday, "
        "standing in for Chinese Premier Zhang Min.\n\n"
        "Li met Vietnamese Prime Minister Tran Van Long in Hanoi on Tuesday in place of ailing Premier Zhang.\n");
    for (const auto* m : with_label(facts, "Meeting")) {
        CHECK(has_edge(facts, "ATTENDS", "person:li-wei", m->key));
        CHECK_FALSE(has_edge(facts, "ATTENDS", "person:min-zhang", m->key));
    }
}

TEST_CASE("a source who told the meeting something is at it", "[ingest][extractor]") {
    auto facts = extract(
        "Defence ministers of NATO met in Brussels on Wednesday.\n\n"
        "Polish Defence Minister Adam Nowak told the meeting that Warsaw would buy more shells.\n\n"
        "Czech Defence Minister Petr Novak said the meeting went well.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(has_edge(facts, "ATTENDS", "person:adam-nowak", meeting.key));
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:novak-petr", meeting.key));
}

TEST_CASE("a session names a meeting", "[ingest][extractor]") {
    auto facts = extract(
        "Foreign ministers of ASEAN met in Vientiane on Tuesday.\n\n"
        "Thai Foreign Minister Anan Chai attended the session.\n");
    CHECK(has_edge(facts, "ATTENDS", "person:anan-chai", single_meeting(facts).key));
}

TEST_CASE("officials in someone's entourage are of that person's country", "[ingest][extractor]") {
    auto facts = extract(
        "LIMA - Chilean President Ana Soto held talks with Peruvian President Luis Vega on Sunday.\n\n"
        "Soto was accompanied by Foreign Minister Rosa Diaz and Defence Minister Ivan Mora.\n");
    CHECK(has_edge(facts, "HOLDS", "person:diaz-rosa", "office:chile:foreign-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:ivan-mora", "office:chile:defense-minister"));
}

TEST_CASE("a plural title before names gives each the title, and listed countries in order", "[ingest][extractor]") {
    auto facts = extract(
        "The Chilean and Peruvian foreign ministers, Rosa Diaz and Luis Vega, met in Lima on Monday.\n\n"
        "Defense Ministers Ivan Mora and Pedro Gil joined them.\n");
    CHECK(has_edge(facts, "HOLDS", "person:diaz-rosa", "office:chile:foreign-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:luis-vega", "office:peru:foreign-minister"));
    CHECK(std::count_if(facts.edges.begin(), facts.edges.end(), [](const auto& e) {
              return e.label == "HOLDS" && e.to.ends_with(":defense-minister");
          }) == 2);
}

TEST_CASE("a definite mention with a date of its own is not the meeting told before", "[ingest][extractor]") {
    auto facts = extract(
        "Japanese Prime Minister Kenji Mori and South Korean President Kim Dae-ho will hold a summit in Tokyo "
        "on Monday.\n\n"
        "Mori will also attend the summit in Seoul in May with Kim.\n");
    const auto& may = existing(facts, "meeting:summit:japan+south-korea:2024-05");
    CHECK(all_attend(facts, may.key, {"person:kenji-mori", "person:dae-ho-kim"}));
    CHECK(with_label(facts, "Meeting").size() == 2);
}

TEST_CASE("a name after a role noun such as chief or aide is a person", "[ingest][extractor]") {
    auto facts = extract(
        "Foreign ministers of the G7 met in Rome on Monday.\n\n"
        "European Union foreign policy chief Ana Ruiz and Kremlin aide Oleg Petrov attended the meeting.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(all_attend(facts, meeting.key, {"person:ana-ruiz", "person:oleg-petrov"}));
}

TEST_CASE("a meeting others meet on the sidelines of is a meeting of its own, without their people",
          "[ingest][extractor]") {
    auto facts = extract(
        "Indian Foreign Minister Ravi Kumar met Chinese Foreign Minister Li Wei on the sidelines of the G20 "
        "meeting in Bali last month.\n\n"
        "The G20 meeting was also attended by U.S. Secretary of State Dan Hale.\n");
    const auto& g20 = existing(facts, "meeting:g20-meeting:united-states:2024-02");
    CHECK(has_edge(facts, "ATTENDS", "person:dan-hale", g20.key));
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:li-wei", g20.key));
}

TEST_CASE("a month abbreviation is a name without its full stop", "[ingest][extractor]") {
    auto facts = extract(
        "Czech Foreign Minister Jan Lipka met South Korean Foreign Minister Lee Jun-seok in Prague on Jan. 9.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(all_attend(facts, meeting.key, {"person:jan-lipka", "person:jun-seok-lee"}));
    CHECK(meeting.prop("date") == "2024-01-09");
}

TEST_CASE("the countries after 'a meeting of' take part", "[ingest][extractor]") {
    auto facts = extract("A joint meeting of the Spanish and Portuguese cabinets was held in Madrid on Monday.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:spain"));
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:portugal"));
}

TEST_CASE("those who took part, in a sentence naming no meeting, take part in the one last told",
          "[ingest][extractor]") {
    auto facts = extract(
        "Defence ministers of NATO met in Brussels on Tuesday.\n\n"
        "Polish Defence Minister Adam Nowak told the meeting that Warsaw would buy more shells.\n\n"
        "Finland and Sweden took part as invitees.\n\n"
        "Norway and Denmark took part in naval drills on Wednesday.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:finland"));
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:sweden"));
    CHECK_FALSE(has_edge(facts, "INVOLVES", meeting.key, "country:norway"));
}

TEST_CASE("an official a reader knows keeps their country whatever the article's", "[ingest][extractor]") {
    auto facts = extract(
        "SEOUL - President Yoon Suk Yeol and Chinese Premier Li Qiang met on Monday. President Xi Jinping "
        "sent a message.\n");
    CHECK(has_edge(facts, "HOLDS", "person:jinping-xi", "office:china:president"));
    CHECK(has_edge(facts, "HOLDS", "person:suk-yeol-yoon", "office:south-korea:president"));
}

TEST_CASE("a group's meeting involves the countries that were its members on the meeting's date", "[ingest][groups]") {
    auto facts = extract(
        "Leaders of the Shanghai Cooperation Organisation met at a summit in Astana on July 4, 2024.\n\n"
        "They admitted a new member the same day.\n",
        "2024-07-05");
    const auto& summit = single_meeting(facts);
    for (const auto* member : {"china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "india",
                               "pakistan", "iran", "belarus"})
        CHECK(has_edge(facts, "INVOLVES", summit.key, std::string("country:") + member));

    // Before Belarus and Iran joined, their leaders' meeting was one of fewer members.
    auto earlier = extract("Leaders of the Shanghai Cooperation Organisation held a summit in Samarkand on Friday.\n",
                           "2022-09-17");
    const auto& samarkand = single_meeting(earlier);
    CHECK(has_edge(earlier, "INVOLVES", samarkand.key, "country:india"));
    CHECK_FALSE(has_edge(earlier, "INVOLVES", samarkand.key, "country:iran"));
    CHECK_FALSE(has_edge(earlier, "INVOLVES", samarkand.key, "country:belarus"));
}

TEST_CASE("a member the article says is absent takes no part in its group's meeting", "[ingest][groups]") {
    auto facts = extract(
        "ASEAN foreign ministers opened their annual meeting in Vientiane on Thursday without Myanmar, "
        "whose generals were not invited.\n");
    const auto& meeting = single_meeting(facts);
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:laos"));
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:vietnam"));
    CHECK_FALSE(has_edge(facts, "INVOLVES", meeting.key, "country:myanmar"));

    // Its leader's absence is not the country's: "without Brazil's President" leaves Brazil in.
    auto leader = extract("The Mercosur summit opened on Monday without Brazil's President, who stayed home.\n",
                          "2023-12-07");
    const auto& summit = single_meeting(leader);
    CHECK(has_edge(leader, "INVOLVES", summit.key, "country:brazil"));
    CHECK(has_edge(leader, "INVOLVES", summit.key, "country:uruguay"));
}

TEST_CASE("the NATO of an office is no meeting of NATO's members", "[ingest][groups]") {
    auto facts = extract(
        "NATO Secretary-General Mark Rutte met Polish Prime Minister Donald Tusk in Warsaw on Monday.\n", "2025-03-11");
    const auto& meeting = single_meeting(facts);
    CHECK(has_edge(facts, "INVOLVES", meeting.key, "country:poland"));
    CHECK_FALSE(has_edge(facts, "INVOLVES", meeting.key, "country:france"));
}

TEST_CASE("South American leaders are no Americans", "[ingest][groups]") {
    auto facts = extract("South American leaders gathered in Montevideo on Friday for the Mercosur summit.\n",
                         "2024-12-06");
    const auto& summit = single_meeting(facts);
    CHECK(has_edge(facts, "INVOLVES", summit.key, "country:uruguay"));
    CHECK_FALSE(has_edge(facts, "INVOLVES", summit.key, "country:united-states"));
}

TEST_CASE("a plural title gives each name the country written after it", "[ingest][extractor]") {
    auto facts = extract(
        "Presidents Amara Diallo of Guinea and Kofi Mensah of Ghana signed the accord in Conakry on Friday.\n\n"
        "Trade Ministers Ines Duarte of Portugal and Lars Holm of Denmark met separately.\n");
    CHECK(has_edge(facts, "HOLDS", "person:amara-diallo", "office:guinea:president"));
    CHECK(has_edge(facts, "HOLDS", "person:kofi-mensah", "office:ghana:president"));
    CHECK(has_edge(facts, "HOLDS", "person:duarte-ines", "office:portugal:trade-minister"));
    CHECK(has_edge(facts, "HOLDS", "person:holm-lars", "office:denmark:trade-minister"));
}

TEST_CASE("a known official's country is read from the office held on the article's date", "[ingest][officials]") {
    const std::string text = "Prime Minister Boris Johnson spoke at a business forum in Oslo on Monday.\n";
    auto in_office = extract(text, "2020-06-10");
    CHECK(has_edge(in_office, "HOLDS", "person:boris-johnson", "office:united-kingdom:prime-minister"));
    // In 2024 he held no office: officials.tsv no longer makes him Britain's Prime Minister.
    auto after = extract(text, "2024-06-10");
    CHECK_FALSE(has_edge(after, "HOLDS", "person:boris-johnson", "office:united-kingdom:prime-minister"));
}

TEST_CASE("someone who will not attend a meeting does not attend it", "[ingest][extractor]") {
    auto facts = extract(
        "Chilean President Rosa Vidal will not attend Monday's summit in Lima, her spokesman said on Friday.\n\n"
        "Peruvian President Ana Soto will host the summit.\n",
        "2024-05-10");
    const auto& summit = single_meeting(facts);
    CHECK(has_edge(facts, "ATTENDS", "person:ana-soto", summit.key));
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:rosa-vidal", summit.key));
}

TEST_CASE("a meeting announced for next week takes the day a later sentence gives it", "[ingest][extractor]") {
    // Tuesday, October 22: next week runs from October 28 to November 3.
    auto facts = extract(
        "Kenyan Foreign Minister Amina Otieno will travel to Oslo next week for talks with Norwegian "
        "Foreign Minister Erik Dahl.\n\n"
        "The talks will be held on October 29, the ministry said.\n",
        "2024-10-22");
    const auto& talks = single_meeting(facts);
    CHECK(talks.prop("date") == "2024-10-29");
    CHECK(all_attend(facts, talks.key, {"person:amina-otieno", "person:dahl-erik"}));
}

TEST_CASE("a group's meeting is keyed by the group, not by the members an article lists", "[ingest][groups]") {
    auto facts = extract("BRICS leaders opened their summit in Kazan on October 22, with Egypt's president attending.\n",
                         "2024-10-23");
    const auto& summit = single_meeting(facts);
    CHECK(summit.key == "meeting:summit:brics:2024-10");
    CHECK(has_edge(facts, "INVOLVES", summit.key, "country:egypt"));
}

TEST_CASE("people who are to attend, or were present, in a sentence naming no meeting attend the one last told",
          "[ingest][extractor]") {
    auto facts = extract(
        "Chile and Peru will hold talks on fisheries in Santiago on Thursday.\n\n"
        "Chilean Foreign Minister Tomas Rojas and Peruvian Foreign Minister Elena Paz are expected to attend.\n\n"
        "Peruvian Trade Minister Jorge Vela was also present.\n",
        "2024-05-06");
    const auto& talks = single_meeting(facts);
    CHECK(all_attend(facts, talks.key, {"person:rojas-tomas", "person:elena-paz", "person:jorge-vela"}));
}

TEST_CASE("the group meeting an article is about is attended by its members' officials named elsewhere",
          "[ingest][groups]") {
    auto facts = extract(
        "G7 leaders opened their summit in Evian on Sunday with a pledge on critical minerals.\n\n"
        "French President Jean Morel welcomed the leaders at the lakeside resort.\n\n"
        "Japanese Prime Minister Aiko Sato pressed for a statement on shipping lanes.\n\n"
        "Canadian Foreign Minister Paul Tremblay said in Ottawa that the talks would be hard.\n\n"
        "British Prime Minister Tom Hale will not attend the summit because of elections at home.\n",
        "2026-06-15");
    auto meetings = with_label(facts, "Meeting");
    REQUIRE(!meetings.empty());
    const auto& summit = *meetings.front();
    CHECK(all_attend(facts, summit.key, {"person:jean-morel", "person:aiko-sato"}));
    // A minister is not at a leaders' summit, nor a leader the article says stays away.
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:paul-tremblay", summit.key));
    CHECK_FALSE(has_edge(facts, "ATTENDS", "person:hale-tom", summit.key));
}

TEST_CASE("a counterpart named with a rank holds the same title in a country whose titles are not listed",
          "[ingest][extractor]") {
    auto facts = extract(
        "Senegalese Foreign Minister Awa Ndiaye held talks in Dakar on Monday with her Malian counterpart "
        "General Moussa Keita on border security.\n",
        "2024-05-07");
    CHECK(has_edge(facts, "HOLDS", "person:keita-moussa", "office:mali:foreign-minister"));
    CHECK(all_attend(facts, single_meeting(facts).key, {"person:awa-ndiaye", "person:keita-moussa"}));
}
