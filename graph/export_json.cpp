// Node-link JSON (docs/EXPORTS.md): what networkx's node_link_graph (edges="links",
// its default up to 3.x) and d3's force layout read. Attributes are named as in the
// GraphML export (`label` = name, `type` = entity type, edge `label` = relation type),
// with lists and maps as real JSON. One node or link per line, deterministic.
#include "graph/export_util.h"

namespace kg::exp {

void write_json(const PropertyGraph& g, const Selection& sel, std::ostream& os) {
  Schema schema(g, sel, true);
  // Attribute names the node-link format itself uses are left to it.
  std::vector<std::string> nnames, rnames;
  auto fix = [](const std::string& n, bool edge) {
    if (n == "id" || (edge && (n == "source" || n == "target" || n == "key"))) return "kg:prop:" + n;
    return n;
  };
  for (const auto& c : schema.node_cols) {
    nnames.emplace_back();
    append_json(nnames.back(), Value(fix(c.name, false)));
  }
  for (const auto& c : schema.rel_cols) {
    rnames.emplace_back();
    append_json(rnames.back(), Value(fix(c.name, true)));
  }
  Out out(os);
  std::string& b = out.buf();
  b += "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"kg\"},\n\"nodes\": [";
  Schema::Attrs attrs;
  bool first = true;
  for (NodeId n : sel.nodes) {
    schema.node_attrs(n, attrs);
    b += first ? "\n" : ",\n";
    first = false;
    b += "{\"id\": \"n" + std::to_string(n) + "\"";
    for (const auto& [c, v] : attrs.items) {
      b += ", " + nnames[c] + ": ";
      append_json(b, *v);
    }
    b += "}";
    out.maybe_flush();
  }
  b += "],\n\"links\": [";
  first = true;
  for (RelId r : sel.rels) {
    const RelData& d = g.rel(r);
    schema.rel_attrs(r, attrs);
    b += first ? "\n" : ",\n";
    first = false;
    std::string id = "\"e" + std::to_string(r) + "\"";
    b += "{\"id\": " + id + ", \"key\": " + id + ", \"source\": \"n" + std::to_string(d.src) +
         "\", \"target\": \"n" + std::to_string(d.dst) + "\"";
    for (const auto& [c, v] : attrs.items) {
      b += ", " + rnames[c] + ": ";
      append_json(b, *v);
    }
    b += "}";
    out.maybe_flush();
  }
  b += "]}\n";
  out.flush();
}

}  // namespace kg::exp
