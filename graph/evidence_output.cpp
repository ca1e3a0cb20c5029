#include "graph/evidence_output.h"

#include <cctype>

#include "graph/printable.h"

namespace kg::graph {

namespace {

std::string folded_spaces(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

// TEXT on one line, each run of spaces one space, control characters written out.
std::string one_line(std::string_view text) { return printable(folded_spaces(text)); }

std::string article_file(const KnowledgeGraph& graph, const std::string& article_key) {
    auto index = graph.find(article_key);
    if (!index) return article_key;
    const Node& article = graph.node(*index);
    if (!article.prop("file").empty()) return article.prop("file");
    if (!article.name().empty()) return article.name();
    return article_key;
}

void write_evidence_json(JsonWriter& writer, const KnowledgeGraph& graph, const Evidence& evidence,
                         std::string_view owner) {
    writer.StartObject();
    write_evidence_fields(writer, evidence, owner);
    writer.Key("file");
    write_string(writer, article_file(graph, evidence.article), owner);
    writer.EndObject();
}

}  // namespace kg::graph
