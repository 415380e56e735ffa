// GraphML export (the contract ../shared/eval/score.py reads, and Gephi's import),
// and the export_graph dispatch.
//
// NOTE for the exports work: gexf/json/csv/cypher/dot and the importers are not here
// yet; export_graph() reports them as unavailable until their files land.
#include <algorithm>
#include <set>

#include "graph/export.h"
#include "graph/store.h"

namespace kg {

namespace {

// XML text: escape markup, drop characters XML 1.0 forbids (C0 controls but tab, LF, CR).
void xml_escape(std::string& out, std::string_view s) {
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += static_cast<char>(c);
    }
  }
}

enum class KeyType { Boolean, Long, Double, String };

KeyType key_type_of(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Bool: return KeyType::Boolean;
    case Value::Kind::Int: return KeyType::Long;
    case Value::Kind::Float: return KeyType::Double;
    default: return KeyType::String;
  }
}

const char* type_name(KeyType t) {
  switch (t) {
    case KeyType::Boolean: return "boolean";
    case KeyType::Long: return "long";
    case KeyType::Double: return "double";
    case KeyType::String: return "string";
  }
  return "string";
}

// Lists and maps as JSON text; scalars as their plain text.
std::string data_text(const Value& v, KeyType t) {
  if (t == KeyType::String) return v.is_string() ? v.as_string() : value_to_json(v);
  if (t == KeyType::Double && v.is_int()) return std::to_string(v.as_int()) + ".0";
  if (v.is_float()) return value_to_json(v);
  return v.to_display();
}

struct Selection {
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
};

Selection select(const PropertyGraph& g, const Subgraph* sub, const ExportOptions& opts) {
  Selection s;
  auto doc = g.symbols().find("document");
  auto is_doc = [&](NodeId n) { return doc && g.node(n).has_label(*doc); };
  std::set<NodeId> nodes;
  std::set<RelId> rels;
  if (sub) {
    for (NodeId n : sub->nodes)
      if (g.node_alive(n)) nodes.insert(n);
    for (RelId r : sub->rels)
      if (g.rel_alive(r)) {
        rels.insert(r);
        nodes.insert(g.rel(r).src);
        nodes.insert(g.rel(r).dst);
      }
  } else {
    for (NodeId n = 0; n < g.node_id_bound(); ++n)
      if (g.node_alive(n) && (opts.with_documents || !is_doc(n))) nodes.insert(n);
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
      if (g.rel_alive(r) && nodes.count(g.rel(r).src) && nodes.count(g.rel(r).dst)) rels.insert(r);
  }
  s.nodes.assign(nodes.begin(), nodes.end());
  s.rels.assign(rels.begin(), rels.end());
  return s;
}

void write_graphml(const PropertyGraph& g, const Subgraph* sub, std::ostream& out, const ExportOptions& opts) {
  Selection sel = select(g, sub, opts);
  // Keys: node `label` (name) and `type` (label) first, then every property key with
  // one attr.type (a key whose values mix types is a string key).
  std::map<std::string, KeyType> nkeys, ekeys;
  auto note = [](std::map<std::string, KeyType>& keys, const std::string& k, const Value& v) {
    KeyType t = key_type_of(v);
    if (k == "weight") t = KeyType::Double;
    auto [it, fresh] = keys.emplace(k, t);
    if (!fresh && it->second != t) {
      if ((it->second == KeyType::Long && t == KeyType::Double) || (it->second == KeyType::Double && t == KeyType::Long))
        it->second = KeyType::Double;
      else
        it->second = KeyType::String;
    }
  };
  const auto& syms = g.symbols();
  for (NodeId n : sel.nodes)
    for (const auto& [k, v] : g.node(n).props.entries())
      if (syms.name(k) != "name") note(nkeys, "n_" + syms.name(k), v);
  for (RelId r : sel.rels)
    for (const auto& [k, v] : g.rel(r).props.entries()) note(ekeys, "e_" + syms.name(k), v);

  std::string s;
  s.reserve(1 << 16);
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  auto key = [&](const std::string& id, const char* for_, const std::string& name, KeyType t) {
    s += "  <key id=\"";
    xml_escape(s, id);
    s += "\" for=\"";
    s += for_;
    s += "\" attr.name=\"";
    xml_escape(s, name);
    s += "\" attr.type=\"";
    s += type_name(t);
    s += "\"/>\n";
  };
  key("label", "node", "label", KeyType::String);
  key("type", "node", "type", KeyType::String);
  for (const auto& [k, t] : nkeys) key(k, "node", k.substr(2), t);
  key("e_label", "edge", "label", KeyType::String);
  for (const auto& [k, t] : ekeys) key(k, "edge", k.substr(2), t);
  s += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  auto data = [&](const std::string& k, const std::string& text) {
    s += "      <data key=\"";
    xml_escape(s, k);
    s += "\">";
    xml_escape(s, text);
    s += "</data>\n";
  };
  for (NodeId n : sel.nodes) {
    s += "    <node id=\"n" + std::to_string(n) + "\">\n";
    Value name = g.node_prop(n, "name");
    data("label", name.is_null() ? std::to_string(n) : data_text(name, KeyType::String));
    auto ls = g.labels(n);
    std::string type;
    for (const auto& l : ls) type += (type.empty() ? "" : ";") + l;
    data("type", type);
    for (const auto& [k, v] : g.node(n).props.entries()) {
      const std::string& kn = syms.name(k);
      if (kn == "name") continue;
      data("n_" + kn, data_text(v, nkeys["n_" + kn]));
    }
    s += "    </node>\n";
    if (s.size() > (1 << 20)) {
      out << s;
      s.clear();
    }
  }
  for (RelId r : sel.rels) {
    const RelData& d = g.rel(r);
    s += "    <edge id=\"e" + std::to_string(r) + "\" source=\"n" + std::to_string(d.src) + "\" target=\"n" +
         std::to_string(d.dst) + "\">\n";
    data("e_label", syms.name(d.type));
    for (const auto& [k, v] : d.props.entries()) {
      std::string kn = "e_" + syms.name(k);
      data(kn, data_text(v, ekeys[kn]));
    }
    s += "    </edge>\n";
    if (s.size() > (1 << 20)) {
      out << s;
      s.clear();
    }
  }
  s += "  </graph>\n</graphml>\n";
  out << s;
}

}  // namespace

const std::vector<std::string>& export_formats() {
  static const std::vector<std::string> f{"graphml", "gexf", "json", "csv", "cypher", "dot"};
  return f;
}

void export_graph(const PropertyGraph& g, const Subgraph* sub, const std::string& format, std::ostream& out,
                  const ExportOptions& opts) {
  if (format == "graphml") return write_graphml(g, sub, out, opts);
  if (std::find(export_formats().begin(), export_formats().end(), format) != export_formats().end())
    throw ExportError("export format '" + format + "' is not available in this build yet");
  throw ExportError("unknown export format '" + format + "' (graphml, gexf, json, csv, cypher, dot)");
}

void export_csv(const PropertyGraph&, const Subgraph*, const std::string&, const ExportOptions&) {
  throw ExportError("export format 'csv' is not available in this build yet");
}

}  // namespace kg
