#pragma once
// Runs ../shared/eval/score.py on an export and reads its measures back, so that quality
// gates fail when the extractor gets worse. The scorer's full output goes to the test log.

#include <iostream>
#include <regex>
#include <string>

#include "tests/support/process.h"
#include "tests/support/shared_data.h"

namespace kg::test {

struct Scores {
    std::string report;  // the scorer's output
    double holds_f = 0, attends_f = 0, involves_f = 0, claims_r = 0;
    int meetings_one_node = 0, meetings_told_often = 0, must_nots_broken = -1;
};

inline double scorer_number(const std::string& report, const std::string& pattern) {
    std::smatch match;
    if (!std::regex_search(report, match, std::regex(pattern))) return -1;
    return std::stod(match[1].str());
}

inline Scores score_export(const std::filesystem::path& export_file, const std::filesystem::path& gold) {
    auto scorer = require_shared("eval/score.py");
    auto run = run_process("python3 " + shell_quote(scorer.string()) + " " + shell_quote(export_file.string()) + " " +
                           shell_quote(gold.string()) + " --verbose");
    std::cout << "score.py " << gold.string() << ":\n" << run.out << run.err << std::endl;
    Scores s;
    s.report = run.out;
    s.holds_f = scorer_number(run.out, R"(holds: .* F=([0-9.]+))");
    s.attends_f = scorer_number(run.out, R"(attends: .* F=([0-9.]+))");
    s.involves_f = scorer_number(run.out, R"(involves: .* F=([0-9.]+))");
    s.claims_r = scorer_number(run.out, R"(claims: R=([0-9.]+))");
    s.meetings_one_node = static_cast<int>(scorer_number(run.out, R"(; (\d+)/\d+ meetings told in several)"));
    s.meetings_told_often = static_cast<int>(scorer_number(run.out, R"(; \d+/(\d+) meetings told in several)"));
    s.must_nots_broken = static_cast<int>(scorer_number(run.out, R"(must-nots: (\d+) broken)"));
    return s;
}

}  // namespace kg::test
