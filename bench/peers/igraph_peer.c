/* kg_igraph_peer: what a user who picked igraph (C) instead of kg gets on the same graph.
 *
 *   kg_igraph_peer EDGES FROM TO SAMPLE EXACT
 *
 * EDGES: "src dst" lines with 0-based node ids (export_to_edges.py writes them from kg's JSON
 * export); FROM, TO: two node ids. Times, each on its own: loading the edge list, one
 * shortest path FROM-TO (breadth-first: igraph has no bidirectional search), PageRank
 * (PRPACK, damping 0.85), degree, betweenness from SAMPLE random sources (scaled to the whole
 * graph, as networkx's betweenness_centrality(k=SAMPLE) does) and, when EXACT is 1, exact
 * betweenness. The graph is undirected, as kg's centrality sees it. Prints one line per step:
 * "igraph<TAB>step<TAB>seconds<TAB>detail", then the peak resident memory. */

#include <igraph/igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double peak_megabytes(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

static void report(const char* step, double started, const char* detail) {
    printf("igraph\t%s\t%.4f\t%s\n", step, now() - started, detail);
    fflush(stdout);
}

/* SAMPLE distinct random vertices, the same for a given graph size. */
static igraph_error_t sample_sources(igraph_integer_t nodes, igraph_integer_t sample, igraph_vector_int_t* sources) {
    igraph_rng_seed(igraph_rng_default(), 1);
    return igraph_random_sample(sources, 0, nodes - 1, sample);
}

int main(int argc, char** argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: kg_igraph_peer EDGES FROM TO SAMPLE EXACT\n");
        return 2;
    }
    const igraph_integer_t from = atoll(argv[2]), to = atoll(argv[3]);
    igraph_integer_t sample = atoll(argv[4]);
    const int exact = atoi(argv[5]);
    char detail[128];

    double started = now();
    FILE* in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    igraph_t graph;
    if (igraph_read_graph_edgelist(&graph, in, 0, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) return 1;
    fclose(in);
    const igraph_integer_t nodes = igraph_vcount(&graph);
    snprintf(detail, sizeof detail, "%lld nodes, %lld edges, %.0f MB", (long long)nodes,
             (long long)igraph_ecount(&graph), peak_megabytes());
    report("load", started, detail);

    igraph_vector_int_t path;
    igraph_vector_int_init(&path, 0);
    started = now();
    igraph_get_shortest_path(&graph, &path, NULL, from, to, IGRAPH_ALL);
    snprintf(detail, sizeof detail, "%lld hops", (long long)igraph_vector_int_size(&path) - 1);
    report("path", started, detail);
    igraph_vector_int_destroy(&path);

    igraph_vector_t scores;
    igraph_vector_init(&scores, 0);
    igraph_real_t value;
    started = now();
    igraph_pagerank(&graph, IGRAPH_PAGERANK_ALGO_PRPACK, &scores, &value, igraph_vss_all(), 0, 0.85, NULL, NULL);
    report("pagerank", started, "PRPACK");

    igraph_vector_int_t degrees;
    igraph_vector_int_init(&degrees, 0);
    started = now();
    igraph_degree(&graph, &degrees, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS);
    report("degree", started, "");
    igraph_vector_int_destroy(&degrees);

    if (sample > nodes) sample = nodes;
    igraph_vector_int_t sources;
    igraph_vector_int_init(&sources, 0);
    started = now();
    sample_sources(nodes, sample, &sources);
    igraph_vs_t source_set;
    igraph_vs_vector(&source_set, &sources);
    igraph_betweenness_subset(&graph, &scores, igraph_vss_all(), 0, source_set, igraph_vss_all(), NULL);
    igraph_vector_scale(&scores, (igraph_real_t)nodes / (igraph_real_t)sample);
    snprintf(detail, sizeof detail, "k=%lld sources", (long long)sample);
    report("betweenness_sampled", started, detail);
    igraph_vs_destroy(&source_set);
    igraph_vector_int_destroy(&sources);

    if (exact) {
        started = now();
        igraph_betweenness(&graph, &scores, igraph_vss_all(), 0, NULL);
        report("betweenness_exact", started, "Brandes");
    }
    igraph_vector_destroy(&scores);
    igraph_destroy(&graph);

    snprintf(detail, sizeof detail, "%.0f", peak_megabytes());
    printf("igraph\tpeak_mb\t%s\t\n", detail);
    return 0;
}
