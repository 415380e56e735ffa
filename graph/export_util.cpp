#include "graph/export_util.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cctype>
#include <cstring>
#include <limits>

namespace kg::exp {

Selection select(const PropertyGraph& g, const Subgraph* sub, const ExportOptions& opts) {
  Selection s;
  auto doc = g.symbols().find(kDocumentLabel);
  auto mentions = g.symbols().find(kMentionsType);
  auto keep_node = [&](NodeId n) {
    if (!g.node_alive(n)) return false;
    return opts.with_documents || !doc || !g.node(n).has_label(*doc);
  };
  auto keep_rel = [&](RelId r) {
    if (!g.rel_alive(r)) return false;
    const RelData& d = g.rel(r);
    if (!opts.with_documents && mentions && d.type == *mentions) return false;
    return keep_node(d.src) && keep_node(d.dst);
  };
  if (!sub) {
    for (NodeId n = 0; n < g.node_id_bound(); ++n)
      if (keep_node(n)) s.nodes.push_back(n);
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
      if (keep_rel(r)) s.rels.push_back(r);
    return s;
  }
  for (RelId r : sub->rels)
    if (keep_rel(r)) s.rels.push_back(r);
  std::sort(s.rels.begin(), s.rels.end());
  s.rels.erase(std::unique(s.rels.begin(), s.rels.end()), s.rels.end());
  for (NodeId n : sub->nodes)
    if (keep_node(n)) s.nodes.push_back(n);
  for (RelId r : s.rels) {
    s.nodes.push_back(g.rel(r).src);
    s.nodes.push_back(g.rel(r).dst);
  }
  std::sort(s.nodes.begin(), s.nodes.end());
  s.nodes.erase(std::unique(s.nodes.begin(), s.nodes.end()), s.nodes.end());
  return s;
}

void ColumnStats::add(const Value& v) {
  ++count;
  switch (v.kind()) {
    case Value::Kind::Null: --count; return;
    case Value::Kind::Bool: has_bool = true; return;
    case Value::Kind::Int: {
      std::int64_t i = v.as_int();
      if (!has_int) min_int = max_int = i;
      min_int = std::min(min_int, i);
      max_int = std::max(max_int, i);
      has_int = true;
      return;
    }
    case Value::Kind::Float: has_float = true; return;
    case Value::Kind::String: has_string = true; return;
    case Value::Kind::List:
      has_list = true;
      for (const auto& e : v.as_list()) {
        switch (e.kind()) {
          case Value::Kind::Bool: el_bool = true; break;
          case Value::Kind::Int: el_int = true; break;
          case Value::Kind::Float: el_float = true; break;
          case Value::Kind::String:
            el_string = true;
            if (e.as_string().find(';') != std::string::npos) el_delim = true;
            break;
          default: el_nested = true;
        }
      }
      return;
    case Value::Kind::Map: has_map = true; return;
    default: has_other = true; return;
  }
}

ColType scalar_col_type(const ColumnStats& s, ColType if_empty) {
  if (s.count == 0) return if_empty;
  if (s.has_list || s.has_map || s.has_other) return ColType::Json;
  int kinds = s.has_bool + (s.has_int || s.has_float) + s.has_string;
  if (kinds > 1) return ColType::String;
  if (s.has_bool) return ColType::Bool;
  if (s.has_float) return ColType::Double;
  if (s.has_int) {
    bool fits = s.min_int >= std::numeric_limits<std::int32_t>::min() &&
                s.max_int <= std::numeric_limits<std::int32_t>::max();
    return fits ? ColType::Int : ColType::Long;
  }
  return ColType::String;
}

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid.
inline std::size_t utf8_seq(std::string_view s, std::size_t i, char32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t n;
  if (c < 0x80) {
    cp = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

inline bool xml_bad_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

const char kReplacement[] = "\xEF\xBF\xBD";

}  // namespace

bool is_clean_utf8(std::string_view s, bool xml) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (xml && xml_bad_control(c)) return false;
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t n = utf8_seq(s, i, cp);
    if (n == 0) return false;
    if (xml && (cp == 0xFFFE || cp == 0xFFFF)) return false;
    i += n;
  }
  return true;
}

std::string clean_utf8(std::string_view s, bool xml) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!(xml && xml_bad_control(c))) out += static_cast<char>(c);
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t n = utf8_seq(s, i, cp);
    if (n == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (xml && (cp == 0xFFFE || cp == 0xFFFF))
      out += kReplacement;
    else
      out.append(s.data() + i, n);
    i += n;
  }
  return out;
}

void append_xml(std::string& out, std::string_view s, bool attr) {
  std::string cleaned;
  if (!is_clean_utf8(s, true)) {
    cleaned = clean_utf8(s, true);
    s = cleaned;
  }
  std::size_t run = 0;  // start of the pending run of bytes copied as is
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* rep = nullptr;
    switch (s[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '\r': rep = "&#13;"; break;
      case '"':
        if (attr) rep = "&quot;";
        break;
      case '\n':
        if (attr) rep = "&#10;";
        break;
      case '\t':
        if (attr) rep = "&#9;";
        break;
      default: break;
    }
    if (!rep) continue;
    out.append(s.data() + run, i - run);
    out += rep;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

std::string format_double(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, res.ptr - buf);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string scalar_text(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Bool: return v.as_bool() ? "true" : "false";
    case Value::Kind::Int: return std::to_string(v.as_int());
    case Value::Kind::Float: return format_double(v.as_float());
    case Value::Kind::String: return v.as_string();
    default: return to_json(v);
  }
}

namespace {

void append_json_str(std::string& out, std::string_view s) {
  std::string cleaned;
  if (!is_clean_utf8(s, false)) {
    cleaned = clean_utf8(s, false);
    s = cleaned;
  }
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

}  // namespace

void append_json(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Int: out += std::to_string(v.as_int()); return;
    case Value::Kind::Float:
      if (!std::isfinite(v.as_float()))
        out += "null";
      else
        out += format_double(v.as_float());
      return;
    case Value::Kind::String: append_json_str(out, v.as_string()); return;
    case Value::Kind::List: {
      out += '[';
      bool first = true;
      for (const auto& x : v.as_list()) {
        if (!first) out += ',';
        first = false;
        append_json(out, x);
      }
      out += ']';
      return;
    }
    case Value::Kind::Map: {
      out += '{';
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        if (!first) out += ',';
        first = false;
        append_json_str(out, k);
        out += ':';
        append_json(out, x);
      }
      out += '}';
      return;
    }
    case Value::Kind::Node: out += "{\"node\":" + std::to_string(v.as_node().id) + "}"; return;
    case Value::Kind::Rel: out += "{\"relationship\":" + std::to_string(v.as_rel().id) + "}"; return;
    case Value::Kind::Path: {
      const Path& p = v.as_path();
      out += "{\"nodes\":[";
      for (std::size_t i = 0; i < p.nodes.size(); ++i) out += (i ? "," : "") + std::to_string(p.nodes[i]);
      out += "],\"relationships\":[";
      for (std::size_t i = 0; i < p.rels.size(); ++i) out += (i ? "," : "") + std::to_string(p.rels[i]);
      out += "]}";
      return;
    }
  }
}

namespace {

class JsonParser {
 public:
  explicit JsonParser(std::string_view s) : s_(s) {}
  bool parse(Value& out, std::string& err) {
    if (!value(out, 0)) {
      err = err_ + " at offset " + std::to_string(pos_);
      return false;
    }
    ws();
    if (pos_ != s_.size()) {
      err = "unexpected text after the JSON value at offset " + std::to_string(pos_);
      return false;
    }
    return true;
  }

 private:
  bool fail(const char* m) {
    err_ = m;
    return false;
  }
  void ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) ++pos_;
  }
  bool lit(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }
  bool hex4(std::uint32_t& v) {
    if (pos_ + 4 > s_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return false;
    }
    return true;
  }
  static void put_utf8(std::string& o, std::uint32_t cp) {
    if (cp < 0x80) {
      o += static_cast<char>(cp);
    } else if (cp < 0x800) {
      o += static_cast<char>(0xC0 | (cp >> 6));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      o += static_cast<char>(0xE0 | (cp >> 12));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (cp >> 18));
      o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool string(std::string& o) {
    ++pos_;  // '"'
    for (;;) {
      std::size_t run = pos_;
      while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\\' && static_cast<unsigned char>(s_[pos_]) >= 0x20)
        ++pos_;
      o.append(s_.data() + run, pos_ - run);
      if (pos_ >= s_.size()) return fail("unterminated string");
      char c = s_[pos_++];
      if (c == '"') break;
      if (c != '\\') return fail("control character in a string");
      if (pos_ >= s_.size()) return fail("unterminated string");
      char e = s_[pos_++];
      switch (e) {
        case '"': o += '"'; break;
        case '\\': o += '\\'; break;
        case '/': o += '/'; break;
        case 'b': o += '\b'; break;
        case 'f': o += '\f'; break;
        case 'n': o += '\n'; break;
        case 'r': o += '\r'; break;
        case 't': o += '\t'; break;
        case 'u': {
          std::uint32_t cp;
          if (!hex4(cp)) return fail("bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t lo;
            if (!(pos_ + 2 <= s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u')) return fail("lone surrogate");
            pos_ += 2;
            if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return fail("lone surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail("lone surrogate");
          }
          put_utf8(o, cp);
          break;
        }
        default: return fail("bad escape");
      }
    }
    if (!is_clean_utf8(o, false)) return fail("invalid UTF-8 in a string");
    return true;
  }
  bool number(Value& out) {
    std::size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    if (lit("Infinity")) {
      out = Value(s_[start] == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity());
      return true;
    }
    bool is_float = false;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c >= '0' && c <= '9') {
        ++pos_;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && pos_ > start)) {
        is_float = true;
        ++pos_;
      } else {
        break;
      }
    }
    std::string_view t = s_.substr(start, pos_ - start);
    if (t.empty() || t == "-") return fail("bad number");
    if (!is_float) {
      std::int64_t i;
      auto r = std::from_chars(t.data(), t.data() + t.size(), i);
      if (r.ec == std::errc() && r.ptr == t.data() + t.size()) {
        out = Value(i);
        return true;
      }
    }
    double d;
    auto r = std::from_chars(t.data(), t.data() + t.size(), d);
    if (r.ptr != t.data() + t.size() || (r.ec != std::errc() && r.ec != std::errc::result_out_of_range))
      return fail("bad number");
    out = Value(d);
    return true;
  }
  bool value(Value& out, int depth) {
    if (depth > 512) return fail("nested too deeply");
    ws();
    if (pos_ >= s_.size()) return fail("unexpected end of JSON");
    char c = s_[pos_];
    switch (c) {
      case '"': {
        std::string str;
        if (!string(str)) return false;
        out = Value(std::move(str));
        return true;
      }
      case '[': {
        ++pos_;
        List l;
        ws();
        if (pos_ < s_.size() && s_[pos_] == ']') {
          ++pos_;
          out = Value(std::move(l));
          return true;
        }
        for (;;) {
          Value e;
          if (!value(e, depth + 1)) return false;
          l.push_back(std::move(e));
          ws();
          if (pos_ < s_.size() && s_[pos_] == ',') {
            ++pos_;
            continue;
          }
          if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            break;
          }
          return fail("expected ',' or ']'");
        }
        out = Value(std::move(l));
        return true;
      }
      case '{': {
        ++pos_;
        Map m;
        ws();
        if (pos_ < s_.size() && s_[pos_] == '}') {
          ++pos_;
          out = Value(std::move(m));
          return true;
        }
        for (;;) {
          ws();
          if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a member name");
          std::string k;
          if (!string(k)) return false;
          ws();
          if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':'");
          ++pos_;
          Value e;
          if (!value(e, depth + 1)) return false;
          m.insert_or_assign(std::move(k), std::move(e));
          ws();
          if (pos_ < s_.size() && s_[pos_] == ',') {
            ++pos_;
            continue;
          }
          if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            break;
          }
          return fail("expected ',' or '}'");
        }
        out = Value(std::move(m));
        return true;
      }
      case 't':
        if (!lit("true")) return fail("bad literal");
        out = Value(true);
        return true;
      case 'f':
        if (!lit("false")) return fail("bad literal");
        out = Value(false);
        return true;
      case 'n':
        if (!lit("null")) return fail("bad literal");
        out = Value();
        return true;
      case 'N':
        if (!lit("NaN")) return fail("bad literal");
        out = Value(std::numeric_limits<double>::quiet_NaN());
        return true;
      case 'I':
        if (!lit("Infinity")) return fail("bad literal");
        out = Value(std::numeric_limits<double>::infinity());
        return true;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number(out);
        return fail("unexpected character");
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::string err_;
};

}  // namespace

bool parse_json(std::string_view text, Value& out, std::string& err) { return JsonParser(text).parse(out, err); }

std::string to_json(const Value& v) {
  std::string s;
  append_json(s, v);
  return s;
}

std::string primary_label(const PropertyGraph& g, NodeId n) {
  const auto& ls = g.node(n).labels;
  if (ls.empty()) return {};
  if (ls.size() == 1) return g.symbols().name(ls[0]);
  const std::string* best = nullptr;
  for (SymId l : ls)
    if (!best || g.symbols().name(l) < *best) best = &g.symbols().name(l);
  return *best;
}

bool parse_int(std::string_view s, std::int64_t& out) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  auto res = std::from_chars(s.data(), s.data() + s.size(), out);
  return res.ec == std::errc() && res.ptr == s.data() + s.size();
}

bool parse_double(std::string_view s, double& out) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  bool neg = false;
  std::string_view t = s;
  if (!t.empty() && (t.front() == '-' || t.front() == '+')) {
    neg = t.front() == '-';
    t.remove_prefix(1);
  }
  auto ieq = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
    return true;
  };
  if (ieq(t, "nan")) {
    out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  if (ieq(t, "inf") || ieq(t, "infinity")) {
    out = neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    return true;
  }
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  auto res = std::from_chars(s.data(), s.data() + s.size(), out);
  return res.ec == std::errc() && res.ptr == s.data() + s.size();
}

namespace {

bool reserved_node_attr(std::string_view k) { return k == "label" || k == "type" || k.rfind("kg:", 0) == 0; }
bool reserved_rel_attr(std::string_view k) { return k == "label" || k.rfind("kg:", 0) == 0; }

}  // namespace

std::string node_prop_of_attr(std::string_view a) {
  if (a == "label") return "name";
  if (a == "type" || a == "kg:labels") return "";
  if (a.rfind("kg:prop:", 0) == 0) return std::string(a.substr(8));
  return std::string(a);
}

std::string rel_prop_of_attr(std::string_view a) {
  if (a == "label") return "";
  if (a.rfind("kg:prop:", 0) == 0) return std::string(a.substr(8));
  return std::string(a);
}

Schema::Schema(const PropertyGraph& g, const Selection& sel, bool rename, const std::vector<std::string>& node_always,
               const std::vector<std::string>& rel_always)
    : g_(g), rename_(rename) {
  const SymbolTable& syms = g.symbols();
  std::vector<char> node_used(syms.size()), rel_used(syms.size());
  bool any_typed = false, any_multi = false;
  for (NodeId n : sel.nodes) {
    const NodeData& d = g.node(n);
    for (const auto& [k, v] : d.props.entries()) node_used[k] = 1;
    if (!d.labels.empty()) any_typed = true;
    if (d.labels.size() > 1) any_multi = true;
  }
  for (RelId r : sel.rels)
    for (const auto& [k, v] : g.rel(r).props.entries()) rel_used[k] = 1;

  auto node_name = [&](SymId k) -> std::string {
    const std::string& p = syms.name(k);
    if (!rename) return p;
    if (p == "name") return "label";
    if (reserved_node_attr(p)) return "kg:prop:" + p;
    return p;
  };
  auto rel_name = [&](SymId k) -> std::string {
    const std::string& p = syms.name(k);
    if (rename && reserved_rel_attr(p)) return "kg:prop:" + p;
    return p;
  };
  std::map<std::string, int> ncols, rcols;
  for (SymId k = 0; k < syms.size(); ++k) {
    if (node_used[k]) ncols.emplace(node_name(k), 0);
    if (rel_used[k]) rcols.emplace(rel_name(k), 0);
  }
  if (rename) {
    if (any_typed) ncols.emplace("type", 0);
    if (any_multi) ncols.emplace("kg:labels", 0);
    rcols.emplace("label", 0);
  }
  for (const auto& a : node_always) ncols.emplace(a, 0);
  for (const auto& a : rel_always) rcols.emplace(a, 0);
  for (auto& [name, idx] : ncols) {
    idx = static_cast<int>(node_cols.size());
    node_cols.push_back({name, {}});
  }
  for (auto& [name, idx] : rcols) {
    idx = static_cast<int>(rel_cols.size());
    rel_cols.push_back({name, {}});
  }
  node_col_of_sym_.assign(syms.size(), -1);
  rel_col_of_sym_.assign(syms.size(), -1);
  for (SymId k = 0; k < syms.size(); ++k) {
    if (node_used[k]) node_col_of_sym_[k] = ncols[node_name(k)];
    if (rel_used[k]) rel_col_of_sym_[k] = rcols[rel_name(k)];
  }
  if (rename) {
    col_type_ = node_col("type");
    col_labels_ = node_col("kg:labels");
    rel_col_label_ = rel_col("label");
  }
  Attrs a;
  for (NodeId n : sel.nodes) {
    node_attrs(n, a);
    for (const auto& [c, v] : a.items) node_cols[c].stats.add(*v);
  }
  for (RelId r : sel.rels) {
    rel_attrs(r, a);
    for (const auto& [c, v] : a.items) rel_cols[c].stats.add(*v);
  }
}

int Schema::node_col(std::string_view name) const {
  for (std::size_t i = 0; i < node_cols.size(); ++i)
    if (node_cols[i].name == name) return static_cast<int>(i);
  return -1;
}

int Schema::rel_col(std::string_view name) const {
  for (std::size_t i = 0; i < rel_cols.size(); ++i)
    if (rel_cols[i].name == name) return static_cast<int>(i);
  return -1;
}

void Schema::node_attrs(NodeId n, Attrs& out) const {
  out.items.clear();
  const NodeData& d = g_.node(n);
  for (const auto& [k, v] : d.props.entries())
    if (k < node_col_of_sym_.size() && node_col_of_sym_[k] >= 0) out.items.emplace_back(node_col_of_sym_[k], &v);
  if (rename_ && !d.labels.empty() && col_type_ >= 0) {
    out.type_v = Value(primary_label(g_, n));
    out.items.emplace_back(col_type_, &out.type_v);
    if (d.labels.size() > 1 && col_labels_ >= 0) {
      List l;
      for (const auto& s : g_.labels(n)) l.emplace_back(s);
      out.labels_v = Value(std::move(l));
      out.items.emplace_back(col_labels_, &out.labels_v);
    }
  }
  std::sort(out.items.begin(), out.items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

void Schema::rel_attrs(RelId r, Attrs& out) const {
  out.items.clear();
  const RelData& d = g_.rel(r);
  for (const auto& [k, v] : d.props.entries())
    if (k < rel_col_of_sym_.size() && rel_col_of_sym_[k] >= 0) out.items.emplace_back(rel_col_of_sym_[k], &v);
  if (rename_ && rel_col_label_ >= 0) {
    out.type_v = Value(g_.symbols().name(d.type));
    out.items.emplace_back(rel_col_label_, &out.type_v);
  }
  std::sort(out.items.begin(), out.items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

Rgb type_color(std::string_view type) {
  static const std::pair<const char*, Rgb> known[] = {
      {"person", {31, 119, 180}},       {"country", {214, 39, 40}},   {"city", {44, 160, 44}},
      {"location", {152, 223, 138}},    {"organization", {255, 127, 14}}, {"agreement", {148, 103, 189}},
      {"event", {140, 86, 75}},         {"weapon", {227, 119, 194}},  {"document", {199, 199, 199}},
  };
  for (const auto& [name, c] : known)
    if (type == name) return c;
  static const Rgb others[] = {{23, 190, 207}, {188, 189, 34}, {174, 199, 232}, {255, 187, 120},
                               {255, 152, 150}, {197, 176, 213}, {196, 156, 148}, {247, 182, 210}};
  if (type.empty()) return {127, 127, 127};
  std::uint32_t h = 2166136261u;  // FNV-1a: stable across runs and platforms
  for (unsigned char c : type) h = (h ^ c) * 16777619u;
  return others[h % (sizeof others / sizeof others[0])];
}

std::string hex_color(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r & 0xFF, c.g & 0xFF, c.b & 0xFF);
  return buf;
}

bool date_span(std::string_view s, std::string& first, std::string& last) {
  auto digits = [&](std::size_t pos, std::size_t n) {
    if (s.size() < pos + n) return false;
    for (std::size_t i = pos; i < pos + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (!digits(0, 4)) return false;
  if (s.size() > 4 && std::isdigit(static_cast<unsigned char>(s[4]))) return false;
  int year = std::stoi(std::string(s.substr(0, 4)));
  std::string y(s.substr(0, 4));
  if (s.size() < 7 || s[4] != '-' || !digits(5, 2)) {
    first = y + "-01-01";
    last = y + "-12-31";
    return true;
  }
  int month = std::stoi(std::string(s.substr(5, 2)));
  if (month < 1 || month > 12) return false;
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int dim = mdays[month - 1];
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) dim = 29;
  std::string ym(s.substr(0, 7));
  if (s.size() < 10 || s[7] != '-' || !digits(8, 2) || (s.size() > 10 && std::isdigit(static_cast<unsigned char>(s[10])))) {
    first = ym + "-01";
    last = ym + "-" + std::to_string(dim);
    return true;
  }
  int day = std::stoi(std::string(s.substr(8, 2)));
  if (day < 1 || day > dim) return false;
  first = last = std::string(s.substr(0, 10));
  return true;
}

void Out::flush() {
  if (buf_.empty()) return;
  os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
  if (!os_) throw ExportError("cannot write the export: output error");
}

}  // namespace kg::exp
