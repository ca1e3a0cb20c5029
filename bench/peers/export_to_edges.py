#!/usr/bin/env python3
"""export_to_edges.py: kg's JSON export as the numeric graph the peers read.

usage: export_to_edges.py EXPORT.jsonl NODES.tsv EDGES.tsv

EXPORT is `kg export --format json` (JSON Lines, APOC layout). Writes NODES.tsv
("id<TAB>key<TAB>label<TAB>name", ids 0-based in the export's order) and EDGES.tsv ("src dst",
one line per pair of neighbours, self-loops left out): the graph kg's centrality computes on,
where two facts between the same nodes are one neighbour pair. Prints the counts on stderr.
"""
import json
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    export, nodes_path, edges_path = sys.argv[1:]
    ids, described, pairs = {}, {}, set()  # described: id -> (label, name)

    def id_of(key):
        return ids.setdefault(key, len(ids))

    with open(export, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("type") == "node":
                name = (record.get("properties") or {}).get("name", "")
                described[id_of(record["id"])] = ((record.get("labels") or [""])[0], " ".join(str(name).split()))
            elif record.get("type") == "relationship":
                a, b = id_of(record["start"]["id"]), id_of(record["end"]["id"])
                if a != b:
                    pairs.add((min(a, b), max(a, b)))
    with open(nodes_path, "w", encoding="utf-8") as nodes:
        for key, i in ids.items():
            label, name = described.get(i, ("", ""))
            nodes.write(f"{i}\t{key}\t{label}\t{name}\n")
    with open(edges_path, "w", encoding="utf-8") as edges:
        for a, b in sorted(pairs):
            edges.write(f"{a}\t{b}\n")
    print(f"export_to_edges: {len(ids)} nodes, {len(pairs)} neighbour pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
