// GraphML (docs/EXPORTS.md): what Gephi, networkx, igraph, graphology and Boost read,
// in the shape shared/eval/score.py reads. Deterministic: keys sorted by name (node keys
// then edge keys, ids d0, d1, ...), nodes and edges by ascending id.
#include <cmath>

#include "graph/export_util.h"

namespace kg::exp {

namespace {

// Keys every kg GraphML declares (score.py and Gephi find them even when empty), with
// the type they get when no value says otherwise.
const std::vector<std::string> kNodeKeys = {"label", "type", "aliases", "mentions", "first_seen", "last_seen"};
const std::vector<std::string> kRelKeys = {"label",   "date",     "status", "attributed_to", "sources", "weight",
                                           "evidence", "title",    "place",  "count",         "charge"};

ColType default_type(std::string_view name) {
  if (name == "aliases" || name == "attributed_to" || name == "evidence") return ColType::Json;
  if (name == "mentions" || name == "sources" || name == "count") return ColType::Int;
  if (name == "weight") return ColType::Double;
  return ColType::String;
}

ColType key_type(const Schema::Col& c, bool edge) {
  ColType t = scalar_col_type(c.stats, default_type(c.name));
  // Gephi reads edge weights as doubles.
  if (edge && c.name == "weight" && (t == ColType::Int || t == ColType::Long)) t = ColType::Double;
  return t;
}

const char* graphml_type(ColType t) {
  switch (t) {
    case ColType::Bool: return "boolean";
    case ColType::Int: return "int";
    case ColType::Long: return "long";
    case ColType::Double: return "double";
    default: return "string";
  }
}

void append_value(std::string& out, const Value& v, ColType t) {
  std::string s;
  switch (t) {
    case ColType::Bool:
    case ColType::Int:
    case ColType::Long:
    case ColType::String: s = scalar_text(v); break;
    case ColType::Double: s = format_double(v.as_number()); break;
    case ColType::Json: append_json(s, v); break;
  }
  append_xml(out, s, false);
}

}  // namespace

void write_graphml(const PropertyGraph& g, const Selection& sel, std::ostream& os) {
  Schema schema(g, sel, true, kNodeKeys, kRelKeys);
  std::vector<ColType> ntypes, rtypes;
  Out out(os);
  std::string& b = out.buf();
  b += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  int key_id = 0;
  auto declare = [&](const Schema::Col& c, bool edge) {
    ColType t = key_type(c, edge);
    b += "  <key id=\"d" + std::to_string(key_id++) + "\" for=\"" + (edge ? "edge" : "node") + "\" attr.name=\"";
    append_xml(b, c.name, true);
    b += "\" attr.type=\"";
    b += graphml_type(t);
    b += '"';
    // JSON-valued keys say so, for the importer (readers ignore the attribute).
    if (t == ColType::Json) b += " kg.json=\"true\"";
    b += "/>\n";
    return t;
  };
  for (const auto& c : schema.node_cols) ntypes.push_back(declare(c, false));
  const int rel_key_base = key_id;
  for (const auto& c : schema.rel_cols) rtypes.push_back(declare(c, true));
  b += "  <graph id=\"G\" edgedefault=\"directed\">\n";

  Schema::Attrs attrs;
  for (NodeId n : sel.nodes) {
    schema.node_attrs(n, attrs);
    b += "    <node id=\"n" + std::to_string(n) + '"';
    if (attrs.items.empty()) {
      b += "/>\n";
      continue;
    }
    b += ">\n";
    for (const auto& [c, v] : attrs.items) {
      b += "      <data key=\"d" + std::to_string(c) + "\">";
      append_value(b, *v, ntypes[c]);
      b += "</data>\n";
    }
    b += "    </node>\n";
    out.maybe_flush();
  }
  for (RelId r : sel.rels) {
    const RelData& d = g.rel(r);
    schema.rel_attrs(r, attrs);
    b += "    <edge id=\"e" + std::to_string(r) + "\" source=\"n" + std::to_string(d.src) + "\" target=\"n" +
         std::to_string(d.dst) + "\">\n";
    for (const auto& [c, v] : attrs.items) {
      b += "      <data key=\"d" + std::to_string(rel_key_base + c) + "\">";
      append_value(b, *v, rtypes[c]);
      b += "</data>\n";
    }
    b += "    </edge>\n";
    out.maybe_flush();
  }
  b += "  </graph>\n</graphml>\n";
  out.flush();
}

}  // namespace kg::exp
