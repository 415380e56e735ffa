// Scalar, list, string, math and graph functions.
#include <utf8proc.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <random>
#include <set>

#include "query/binder.h"
#include "query/errors.h"
#include "query/eval.h"

namespace kg::query {

namespace {

const std::set<std::string>& known() {
  static const std::set<std::string> s = {
      "id", "labels", "type", "properties", "keys", "size", "length", "nodes", "relationships", "startnode",
      "endnode", "coalesce", "head", "last", "tail", "range", "tolower", "toupper", "trim", "ltrim", "rtrim",
      "split", "substring", "replace", "tostring", "tointeger", "tofloat", "toboolean", "abs", "round", "floor",
      "ceil", "sign", "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "pi",
      "e", "rand", "exists", "reverse", "left", "right", "tostringornull", "tointegerornull", "tofloatornull",
      "tobooleanornull", "degrees", "radians", "haversin", "cot", "isempty", "timestamp", "randomuuid",
      "lower", "upper", "elementid", "valuetype"};
  return s;
}

[[noreturn]] void bad_arg(const std::string& fn, const Value& v) {
  type_error(fn + "() does not accept a " + std::string(kind_name(v.kind())));
}

void arity(const std::string& fn, const std::vector<Value>& a, std::size_t lo, std::size_t hi, const Expr& e) {
  if (a.size() < lo || a.size() > hi)
    throw QueryError("SyntaxError", "InvalidNumberOfArguments", "wrong number of arguments to " + fn + "()",
                     e.pos.line, e.pos.col, true);
}

std::vector<std::int32_t> codepoints(const std::string& s) {
  std::vector<std::int32_t> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t n = static_cast<utf8proc_ssize_t>(s.size()), i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p + i, n - i, &cp);
    if (k <= 0) {
      cp = static_cast<unsigned char>(s[i]);
      k = 1;
    }
    out.push_back(cp);
    i += k;
  }
  return out;
}

std::string from_codepoints(const std::vector<std::int32_t>& cps, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e && i < cps.size(); ++i) {
    utf8proc_uint8_t buf[4];
    auto k = utf8proc_encode_char(cps[i], buf);
    out.append(reinterpret_cast<char*>(buf), k);
  }
  return out;
}

std::string map_case(const std::string& s, bool upper) {
  auto cps = codepoints(s);
  for (auto& c : cps) c = upper ? utf8proc_toupper(c) : utf8proc_tolower(c);
  return from_codepoints(cps, 0, cps.size());
}

Value path_length(const Value& v) { return Value(static_cast<std::int64_t>(v.as_path().rels.size())); }

std::optional<std::int64_t> parse_int(const std::string& s0) {
  std::string s = s0;
  while (!s.empty() && std::isspace((unsigned char)s.back())) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && std::isspace((unsigned char)s[b])) ++b;
  s = s.substr(b);
  if (s.empty()) return std::nullopt;
  std::int64_t v;
  const char* first = s.data();
  if (*first == '+') ++first;
  auto r = std::from_chars(first, s.data() + s.size(), v);
  if (r.ec == std::errc() && r.ptr == s.data() + s.size()) return v;
  // maybe a float string
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end && *end == 0 && std::isfinite(d)) {
    if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return std::nullopt;
    return static_cast<std::int64_t>(std::trunc(d));
  }
  return std::nullopt;
}

std::optional<double> parse_float(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  while (end && *end && std::isspace((unsigned char)*end)) ++end;
  if (end && *end == 0 && end != s.c_str()) return d;
  return std::nullopt;
}

std::int64_t need_int(const std::string& fn, const Value& v) {
  if (!v.is_int())
    runtime_error("ArgumentError", "InvalidArgumentType", fn + "() expects an integer, not " + kind_name(v.kind()));
  return v.as_int();
}

}  // namespace

bool is_known_function(const std::string& lname) { return known().count(lname) > 0; }

bool range_spec(std::vector<Value>& a, const Expr& e, RangeSpec& r) {
  static const std::string f = "range";
  arity(f, a, 2, 3, e);
  for (auto& v : a)
    if (v.is_null()) return false;
  const std::int64_t s = need_int(f, a[0]), t = need_int(f, a[1]), st = a.size() > 2 ? need_int(f, a[2]) : 1;
  if (st == 0) runtime_error("ArgumentError", "NumberOutOfRange", "range() step must not be zero");
  // the length, without overflow
  std::uint64_t n = 0;
  if ((st > 0 && t >= s) || (st < 0 && t <= s)) {
    unsigned __int128 span = st > 0 ? static_cast<unsigned __int128>(static_cast<__int128>(t) - s)
                                    : static_cast<unsigned __int128>(static_cast<__int128>(s) - t);
    unsigned __int128 step = st > 0 ? static_cast<unsigned __int128>(st)
                                    : static_cast<unsigned __int128>(-static_cast<__int128>(st));
    unsigned __int128 cnt = span / step + 1;
    n = cnt > (static_cast<unsigned __int128>(1) << 62) ? (std::uint64_t{1} << 62) : static_cast<std::uint64_t>(cnt);
  }
  r.start = s;
  r.step = st;
  r.count = n;
  return true;
}

Value call_function(const std::string& f, std::vector<Value>& a, EvalCtx& ctx, const Expr& e) {
  PropertyGraph& g = *ctx.g;
  auto one = [&]() -> const Value& {
    arity(f, a, 1, 1, e);
    return a[0];
  };
  if (f == "coalesce") {
    for (auto& v : a)
      if (!v.is_null()) return v;
    return Value();
  }
  if (f == "pi") return Value(M_PI);
  if (f == "e") return Value(M_E);
  if (f == "rand") {
    static std::mt19937_64 rng(std::random_device{}());
    return Value(std::uniform_real_distribution<double>(0, 1)(rng));
  }
  if (f == "timestamp") {
    return Value(static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count()));
  }
  if (f == "range") {
    RangeSpec r;
    if (!range_spec(a, e, r)) return Value();
    // the list is built whole, so it counts against the row limit first, and building it
    // checks for cancellation and the time limit (UNWIND range(...) streams instead)
    if (ctx.budget) ctx.budget(r.count, false);
    List out;
    std::int64_t x = r.start;
    for (std::uint64_t k = 0; k < r.count; ++k) {
      if ((k & 0xFFFF) == 0xFFFF && ctx.poll) ctx.poll();
      out.push_back(Value(x));
      if (k + 1 < r.count) x += r.step;  // never steps past the last value (no overflow)
    }
    return Value(std::move(out));
  }
  if (f == "atan2") {
    arity(f, a, 2, 2, e);
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (!a[0].is_number()) bad_arg(f, a[0]);
    if (!a[1].is_number()) bad_arg(f, a[1]);
    return Value(std::atan2(a[0].as_number(), a[1].as_number()));
  }
  if (f == "split") {
    arity(f, a, 2, 2, e);
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (!a[0].is_string()) bad_arg(f, a[0]);
    if (!a[1].is_string()) bad_arg(f, a[1]);
    const std::string& s = a[0].as_string();
    const std::string& d = a[1].as_string();
    List out;
    if (d.empty()) {
      auto cps = codepoints(s);
      for (std::size_t i = 0; i < cps.size(); ++i) out.push_back(Value(from_codepoints(cps, i, i + 1)));
      return Value(std::move(out));
    }
    std::size_t p = 0;
    for (;;) {
      std::size_t q = s.find(d, p);
      if (q == std::string::npos) {
        out.push_back(Value(s.substr(p)));
        break;
      }
      out.push_back(Value(s.substr(p, q - p)));
      p = q + d.size();
    }
    return Value(std::move(out));
  }
  if (f == "substring") {
    arity(f, a, 2, 3, e);
    if (a[0].is_null()) return Value();
    if (!a[0].is_string()) bad_arg(f, a[0]);
    std::int64_t start = need_int(f, a[1]);
    if (start < 0) runtime_error("ArgumentError", "NumberOutOfRange", "substring() start must not be negative");
    auto cps = codepoints(a[0].as_string());
    std::size_t b = std::min<std::size_t>(static_cast<std::size_t>(start), cps.size());
    std::size_t len = cps.size() - b;
    if (a.size() > 2) {
      std::int64_t l = need_int(f, a[2]);
      if (l < 0) runtime_error("ArgumentError", "NumberOutOfRange", "substring() length must not be negative");
      len = std::min<std::size_t>(len, static_cast<std::size_t>(l));
    }
    return Value(from_codepoints(cps, b, b + len));
  }
  if (f == "left" || f == "right") {
    arity(f, a, 2, 2, e);
    if (a[0].is_null()) return Value();
    if (!a[0].is_string()) bad_arg(f, a[0]);
    if (a[1].is_null()) runtime_error("ArgumentError", "NumberOutOfRange", f + "() length must not be null");
    std::int64_t l = need_int(f, a[1]);
    if (l < 0) runtime_error("ArgumentError", "NumberOutOfRange", f + "() length must not be negative");
    auto cps = codepoints(a[0].as_string());
    std::size_t n = std::min<std::size_t>(cps.size(), static_cast<std::size_t>(l));
    return f == "left" ? Value(from_codepoints(cps, 0, n)) : Value(from_codepoints(cps, cps.size() - n, cps.size()));
  }
  if (f == "replace") {
    arity(f, a, 3, 3, e);
    for (auto& v : a)
      if (v.is_null()) return Value();
    for (auto& v : a)
      if (!v.is_string()) bad_arg(f, v);
    std::string s = a[0].as_string();
    const std::string& from = a[1].as_string();
    const std::string& to = a[2].as_string();
    if (from.empty()) return Value(s);
    std::string out;
    std::size_t p = 0;
    for (;;) {
      std::size_t q = s.find(from, p);
      if (q == std::string::npos) {
        out += s.substr(p);
        break;
      }
      out += s.substr(p, q - p);
      out += to;
      p = q + from.size();
    }
    return Value(out);
  }

  const Value& v = one();
  if (f == "exists") return Value(!v.is_null());
  if (f == "isempty") {
    if (v.is_null()) return Value();
    if (v.is_list()) return Value(v.as_list().empty());
    if (v.is_map()) return Value(v.as_map().empty());
    if (v.is_string()) return Value(v.as_string().empty());
    bad_arg(f, v);
  }
  if (v.is_null()) return Value();
  if (f == "id" || f == "elementid") {
    if (v.is_node()) return Value(static_cast<std::int64_t>(v.as_node().id));
    if (v.is_rel()) return Value(static_cast<std::int64_t>(v.as_rel().id));
    bad_arg(f, v);
  }
  if (f == "labels") {
    if (!v.is_node()) bad_arg(f, v);
    if (!g.node_alive(v.as_node().id))
      runtime_error("EntityNotFound", "DeletedEntityAccess", "the node has been deleted");
    List out;
    for (auto& l : g.labels(v.as_node().id)) out.push_back(Value(l));
    return Value(std::move(out));
  }
  if (f == "type") {
    if (!v.is_rel()) bad_arg(f, v);
    return Value(g.rel_type(v.as_rel().id));
  }
  if (f == "properties") {
    if (v.is_node()) {
      if (!g.node_alive(v.as_node().id))
        runtime_error("EntityNotFound", "DeletedEntityAccess", "the node has been deleted");
      return Value(g.node_props(v.as_node().id));
    }
    if (v.is_rel()) {
      if (!g.rel_alive(v.as_rel().id))
        runtime_error("EntityNotFound", "DeletedEntityAccess", "the relationship has been deleted");
      return Value(g.rel_props(v.as_rel().id));
    }
    if (v.is_map()) return v;
    bad_arg(f, v);
  }
  if (f == "keys") {
    List out;
    if (v.is_node()) {
      for (auto& [k, x] : g.node(v.as_node().id).props.entries()) out.push_back(Value(g.symbols().name(k)));
    } else if (v.is_rel()) {
      for (auto& [k, x] : g.rel(v.as_rel().id).props.entries()) out.push_back(Value(g.symbols().name(k)));
    } else if (v.is_map()) {
      for (auto& [k, x] : v.as_map()) out.push_back(Value(k));
    } else {
      bad_arg(f, v);
    }
    return Value(std::move(out));
  }
  if (f == "size") {
    if (v.is_list()) return Value(static_cast<std::int64_t>(v.as_list().size()));
    if (v.is_string()) return Value(static_cast<std::int64_t>(codepoints(v.as_string()).size()));
    if (v.is_map()) return Value(static_cast<std::int64_t>(v.as_map().size()));
    bad_arg(f, v);
  }
  if (f == "length") {
    if (v.is_path()) return path_length(v);
    if (v.is_list()) return Value(static_cast<std::int64_t>(v.as_list().size()));
    if (v.is_string()) return Value(static_cast<std::int64_t>(codepoints(v.as_string()).size()));
    bad_arg(f, v);
  }
  if (f == "nodes") {
    if (!v.is_path()) bad_arg(f, v);
    List out;
    for (auto n : v.as_path().nodes) out.push_back(Value(NodeRef{n}));
    return Value(std::move(out));
  }
  if (f == "relationships") {
    if (!v.is_path()) bad_arg(f, v);
    List out;
    for (auto r : v.as_path().rels) out.push_back(Value(RelRef{r}));
    return Value(std::move(out));
  }
  if (f == "startnode" || f == "endnode") {
    if (!v.is_rel()) bad_arg(f, v);
    const auto& r = g.rel(v.as_rel().id);
    return Value(NodeRef{f == "startnode" ? r.src : r.dst});
  }
  if (f == "head" || f == "last") {
    if (!v.is_list()) bad_arg(f, v);
    const auto& l = v.as_list();
    if (l.empty()) return Value();
    return f == "head" ? l.front() : l.back();
  }
  if (f == "tail") {
    if (!v.is_list()) bad_arg(f, v);
    const auto& l = v.as_list();
    if (l.empty()) return Value(List{});
    return Value(List(l.begin() + 1, l.end()));
  }
  if (f == "reverse") {
    if (v.is_list()) {
      List l = v.as_list();
      std::reverse(l.begin(), l.end());
      return Value(std::move(l));
    }
    if (v.is_string()) {
      auto cps = codepoints(v.as_string());
      std::reverse(cps.begin(), cps.end());
      return Value(from_codepoints(cps, 0, cps.size()));
    }
    bad_arg(f, v);
  }
  if (f == "tolower" || f == "toupper" || f == "lower" || f == "upper") {
    if (!v.is_string()) bad_arg(f, v);
    return Value(map_case(v.as_string(), f == "toupper" || f == "upper"));
  }
  if (f == "trim" || f == "ltrim" || f == "rtrim") {
    if (!v.is_string()) bad_arg(f, v);
    const std::string& s = v.as_string();
    std::size_t b = 0, en = s.size();
    if (f != "rtrim")
      while (b < en && std::isspace((unsigned char)s[b])) ++b;
    if (f != "ltrim")
      while (en > b && std::isspace((unsigned char)s[en - 1])) --en;
    return Value(s.substr(b, en - b));
  }
  if (f == "tostring" || f == "tostringornull") {
    if (v.is_string()) return v;
    if (v.is_number() || v.is_bool()) return Value(value_to_string(v));
    if (f == "tostringornull") return Value();
    bad_arg(f, v);
  }
  if (f == "tointeger" || f == "tointegerornull") {
    if (v.is_int()) return v;
    if (v.is_float()) {
      double d = v.as_float();
      if (!std::isfinite(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) {
        if (f == "tointegerornull") return Value();
        runtime_error("ArgumentError", "NumberOutOfRange", "cannot convert to an integer");
      }
      return Value(static_cast<std::int64_t>(std::trunc(d)));
    }
    if (v.is_string()) {
      auto r = parse_int(v.as_string());
      return r ? Value(*r) : Value();
    }
    if (v.is_bool()) return Value(static_cast<std::int64_t>(v.as_bool()));
    if (f == "tointegerornull") return Value();
    bad_arg(f, v);
  }
  if (f == "tofloat" || f == "tofloatornull") {
    if (v.is_float()) return v;
    if (v.is_int()) return Value(static_cast<double>(v.as_int()));
    if (v.is_string()) {
      auto r = parse_float(v.as_string());
      return r ? Value(*r) : Value();
    }
    if (f == "tofloatornull") return Value();
    bad_arg(f, v);
  }
  if (f == "toboolean" || f == "tobooleanornull") {
    if (v.is_bool()) return v;
    if (v.is_string()) {
      std::string s = map_case(v.as_string(), false);
      while (!s.empty() && std::isspace((unsigned char)s.back())) s.pop_back();
      std::size_t b = 0;
      while (b < s.size() && std::isspace((unsigned char)s[b])) ++b;
      s = s.substr(b);
      if (s == "true") return Value(true);
      if (s == "false") return Value(false);
      return Value();
    }
    if (v.is_int()) return Value(v.as_int() != 0);
    if (f == "tobooleanornull") return Value();
    bad_arg(f, v);
  }
  if (f == "valuetype") return Value(std::string(kind_name(v.kind())));
  // math
  if (!v.is_number()) bad_arg(f, v);
  if (f == "abs") {
    if (v.is_int()) return Value(v.as_int() < 0 ? -v.as_int() : v.as_int());
    return Value(std::fabs(v.as_float()));
  }
  if (f == "sign") {
    double d = v.as_number();
    return Value(static_cast<std::int64_t>(d > 0 ? 1 : d < 0 ? -1 : 0));
  }
  if (f == "round" || f == "floor" || f == "ceil") {
    if (v.is_int()) return Value(static_cast<double>(v.as_int()));
    double d = v.as_float();
    if (f == "floor") return Value(std::floor(d));
    if (f == "ceil") return Value(std::ceil(d));
    return Value(std::floor(d + 0.5));
  }
  double d = v.as_number();
  if (f == "sqrt") return Value(std::sqrt(d));
  if (f == "exp") return Value(std::exp(d));
  if (f == "log") return Value(std::log(d));
  if (f == "log10") return Value(std::log10(d));
  if (f == "sin") return Value(std::sin(d));
  if (f == "cos") return Value(std::cos(d));
  if (f == "tan") return Value(std::tan(d));
  if (f == "cot") return Value(1.0 / std::tan(d));
  if (f == "asin") return Value(std::asin(d));
  if (f == "acos") return Value(std::acos(d));
  if (f == "atan") return Value(std::atan(d));
  if (f == "degrees") return Value(d * 180.0 / M_PI);
  if (f == "radians") return Value(d * M_PI / 180.0);
  if (f == "haversin") return Value((1 - std::cos(d)) / 2);
  type_error("unknown function " + f);
}

}  // namespace kg::query
