// GEXF 1.3 (docs/EXPORTS.md): Gephi's own format, with its timeline. Edges carry the
// days their date covers (start..end), nodes the span they are seen in (first_seen ..
// last_seen, widened to the dates of their edges so an edge is never visible without
// its ends); the viz module colours nodes by entity type and sizes them by mentions.
#include <cmath>
#include <unordered_map>

#include "graph/export_util.h"

namespace kg::exp {

namespace {

const char* gexf_type(ColType t) {
  switch (t) {
    case ColType::Bool: return "boolean";
    case ColType::Int: return "integer";
    case ColType::Long: return "long";
    case ColType::Double: return "double";
    default: return "string";
  }
}

std::string value_text(const Value& v, ColType t) {
  switch (t) {
    case ColType::Double: return format_double(v.as_number());
    case ColType::Json: return to_json(v);
    default: return scalar_text(v);
  }
}

struct Span {
  std::string start, end;
  void widen(const std::string& s, const std::string& e) {
    if (start.empty() || s < start) start = s;
    if (end.empty() || e > end) end = e;
  }
};

std::string str_of(const Value* v) { return v && v->is_string() ? v->as_string() : std::string(); }

}  // namespace

void write_gexf(const PropertyGraph& g, const Selection& sel, std::ostream& os) {
  Schema schema(g, sel, true);
  // `label` is the element's own label attribute in GEXF, and an edge's numeric
  // `weight` its weight attribute; everything else is an attvalue.
  std::vector<ColType> ntypes, rtypes;
  for (const auto& c : schema.node_cols) ntypes.push_back(scalar_col_type(c.stats));
  for (const auto& c : schema.rel_cols) rtypes.push_back(scalar_col_type(c.stats));
  const int n_label = schema.node_col("label"), r_label = schema.rel_col("label");
  const int r_weight = schema.rel_col("weight"), r_sources = schema.rel_col("sources");
  const int n_mentions = schema.node_col("mentions");
  auto numeric = [](ColType t) { return t == ColType::Int || t == ColType::Long || t == ColType::Double; };
  const bool weight_attr = r_weight >= 0 && numeric(rtypes[r_weight]);

  // Time spans.
  const SymId k_date = g.symbols().find("date").value_or(SymId(-1));
  const SymId k_first = g.symbols().find("first_seen").value_or(SymId(-1));
  const SymId k_last = g.symbols().find("last_seen").value_or(SymId(-1));
  std::vector<Span> rel_span(sel.rels.size());
  std::unordered_map<NodeId, Span> node_span;
  for (NodeId n : sel.nodes) {
    std::string f1, l1, f2, l2;
    bool a = date_span(str_of(g.node(n).props.get(k_first)), f1, l1);
    bool b = date_span(str_of(g.node(n).props.get(k_last)), f2, l2);
    if (a && b) node_span[n].widen(f1, l2);
    else if (a) node_span[n].widen(f1, l1);
    else if (b) node_span[n].widen(f2, l2);
  }
  for (std::size_t i = 0; i < sel.rels.size(); ++i) {
    const RelData& d = g.rel(sel.rels[i]);
    std::string f, l;
    if (!date_span(str_of(d.props.get(k_date)), f, l)) continue;
    rel_span[i].widen(f, l);
    node_span[d.src].widen(f, l);
    node_span[d.dst].widen(f, l);
  }
  bool dynamic = !node_span.empty();

  Out out(os);
  std::string& b = out.buf();
  b += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
       "  <meta>\n    <creator>kg</creator>\n    <description>knowledge graph: entities and the relations "
       "the news text states between them</description>\n  </meta>\n";
  b += "  <graph defaultedgetype=\"directed\" mode=\"";
  b += dynamic ? "dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n" : "static\">\n";
  auto declare = [&](const char* cls, const std::vector<Schema::Col>& cols, const std::vector<ColType>& types,
                     int skip1, int skip2) {
    b += "    <attributes class=\"";
    b += cls;
    b += "\" mode=\"static\">\n";
    for (std::size_t i = 0; i < cols.size(); ++i) {
      if (static_cast<int>(i) == skip1 || static_cast<int>(i) == skip2) continue;
      b += "      <attribute id=\"";
      append_xml(b, cols[i].name, true);
      b += "\" title=\"";
      append_xml(b, cols[i].name, true);
      b += "\" type=\"";
      b += gexf_type(types[i]);
      b += "\"/>\n";
    }
    b += "    </attributes>\n";
  };
  declare("node", schema.node_cols, ntypes, n_label, -1);
  declare("edge", schema.rel_cols, rtypes, r_label, weight_attr ? r_weight : -1);

  auto span_attrs = [&](const Span& s) {
    if (s.start.empty()) return;
    b += " start=\"" + s.start + "\" end=\"" + s.end + "\"";
  };
  auto attvalues = [&](const Schema::Attrs& a, const std::vector<Schema::Col>& cols, const std::vector<ColType>& types,
                       int skip1, int skip2) {
    bool open = false;
    for (const auto& [c, v] : a.items) {
      if (c == skip1 || c == skip2) continue;
      if (!open) b += "        <attvalues>\n";
      open = true;
      b += "          <attvalue for=\"";
      append_xml(b, cols[c].name, true);
      b += "\" value=\"";
      append_xml(b, value_text(*v, types[c]), true);
      b += "\"/>\n";
    }
    if (open) b += "        </attvalues>\n";
  };

  b += "    <nodes>\n";
  Schema::Attrs attrs;
  for (NodeId n : sel.nodes) {
    schema.node_attrs(n, attrs);
    b += "      <node id=\"n" + std::to_string(n) + "\" label=\"";
    const Value* name = nullptr;
    for (const auto& [c, v] : attrs.items)
      if (c == n_label) name = v;
    append_xml(b, name ? scalar_text(*name) : std::string("n").append(std::to_string(n)), true);
    b += '"';
    auto sp = node_span.find(n);
    if (sp != node_span.end()) span_attrs(sp->second);
    b += ">\n";
    attvalues(attrs, schema.node_cols, ntypes, n_label, -1);
    Rgb c = type_color(primary_label(g, n));
    b += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) + "\" b=\"" +
         std::to_string(c.b) + "\"/>\n";
    double m = 0;
    if (n_mentions >= 0)
      for (const auto& [ci, v] : attrs.items)
        if (ci == n_mentions && v->is_number()) m = std::max(0.0, v->as_number());
    double size = std::round((4.0 + 4.0 * std::log2(1.0 + m)) * 100.0) / 100.0;
    b += "        <viz:size value=\"" + format_double(size) + "\"/>\n";
    b += "      </node>\n";
    out.maybe_flush();
  }
  b += "    </nodes>\n    <edges>\n";
  for (std::size_t i = 0; i < sel.rels.size(); ++i) {
    RelId r = sel.rels[i];
    const RelData& d = g.rel(r);
    schema.rel_attrs(r, attrs);
    const std::string& type = g.symbols().name(d.type);
    b += "      <edge id=\"e" + std::to_string(r) + "\" source=\"n" + std::to_string(d.src) + "\" target=\"n" +
         std::to_string(d.dst) + "\" label=\"";
    append_xml(b, type, true);
    // `kind` keeps parallel edges of different relation types apart in Gephi.
    b += "\" kind=\"";
    append_xml(b, type, true);
    b += '"';
    const Value* w = nullptr;
    for (const auto& [c, v] : attrs.items)
      if ((weight_attr && c == r_weight) || (!w && c == r_sources && v->is_number())) w = v;
    if (w && w->is_number()) b += " weight=\"" + format_double(w->as_number()) + "\"";
    span_attrs(rel_span[i]);
    b += ">\n";
    attvalues(attrs, schema.rel_cols, rtypes, r_label, weight_attr ? r_weight : -1);
    b += "      </edge>\n";
    out.maybe_flush();
  }
  b += "    </edges>\n  </graph>\n</gexf>\n";
  out.flush();
}

}  // namespace kg::exp
