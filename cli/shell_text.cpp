// Display width, truncation and result rendering for `kg shell`.
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>

#include "cli/shell.h"
#include "query/lexer.h"
#include "query/format.h"

namespace kg::cli::shell {

namespace {

// Calls f(begin, end, width) for each grapheme cluster of s.
template <class F>
void for_each_cluster(std::string_view s, F&& f) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t n = s.size(), i = 0, start = 0;
  std::size_t width = 0;
  utf8proc_int32_t prev = -1;
  utf8proc_int32_t state = 0;
  bool open = false;
  while (i < n) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) {  // not UTF-8: the byte is a cluster of its own, one column
      if (open) f(start, i, width);
      f(i, i + 1, std::size_t{1});
      ++i;
      open = false;
      prev = -1;
      state = 0;
      continue;
    }
    if (open && utf8proc_grapheme_break_stateful(prev, cp, &state)) {
      f(start, i, width);
      open = false;
    }
    if (!open) {
      start = i;
      width = 0;
      open = true;
    }
    int w = utf8proc_charwidth(cp);
    if (w > 0) width = std::max<std::size_t>(width, static_cast<std::size_t>(w));
    prev = cp;
    i += static_cast<std::size_t>(len);
  }
  if (open) f(start, n, width);
}

bool is_numeric(const Value& v) { return v.is_int() || v.is_float(); }

// Properties as a Cypher map, `name` first (what a reader looks for), the rest by key.
std::string props_text(const Properties& p, const PropertyGraph& g) {
  std::vector<std::pair<const std::string*, const Value*>> kv;
  for (const auto& [k, v] : p.entries()) kv.emplace_back(&g.symbols().name(k), &v);
  std::sort(kv.begin(), kv.end(), [](const auto& a, const auto& b) {
    bool an = *a.first == "name", bn = *b.first == "name";
    return an != bn ? an : *a.first < *b.first;
  });
  std::string s = "{";
  for (std::size_t i = 0; i < kv.size(); ++i) {
    if (i) s += ", ";
    const std::string& k = *kv[i].first;
    bool plain = !k.empty() && !std::isdigit(static_cast<unsigned char>(k[0]));
    for (char c : k)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') plain = false;
    s += plain ? k : "`" + k + "`";
    s += ": ";
    query::append_value_json(s, *kv[i].second, g);
  }
  return s + "}";
}

// A cell's text on one line: nodes as (id:label {name: ..., ...}), relationships as
// [id:type {...}], everything else as `kg query` writes it.
std::string cell_text(const Value& v, const PropertyGraph& g) {
  std::string t;
  if (v.is_node() && g.node_alive(v.as_node().id)) {
    NodeId n = v.as_node().id;
    t = "(" + std::to_string(n);
    for (const auto& l : g.labels(n)) t += ":" + l;
    if (!g.node(n).props.empty()) t += " " + props_text(g.node(n).props, g);
    t += ")";
  } else if (v.is_rel() && g.rel_alive(v.as_rel().id)) {
    RelId r = v.as_rel().id;
    t = "[" + std::to_string(r) + ":" + g.rel_type(r);
    if (!g.rel(r).props.empty()) t += " " + props_text(g.rel(r).props, g);
    t += "]";
  } else {
    t = query::value_text(v, g);
  }
  for (auto& ch : t)
    if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
  return t;
}

std::string pad(std::string_view s, std::size_t width, bool right) {
  std::size_t w = display_width(s);
  std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

struct Box {
  const char *h, *v, *tl, *tm, *tr, *ml, *mm, *mr, *bl, *bm, *br;
};
constexpr Box kAscii{"-", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+"};
constexpr Box kUnicode{"─", "│", "┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘"};

void render_table(const query::Result& r, const PropertyGraph& g, const RenderOptions& o, std::ostream& out) {
  const std::size_t n = r.columns.size();
  std::vector<std::vector<std::string>> cells;
  cells.reserve(r.rows.size());
  std::vector<std::size_t> w(n, 0);
  std::vector<bool> right(n, false);
  if (o.headers)
    for (std::size_t j = 0; j < n; ++j) w[j] = display_width(r.columns[j]);
  std::vector<std::size_t> numeric(n, 0);
  for (const auto& row : r.rows) {
    std::vector<std::string> c;
    c.reserve(n);
    for (std::size_t j = 0; j < n && j < row.size(); ++j) {
      c.push_back(cell_text(row[j], g));
      w[j] = std::max(w[j], display_width(c.back()));
      if (is_numeric(row[j]) || row[j].is_null()) ++numeric[j];
    }
    cells.push_back(std::move(c));
  }
  for (std::size_t j = 0; j < n; ++j) {
    right[j] = !r.rows.empty() && numeric[j] == r.rows.size();
    if (o.max_width) w[j] = std::min(w[j], std::max<std::size_t>(o.max_width, 1));
  }
  // Fit the terminal: narrow the widest column, one column at a time, down to 8.
  if (o.term_width && n) {
    std::size_t total = 1;
    for (auto x : w) total += x + 3;
    while (total > o.term_width) {
      auto it = std::max_element(w.begin(), w.end());
      if (*it <= 8) break;
      --*it;
      --total;
    }
  }
  const Box& b = o.unicode_box ? kUnicode : kAscii;
  auto rule = [&](const char* l, const char* m, const char* rr) {
    std::string s = l;
    for (std::size_t j = 0; j < n; ++j) {
      if (j) s += m;
      for (std::size_t k = 0; k < w[j] + 2; ++k) s += b.h;
    }
    return s + rr + "\n";
  };
  auto line = [&](const std::vector<std::string>& c, bool header) {
    std::string s = b.v;
    for (std::size_t j = 0; j < n; ++j) {
      std::string t = j < c.size() ? truncate_to_width(c[j], w[j]) : std::string();
      std::string cell = pad(t, w[j], right[j]);
      if (header && o.color) cell = "\033[1m" + cell + "\033[0m";
      s += " " + cell + " " + b.v;
    }
    return s + "\n";
  };
  std::string s = rule(b.tl, b.tm, b.tr);
  if (o.headers) s += line(r.columns, true) + rule(b.ml, b.mm, b.mr);
  for (const auto& c : cells) {
    s += line(c, false);
    if (s.size() > (1 << 20)) {
      out << s;
      s.clear();
    }
  }
  s += rule(b.bl, b.bm, b.br);
  out << s;
}

std::string markdown_cell(std::string t) {
  std::string o;
  for (char c : t) {
    if (c == '|') o += "\\|";
    else o += c;
  }
  return o;
}

void render_markdown(const query::Result& r, const PropertyGraph& g, const RenderOptions& o, std::ostream& out) {
  const std::size_t n = r.columns.size();
  std::string s;
  // Markdown needs a header row; with .headers off it is left blank.
  s += "|";
  for (std::size_t j = 0; j < n; ++j) s += " " + (o.headers ? markdown_cell(r.columns[j]) : std::string()) + " |";
  s += "\n|";
  for (std::size_t j = 0; j < n; ++j) {
    bool num = !r.rows.empty() && std::all_of(r.rows.begin(), r.rows.end(), [&](const auto& row) {
      return j < row.size() && (is_numeric(row[j]) || row[j].is_null());
    });
    s += num ? " ---: |" : " --- |";
  }
  s += "\n";
  for (const auto& row : r.rows) {
    s += "|";
    for (std::size_t j = 0; j < n && j < row.size(); ++j) s += " " + markdown_cell(cell_text(row[j], g)) + " |";
    s += "\n";
  }
  out << s;
}

void render_line(const query::Result& r, const PropertyGraph& g, std::ostream& out) {
  std::size_t kw = 0;
  for (const auto& c : r.columns) kw = std::max(kw, display_width(c));
  std::string s;
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    if (i) s += "\n";
    for (std::size_t j = 0; j < r.columns.size() && j < r.rows[i].size(); ++j)
      s += pad(r.columns[j], kw, true) + " = " + cell_text(r.rows[i][j], g) + "\n";
  }
  out << s;
}

}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for_each_cluster(s, [&](std::size_t, std::size_t, std::size_t cw) { w += cw; });
  return w;
}

std::string truncate_to_width(std::string_view s, std::size_t max) {
  if (max == 0 || display_width(s) <= max) return std::string(s);
  std::size_t used = 0, cut = 0;
  bool full = false;
  for_each_cluster(s, [&](std::size_t, std::size_t end, std::size_t cw) {
    if (full) return;
    if (used + cw > max - 1) {
      full = true;
      return;
    }
    used += cw;
    cut = end;
  });
  return std::string(s.substr(0, cut)) + "…";
}

bool parse_mode(std::string_view name, Mode& out) {
  static const std::pair<const char*, Mode> kModes[] = {
      {"table", Mode::Table}, {"csv", Mode::Csv},           {"tsv", Mode::Tsv},   {"json", Mode::Json},
      {"jsonl", Mode::Jsonl}, {"markdown", Mode::Markdown}, {"line", Mode::Line},
  };
  for (const auto& [n, m] : kModes)
    if (name == n) {
      out = m;
      return true;
    }
  return false;
}

const char* mode_name(Mode m) {
  switch (m) {
    case Mode::Table: return "table";
    case Mode::Csv: return "csv";
    case Mode::Tsv: return "tsv";
    case Mode::Json: return "json";
    case Mode::Jsonl: return "jsonl";
    case Mode::Markdown: return "markdown";
    case Mode::Line: return "line";
  }
  return "table";
}

std::string mode_names() { return "table|csv|tsv|json|jsonl|markdown|line"; }

void render(const query::Result& r, const PropertyGraph& g, const RenderOptions& o, std::ostream& out) {
  if (r.is_plan && o.mode != Mode::Json && o.mode != Mode::Jsonl) {
    for (const auto& row : r.rows)
      if (!row.empty()) out << query::value_text(row[0], g) << '\n';
    return;
  }
  switch (o.mode) {
    case Mode::Json:
      // a statement without RETURN writes nothing (kg query prints {"columns": [], "rows": []})
      if (!r.columns.empty() || r.is_plan) query::write_result(r, g, query::Format::Json, out);
      return;
    case Mode::Jsonl: query::write_result(r, g, query::Format::Jsonl, out); return;
    case Mode::Csv:
    case Mode::Tsv: {
      if (r.columns.empty()) return;
      query::Format f = o.mode == Mode::Csv ? query::Format::Csv : query::Format::Tsv;
      if (o.headers) {
        query::write_result(r, g, f, out);
      } else {
        // the query formatter writes no header line for a result without columns
        query::Result body;
        body.rows = r.rows;
        query::write_result(body, g, f, out);
      }
      return;
    }
    case Mode::Table:
      if (!r.columns.empty()) render_table(r, g, o, out);
      return;
    case Mode::Markdown:
      if (!r.columns.empty()) render_markdown(r, g, o, out);
      return;
    case Mode::Line:
      if (!r.columns.empty()) render_line(r, g, out);
      return;
  }
}

std::string summary(const query::Result& r) {
  std::string msg;
  auto add = [&](std::uint64_t n, const char* one, const char* many) {
    if (n) msg += (msg.empty() ? "" : ", ") + std::to_string(n) + " " + (n == 1 ? one : many);
  };
  if (!r.columns.empty()) add(r.rows.size() ? r.rows.size() : 0, "row", "rows");
  if (!r.columns.empty() && r.rows.empty()) msg = "0 rows";
  const query::Stats& st = r.stats;
  add(st.nodes_created, "node created", "nodes created");
  add(st.nodes_deleted, "node deleted", "nodes deleted");
  add(st.rels_created, "relationship created", "relationships created");
  add(st.rels_deleted, "relationship deleted", "relationships deleted");
  add(st.props_set, "property set", "properties set");
  add(st.labels_added, "label added", "labels added");
  add(st.labels_removed, "label removed", "labels removed");
  if (msg.empty()) msg = "(no changes, no records)";
  return msg;
}

std::string format_duration(std::chrono::nanoseconds d) {
  double ms = static_cast<double>(d.count()) / 1e6;
  char buf[32];
  if (ms < 1) std::snprintf(buf, sizeof buf, "%.2f ms", ms);
  else if (ms < 1000) std::snprintf(buf, sizeof buf, "%.1f ms", ms);
  else std::snprintf(buf, sizeof buf, "%.2f s", ms / 1000);
  return buf;
}

std::string format_error(const query::QueryError& e, std::string_view source, int line_offset, int col_offset) {
  query::QueryError shown = e;
  if (shown.line > 0) {
    if (shown.line == 1) shown.col += col_offset;
    shown.line += line_offset;
  }
  std::string s = shown.headline() + "\n";
  if (shown.line <= 0) return s;
  // the source line it names
  std::size_t pos = 0;
  for (int i = 1; i < shown.line && pos != std::string_view::npos; ++i) {
    pos = source.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos || pos > source.size()) return s;
  std::size_t end = source.find('\n', pos);
  std::string_view raw = source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
  const std::string printable = query::printable_utf8(raw);  // never echo bytes that are not UTF-8
  std::string_view l = printable;
  s += std::string(l) + "\n";
  // the caret: the columns before it are code points; lay out their display width
  std::string caret;
  int col = 1;
  std::size_t k = 0;
  while (k < l.size() && col < shown.col) {
    std::size_t next = k + 1;
    while (next < l.size() && (static_cast<unsigned char>(l[next]) & 0xC0) == 0x80) ++next;
    if (l[k] == '\t') caret += '\t';
    else caret += std::string(display_width(l.substr(k, next - k)), ' ');
    k = next;
    ++col;
  }
  s += caret + "^\n";
  return s;
}

}  // namespace kg::cli::shell
