// The Neo4j-import CSV pair (docs/EXPORTS.md): nodes.csv with `:ID`, `:LABEL` and
// typed property columns, relationships.csv with `:START_ID`, `:END_ID`, `:TYPE` and
// typed property columns. Lists of one scalar type are arrays (`aliases:string[]`,
// elements separated by ';'); any other list or map is JSON text in a string column.
// Strings are always quoted (so an empty string `""` differs from a missing value,
// an empty field); numbers and booleans are not.
#include "graph/export_util.h"

namespace kg::exp {

namespace {

enum class CsvType { Bool, Long, Double, String, BoolArr, LongArr, DoubleArr, StringArr, Json };

CsvType csv_type(const ColumnStats& s) {
  if (s.count == 0) return CsvType::String;
  bool scalars = s.has_bool || s.has_int || s.has_float || s.has_string;
  if (s.has_list && !scalars && !s.has_map && !s.has_other) {
    if (s.el_nested || s.el_delim) return CsvType::Json;
    int kinds = s.el_bool + (s.el_int || s.el_float) + s.el_string;
    if (kinds > 1) return CsvType::Json;
    if (s.el_bool) return CsvType::BoolArr;
    if (s.el_float) return CsvType::DoubleArr;
    if (s.el_int) return CsvType::LongArr;
    return CsvType::StringArr;
  }
  switch (scalar_col_type(s)) {
    case ColType::Bool: return CsvType::Bool;
    case ColType::Int:
    case ColType::Long: return CsvType::Long;
    case ColType::Double: return CsvType::Double;
    case ColType::String: return CsvType::String;
    default: return CsvType::Json;
  }
}

const char* csv_type_name(CsvType t) {
  switch (t) {
    case CsvType::Bool: return "boolean";
    case CsvType::Long: return "long";
    case CsvType::Double: return "double";
    case CsvType::String: return "string";
    case CsvType::BoolArr: return "boolean[]";
    case CsvType::LongArr: return "long[]";
    case CsvType::DoubleArr: return "double[]";
    case CsvType::StringArr: return "string[]";
    case CsvType::Json: return "string";
  }
  return "string";
}

void quoted(std::string& out, std::string_view s) {
  std::string cleaned;
  if (!is_clean_utf8(s, false)) {
    cleaned = clean_utf8(s, false);
    s = cleaned;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A header name: quoted only when it must be.
void header_field(std::string& out, const std::string& s) {
  if (s.find_first_of(",\"\r\n") != std::string::npos)
    quoted(out, s);
  else
    out += clean_utf8(s, false);
}

void cell(std::string& out, const Value& v, CsvType t) {
  switch (t) {
    case CsvType::Bool:
    case CsvType::Long: out += scalar_text(v); return;
    case CsvType::Double: out += format_double(v.as_number()); return;
    case CsvType::String: quoted(out, scalar_text(v)); return;
    case CsvType::Json: quoted(out, to_json(v)); return;
    default: break;
  }
  // Arrays: elements joined by ';'.
  std::string joined;
  bool first = true;
  for (const auto& e : v.as_list()) {
    if (!first) joined += ';';
    first = false;
    joined += t == CsvType::DoubleArr ? format_double(e.as_number()) : scalar_text(e);
  }
  if (t == CsvType::StringArr || v.as_list().empty())
    quoted(out, joined);
  else
    out += joined;
}

}  // namespace

void write_csv_nodes(const PropertyGraph& g, const Selection& sel, std::ostream& os) {
  Schema schema(g, sel, false);
  std::vector<CsvType> types;
  Out out(os);
  std::string& b = out.buf();
  b += ":ID,:LABEL";
  for (const auto& c : schema.node_cols) {
    types.push_back(csv_type(c.stats));
    b += ',';
    header_field(b, c.name + ":" + csv_type_name(types.back()));
  }
  b += '\n';
  Schema::Attrs attrs;
  for (NodeId n : sel.nodes) {
    schema.node_attrs(n, attrs);
    b += std::to_string(n);
    b += ',';
    std::string labels;
    bool first = true;
    for (const auto& l : g.labels(n)) {
      if (!first) labels += ';';
      first = false;
      labels += l;
    }
    if (!labels.empty()) quoted(b, labels);
    std::size_t next = 0;
    for (const auto& [c, v] : attrs.items) {
      for (; next <= static_cast<std::size_t>(c); ++next) b += ',';
      cell(b, *v, types[c]);
    }
    for (; next < types.size(); ++next) b += ',';
    b += '\n';
    out.maybe_flush();
  }
  out.flush();
}

void write_csv_rels(const PropertyGraph& g, const Selection& sel, std::ostream& os) {
  Schema schema(g, sel, false);
  std::vector<CsvType> types;
  Out out(os);
  std::string& b = out.buf();
  b += ":START_ID,:END_ID,:TYPE";
  for (const auto& c : schema.rel_cols) {
    types.push_back(csv_type(c.stats));
    b += ',';
    header_field(b, c.name + ":" + csv_type_name(types.back()));
  }
  b += '\n';
  Schema::Attrs attrs;
  for (RelId r : sel.rels) {
    const RelData& d = g.rel(r);
    schema.rel_attrs(r, attrs);
    b += std::to_string(d.src) + "," + std::to_string(d.dst) + ",";
    quoted(b, g.symbols().name(d.type));
    std::size_t next = 0;
    for (const auto& [c, v] : attrs.items) {
      for (; next <= static_cast<std::size_t>(c); ++next) b += ',';
      cell(b, *v, types[c]);
    }
    for (; next < types.size(); ++next) b += ',';
    b += '\n';
    out.maybe_flush();
  }
  out.flush();
}

}  // namespace kg::exp
