#!/usr/bin/env python3
"""case_subset.py CASES FIRST LAST OUT: the test articles numbered FIRST..LAST with their gold.

Writes OUT/articles (the articles and their manifest lines) and OUT/gold.jsonl (the gold rows of
those articles; a meeting or attendance told in other articles too keeps only these files), so
that one batch of tests/cases can be gated on its own figures.
"""
import json, os, shutil, sys

cases, first, last, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]


def chosen(file):
    number = file.split("_", 1)[0]
    return number.isdigit() and first <= int(number) <= last


os.makedirs(os.path.join(out, "articles"), exist_ok=True)
with open(os.path.join(cases, "articles", "manifest.jsonl"), encoding="utf-8") as manifest, \
        open(os.path.join(out, "articles", "manifest.jsonl"), "w", encoding="utf-8") as subset:
    for line in manifest:
        if line.strip() and chosen(json.loads(line)["file"]):
            subset.write(line)
            shutil.copy(os.path.join(cases, "articles", json.loads(line)["file"]), os.path.join(out, "articles"))

rows = [json.loads(line) for line in open(os.path.join(cases, "gold", "seeds.jsonl"), encoding="utf-8") if line.strip()]
for row in rows:
    if "files" in row:
        row["files"] = [f for f in row["files"] if chosen(f)]
kept_meetings = {row["id"] for row in rows if row["kind"] == "meeting" and row["files"]}
with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as gold:
    for row in rows:
        told_elsewhere = ("file" in row and not chosen(row["file"])) or ("files" in row and not row["files"])
        if told_elsewhere or (row["kind"] == "involves" and row["meeting"] not in kept_meetings):
            continue
        gold.write(json.dumps(row, ensure_ascii=False) + "\n")
