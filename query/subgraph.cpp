#include "query/subgraph.h"

namespace kg::query {

namespace {
void collect(const Value& v, Subgraph& sub) {
  switch (v.kind()) {
    case Value::Kind::Node: sub.nodes.push_back(v.as_node().id); break;
    case Value::Kind::Rel: sub.rels.push_back(v.as_rel().id); break;
    case Value::Kind::Path:
      for (NodeId n : v.as_path().nodes) sub.nodes.push_back(n);
      for (RelId r : v.as_path().rels) sub.rels.push_back(r);
      break;
    case Value::Kind::List:
      for (const auto& x : v.as_list()) collect(x, sub);
      break;
    case Value::Kind::Map:
      for (const auto& [k, x] : v.as_map()) collect(x, sub);
      break;
    default: break;
  }
}
}  // namespace

Subgraph subgraph_of(const Result& r) {
  Subgraph sub;
  for (const auto& row : r.rows)
    for (const auto& v : row) collect(v, sub);
  return sub;
}

}  // namespace kg::query
