#!/usr/bin/env python3
"""pick_people.py: two people for `kg path`, and the one to look around, from a corpus's gold.

usage: pick_people.py GOLD.jsonl NODES.tsv

GOLD is kg_corpus's gold; NODES the node list export_to_edges.py wrote from kg's export. A is
the person attending the most meetings; B a person two meetings away from A (A and X attend
one meeting, X and B another: 4 hops) who shares no article with A, else one meeting away
(2 hops), else (in a tiny corpus) anyone. Both are named by exactly one node of kg's graph,
so `kg path A B` resolves them.
Prints "A<TAB>B<TAB>id of A<TAB>id of B" (ids as in NODES).
"""
import collections
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    names = collections.Counter()
    person_id = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        node_id, _key, label, name = line.rstrip("\n").split("\t")
        names[name] += 1
        if label == "Person":
            person_id[name] = int(node_id)
    known = {name for name in person_id if names[name] == 1}

    meetings_of, people_of = collections.defaultdict(set), collections.defaultdict(set)
    files_of = collections.defaultdict(set)
    for row in gold:
        if row["kind"] == "attends":
            meetings_of[row["person"]].add(row["meeting"])
            people_of[row["meeting"]].add(row["person"])
        if row["kind"] in ("attends", "holds"):
            for file in row.get("files") or [row.get("file")]:
                files_of[row["person"]].add(file)

    candidates = sorted((p for p in meetings_of if p in known), key=lambda p: (-len(meetings_of[p]), p))
    if not candidates:
        sys.exit("pick_people: no person of the gold is a node of kg's graph")
    a = candidates[0]
    near = {p for m in meetings_of[a] for p in people_of[m]} - {a}
    far = {q for p in near for m in meetings_of[p] for q in people_of[m]} - near - {a}
    for pool in (far, near, known - {a}):
        fitting = sorted(p for p in pool if p in known and not files_of[p] & files_of[a]) or sorted(pool & known)
        if fitting:
            b = fitting[0]
            print(f"{a}\t{b}\t{person_id[a]}\t{person_id[b]}")
            return
    sys.exit("pick_people: kg's graph names fewer than two people of the gold")


if __name__ == "__main__":
    main()
