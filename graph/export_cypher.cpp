// Cypher (docs/EXPORTS.md): a script of CREATE statements that rebuilds the graph in
// kg (`kg query -g NEW -f graph.cypher`) or Neo4j (`cypher-shell -f graph.cypher`).
// Nodes are created with a temporary `__kg_export_id` property, relationships find
// their ends by it (label and id), and the last statement removes it.
//
// A CREATE cannot store a map or a list of lists or maps (openCypher's rule, which kg's
// query engine and Neo4j both follow), so such values (evidence) are written as their
// JSON text; `cypher-neo4j` also writes lists with nulls or mixed types that way, since
// Neo4j only stores lists of one scalar type.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>

#include "graph/export_util.h"

namespace kg::exp {

namespace {

constexpr const char* kTempId = "__kg_export_id";

bool is_reserved(std::string_view s) {
  static const char* const words[] = {
      "all",   "and",    "as",       "asc",    "ascending", "by",     "call",  "case",   "contains", "create",
      "delete", "desc",  "descending", "detach", "distinct", "do",    "else",  "end",    "ends",     "exists",
      "false", "for",    "from",     "in",     "is",        "limit",  "mandatory", "match", "merge", "not",
      "null",  "of",     "on",       "optional", "or",      "order",  "remove", "require", "return", "scalar",
      "set",   "skip",   "starts",   "then",   "true",      "union",  "unique", "unwind", "when",   "where",
      "with",  "xor",    "yield",    "add",    "drop",      "constraint", "index"};
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : words)
    if (lower == w) return true;
  return false;
}

void name(std::string& out, std::string_view s) {
  bool plain = !s.empty() && !is_reserved(s) && !std::isdigit(static_cast<unsigned char>(s[0]));
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) plain = false;
  if (plain) {
    out += s;
    return;
  }
  out += '`';
  for (char c : clean_utf8(s, false)) {
    if (c == '`') out += '`';
    out += c;
  }
  out += '`';
}

void string_lit(std::string& out, std::string_view s) {
  std::string cleaned;
  if (!is_clean_utf8(s, false)) {
    cleaned = clean_utf8(s, false);
    s = cleaned;
  }
  out += '\'';
  for (unsigned char c : s) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '\'';
}

// What a CREATE can store. kg (like Neo4j) refuses maps and lists of lists or maps as
// property values; Neo4j also refuses lists holding null or values of mixed types.
// Anything else is written as its JSON text.
bool storable(const Value& v, bool neo4j) {
  if (v.is_map()) return false;
  if (!v.is_list()) return true;
  int kind = -1;
  for (const auto& e : v.as_list()) {
    if (e.is_list() || e.is_map()) return false;
    if (!neo4j) continue;
    if (e.is_null()) return false;
    int k = e.is_string() ? 0 : e.is_bool() ? 1 : e.is_number() ? 2 : 3;
    if (k == 3 || (kind >= 0 && kind != k)) return false;
    kind = k;
  }
  return true;
}

void literal(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Int:
      if (v.as_int() == std::numeric_limits<std::int64_t>::min())
        out += "(-9223372036854775807 - 1)";
      else
        out += std::to_string(v.as_int());
      return;
    case Value::Kind::Float: {
      double d = v.as_float();
      if (std::isnan(d)) {
        out += "(0.0 / 0.0)";
      } else if (std::isinf(d)) {
        out += d > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
      } else {
        std::string s = format_double(d);
        auto e = s.find("e+");
        if (e != std::string::npos) s.erase(e + 1, 1);  // openCypher: 1e300, not 1e+300
        // An exponent without a fraction must keep a float reading: 1e300 is a float literal.
        out += s;
      }
      return;
    }
    case Value::Kind::String: string_lit(out, v.as_string()); return;
    case Value::Kind::List: {
      out += '[';
      bool first = true;
      for (const auto& e : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        literal(out, e);
      }
      out += ']';
      return;
    }
    case Value::Kind::Map: {
      out += '{';
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        if (!first) out += ", ";
        first = false;
        name(out, k);
        out += ": ";
        literal(out, e);
      }
      out += '}';
      return;
    }
    default: string_lit(out, to_json(v)); return;
  }
}

// Property keys, labels and types as written (quoted when needed), by symbol id.
class Names {
 public:
  explicit Names(const PropertyGraph& g) : g_(g), cache_(g.symbols().size()) {}
  const std::string& operator()(SymId id) {
    std::string& s = cache_[id];
    if (s.empty()) name(s, g_.symbols().name(id));
    return s;
  }

 private:
  const PropertyGraph& g_;
  std::vector<std::string> cache_;
};

void props(std::string& out, const PropertyGraph& g, Names& names, const Properties& p, bool neo4j,
           const std::int64_t* temp_id) {
  std::vector<std::pair<SymId, const Value*>> kv;
  for (const auto& [k, v] : p.entries()) kv.emplace_back(k, &v);
  const SymbolTable& syms = g.symbols();
  std::sort(kv.begin(), kv.end(), [&](const auto& a, const auto& b) { return syms.name(a.first) < syms.name(b.first); });
  if (kv.empty() && !temp_id) return;
  out += " {";
  bool first = true;
  for (const auto& [k, v] : kv) {
    if (!first) out += ", ";
    first = false;
    out += names(k);
    out += ": ";
    if (!storable(*v, neo4j))
      string_lit(out, to_json(*v));
    else
      literal(out, *v);
  }
  if (temp_id) {
    if (!first) out += ", ";
    out += kTempId;
    out += ": " + std::to_string(*temp_id);
  }
  out += '}';
}

void node_pattern(std::string& out, const PropertyGraph& g, NodeId n, const char* var) {
  out += '(';
  out += var;
  std::string l = primary_label(g, n);
  if (!l.empty()) {
    out += ':';
    name(out, l);
  }
  out += " {";
  out += kTempId;
  out += ": " + std::to_string(n) + "})";
}

}  // namespace

void write_cypher(const PropertyGraph& g, const Selection& sel, std::ostream& os, bool neo4j) {
  Names names(g);
  Out out(os);
  std::string& b = out.buf();
  b += "// kg export: " + std::to_string(sel.nodes.size()) + " nodes, " + std::to_string(sel.rels.size()) +
       " relationships.\n// Rebuild with: kg query -g NEW.kg.json -f THIS_FILE";
  b += neo4j ? "   (Neo4j: cypher-shell -f THIS_FILE)\n" : "\n";
  for (NodeId n : sel.nodes) {
    b += "CREATE (";
    for (const auto& l : g.labels(n)) {
      b += ':';
      name(b, l);
    }
    std::int64_t id = static_cast<std::int64_t>(n);
    props(b, g, names, g.node(n).props, neo4j, &id);
    b += ");\n";
    out.maybe_flush();
  }
  for (RelId r : sel.rels) {
    const RelData& d = g.rel(r);
    b += "MATCH ";
    node_pattern(b, g, d.src, "a");
    b += ", ";
    node_pattern(b, g, d.dst, "b");
    b += " CREATE (a)-[:";
    b += names(d.type);
    props(b, g, names, d.props, neo4j, nullptr);
    b += "]->(b);\n";
    out.maybe_flush();
  }
  b += "MATCH (n) WHERE n.";
  b += kTempId;
  b += " IS NOT NULL REMOVE n.";
  b += kTempId;
  b += ";\n";
  out.flush();
}

}  // namespace kg::exp
