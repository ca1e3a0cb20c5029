#!/usr/bin/env python3
"""networkx_peer.py: what a user who picked networkx instead of kg gets on the same graph.

usage: networkx_peer.py EDGES FROM TO SAMPLE

EDGES: "src dst" lines with 0-based node ids (export_to_edges.py writes them from kg's JSON
export); FROM, TO: two node ids. Times, each on its own: reading the edge list into a Graph,
one bidirectional shortest path FROM-TO, PageRank (scipy, damping 0.85), degree and
betweenness_centrality(k=SAMPLE). Exact betweenness is left out: in pure Python it takes
minutes from a few thousand nodes on. The graph is undirected, as kg's centrality sees it. Prints one line per step:
"networkx<TAB>step<TAB>seconds<TAB>detail", then the peak resident memory.
"""
import resource
import sys
import time

import networkx as nx


def peak_megabytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def report(step, started, detail=""):
    print(f"networkx\t{step}\t{time.perf_counter() - started:.4f}\t{detail}", flush=True)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    edges, source, target, sample = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

    started = time.perf_counter()
    graph = nx.read_edgelist(edges, nodetype=int)
    report("load", started, f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {peak_megabytes():.0f} MB")

    started = time.perf_counter()
    path = nx.bidirectional_shortest_path(graph, source, target)
    report("path", started, f"{len(path) - 1} hops")

    started = time.perf_counter()
    nx.pagerank(graph, alpha=0.85)
    report("pagerank", started, "scipy")

    started = time.perf_counter()
    dict(graph.degree())
    report("degree", started)

    sample = min(sample, graph.number_of_nodes())
    started = time.perf_counter()
    nx.betweenness_centrality(graph, k=sample, seed=1)
    report("betweenness_sampled", started, f"k={sample} sources")

    print(f"networkx\tpeak_mb\t{peak_megabytes():.0f}\t")


if __name__ == "__main__":
    main()
