#pragma once
// The resolved graph's adjacency in compressed sparse row form, in one file that is
// memory-mapped, so a command opens a graph of millions of edges without parsing anything:
//   header   magic, version, node slots, arcs, the edge-log position the file includes
//   offsets  node slots + 1 integers: node n's arcs are arcs[offsets[n] .. offsets[n + 1])
//   arcs     each edge twice, once from each end: neighbour, edge id, label code, direction
// Node slots are the store's node ids; an id with no node has no arcs. What changed after the
// file was written comes from the store as a GraphDelta laid over it (LiveAdjacency).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg::graph {

// The edge labels in a fixed order: an arc names its label by position here (kNoLabel if the
// label is not among them).
inline constexpr std::string_view kEdgeLabels[] = {"HOLDS",   "OF",            "ATTENDS", "INVOLVES", "HELD_IN",
                                                   "REPORTS", "ATTRIBUTED_TO", "ABOUT",   "MENTIONS"};
inline constexpr std::uint8_t kNoLabel = 255;
std::uint8_t label_code(std::string_view label);

#pragma pack(push, 1)
struct Arc {
    std::uint32_t node;  // the other end
    std::uint32_t edge;  // the store's edge id
    std::uint8_t label;
    std::uint8_t forward;  // 1 when the edge points from this node to NODE
};
#pragma pack(pop)

struct EdgeEnds {
    std::uint32_t edge, from, to;
    std::uint8_t label;
};

class CompactGraph {
public:
    // Writes EDGES as a snapshot for NODE_SLOTS node ids (one more than the highest) to FILE,
    // atomically (a temp file renamed over it).
    static void write(const std::filesystem::path& file, std::uint32_t node_slots, std::vector<EdgeEnds> edges,
                      std::int64_t log_position);

    // Maps FILE; throws GraphError naming it when it is not a snapshot of this version.
    explicit CompactGraph(const std::filesystem::path& file);
    ~CompactGraph();
    CompactGraph(const CompactGraph&) = delete;
    CompactGraph& operator=(const CompactGraph&) = delete;

    std::uint32_t node_slots() const { return node_slots_; }
    std::uint64_t arc_count() const { return arc_count_; }
    std::int64_t log_position() const { return log_position_; }
    std::span<const Arc> arcs(std::uint32_t node) const;

private:
    void* mapping_ = nullptr;
    std::size_t size_ = 0;
    std::uint32_t node_slots_ = 0;
    std::uint64_t arc_count_ = 0;
    std::int64_t log_position_ = 0;
    const std::uint64_t* offsets_ = nullptr;
    const Arc* arcs_ = nullptr;
};

// Edges added and removed since a snapshot was written.
struct GraphDelta {
    std::unordered_set<std::uint32_t> removed;                    // edge ids
    std::unordered_map<std::uint32_t, std::vector<Arc>> added;  // node -> its new arcs
    std::uint32_t node_slots = 0;                                 // past the snapshot's, if more
};

// A snapshot with the changes since laid over it: what the store holds now.
class LiveAdjacency {
public:
    LiveAdjacency(const CompactGraph& snapshot, const GraphDelta& delta) : snapshot_(snapshot), delta_(delta) {}
    LiveAdjacency(const LiveAdjacency&) = delete;
    LiveAdjacency& operator=(const LiveAdjacency&) = delete;

    std::uint32_t node_slots() const { return std::max(snapshot_.node_slots(), delta_.node_slots); }

    template <typename Visit>
    void for_each_arc(std::uint32_t node, Visit visit) const {
        if (node < snapshot_.node_slots())
            for (const Arc& arc : snapshot_.arcs(node))
                if (delta_.removed.empty() || !delta_.removed.contains(arc.edge)) visit(arc);
        if (auto found = delta_.added.find(node); found != delta_.added.end())
            for (const Arc& arc : found->second) visit(arc);
    }

private:
    const CompactGraph& snapshot_;
    const GraphDelta& delta_;
};

}  // namespace kg::graph
