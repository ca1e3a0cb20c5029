#pragma once
// Articles name one person in shorter or longer forms: "Tayyip Erdogan" and "Recep Tayyip
// Erdogan", "Lula" and "Luiz Inacio Lula da Silva", "Prabowo" and "Prabowo Subianto". A
// person whose name's words stand, in order, inside exactly one longer name that no other
// name contains is that person: the node merges into the longer one, which keeps its name.
// Two people sharing a surname ("Wang Yi", "Wang Wenbin") leave a bare "Wang" alone.

#include "graph/knowledge_graph.h"

namespace kg::graph {

void merge_name_variants(KnowledgeGraph& graph);

}  // namespace kg::graph
