#include "query/format.h"

#include <algorithm>

#include "graph/store.h"
#include "query/eval.h"

namespace kg::query {

bool parse_format(const std::string& name, Format& out) {
  if (name == "table") out = Format::Table;
  else if (name == "csv") out = Format::Csv;
  else if (name == "tsv") out = Format::Tsv;
  else if (name == "json") out = Format::Json;
  else if (name == "jsonl") out = Format::Jsonl;
  else return false;
  return true;
}

namespace {

void append_props(std::string& out, const Properties& p, const PropertyGraph& g) {
  // keys sorted for stable output
  std::vector<std::pair<std::string, const Value*>> kv;
  for (auto& [k, v] : p.entries()) kv.emplace_back(g.symbols().name(k), &v);
  std::sort(kv.begin(), kv.end(), [](auto& a, auto& b) { return a.first < b.first; });
  out += '{';
  for (std::size_t i = 0; i < kv.size(); ++i) {
    if (i) out += ", ";
    append_json_string(out, kv[i].first);
    out += ": ";
    append_value_json(out, *kv[i].second, g);
  }
  out += '}';
}

void append_node(std::string& out, NodeId n, const PropertyGraph& g) {
  out += "{\"id\": " + std::to_string(n) + ", \"labels\": [";
  if (g.node_alive(n)) {
    auto ls = g.labels(n);
    for (std::size_t i = 0; i < ls.size(); ++i) {
      if (i) out += ", ";
      append_json_string(out, ls[i]);
    }
  }
  out += "], \"properties\": ";
  if (g.node_alive(n)) append_props(out, g.node(n).props, g);
  else out += "{}";
  out += '}';
}

void append_rel(std::string& out, RelId r, const PropertyGraph& g) {
  out += "{\"id\": " + std::to_string(r) + ", \"type\": ";
  if (r < g.rel_id_bound()) {
    const RelData& d = g.rel(r);
    append_json_string(out, g.symbols().name(d.type));
    out += ", \"start\": " + std::to_string(d.src) + ", \"end\": " + std::to_string(d.dst) + ", \"properties\": ";
    if (d.alive) append_props(out, d.props, g);
    else out += "{}";
  } else {
    out += "\"\", \"start\": 0, \"end\": 0, \"properties\": {}";
  }
  out += '}';
}

}  // namespace

void append_value_json(std::string& out, const Value& v, const PropertyGraph& g) {
  switch (v.kind()) {
    case Value::Kind::List: {
      out += '[';
      bool first = true;
      for (const auto& x : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        append_value_json(out, x, g);
      }
      out += ']';
      return;
    }
    case Value::Kind::Map: {
      out += '{';
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        if (!first) out += ", ";
        first = false;
        append_json_string(out, k);
        out += ": ";
        append_value_json(out, x, g);
      }
      out += '}';
      return;
    }
    case Value::Kind::Node: append_node(out, v.as_node().id, g); return;
    case Value::Kind::Rel: append_rel(out, v.as_rel().id, g); return;
    case Value::Kind::Path: {
      const Path& p = v.as_path();
      out += "{\"nodes\": [";
      for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        if (i) out += ", ";
        append_node(out, p.nodes[i], g);
      }
      out += "], \"relationships\": [";
      for (std::size_t i = 0; i < p.rels.size(); ++i) {
        if (i) out += ", ";
        append_rel(out, p.rels[i], g);
      }
      out += "]}";
      return;
    }
    default: out += value_to_json(v); return;
  }
}

std::string value_text(const Value& v, const PropertyGraph& g) {
  switch (v.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::String: return v.as_string();
    case Value::Kind::Float: return value_to_string(v);
    case Value::Kind::Bool:
    case Value::Kind::Int: return v.to_display();
    case Value::Kind::Node: {
      std::string s = "(";
      s += std::to_string(v.as_node().id);
      if (g.node_alive(v.as_node().id)) {
        for (auto& l : g.labels(v.as_node().id)) s += ":" + l;
        const auto& p = g.node(v.as_node().id).props;
        if (!p.empty()) {
          s += " ";
          std::string js;
          append_props(js, p, g);
          s += js;
        }
      }
      return s + ")";
    }
    case Value::Kind::Rel: {
      RelId r = v.as_rel().id;
      std::string s = "[" + std::to_string(r);
      if (g.rel_alive(r)) {
        s += ":" + g.rel_type(r);
        const auto& p = g.rel(r).props;
        if (!p.empty()) {
          std::string js;
          append_props(js, p, g);
          s += " " + js;
        }
      }
      return s + "]";
    }
    default: {
      std::string s;
      append_value_json(s, v, g);
      return s;
    }
  }
}

namespace {

std::size_t display_width(const std::string& s) {
  std::size_t w = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++w;
  return w;
}

std::string csv_cell(const std::string& s, char sep) {
  bool quote = s.find(sep) != std::string::npos || s.find('"') != std::string::npos ||
               s.find('\n') != std::string::npos || s.find('\r') != std::string::npos;
  if (sep == '\t') {
    std::string o;
    for (char c : s) {
      if (c == '\t') o += "\\t";
      else if (c == '\n') o += "\\n";
      else if (c == '\r') o += "\\r";
      else if (c == '\\') o += "\\\\";
      else o += c;
    }
    return o;
  }
  if (!quote) return s;
  std::string o = "\"";
  for (char c : s) {
    if (c == '"') o += '"';
    o += c;
  }
  return o + "\"";
}

}  // namespace

void write_result(const Result& r, const PropertyGraph& g, Format f, std::ostream& out) {
  switch (f) {
    case Format::Json: {
      std::string s = "{\"columns\": [";
      for (std::size_t i = 0; i < r.columns.size(); ++i) {
        if (i) s += ", ";
        append_json_string(s, r.columns[i]);
      }
      s += "], \"rows\": [";
      for (std::size_t i = 0; i < r.rows.size(); ++i) {
        if (i) s += ", ";
        s += '[';
        for (std::size_t j = 0; j < r.rows[i].size(); ++j) {
          if (j) s += ", ";
          append_value_json(s, r.rows[i][j], g);
        }
        s += ']';
        if (s.size() > (1 << 20)) {
          out << s;
          s.clear();
        }
      }
      s += "]}\n";
      out << s;
      return;
    }
    case Format::Jsonl: {
      std::string s;
      for (const auto& row : r.rows) {
        s += '{';
        for (std::size_t j = 0; j < row.size(); ++j) {
          if (j) s += ", ";
          append_json_string(s, r.columns[j]);
          s += ": ";
          append_value_json(s, row[j], g);
        }
        s += "}\n";
        if (s.size() > (1 << 20)) {
          out << s;
          s.clear();
        }
      }
      out << s;
      return;
    }
    case Format::Csv:
    case Format::Tsv: {
      char sep = f == Format::Csv ? ',' : '\t';
      std::string s;
      for (std::size_t i = 0; i < r.columns.size(); ++i) {
        if (i) s += sep;
        s += csv_cell(r.columns[i], sep);
      }
      if (!r.columns.empty()) s += '\n';
      for (const auto& row : r.rows) {
        for (std::size_t j = 0; j < row.size(); ++j) {
          if (j) s += sep;
          if (!row[j].is_null()) s += csv_cell(value_text(row[j], g), sep);
        }
        s += '\n';
      }
      out << s;
      return;
    }
    case Format::Table: {
      if (r.is_plan) {
        for (const auto& row : r.rows) out << value_text(row[0], g) << '\n';
        return;
      }
      if (r.columns.empty()) {
        const Stats& st = r.stats;
        std::string msg;
        auto add = [&](std::uint64_t n, const char* what) {
          if (n) msg += (msg.empty() ? "" : ", ") + std::to_string(n) + " " + what;
        };
        add(st.nodes_created, "nodes created");
        add(st.nodes_deleted, "nodes deleted");
        add(st.rels_created, "relationships created");
        add(st.rels_deleted, "relationships deleted");
        add(st.props_set, "properties set");
        add(st.labels_added, "labels added");
        add(st.labels_removed, "labels removed");
        out << (msg.empty() ? "(no changes, no records)" : msg) << '\n';
        return;
      }
      std::vector<std::vector<std::string>> cells;
      std::vector<std::size_t> w(r.columns.size());
      for (std::size_t j = 0; j < r.columns.size(); ++j) w[j] = display_width(r.columns[j]);
      for (const auto& row : r.rows) {
        std::vector<std::string> c;
        for (std::size_t j = 0; j < row.size(); ++j) {
          std::string t = value_text(row[j], g);
          for (auto& ch : t)
            if (ch == '\n' || ch == '\t') ch = ' ';
          w[j] = std::max(w[j], display_width(t));
          c.push_back(std::move(t));
        }
        cells.push_back(std::move(c));
      }
      auto line = [&]() {
        std::string s = "+";
        for (auto x : w) s += std::string(x + 2, '-') + "+";
        return s + "\n";
      };
      auto rowtxt = [&](const std::vector<std::string>& c) {
        std::string s = "|";
        for (std::size_t j = 0; j < c.size(); ++j) s += " " + c[j] + std::string(w[j] - display_width(c[j]), ' ') + " |";
        return s + "\n";
      };
      std::string s = line() + rowtxt(r.columns) + line();
      for (auto& c : cells) s += rowtxt(c);
      s += line();
      s += std::to_string(r.rows.size()) + (r.rows.size() == 1 ? " row\n" : " rows\n");
      out << s;
      return;
    }
  }
}

}  // namespace kg::query
