#include "graph/compact_graph.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>

#include "graph/graph_error.h"

namespace kg::graph {
namespace {

constexpr char kMagic[8] = {'k', 'g', '-', 'c', 's', 'r', '\0', '1'};

struct Header {
    char magic[8];
    std::uint64_t node_slots;
    std::uint64_t arc_count;
    std::int64_t log_position;
};

}  // namespace

std::uint8_t label_code(std::string_view label) {
    const auto* found = std::find(std::begin(kEdgeLabels), std::end(kEdgeLabels), label);
    return found == std::end(kEdgeLabels) ? kNoLabel : static_cast<std::uint8_t>(found - std::begin(kEdgeLabels));
}

void CompactGraph::write(const std::filesystem::path& file, std::uint32_t node_slots, std::vector<EdgeEnds> edges,
                         std::int64_t log_position) {
    std::vector<std::uint64_t> offsets(node_slots + 1ull, 0);
    for (const auto& edge : edges) {
        ++offsets[edge.from + 1ull];
        ++offsets[edge.to + 1ull];
    }
    for (std::size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
    std::vector<Arc> arcs(offsets.back());
    std::vector<std::uint64_t> next(offsets.begin(), offsets.end() - 1);
    for (const auto& edge : edges) {
        arcs[next[edge.from]++] = {edge.to, edge.edge, edge.label, 1};
        arcs[next[edge.to]++] = {edge.from, edge.edge, edge.label, 0};
    }
    edges = {};
    const Header header{{}, node_slots, arcs.size(), log_position};
    Header written = header;
    std::memcpy(written.magic, kMagic, sizeof kMagic);
    const auto temp = std::filesystem::path(file).concat(".tmp." + std::to_string(::getpid()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&written), sizeof written);
        out.write(reinterpret_cast<const char*>(offsets.data()), static_cast<std::streamsize>(offsets.size() * sizeof(std::uint64_t)));
        out.write(reinterpret_cast<const char*>(arcs.data()), static_cast<std::streamsize>(arcs.size() * sizeof(Arc)));
        if (!out.flush()) throw GraphError("cannot write " + temp.string());
    }
    std::error_code error;
    std::filesystem::rename(temp, file, error);
    if (error) throw GraphError("cannot replace " + file.string() + ": " + error.message());
}

CompactGraph::CompactGraph(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw GraphError("cannot open the adjacency file " + file.string());
    struct stat info {};
    ::fstat(fd, &info);
    size_ = static_cast<std::size_t>(info.st_size);
    if (size_ >= sizeof(Header)) mapping_ = ::mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (mapping_ == MAP_FAILED) mapping_ = nullptr;
    const auto* header = static_cast<const Header*>(mapping_);
    const std::string damaged = "the adjacency file " + file.string() + " is damaged: kg reindex writes it again";
    const bool sound = header && std::memcmp(header->magic, kMagic, sizeof kMagic) == 0 &&
                       sizeof(Header) + (header->node_slots + 1) * sizeof(std::uint64_t) +
                               header->arc_count * sizeof(Arc) == size_;
    if (!sound) {
        if (mapping_) ::munmap(mapping_, size_);
        throw GraphError(damaged);
    }
    node_slots_ = static_cast<std::uint32_t>(header->node_slots);
    arc_count_ = header->arc_count;
    log_position_ = header->log_position;
    offsets_ = reinterpret_cast<const std::uint64_t*>(static_cast<const char*>(mapping_) + sizeof(Header));
    arcs_ = reinterpret_cast<const Arc*>(offsets_ + node_slots_ + 1);
}

CompactGraph::~CompactGraph() {
    if (mapping_) ::munmap(mapping_, size_);
}

std::span<const Arc> CompactGraph::arcs(std::uint32_t node) const {
    return {arcs_ + offsets_[node], arcs_ + offsets_[node + 1]};
}

}  // namespace kg::graph
