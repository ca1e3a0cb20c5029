#include "graph/model.h"

namespace kg::graph {
namespace {

const std::string& lookup(const Properties& props, const std::string& name) {
    static const std::string empty;
    auto it = props.find(name);
    return it == props.end() ? empty : it->second;
}

}  // namespace

const std::string& Node::name() const { return lookup(props, "name"); }
const std::string& Node::prop(const std::string& name) const { return lookup(props, name); }
const std::string& Edge::prop(const std::string& name) const { return lookup(props, name); }

}  // namespace kg::graph
