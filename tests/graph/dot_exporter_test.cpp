#include "graph/dot_exporter.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "graph/graph_error.h"
#include "tests/support/graph_fixture.h"
#include "tests/support/skip.h"
#include "tests/support/temp_dir.h"

using kg::graph::KnowledgeGraph;

namespace {

const std::string kTrickyName = "Say \"hi\" \\ back\nslash \u65e5\u672c\u8a9e";

KnowledgeGraph tricky_graph() {
    kg::test::FixtureArticle article("article:\"quoted\"", "tricky \\ file.txt");
    article.node("person:tricky", "Person", kTrickyName)
        .node("org:x", "Organization", "Org\\N with \\l escapes")
        .node("thing:odd", "Unstyled", "No style for me")
        .edge("OF", "org:x", "person:tricky", "An odd sentence.")
        .edge("MENTIONS", "article:\"quoted\"", "person:tricky", "Say \"hi\".")
        .edge("MENTIONS", "article:\"quoted\"", "thing:odd", "Odd.");
    KnowledgeGraph graph;
    graph.add(article.facts());
    return graph;
}

std::string dot_text(const KnowledgeGraph& graph, const kg::graph::Selection& selection) {
    std::ostringstream out;
    kg::graph::export_graph("dot", graph, selection, out, {KG_SOURCE_DIR "/graph/dot_styles.tsv"});
    return out.str();
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `dot -Tsvg` on DOT; returns its stderr and fills SVG.
std::string render(const std::string& dot, std::string& svg) {
    if (std::system("command -v dot > /dev/null 2>&1") != 0)
        kg::test::skip("graphviz's dot is not installed; the DOT export was not rendered");
    kg::test::TempDir dir("graph-dot");
    auto input = dir.write("graph.dot", dot);
    std::string command = "dot -Tsvg '" + input.string() + "' -o '" + (dir / "graph.svg").string() +
                          "' 2> '" + (dir / "stderr.txt").string() + "'";
    CHECK(std::system(command.c_str()) == 0);
    svg = read(dir / "graph.svg");
    return read(dir / "stderr.txt");
}

}  // namespace

TEST_CASE("DOT export renders with dot -Tsvg without a warning", "[graph][graphviz]") {
    auto graph = kg::test::meeting_graph();
    auto selection = kg::graph::select_all(graph);
    kg::graph::Path path;
    path.nodes = {kg::test::node_index(graph, "person:hayashi"),
                  kg::test::node_index(graph, "meeting:two-plus-two")};
    path.edges = {kg::test::edge_index(graph, "ATTENDS|person:hayashi|meeting:two-plus-two")};
    kg::graph::highlight_paths(selection, {path});

    std::string svg;
    CHECK(render(dot_text(graph, selection), svg).empty());
    CHECK_THAT(svg, Catch::Contains("Yoshimasa Hayashi"));
    CHECK_THAT(svg, Catch::Contains("ATTENDS"));
    CHECK_THAT(svg, Catch::Contains("stroke=\"red\""));
}

TEST_CASE("DOT export escapes quotes, backslashes, line breaks and keeps other scripts",
          "[graph][graphviz]") {
    std::string svg;
    CHECK(render(dot_text(tricky_graph(), kg::graph::select_all(tricky_graph())), svg).empty());
    // The name's line break is a line break in the drawing: its two halves are two text lines.
    CHECK_THAT(svg, Catch::Contains("Say &quot;hi&quot; \\ back"));
    CHECK_THAT(svg, Catch::Contains(">slash \u65e5\u672c\u8a9e<"));
    // Backslash sequences Graphviz would expand (\N: the node's name) stay as typed.
    CHECK_THAT(svg, Catch::Contains("Org\\N with \\l escapes"));
}

TEST_CASE("DOT export styles nodes by label and marks the selection's highlights", "[graph]") {
    auto graph = kg::test::meeting_graph();
    auto selection = kg::graph::select_all(graph);
    selection.marked_nodes[kg::test::node_index(graph, "person:austin")] = true;
    std::string dot = dot_text(graph, selection);
    CHECK_THAT(dot, Catch::Contains("\"person:hayashi\" [label=\"Yoshimasa Hayashi\\n(Person)\", "
                                    "shape=\"ellipse\", fillcolor=\"lightblue\"];"));
    CHECK_THAT(dot, Catch::Contains("\"person:austin\" [label=\"Lloyd Austin\\n(Person)\", "
                                    "shape=\"ellipse\", fillcolor=\"lightblue\", color=red"));
    CHECK_THAT(dot, Catch::Contains(
                        "\"person:hayashi\" -> \"meeting:two-plus-two\" [label=\"ATTENDS\"];"));
}

TEST_CASE("DOT export of a selection leaves the rest out", "[graph]") {
    auto graph = kg::test::meeting_graph();
    auto ego = kg::graph::select_ego(graph, kg::test::node_index(graph, "person:hermit"), 2);
    std::string dot = dot_text(graph, ego);
    CHECK_THAT(dot, Catch::Contains("Ada Hermit"));
    CHECK_THAT(dot, !Catch::Contains("Lloyd Austin"));
    CHECK_THAT(dot, !Catch::Contains("->"));
}

TEST_CASE("a missing DOT style file is an error naming it", "[graph]") {
    CHECK_THROWS_WITH(kg::graph::make_exporter("dot", {"/nonexistent/dot_styles.tsv"}),
                      Catch::Contains("/nonexistent/dot_styles.tsv"));
}

TEST_CASE("an unknown export format is an error listing the known ones", "[graph]") {
    auto graph = kg::test::meeting_graph();
    std::ostringstream out;
    CHECK_THROWS_WITH(kg::graph::export_graph("graphml", graph, kg::graph::select_all(graph), out),
                      Catch::Contains("graphml") && Catch::Contains("dot, json"));
}
