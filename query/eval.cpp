#include "query/eval.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <unordered_map>

#include "query/errors.h"

namespace kg::query {

namespace {

constexpr int kUnordered = INT_MIN;  // NaN involved: every comparison is false

int type_rank(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Map: return 0;
    case Value::Kind::Node: return 1;
    case Value::Kind::Rel: return 2;
    case Value::Kind::List: return 3;
    case Value::Kind::Path: return 4;
    case Value::Kind::String: return 5;
    case Value::Kind::Bool: return 6;
    case Value::Kind::Int:
    case Value::Kind::Float: return 7;
    case Value::Kind::Null: return 8;
  }
  return 9;
}

int num_cmp(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
  if (a.is_int() || b.is_int()) {
    // compare int with float exactly
    std::int64_t i = a.is_int() ? a.as_int() : b.as_int();
    double f = a.is_int() ? b.as_float() : a.as_float();
    int r;
    if (std::isnan(f)) return kUnordered;
    long double li = static_cast<long double>(i), lf = static_cast<long double>(f);
    r = li < lf ? -1 : li > lf ? 1 : 0;
    return a.is_int() ? r : -r;
  }
  double x = a.as_float(), y = b.as_float();
  if (std::isnan(x) || std::isnan(y)) return kUnordered;
  return x < y ? -1 : x > y ? 1 : 0;
}

}  // namespace

std::optional<bool> cypher_equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    int r = num_cmp(a, b);
    return r == 0;
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::List: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return false;
      bool unknown = false;
      for (std::size_t i = 0; i < x.size(); ++i) {
        auto r = cypher_equals(x[i], y[i]);
        if (!r) unknown = true;
        else if (!*r) return false;
      }
      if (unknown) return std::nullopt;
      return true;
    }
    case Value::Kind::Map: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      if (x.size() != y.size()) return false;
      bool unknown = false;
      for (auto it = x.begin(), jt = y.begin(); it != x.end(); ++it, ++jt) {
        if (it->first != jt->first) return false;
      }
      for (auto it = x.begin(), jt = y.begin(); it != x.end(); ++it, ++jt) {
        auto r = cypher_equals(it->second, jt->second);
        if (!r) unknown = true;
        else if (!*r) return false;
      }
      if (unknown) return std::nullopt;
      return true;
    }
    default: return a == b;
  }
}

std::optional<int> cypher_compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) return num_cmp(a, b);
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case Value::Kind::String: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Value::Kind::Bool: return (int)a.as_bool() - (int)b.as_bool();
    case Value::Kind::List: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        auto r = cypher_compare(x[i], y[i]);
        if (!r) return std::nullopt;
        if (*r != 0) return r;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    default: return std::nullopt;
  }
}

int order_compare(const Value& a, const Value& b) {
  int ra = type_rank(a), rb = type_rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind()) {
    case Value::Kind::Null: return 0;
    case Value::Kind::Int:
    case Value::Kind::Float: {
      bool na = a.is_float() && std::isnan(a.as_float()), nb = b.is_float() && std::isnan(b.as_float());
      if (na || nb) return na == nb ? 0 : na ? 1 : -1;
      return num_cmp(a, b);
    }
    case Value::Kind::String: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Value::Kind::Bool: return (int)a.as_bool() - (int)b.as_bool();
    case Value::Kind::List: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        int r = order_compare(x[i], y[i]);
        if (r) return r;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case Value::Kind::Map: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      auto it = x.begin();
      auto jt = y.begin();
      for (; it != x.end() && jt != y.end(); ++it, ++jt) {
        int c = it->first.compare(jt->first);
        if (c) return c < 0 ? -1 : 1;
        int r = order_compare(it->second, jt->second);
        if (r) return r;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case Value::Kind::Node: return a.as_node().id < b.as_node().id ? -1 : a.as_node().id > b.as_node().id ? 1 : 0;
    case Value::Kind::Rel: return a.as_rel().id < b.as_rel().id ? -1 : a.as_rel().id > b.as_rel().id ? 1 : 0;
    case Value::Kind::Path: {
      const auto& x = a.as_path();
      const auto& y = b.as_path();
      if (x.nodes != y.nodes) return x.nodes < y.nodes ? -1 : 1;
      if (x.rels != y.rels) return x.rels < y.rels ? -1 : 1;
      return 0;
    }
  }
  return 0;
}

bool equivalent(const Value& a, const Value& b) { return order_compare(a, b) == 0; }

std::size_t equivalence_hash(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Int: return std::hash<double>{}(static_cast<double>(v.as_int()));
    case Value::Kind::Float: {
      double d = v.as_float();
      if (std::isnan(d)) return 0x7ff8;
      return std::hash<double>{}(d == 0 ? 0.0 : d);
    }
    case Value::Kind::List: {
      std::size_t h = 77;
      for (const auto& x : v.as_list()) h = h * 1000003u ^ equivalence_hash(x);
      return h;
    }
    case Value::Kind::Map: {
      std::size_t h = 99;
      for (const auto& [k, x] : v.as_map()) h = (h * 1000003u ^ std::hash<std::string>{}(k)) * 31 ^ equivalence_hash(x);
      return h;
    }
    default: return v.hash();
  }
}

std::size_t RowKeyHash::operator()(const std::vector<Value>& k) const {
  std::size_t h = 1469598103934665603ULL;
  for (const auto& v : k) h = (h ^ equivalence_hash(v)) * 1099511628211ULL;
  return h;
}
bool RowKeyEq::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!equivalent(a[i], b[i])) return false;
  return true;
}

static std::string float_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, res.ptr - buf);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string value_to_string(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Float: return float_string(v.as_float());
    case Value::Kind::String: return v.as_string();
    default: return v.to_display();
  }
}

namespace {

[[noreturn]] void deleted(const char* what) {
  runtime_error("EntityNotFound", "DeletedEntityAccess", std::string("the ") + what + " has been deleted");
}

Value prop_of(const Value& base, const Expr& e, EvalCtx& ctx) {
  switch (base.kind()) {
    case Value::Kind::Null: return Value();
    case Value::Kind::Node: {
      NodeId n = base.as_node().id;
      if (!ctx.g->node_alive(n)) deleted("node");
      auto k = ctx.g->symbols().find(e.name);
      if (!k) return Value();
      const Value* v = ctx.g->node(n).props.get(*k);
      return v ? *v : Value();
    }
    case Value::Kind::Rel: {
      RelId r = base.as_rel().id;
      if (!ctx.g->rel_alive(r)) deleted("relationship");
      auto k = ctx.g->symbols().find(e.name);
      if (!k) return Value();
      const Value* v = ctx.g->rel(r).props.get(*k);
      return v ? *v : Value();
    }
    case Value::Kind::Map: {
      const auto& m = base.as_map();
      auto it = m.find(e.name);
      return it == m.end() ? Value() : it->second;
    }
    default: type_error("cannot read property '" + e.name + "' of a " + kind_name(base.kind()));
  }
}

Value as_bool3(const Value& v, const char* op) {
  if (v.is_null() || v.is_bool()) return v;
  type_error(std::string("expected a boolean for ") + op + " but got " + kind_name(v.kind()));
}

std::int64_t checked(bool overflow, std::int64_t r) {
  if (overflow) runtime_error("ArithmeticError", "IntegerOverflow", "integer overflow");
  return r;
}

Value arith(Op op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (op == Op::Add) {
    if (a.is_list() && b.is_list()) {
      List l = a.as_list();
      l.insert(l.end(), b.as_list().begin(), b.as_list().end());
      return Value(std::move(l));
    }
    if (a.is_list()) {
      List l = a.as_list();
      l.push_back(b);
      return Value(std::move(l));
    }
    if (b.is_list()) {
      List l;
      l.reserve(b.as_list().size() + 1);
      l.push_back(a);
      l.insert(l.end(), b.as_list().begin(), b.as_list().end());
      return Value(std::move(l));
    }
    if (a.is_string() && b.is_string()) return Value(a.as_string() + b.as_string());
    if (a.is_string() && (b.is_number() || b.is_bool())) return Value(a.as_string() + value_to_string(b));
    if (b.is_string() && (a.is_number() || a.is_bool())) return Value(value_to_string(a) + b.as_string());
  }
  if (!a.is_number() || !b.is_number()) {
    static const char* names[] = {"+", "-", "*", "/", "%", "^"};
    int i = op == Op::Add ? 0 : op == Op::Sub ? 1 : op == Op::Mul ? 2 : op == Op::Div ? 3 : op == Op::Mod ? 4 : 5;
    type_error(std::string("cannot apply '") + names[i] + "' to " + kind_name(a.kind()) + " and " +
               kind_name(b.kind()));
  }
  if (op == Op::Pow) return Value(std::pow(a.as_number(), b.as_number()));
  if (a.is_int() && b.is_int()) {
    std::int64_t x = a.as_int(), y = b.as_int(), r = 0;
    switch (op) {
      case Op::Add: {
        bool o = __builtin_add_overflow(x, y, &r);
        return Value(checked(o, r));
      }
      case Op::Sub: {
        bool o = __builtin_sub_overflow(x, y, &r);
        return Value(checked(o, r));
      }
      case Op::Mul: {
        bool o = __builtin_mul_overflow(x, y, &r);
        return Value(checked(o, r));
      }
      case Op::Div:
        if (y == 0) runtime_error("ArithmeticError", "DivisionByZero", "division by zero");
        if (x == INT64_MIN && y == -1) runtime_error("ArithmeticError", "IntegerOverflow", "integer overflow");
        return Value(x / y);
      case Op::Mod:
        if (y == 0) runtime_error("ArithmeticError", "DivisionByZero", "division by zero");
        if (y == -1) return Value(std::int64_t(0));
        return Value(x % y);
      default: break;
    }
  }
  double x = a.as_number(), y = b.as_number();
  switch (op) {
    case Op::Add: return Value(x + y);
    case Op::Sub: return Value(x - y);
    case Op::Mul: return Value(x * y);
    case Op::Div: return Value(x / y);
    case Op::Mod: return Value(std::fmod(x, y));
    default: return Value();
  }
}

bool cmp_holds(Op op, const std::optional<int>& r, bool& is_null) {
  if (!r) {
    is_null = true;
    return false;
  }
  if (*r == kUnordered) return op == Op::Neq;
  switch (op) {
    case Op::Lt: return *r < 0;
    case Op::Gt: return *r > 0;
    case Op::Le: return *r <= 0;
    case Op::Ge: return *r >= 0;
    default: return false;
  }
}

Value compare_op(Op op, const Value& a, const Value& b) {
  if (op == Op::Eq || op == Op::Neq) {
    auto r = cypher_equals(a, b);
    if (!r) return Value();
    return Value(op == Op::Eq ? *r : !*r);
  }
  bool is_null = false;
  bool h = cmp_holds(op, cypher_compare(a, b), is_null);
  if (is_null) return Value();
  return Value(h);
}

RE2& regex_for(const std::string& pat) {
  static std::unordered_map<std::string, std::unique_ptr<RE2>> cache;
  auto it = cache.find(pat);
  if (it != cache.end()) return *it->second;
  RE2::Options o;
  o.set_log_errors(false);
  auto re = std::make_unique<RE2>(pat, o);
  if (!re->ok()) runtime_error("ArgumentError", "InvalidArgumentValue", "invalid regular expression: " + pat);
  if (cache.size() > 1000) cache.clear();
  return *cache.emplace(pat, std::move(re)).first->second;
}

}  // namespace

bool eval_pred(const Expr& e, Row& row, EvalCtx& ctx) {
  Value v = eval(e, row, ctx);
  if (v.is_bool()) return v.as_bool();
  if (v.is_null()) return false;
  type_error(std::string("expected a boolean predicate but got ") + kind_name(v.kind()));
}

Value eval(const Expr& e, Row& row, EvalCtx& ctx) {
  switch (e.kind) {
    case EK::Literal: return e.lit;
    case EK::Param: {
      auto it = ctx.params->find(e.name);
      if (it == ctx.params->end())
        throw QueryError("ParameterMissing", "MissingParameter", "expected parameter $" + e.name, e.pos.line,
                         e.pos.col, false);
      return it->second;
    }
    case EK::Var: return row[e.slot];
    case EK::Prop: {
      Value base = eval(*e.kids[0], row, ctx);
      return prop_of(base, e, ctx);
    }
    case EK::Index: {
      Value base = eval(*e.kids[0], row, ctx);
      Value idx = eval(*e.kids[1], row, ctx);
      if (base.is_null() || idx.is_null()) return Value();
      if (base.is_list()) {
        if (!idx.is_int()) type_error(std::string("list index must be an integer, not ") + kind_name(idx.kind()));
        const auto& l = base.as_list();
        std::int64_t i = idx.as_int();
        if (i < 0) i += static_cast<std::int64_t>(l.size());
        if (i < 0 || i >= static_cast<std::int64_t>(l.size())) return Value();
        return l[i];
      }
      if (base.is_map() || base.is_node() || base.is_rel()) {
        if (!idx.is_string()) type_error(std::string("map key must be a string, not ") + kind_name(idx.kind()));
        Expr tmp;
        tmp.kind = EK::Prop;
        tmp.name = idx.as_string();
        return prop_of(base, tmp, ctx);
      }
      type_error(std::string("cannot index a ") + kind_name(base.kind()));
    }
    case EK::Slice: {
      Value base = eval(*e.kids[0], row, ctx);
      Value a = e.kids[1] ? eval(*e.kids[1], row, ctx) : Value();
      Value b = e.kids[2] ? eval(*e.kids[2], row, ctx) : Value();
      if (base.is_null()) return Value();
      if ((e.kids[1] && a.is_null()) || (e.kids[2] && b.is_null())) return Value();
      if (!base.is_list()) type_error(std::string("cannot slice a ") + kind_name(base.kind()));
      if ((e.kids[1] && !a.is_int()) || (e.kids[2] && !b.is_int())) type_error("slice bounds must be integers");
      const auto& l = base.as_list();
      std::int64_t n = static_cast<std::int64_t>(l.size());
      std::int64_t from = e.kids[1] ? a.as_int() : 0, to = e.kids[2] ? b.as_int() : n;
      if (from < 0) from += n;
      if (to < 0) to += n;
      from = std::clamp<std::int64_t>(from, 0, n);
      to = std::clamp<std::int64_t>(to, 0, n);
      if (to <= from) return Value(List{});
      return Value(List(l.begin() + from, l.begin() + to));
    }
    case EK::List: {
      List l;
      l.reserve(e.kids.size());
      for (auto& k : e.kids) l.push_back(eval(*k, row, ctx));
      return Value(std::move(l));
    }
    case EK::Map: {
      Map m;
      for (std::size_t i = 0; i < e.kids.size(); ++i) m[e.keys[i]] = eval(*e.kids[i], row, ctx);
      return Value(std::move(m));
    }
    case EK::CountStar: return (*ctx.aggs)[e.agg_index];
    case EK::Call: {
      if (e.agg) return (*ctx.aggs)[e.agg_index];
      if (e.lname.empty()) {
        e.lname = e.name;
        for (auto& c : e.lname) c = static_cast<char>(std::tolower((unsigned char)c));
      }
      // the common graph functions without an argument vector
      if (e.kids.size() == 1 && (e.lname == "type" || e.lname == "id")) {
        Value v = eval(*e.kids[0], row, ctx);
        if (e.lname == "type" && v.is_rel() && ctx.g->rel_alive(v.as_rel().id)) return Value(ctx.g->rel_type(v.as_rel().id));
        if (e.lname == "id" && v.is_node()) return Value(static_cast<std::int64_t>(v.as_node().id));
        if (e.lname == "id" && v.is_rel()) return Value(static_cast<std::int64_t>(v.as_rel().id));
        std::vector<Value> args{std::move(v)};
        return call_function(e.lname, args, ctx, e);
      }
      std::vector<Value> args;
      args.reserve(e.kids.size());
      for (auto& k : e.kids) args.push_back(eval(*k, row, ctx));
      return call_function(e.lname, args, ctx, e);
    }
    case EK::Unary: {
      Value v = eval(*e.kids[0], row, ctx);
      switch (e.op) {
        case Op::Not: {
          v = as_bool3(v, "NOT");
          if (v.is_null()) return v;
          return Value(!v.as_bool());
        }
        case Op::Neg:
          if (v.is_null()) return v;
          if (v.is_int()) {
            if (v.as_int() == INT64_MIN) runtime_error("ArithmeticError", "IntegerOverflow", "integer overflow");
            return Value(-v.as_int());
          }
          if (v.is_float()) return Value(-v.as_float());
          type_error(std::string("cannot negate a ") + kind_name(v.kind()));
        case Op::Pos:
          if (v.is_null() || v.is_number()) return v;
          type_error(std::string("unary + needs a number, not ") + kind_name(v.kind()));
        case Op::IsNull: return Value(v.is_null());
        case Op::IsNotNull: return Value(!v.is_null());
        default: return Value();
      }
    }
    case EK::Binary: {
      switch (e.op) {
        case Op::And: {
          Value a = as_bool3(eval(*e.kids[0], row, ctx), "AND");
          if (a.is_bool() && !a.as_bool()) {
            Value b = as_bool3(eval(*e.kids[1], row, ctx), "AND");
            return Value(false);
          }
          Value b = as_bool3(eval(*e.kids[1], row, ctx), "AND");
          if (b.is_bool() && !b.as_bool()) return Value(false);
          if (a.is_null() || b.is_null()) return Value();
          return Value(true);
        }
        case Op::Or: {
          Value a = as_bool3(eval(*e.kids[0], row, ctx), "OR");
          Value b = as_bool3(eval(*e.kids[1], row, ctx), "OR");
          if ((a.is_bool() && a.as_bool()) || (b.is_bool() && b.as_bool())) return Value(true);
          if (a.is_null() || b.is_null()) return Value();
          return Value(false);
        }
        case Op::Xor: {
          Value a = as_bool3(eval(*e.kids[0], row, ctx), "XOR");
          Value b = as_bool3(eval(*e.kids[1], row, ctx), "XOR");
          if (a.is_null() || b.is_null()) return Value();
          return Value(a.as_bool() != b.as_bool());
        }
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::Div:
        case Op::Mod:
        case Op::Pow: return arith(e.op, eval(*e.kids[0], row, ctx), eval(*e.kids[1], row, ctx));
        case Op::In: {
          Value a = eval(*e.kids[0], row, ctx);
          Value b = eval(*e.kids[1], row, ctx);
          if (b.is_null()) return Value();
          if (!b.is_list()) type_error(std::string("IN expects a list, not ") + kind_name(b.kind()));
          bool unknown = false;
          for (const auto& x : b.as_list()) {
            auto r = cypher_equals(a, x);
            if (!r) unknown = true;
            else if (*r) return Value(true);
          }
          if (unknown) return Value();
          return Value(false);
        }
        case Op::StartsWith:
        case Op::EndsWith:
        case Op::Contains: {
          Value a = eval(*e.kids[0], row, ctx);
          Value b = eval(*e.kids[1], row, ctx);
          if (!a.is_string() || !b.is_string()) return Value();
          const std::string& s = a.as_string();
          const std::string& t = b.as_string();
          if (e.op == Op::StartsWith) return Value(s.compare(0, t.size(), t) == 0 && s.size() >= t.size());
          if (e.op == Op::EndsWith)
            return Value(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
          return Value(s.find(t) != std::string::npos);
        }
        case Op::Regex: {
          Value a = eval(*e.kids[0], row, ctx);
          Value b = eval(*e.kids[1], row, ctx);
          if (!a.is_string() || !b.is_string()) return Value();
          return Value(RE2::FullMatch(a.as_string(), regex_for(b.as_string())));
        }
        default: return Value();
      }
    }
    case EK::Compare: {
      Value prev = eval(*e.kids[0], row, ctx);
      bool any_null = false;
      bool result = true;
      for (std::size_t i = 0; i < e.ops.size(); ++i) {
        Value next = eval(*e.kids[i + 1], row, ctx);
        Value r = compare_op(e.ops[i], prev, next);
        if (r.is_null()) any_null = true;
        else if (!r.as_bool()) result = false;
        prev = std::move(next);
      }
      if (!result) return Value(false);
      if (any_null) return Value();
      return Value(true);
    }
    case EK::Labels: {
      Value v = eval(*e.kids[0], row, ctx);
      if (v.is_null()) return v;
      if (!v.is_node()) type_error(std::string("label check needs a node, not ") + kind_name(v.kind()));
      NodeId n = v.as_node().id;
      if (!ctx.g->node_alive(n)) deleted("node");
      for (const auto& l : e.keys) {
        auto id = ctx.g->symbols().find(l);
        if (!id || !ctx.g->node(n).has_label(*id)) return Value(false);
      }
      return Value(true);
    }
    case EK::Case: {
      std::size_t i = 0;
      Value subject;
      if (e.has_subject) subject = eval(*e.kids[i++], row, ctx);
      std::size_t end = e.kids.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < end + 1 && i < end; i += 2) {
        if (e.has_subject) {
          Value w = eval(*e.kids[i], row, ctx);
          auto r = cypher_equals(subject, w);
          if ((r && *r) || (subject.is_null() && w.is_null())) return eval(*e.kids[i + 1], row, ctx);
        } else {
          Value w = eval(*e.kids[i], row, ctx);
          if (w.is_bool() && w.as_bool()) return eval(*e.kids[i + 1], row, ctx);
        }
      }
      if (e.has_else) return eval(*e.kids.back(), row, ctx);
      return Value();
    }
    case EK::ListComp: {
      Value src = eval(*e.kids[0], row, ctx);
      if (src.is_null()) return Value();
      if (!src.is_list()) type_error(std::string("expected a list, not ") + kind_name(src.kind()));
      List out;
      Value saved = row[e.slot];
      for (const auto& x : src.as_list()) {
        row[e.slot] = x;
        if (e.kids[1] && !eval_pred(*e.kids[1], row, ctx)) continue;
        out.push_back(e.kids[2] ? eval(*e.kids[2], row, ctx) : x);
      }
      row[e.slot] = saved;
      return Value(std::move(out));
    }
    case EK::Quantifier: {
      Value src = eval(*e.kids[0], row, ctx);
      if (src.is_null()) return Value();
      if (!src.is_list()) type_error(std::string("expected a list, not ") + kind_name(src.kind()));
      std::size_t yes = 0, unknown = 0, n = src.as_list().size();
      Value saved = row[e.slot];
      for (const auto& x : src.as_list()) {
        row[e.slot] = x;
        Value r = eval(*e.kids[1], row, ctx);
        if (r.is_null()) ++unknown;
        else if (!r.is_bool()) type_error("quantifier predicate must be boolean");
        else if (r.as_bool()) ++yes;
      }
      row[e.slot] = saved;
      std::size_t no = n - yes - unknown;
      if (e.name == "all") {
        if (no) return Value(false);
        if (unknown) return Value();
        return Value(true);
      }
      if (e.name == "any") {
        if (yes) return Value(true);
        if (unknown) return Value();
        return Value(false);
      }
      if (e.name == "none") {
        if (yes) return Value(false);
        if (unknown) return Value();
        return Value(true);
      }
      // single
      if (yes > 1) return Value(false);
      if (unknown) return Value();
      return Value(yes == 1);
    }
    case EK::Reduce: {
      Value acc = eval(*e.kids[0], row, ctx);
      Value src = eval(*e.kids[1], row, ctx);
      if (src.is_null()) return Value();
      if (!src.is_list()) type_error(std::string("expected a list, not ") + kind_name(src.kind()));
      Value s1 = row[e.slot], s2 = row[e.slot2];
      for (const auto& x : src.as_list()) {
        row[e.slot] = acc;
        row[e.slot2] = x;
        acc = eval(*e.kids[2], row, ctx);
      }
      row[e.slot] = s1;
      row[e.slot2] = s2;
      return acc;
    }
    case EK::PatternPred:
    case EK::Exists: {
      bool found = false;
      ctx.match_pattern(e, row, [&](Row&) {
        found = true;
        return false;
      });
      return Value(found);
    }
    case EK::PatternComp: {
      List out;
      ctx.match_pattern(e, row, [&](Row& r) {
        if (e.kids[0] && !eval_pred(*e.kids[0], r, ctx)) return true;
        out.push_back(eval(*e.kids[1], r, ctx));
        return true;
      });
      return Value(std::move(out));
    }
    case EK::MapProj: {
      Value base = eval(*e.kids[0], row, ctx);
      if (base.is_null()) return Value();
      Map m;
      for (std::size_t i = 0; i < e.keys.size(); ++i) {
        const std::string& k = e.keys[i];
        if (k == "*") {
          if (base.is_node()) {
            for (auto& [kk, vv] : ctx.g->node_props(base.as_node().id)) m[kk] = vv;
          } else if (base.is_rel()) {
            for (auto& [kk, vv] : ctx.g->rel_props(base.as_rel().id)) m[kk] = vv;
          } else if (base.is_map()) {
            for (auto& [kk, vv] : base.as_map()) m[kk] = vv;
          }
        } else if (k[0] == '.') {
          Expr tmp;
          tmp.kind = EK::Prop;
          tmp.name = k.substr(1);
          m[tmp.name] = prop_of(base, tmp, ctx);
        } else {
          m[k] = eval(*e.kids[i + 1], row, ctx);  // kids[0] is the base
        }
      }
      return Value(std::move(m));
    }
  }
  return Value();
}

// ---------------- aggregation ----------------

namespace {
enum AggFn { kCount, kSum, kAvg, kMin, kMax, kCollect, kOther };
int agg_code(const Expr& call) {
  if (call.fn_code >= 0) return call.fn_code;
  std::string n = call.name;
  for (auto& c : n) c = static_cast<char>(std::tolower((unsigned char)c));
  int code = n == "count" ? kCount : n == "sum" ? kSum : n == "avg" ? kAvg : n == "min" ? kMin : n == "max" ? kMax
           : n == "collect" ? kCollect : kOther;
  call.fn_code = code;
  return code;
}
}  // namespace

void agg_update(const Expr& call, AggState& st, Row& row, EvalCtx& ctx) {
  if (call.kind == EK::CountStar) {
    ++st.count;
    return;
  }
  int code = agg_code(call);
  if (code == kCount && !call.distinct) {
    if (call.kids[0]->kind == EK::Var ? !row[call.kids[0]->slot].is_null()
                                      : !eval(*call.kids[0], row, ctx).is_null())
      ++st.count;
    return;
  }
  Value v = eval(*call.kids[0], row, ctx);
  if (call.kids.size() > 1 && st.param.is_null()) st.param = eval(*call.kids[1], row, ctx);
  if (v.is_null()) return;
  if (call.distinct && !st.first_sight(v)) return;
  if (code == kCount) {
    ++st.count;
    return;
  }
  std::string n = call.name;
  for (auto& c : n) c = static_cast<char>(std::tolower((unsigned char)c));
  if (n == "count") {
    ++st.count;
  } else if (n == "sum" || n == "avg") {
    if (!v.is_number()) type_error(std::string(n) + "() needs numbers, not " + kind_name(v.kind()));
    ++st.count;
    if (v.is_int() && st.all_int && !st.overflow) {
      std::int64_t r;
      if (__builtin_add_overflow(st.isum, v.as_int(), &r)) st.overflow = true;
      else st.isum = r;
    } else {
      st.all_int = false;
    }
    st.fsum += v.as_number();
  } else if (n == "min" || n == "max") {
    if (st.acc.is_null()) {
      st.acc = v;
    } else {
      int c = order_compare(v, st.acc);
      // numbers order before strings etc.; min/max within the global order
      if ((n == "min" && c < 0) || (n == "max" && c > 0)) st.acc = v;
    }
  } else {
    if (n != "collect" && !v.is_number())
      type_error(std::string(n) + "() needs numbers, not " + kind_name(v.kind()));
    if (ctx.budget) ctx.budget(1, true);
    st.items.push_back(v);
  }
}

Value agg_result(const Expr& call, AggState& st, Row& row, EvalCtx& ctx) {
  if (call.kind == EK::CountStar) return Value(st.count);
  std::string n = call.name;
  for (auto& c : n) c = static_cast<char>(std::tolower((unsigned char)c));
  if (n == "count") return Value(st.count);
  if (n == "sum") {
    if (st.all_int && !st.overflow) return Value(st.isum);
    if (st.all_int && st.overflow) runtime_error("ArithmeticError", "IntegerOverflow", "integer overflow in sum()");
    return Value(st.fsum);
  }
  if (n == "avg") {
    if (!st.count) return Value();
    if (st.all_int && !st.overflow) return Value(static_cast<double>(st.isum) / static_cast<double>(st.count));
    return Value(st.fsum / static_cast<double>(st.count));
  }
  if (n == "min" || n == "max") return st.acc;
  if (n == "collect") return Value(List(st.items));
  if (n == "stdev" || n == "stdevp") {
    std::size_t k = st.items.size();
    if (k == 0 || (n == "stdev" && k < 2)) return Value(0.0);
    double mean = 0;
    for (auto& x : st.items) mean += x.as_number();
    mean /= static_cast<double>(k);
    double ss = 0;
    for (auto& x : st.items) ss += (x.as_number() - mean) * (x.as_number() - mean);
    return Value(std::sqrt(ss / static_cast<double>(n == "stdev" ? k - 1 : k)));
  }
  if (n == "percentiledisc" || n == "percentilecont") {
    if (st.param.is_null()) {
      if (call.kids.size() > 1) st.param = eval(*call.kids[1], row, ctx);
    }
    if (!st.param.is_number()) type_error("percentile must be a number");
    double p = st.param.as_number();
    if (p < 0 || p > 1 || std::isnan(p))
      runtime_error("ArgumentError", "NumberOutOfRange", "percentile must be between 0.0 and 1.0");
    if (st.items.empty()) return Value();
    std::vector<Value> xs = st.items;
    std::sort(xs.begin(), xs.end(), [](const Value& a, const Value& b) { return order_compare(a, b) < 0; });
    std::size_t k = xs.size();
    if (n == "percentiledisc") {
      double pos = p * static_cast<double>(k);
      std::size_t idx = pos <= 0 ? 0 : static_cast<std::size_t>(std::ceil(pos)) - 1;
      if (idx >= k) idx = k - 1;
      return xs[idx];
    }
    double pos = p * static_cast<double>(k - 1);
    std::size_t lo = static_cast<std::size_t>(std::floor(pos)), hi = static_cast<std::size_t>(std::ceil(pos));
    double frac = pos - static_cast<double>(lo);
    return Value(xs[lo].as_number() + (xs[hi].as_number() - xs[lo].as_number()) * frac);
  }
  return Value();
}

}  // namespace kg::query
