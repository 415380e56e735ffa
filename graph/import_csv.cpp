// import_csv (docs/EXPORTS.md): the Neo4j-import CSV pair, as kg writes it or as
// neo4j-admin reads it. Header columns are `name:type` (int, long, short, byte, float,
// double, boolean, string, char, date... and arrays `type[]` split on ';'), `:ID` or
// `name:ID` (the id; a named one is also stored as that property, as Neo4j does),
// `:LABEL` (labels split on ';'), `:START_ID`, `:END_ID`, `:TYPE`, `:IGNORE`.
// An unquoted empty field is a missing value; a quoted one ("") an empty string.
// A string column whose every value is JSON, one at least a list or map, is decoded
// (kg writes lists of maps that way). Numeric ids are kept; others are numbered in
// file order. Streams both files; errors name FILE:LINE:COL.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <ranges>
#include <unordered_map>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "graph/export.h"
#include "graph/export_util.h"

namespace kg {

namespace {

struct Field {
  std::string text;
  bool quoted = false;
  std::uint64_t line = 0, col = 0;
};

class CsvReader {
 public:
  explicit CsvReader(const std::string& path) : path_(path) {
    f_ = std::fopen(path.c_str(), "rb");
    if (!f_) throw ExportError(path + ": cannot open: " + std::strerror(errno));
    buf_.resize(1 << 20);
    if (peek() == 0xEF && end_ >= 3 && static_cast<unsigned char>(buf_[1]) == 0xBB &&
        static_cast<unsigned char>(buf_[2]) == 0xBF)
      pos_ = 3;
  }
  ~CsvReader() {
    if (f_) std::fclose(f_);
  }
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // The next record (n fields in `fields`); false at the end of the file. Blank
  // lines are skipped.
  bool next(std::vector<Field>& fields, std::size_t& n) {
    for (;;) {
      if (peek() < 0) return false;
      rec_line_ = line_;
      n = 0;
      for (;;) {
        if (n == fields.size()) fields.emplace_back();
        Field& f = fields[n++];
        f.text.clear();
        f.quoted = false;
        f.line = line_;
        f.col = col_;
        int c = peek();
        if (c == '"') {
          f.quoted = true;
          get();
          for (;;) {
            c = get();
            if (c < 0) fail(f.line, f.col, "unterminated quoted field");
            if (c == '"') {
              if (peek() == '"') {
                get();
                f.text += '"';
                continue;
              }
              break;
            }
            f.text += static_cast<char>(c);
          }
          c = peek();
          if (c >= 0 && c != ',' && c != '\n' && c != '\r') fail(line_, col_, "expected ',' or a line end after a quoted field");
        } else {
          // Scan the buffer in runs (no line end inside an unquoted field, so only the
          // column moves: one per UTF-8 lead byte).
          for (;;) {
            if (pos_ == end_ && !refill()) break;
            std::size_t i = pos_;
            const char* b = buf_.data();
            std::uint64_t cols = 0;
            while (i < end_) {
              char ch = b[i];
              if (ch == ',' || ch == '\n' || ch == '\r' || ch == '"') break;
              cols += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
              ++i;
            }
            f.text.append(b + pos_, i - pos_);
            col_ += cols;
            pos_ = i;
            if (i < end_) break;
          }
          c = peek();
          if (c == '"') fail(line_, col_, "'\"' inside an unquoted field");
        }
        c = get();
        if (c == ',') continue;
        if (c == '\r' && peek() == '\n') get();
        break;  // line end or end of file
      }
      if (n == 1 && !fields[0].quoted && fields[0].text.empty()) continue;  // blank line
      return true;
    }
  }

  std::uint64_t record_line() const { return rec_line_; }
  [[noreturn]] void fail(std::uint64_t line, std::uint64_t col, const std::string& msg) const {
    throw ExportError(path_ + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + msg);
  }
  const std::string& path() const { return path_; }

 private:
  bool refill() {
    if (eof_) return false;
    std::size_t n = std::fread(buf_.data(), 1, buf_.size(), f_);
    if (n == 0) {
      if (std::ferror(f_)) fail(line_, col_, "read error");
      eof_ = true;
      return false;
    }
    pos_ = 0;
    end_ = n;
    return true;
  }
  int peek() {
    if (pos_ == end_ && !refill()) return -1;
    return static_cast<unsigned char>(buf_[pos_]);
  }
  int get() {
    if (pos_ == end_ && !refill()) return -1;
    unsigned char c = static_cast<unsigned char>(buf_[pos_++]);
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col_;
    }
    return c;
  }

  std::string path_;
  std::FILE* f_ = nullptr;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  std::uint64_t line_ = 1, col_ = 1, rec_line_ = 1;
};

enum class Base { Bool, Int, Float, String };
enum class Role { Prop, Id, Label, Start, End, Type, Ignore };

struct Column {
  Role role = Role::Prop;
  std::string name;  // property name ("" for an unnamed id)
  Base base = Base::String;
  bool array = false;
  SymId sym = 0;
  // JSON detection over a string column.
  bool maybe_json = true, has_container = false;
};

std::string lower(std::string_view s) {
  std::string o;
  for (char c : s) o += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

std::optional<Base> base_of(std::string_view t) {
  std::string l = lower(t);
  if (l == "int" || l == "long" || l == "short" || l == "byte") return Base::Int;
  if (l == "float" || l == "double") return Base::Float;
  if (l == "boolean") return Base::Bool;
  if (l == "string" || l == "char" || l == "date" || l == "datetime" || l == "localdatetime" || l == "time" ||
      l == "localtime" || l == "duration" || l == "point")
    return Base::String;
  return std::nullopt;
}

Column parse_header(const Field& f, CsvReader& r) {
  Column c;
  const std::string& h = f.text;
  auto colon = h.rfind(':');
  std::string name = colon == std::string::npos ? h : h.substr(0, colon);
  std::string type = colon == std::string::npos ? "" : h.substr(colon + 1);
  std::string lt = lower(type);
  auto group = lt.find('(');
  std::string role = group == std::string::npos ? lt : lt.substr(0, group);
  if (role == "id") c.role = Role::Id;
  else if (role == "label") c.role = Role::Label;
  else if (role == "start_id") c.role = Role::Start;
  else if (role == "end_id") c.role = Role::End;
  else if (role == "type") c.role = Role::Type;
  else if (role == "ignore") c.role = Role::Ignore;
  else if (colon == std::string::npos) {
    name = h;
  } else {
    bool arr = lt.size() > 2 && lt.compare(lt.size() - 2, 2, "[]") == 0;
    auto b = base_of(arr ? std::string_view(type).substr(0, type.size() - 2) : std::string_view(type));
    if (b) {
      c.base = *b;
      c.array = arr;
    } else {
      name = h;  // the colon is part of the name
    }
  }
  c.name = name;
  if (c.role == Role::Prop && c.name.empty()) r.fail(f.line, f.col, "a column without a name");
  return c;
}

Value scalar(const Column& c, std::string_view s, const Field& f, CsvReader& r) {
  switch (c.base) {
    case Base::String: return Value(s);
    case Base::Int: {
      std::int64_t v;
      if (exp::parse_int(s, v)) return Value(v);
      r.fail(f.line, f.col, "column '" + c.name + "' holds integers, but the value is '" + std::string(s) + "'");
    }
    case Base::Float: {
      double d;
      if (exp::parse_double(s, d)) return Value(d);
      r.fail(f.line, f.col, "column '" + c.name + "' holds numbers, but the value is '" + std::string(s) + "'");
    }
    case Base::Bool: {
      std::string l = lower(s);
      if (l == "true") return Value(true);
      if (l == "false") return Value(false);
      r.fail(f.line, f.col, "column '" + c.name + "' holds booleans, but the value is '" + std::string(s) + "'");
    }
  }
  return Value();
}

// A property cell: null for a missing value.
Value cell(Column& c, const Field& f, CsvReader& r) {
  if (f.text.empty()) {
    if (!f.quoted) return Value();
    if (c.array) return Value(List{});
    if (c.base == Base::String) {
      c.maybe_json = false;
      return Value(std::string());
    }
    return Value();
  }
  if (c.array) {
    List l;
    std::string_view s = f.text;
    for (;;) {
      auto semi = s.find(';');
      l.push_back(scalar(c, s.substr(0, semi), f, r));
      if (semi == std::string_view::npos) break;
      s.remove_prefix(semi + 1);
    }
    return Value(std::move(l));
  }
  if (c.base == Base::String && c.maybe_json) {
    char first = f.text.front();
    if (first == '[' || first == '{') c.has_container = true;
    else if (!(first == '"' || first == '-' || std::isdigit(static_cast<unsigned char>(first)) || f.text == "true" ||
               f.text == "false" || f.text == "null"))
      c.maybe_json = false;
  }
  return scalar(c, f.text, f, r);
}

bool numeric_id(const std::string& s, std::uint64_t& out) {
  if (s.empty() || s.size() > 18 || (s[0] == '0' && s.size() > 1)) return false;
  std::uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  out = v;
  return true;
}

// Decodes the JSON columns: every value of the column parsed, or none.
template <class Ids, class Get, class Set>
void decode_json_columns(PropertyGraph& g, std::vector<Column>& cols, const Ids& ids, Get get, Set set) {
  for (auto& c : cols) {
    if (c.role != Role::Prop || c.array || c.base != Base::String || !c.maybe_json || !c.has_container) continue;
    std::vector<std::pair<std::uint64_t, Value>> parsed;
    bool ok = true;
    for (std::uint64_t id : ids) {
      const Value* v = get(id, c.sym);
      if (!v || !v->is_string()) continue;
      Value parsed_v;
      std::string err;
      if (!exp::parse_json(v->as_string(), parsed_v, err)) {
        ok = false;
        break;
      }
      parsed.emplace_back(id, std::move(parsed_v));
    }
    if (!ok) continue;
    for (auto& [id, v] : parsed) set(id, c.sym, std::move(v));
  }
}

// About how many records a CSV file holds (its line count, minus the header), to
// reserve room for them; 0 when it cannot be read.
std::size_t estimate_records(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return 0;
  std::vector<char> buf(1 << 20);
  std::size_t lines = 0, n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
    const char* p = buf.data();
    const char* e = p + n;
    while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)))) != nullptr) {
      ++lines;
      ++p;
    }
  }
  std::fclose(f);
  return lines > 0 ? lines - 1 : 0;
}

}  // namespace

PropertyGraph import_csv(const std::string& nodes_csv, const std::string& rels_csv) {
  PropertyGraph g;
  std::vector<Field> fields;
  std::size_t n = 0;

  // --- nodes ---
  CsvReader nr(nodes_csv);
  if (!nr.next(fields, n)) throw ExportError(nodes_csv + ":1:1: empty file, expected a header line");
  std::vector<Column> ncols;
  int id_col = -1;
  for (std::size_t i = 0; i < n; ++i) {
    ncols.push_back(parse_header(fields[i], nr));
    Column& c = ncols.back();
    if (c.role == Role::Id) {
      if (id_col >= 0) nr.fail(fields[i].line, fields[i].col, "a second :ID column");
      id_col = static_cast<int>(i);
    } else if (c.role == Role::Start || c.role == Role::End || c.role == Role::Type) {
      nr.fail(fields[i].line, fields[i].col, "a relationship column in the nodes file");
    }
    if (c.role == Role::Prop || (c.role == Role::Id && !c.name.empty())) c.sym = g.sym(c.name);
  }
  if (id_col < 0) nr.fail(1, 1, "the nodes file has no :ID column");

  struct NodeRec {
    std::string xid;
    std::uint64_t line, col;
    std::vector<std::string> labels;
    std::vector<std::pair<SymId, Value>> props;
  };
  std::vector<NodeRec> recs;
  bool numeric = true;
  std::uint64_t max_id = 0;
  while (nr.next(fields, n)) {
    if (n != ncols.size())
      nr.fail(nr.record_line(), 1,
              "expected " + std::to_string(ncols.size()) + " fields, found " + std::to_string(n));
    NodeRec rec;
    const Field& idf = fields[id_col];
    if (idf.text.empty()) nr.fail(idf.line, idf.col, "empty node id");
    rec.xid = idf.text;
    rec.line = idf.line;
    rec.col = idf.col;
    std::uint64_t v;
    if (numeric && numeric_id(rec.xid, v))
      max_id = std::max(max_id, v);
    else
      numeric = false;
    for (std::size_t i = 0; i < n; ++i) {
      Column& c = ncols[i];
      const Field& f = fields[i];
      if (c.role == Role::Label) {
        std::string_view s = f.text;
        while (!s.empty()) {
          auto semi = s.find(';');
          std::string_view l = s.substr(0, semi);
          if (!l.empty()) rec.labels.emplace_back(l);
          if (semi == std::string_view::npos) break;
          s.remove_prefix(semi + 1);
        }
      } else if (c.role == Role::Prop || (c.role == Role::Id && !c.name.empty())) {
        Value val = c.role == Role::Id ? Value(f.text) : cell(c, f, nr);
        if (!val.is_null()) rec.props.emplace_back(c.sym, std::move(val));
      }
    }
    recs.push_back(std::move(rec));
  }
  if (numeric && max_id > 16 * recs.size() + (1u << 20)) numeric = false;
  // Numeric ids are looked up in a bitmap (the id is the node id); others in a hash map.
  std::unordered_map<std::string, NodeId> by_xid;
  std::vector<bool> known;
  if (numeric) known.resize(recs.empty() ? 0 : max_id + 1);
  else by_xid.reserve(recs.size());
  std::vector<std::uint64_t> nid(recs.size());
  for (std::size_t i = 0; i < recs.size(); ++i) {
    bool fresh;
    if (numeric) {
      numeric_id(recs[i].xid, nid[i]);
      fresh = !known[nid[i]];
      known[nid[i]] = true;
    } else {
      nid[i] = i;
      fresh = by_xid.emplace(recs[i].xid, nid[i]).second;
    }
    if (!fresh) nr.fail(recs[i].line, recs[i].col, "node id '" + recs[i].xid + "' used twice");
  }
  g.reserve(numeric && !recs.empty() ? max_id + 1 : recs.size(), 0);
  std::vector<std::size_t> order(recs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return nid[a] < nid[b]; });
  // The records are freed all at once after this loop, and their strings are copied, not
  // moved, into the graph: the graph's strings then sit together above the records' small
  // allocations, which malloc_trim below can give back whole (moved, each would pin a
  // page of freed records: about 90 MB of the import's peak at 1M nodes).
  for (std::size_t i : order) {
    NodeId id = nid[i];
    g.add_node_with_id(id);
    for (const auto& l : recs[i].labels) g.add_label(id, l);
    for (auto& [k, v] : recs[i].props)
      g.set_node_prop(id, k, v.is_string() ? Value(std::string(v.as_string())) : std::move(v));
  }
  std::vector<NodeRec>().swap(recs);
  std::vector<std::size_t>().swap(order);
#ifdef __GLIBC__
  // The node records were a million small allocations: give their pages back now, or the
  // relationships (in large arrays of their own) are loaded on top of them (at 1M nodes,
  // about 190 MB of the import's peak).
  malloc_trim(0);
#endif
  std::vector<std::uint64_t> sorted_nids(nid);
  std::sort(sorted_nids.begin(), sorted_nids.end());
  decode_json_columns(
      g, ncols, sorted_nids, [&](std::uint64_t id, SymId k) { return g.node(id).props.get(k); },
      [&](std::uint64_t id, SymId k, Value v) { g.set_node_prop(id, k, std::move(v)); });

  // --- relationships ---
  CsvReader rr(rels_csv);
  if (!rr.next(fields, n)) throw ExportError(rels_csv + ":1:1: empty file, expected a header line");
  std::vector<Column> rcols;
  int start_col = -1, end_col = -1, type_col = -1;
  for (std::size_t i = 0; i < n; ++i) {
    rcols.push_back(parse_header(fields[i], rr));
    Column& c = rcols.back();
    if (c.role == Role::Start) start_col = static_cast<int>(i);
    else if (c.role == Role::End) end_col = static_cast<int>(i);
    else if (c.role == Role::Type) type_col = static_cast<int>(i);
    else if (c.role == Role::Id || c.role == Role::Label)
      rr.fail(fields[i].line, fields[i].col, "a node column in the relationships file");
    if (c.role == Role::Prop) c.sym = g.sym(c.name);
  }
  if (start_col < 0 || end_col < 0) rr.fail(1, 1, "the relationships file needs :START_ID and :END_ID columns");
  const SymId related = g.sym("related_to");
  // Each relationship is added as it is read, in bulk: room for all of them is reserved
  // once (from the file's line count) and the adjacency is built after the last one.
  g.reserve(g.node_id_bound(), estimate_records(rels_csv));
  g.begin_bulk();
  RelId next_rel = 0;
  while (rr.next(fields, n)) {
    if (n != rcols.size())
      rr.fail(rr.record_line(), 1,
              "expected " + std::to_string(rcols.size()) + " fields, found " + std::to_string(n));
    auto end_of = [&](int col) -> NodeId {
      const Field& f = fields[col];
      if (numeric) {
        std::uint64_t v;
        if (numeric_id(f.text, v) && v < known.size() && known[v]) return v;
      } else {
        auto it = by_xid.find(f.text);
        if (it != by_xid.end()) return it->second;
      }
      rr.fail(f.line, f.col, "'" + f.text + "' is not a node id of " + nodes_csv);
    };
    NodeId s = end_of(start_col), t = end_of(end_col);
    SymId type = related;
    if (type_col >= 0) {
      const Field& f = fields[type_col];
      if (f.text.empty()) rr.fail(f.line, f.col, "empty relationship type");
      type = g.sym(f.text);
    }
    RelId r = next_rel++;
    g.add_rel_with_id(r, s, t, type);
    for (std::size_t i = 0; i < n; ++i) {
      Column& c = rcols[i];
      if (c.role != Role::Prop) continue;
      Value val = cell(c, fields[i], rr);
      if (!val.is_null()) g.set_rel_prop(r, c.sym, std::move(val));
    }
  }
  g.end_bulk();
  // (the ids as a range, not a vector: 8 bytes a relationship at the import's peak)
  decode_json_columns(
      g, rcols, std::views::iota(RelId{0}, next_rel), [&](std::uint64_t id, SymId k) { return g.rel(id).props.get(k); },
      [&](std::uint64_t id, SymId k, Value v) { g.set_rel_prop(id, k, std::move(v)); });
  return g;
}

}  // namespace kg
