// Graphviz DOT (docs/EXPORTS.md): nodes labelled by name, filled with the colour of
// their entity type and shaped by it; edges labelled by relation type and coloured by
// their source's type; alleged relations dashed, negated ones dotted.
#include <algorithm>
#include <cmath>

#include "graph/export_util.h"

namespace kg::exp {

namespace {

// A DOT double-quoted string. Backslash starts escapes in labels, so it is doubled;
// line breaks become \n; other control characters are dropped.
void dot_string(std::string& out, std::string_view s) {
  std::string c = clean_utf8(s, true);
  out += '"';
  for (char ch : c) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += ch;
    }
  }
  out += '"';
}

const char* shape_of(std::string_view type) {
  if (type == "person") return "ellipse";
  if (type == "country") return "box";
  if (type == "city" || type == "location") return "house";
  if (type == "organization") return "component";
  if (type == "agreement") return "note";
  if (type == "event") return "diamond";
  if (type == "weapon") return "hexagon";
  if (type == "document") return "folder";
  return "ellipse";
}

// Black or white text, whichever reads better on the fill.
const char* font_on(Rgb c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b > 150 ? "black" : "white"; }

std::string text_of(const Value& v) { return v.is_string() ? v.as_string() : v.is_null() ? "" : to_json(v); }

}  // namespace

void write_dot(const PropertyGraph& g, const Selection& sel, std::ostream& os) {
  Out out(os);
  std::string& b = out.buf();
  b += "digraph kg {\n"
       "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n"
       "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
       "  edge [fontname=\"Helvetica\", fontsize=8];\n";
  for (NodeId n : sel.nodes) {
    std::string type = primary_label(g, n);
    Value name = g.node_prop(n, "name");
    Rgb c = type_color(type);
    b += "  n" + std::to_string(n) + " [label=";
    dot_string(b, name.is_null() ? std::string("n").append(std::to_string(n)) : text_of(name));
    b += ", tooltip=";
    dot_string(b, type);
    b += ", shape=";
    b += shape_of(type);
    b += ", fillcolor=\"" + hex_color(c) + "\", fontcolor=" + font_on(c) + "];\n";
    out.maybe_flush();
  }
  for (RelId r : sel.rels) {
    const RelData& d = g.rel(r);
    const std::string& type = g.symbols().name(d.type);
    std::string date = text_of(g.rel_prop(r, "date")), status = text_of(g.rel_prop(r, "status"));
    b += "  n" + std::to_string(d.src) + " -> n" + std::to_string(d.dst) + " [label=";
    dot_string(b, type);
    if (!date.empty() || !status.empty()) {
      b += ", tooltip=";
      dot_string(b, date + (date.empty() || status.empty() ? "" : " ") + status);
    }
    b += ", color=\"" + hex_color(type_color(primary_label(g, d.src))) + "\"";
    if (status == "alleged") b += ", style=dashed";
    if (status == "negated") b += ", style=dotted";
    Value w = g.rel_prop(r, "weight");
    if (w.is_number() && w.as_number() > 1)
      b += ", penwidth=" + format_double(std::round(std::min(1.0 + std::log2(w.as_number()), 6.0) * 100) / 100);
    b += "];\n";
    out.maybe_flush();
  }
  b += "}\n";
  out.flush();
}

}  // namespace kg::exp
