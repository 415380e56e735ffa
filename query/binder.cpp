#include "query/binder.h"

#include <algorithm>
#include <map>
#include <functional>
#include <optional>
#include <set>

#include "query/errors.h"

namespace kg::query {

namespace {

enum class VT { Any, Node, Rel, RelList, Path, Value };

struct VarInfo {
  int slot;
  VT type;
};
using Scope = std::map<std::string, VarInfo>;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower((unsigned char)c));
  return s;
}

[[noreturn]] void err(const std::string& code, const std::string& msg, Pos p) {
  syntax_error(code, msg, p.line, p.col);
}

bool contains_agg(const ExprP& e) {
  if (!e) return false;
  if (e->agg) return true;
  if (e->kind == EK::ListComp || e->kind == EK::Quantifier || e->kind == EK::Reduce) {
    for (auto& k : e->kids)
      if (contains_agg(k)) return true;
    return false;
  }
  for (auto& k : e->kids)
    if (contains_agg(k)) return true;
  return false;
}

class Binder {
 public:
  Binder(std::string_view text) : text_(text) {}

  void bind(Statement& st) {
    std::vector<std::string> cols0;
    for (std::size_t i = 0; i < st.parts.size(); ++i) {
      scope_.clear();
      nslots_ = 0;
      bind_query(st.parts[i]);
      st.parts[i].num_slots = nslots_;
      if (writes_) st.writes = true;
      std::vector<std::string> cols;
      const Clause& last = st.parts[i].clauses.back();
      if (last.kind == Clause::Return)
        for (auto& it : last.proj.items) cols.push_back(it.alias);
      if (i == 0) {
        cols0 = cols;
      } else if (cols != cols0) {
        err("DifferentColumnsInUnion", "all sub queries in a UNION must have the same return column names",
            last.pos);
      }
    }
  }

 private:
  std::string src(const ExprP& e) const { return std::string(text_.substr(e->begin, e->end - e->begin)); }
  int alloc() { return nslots_++; }

  void bind_query(SingleQuery& q) {
    for (std::size_t i = 0; i < q.clauses.size(); ++i) {
      Clause& c = q.clauses[i];
      bool last = i + 1 == q.clauses.size();
      if (c.kind == Clause::Return && !last) err("UnexpectedSyntax", "RETURN can only be used at the end of the query", c.pos);
      if (last && c.kind != Clause::Return && !(c.kind == Clause::Create || c.kind == Clause::Merge ||
                                                c.kind == Clause::Set || c.kind == Clause::Remove ||
                                                c.kind == Clause::Delete))
        err("InvalidClauseComposition", "query cannot conclude with " + clause_name(c.kind) +
                                            " (must be RETURN or an update clause)", c.pos);
      if (c.kind == Clause::Match && i > 0 && !c.optional) {
        // MATCH after OPTIONAL MATCH is fine; nothing to check here.
      }
      bind_clause(c);
    }
  }

  static std::string clause_name(Clause::K k) {
    switch (k) {
      case Clause::Match: return "MATCH";
      case Clause::Unwind: return "UNWIND";
      case Clause::With: return "WITH";
      case Clause::Return: return "RETURN";
      case Clause::Create: return "CREATE";
      case Clause::Merge: return "MERGE";
      case Clause::Set: return "SET";
      case Clause::Remove: return "REMOVE";
      case Clause::Delete: return "DELETE";
    }
    return "?";
  }

  VT infer(const ExprP& e) {
    switch (e->kind) {
      case EK::Literal: return e->lit.is_null() ? VT::Any : VT::Value;
      case EK::List:
      case EK::Map:
      case EK::Compare:
      case EK::ListComp:
      case EK::Labels:
        return VT::Value;
      case EK::Var: {
        auto it = scope_.find(e->name);
        return it == scope_.end() ? VT::Any : it->second.type;
      }
      case EK::Binary:
        return VT::Value;
      default: return VT::Any;
    }
  }

  // ---- expressions ----
  struct Ctx {
    bool allow_agg = false;
    bool in_agg = false;
    const char* where = "";
  };

  // The value kind of an expression when it is known at compile time.
  std::optional<Value::Kind> static_kind(const ExprP& e) {
    switch (e->kind) {
      case EK::Literal: return e->lit.kind();
      case EK::List:
      case EK::ListComp:
      case EK::PatternComp: return Value::Kind::List;
      case EK::Map:
      case EK::MapProj: return Value::Kind::Map;
      case EK::Var: {
        auto it = scope_.find(e->name);
        if (it == scope_.end()) return std::nullopt;
        switch (it->second.type) {
          case VT::Node: return Value::Kind::Node;
          case VT::Rel: return Value::Kind::Rel;
          case VT::Path: return Value::Kind::Path;
          case VT::RelList: return Value::Kind::List;
          default: return std::nullopt;
        }
      }
      default: return std::nullopt;
    }
  }

  void type_check(const ExprP& e) {
    auto bad = [&](const ExprP& x, const char* what) {
      auto k = static_kind(x);
      if (k && *k != Value::Kind::Null && *k != Value::Kind::Bool)
        err("InvalidArgumentType", std::string(what) + " expects a boolean, not " + kind_name(*k), x->pos);
    };
    if (e->kind == EK::Binary && (e->op == Op::And || e->op == Op::Or || e->op == Op::Xor)) {
      const char* n = e->op == Op::And ? "AND" : e->op == Op::Or ? "OR" : "XOR";
      bad(e->kids[0], n);
      bad(e->kids[1], n);
    } else if (e->kind == EK::Prop) {
      auto k = static_kind(e->kids[0]);
      if (k && *k != Value::Kind::Null && *k != Value::Kind::Node && *k != Value::Kind::Rel &&
          *k != Value::Kind::Map)
        err("InvalidArgumentType", std::string("cannot read a property of a ") + kind_name(*k), e->pos);
    } else if (e->kind == EK::Unary && e->op == Op::Not) {
      bad(e->kids[0], "NOT");
    } else if (e->kind == EK::Binary && e->op == Op::In) {
      auto k = static_kind(e->kids[1]);
      if (k && *k != Value::Kind::Null && *k != Value::Kind::List)
        err("InvalidArgumentType", std::string("IN expects a list, not ") + kind_name(*k), e->kids[1]->pos);
    } else if (e->kind == EK::Call && e->kids.size() == 1) {
      std::string ln = lower(e->name);
      auto k = static_kind(e->kids[0]);
      if (ln == "size" && e->kids[0]->kind == EK::PatternPred)
        err("UnexpectedSyntax", "size() of a pattern is not allowed; use count() or exists()", e->kids[0]->pos);
      if (k && ln == "length" && (*k == Value::Kind::Node || *k == Value::Kind::Rel))
        err("InvalidArgumentType", std::string("length() expects a path, not ") + kind_name(*k), e->kids[0]->pos);
      if (k && ln == "size" && *k == Value::Kind::Path)
        err("InvalidArgumentType", "size() expects a list or a string, not a path", e->kids[0]->pos);
    }
  }

  void bind_expr(ExprP& e, Ctx c) {
    if (!e) return;
    type_check(e);
    switch (e->kind) {
      case EK::Var: {
        auto it = scope_.find(e->name);
        if (it == scope_.end()) err("UndefinedVariable", "variable `" + e->name + "` not defined", e->pos);
        e->slot = it->second.slot;
        return;
      }
      case EK::CountStar:
      case EK::Call: {
        std::string ln = lower(e->name);
        if (e->agg) {
          if (c.in_agg) err("NestedAggregation", "aggregate functions cannot be nested", e->pos);
          Ctx c2 = c;
          c2.in_agg = true;
          c2.allow_agg = true;
          for (auto& k : e->kids) bind_expr(k, c2);
          if (!c.allow_agg)
            err("InvalidAggregation", std::string("aggregation is not allowed ") + c.where, e->pos);
          if (ln == "count" && e->kind == EK::Call && e->kids.size() == 1 && e->kids[0]->kind == EK::Call &&
              lower(e->kids[0]->name) == "rand")
            err("NonConstantExpression", "non-deterministic expression inside an aggregation", e->pos);
          if (ln != "percentiledisc" && ln != "percentilecont" && e->kind == EK::Call && e->kids.size() != 1)
            err("InvalidNumberOfArguments", "wrong number of arguments to " + e->name, e->pos);
          return;
        }
        if (!is_known_function(ln)) err("UnknownFunction", "unknown function '" + e->name + "'", e->pos);
        for (auto& k : e->kids) bind_expr(k, c);
        return;
      }
      case EK::ListComp:
      case EK::Quantifier: {
        bind_expr(e->kids[0], c);
        Scope saved = scope_;
        e->slot = alloc();
        scope_[e->var] = {e->slot, VT::Any};
        for (std::size_t i = 1; i < e->kids.size(); ++i) bind_expr(e->kids[i], c);
        scope_ = saved;
        return;
      }
      case EK::Reduce: {
        bind_expr(e->kids[0], c);
        bind_expr(e->kids[1], c);
        Scope saved = scope_;
        e->slot = alloc();   // accumulator
        e->slot2 = alloc();  // element
        scope_[e->name] = {e->slot, VT::Any};
        scope_[e->var] = {e->slot2, VT::Any};
        bind_expr(e->kids[2], c);
        scope_ = saved;
        return;
      }
      case EK::PatternPred:
      case EK::Exists:
      case EK::PatternComp: {
        Scope saved = scope_;
        bind_expr_pattern(*e->pattern, e->kind != EK::PatternComp, c);
        for (auto& k : e->kids) bind_expr(k, c);
        scope_ = saved;
        return;
      }
      default:
        for (auto& k : e->kids) bind_expr(k, c);
    }
  }

  void bind_expr_pattern(PatternPart& p, bool no_new_vars, Ctx c) {
    if (!p.path_var.empty()) {
      if (scope_.count(p.path_var)) err("VariableAlreadyBound", "variable `" + p.path_var + "` already declared", p.pos);
      p.path_slot = alloc();
      scope_[p.path_var] = {p.path_slot, VT::Path};
    }
    for (auto& n : p.nodes) {
      if (!n.var.empty()) {
        auto it = scope_.find(n.var);
        if (it != scope_.end()) {
          n.slot = it->second.slot;
          n.bound = true;
        } else {
          if (no_new_vars) err("UndefinedVariable", "variable `" + n.var + "` not defined", n.pos);
          n.slot = alloc();
          scope_[n.var] = {n.slot, VT::Node};
        }
      } else {
        n.slot = alloc();
      }
      if (n.props) bind_expr(n.props, c);
    }
    for (auto& r : p.rels) {
      if (!r.var.empty()) {
        auto it = scope_.find(r.var);
        if (it != scope_.end()) {
          r.slot = it->second.slot;
          r.bound = true;
        } else {
          if (no_new_vars) err("UndefinedVariable", "variable `" + r.var + "` not defined", r.pos);
          r.slot = alloc();
          scope_[r.var] = {r.slot, r.varlen ? VT::RelList : VT::Rel};
        }
      } else {
        r.slot = alloc();
      }
      if (r.props) bind_expr(r.props, c);
    }
  }

  // ---- patterns in clauses ----
  enum class PatMode { Match, Create, Merge };

  void bind_pattern(PatternPart& p, PatMode mode, Clause& c, std::set<std::string>& rels_here) {
    Ctx ctx;
    ctx.where = "in a pattern";
    if (!p.path_var.empty()) {
      if (scope_.count(p.path_var)) err("VariableAlreadyBound", "variable `" + p.path_var + "` already declared", p.pos);
      for (auto& n : p.nodes)
        if (n.var == p.path_var) err("VariableAlreadyBound", "variable `" + p.path_var + "` already declared", n.pos);
      for (auto& r : p.rels)
        if (r.var == p.path_var) err("VariableAlreadyBound", "variable `" + p.path_var + "` already declared", r.pos);
    }
    if (p.fn != PatternPart::Plain) {
      if (p.rels.size() != 1) err("UnexpectedSyntax", "shortestPath needs a single relationship pattern", p.pos);
    }
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
      NodePat& n = p.nodes[i];
      if (n.props && n.props->kind == EK::Param && mode != PatMode::Create)
        err("InvalidParameterUse", "parameter maps cannot be used in MATCH or MERGE patterns", n.props->pos);
      if (!n.var.empty()) {
        auto it = scope_.find(n.var);
        if (it != scope_.end()) {
          VT t = it->second.type;
          if (t != VT::Node && t != VT::Any)
            err("VariableTypeConflict", "variable `" + n.var + "` is not a node", n.pos);
          if (mode != PatMode::Match && (!n.labels.empty() || n.props))
            err("VariableAlreadyBound", "variable `" + n.var + "` already declared", n.pos);
          if (mode == PatMode::Merge && p.nodes.size() == 1)
            err("VariableAlreadyBound", "variable `" + n.var + "` already declared", n.pos);
          n.slot = it->second.slot;
          n.bound = !declared_here_.count(n.var);
          if (mode == PatMode::Create && p.nodes.size() == 1 && p.rels.empty() && !declared_here_.count(n.var))
            err("VariableAlreadyBound", "variable `" + n.var + "` already declared", n.pos);
        } else {
          n.slot = alloc();
          scope_[n.var] = {n.slot, VT::Node};
          declared_here_.insert(n.var);
          c.new_slots.push_back(n.slot);
        }
      } else {
        n.slot = alloc();
        c.new_slots.push_back(n.slot);
      }
      if (n.props) bind_expr(n.props, ctx);
    }
    for (auto& r : p.rels) {
      if (r.props && r.props->kind == EK::Param && mode != PatMode::Create)
        err("InvalidParameterUse", "parameter maps cannot be used in MATCH or MERGE patterns", r.props->pos);
      if (mode != PatMode::Match && !r.var.empty() && scope_.count(r.var))
        err("VariableAlreadyBound", "variable `" + r.var + "` already declared", r.pos);
      if (mode != PatMode::Match) {
        if (r.types.size() != 1)
          err("NoSingleRelationshipType", "a relationship must have exactly one type to be created", r.pos);
        if (r.varlen) err("CreatingVarLength", "variable length relationships cannot be created", r.pos);
        if (mode == PatMode::Create && r.dir == Dir::Both)
          err("RequiresDirectedRelationship", "only directed relationships can be created", r.pos);
      }
      if (!r.var.empty()) {
        auto it = scope_.find(r.var);
        if (it != scope_.end()) {
          if (mode != PatMode::Match) err("VariableAlreadyBound", "variable `" + r.var + "` already declared", r.pos);
          VT t = it->second.type;
          if (rels_here.count(r.var))
            err("RelationshipUniquenessViolation", "relationship `" + r.var + "` used twice in one pattern", r.pos);
          if (r.varlen) {
            if (t != VT::RelList && t != VT::Any && t != VT::Value)
              err("VariableTypeConflict", "variable `" + r.var + "` is not a relationship list", r.pos);
          } else if (t != VT::Rel && t != VT::Any) {
            err("VariableTypeConflict", "variable `" + r.var + "` is not a relationship", r.pos);
          }
          r.slot = it->second.slot;
          r.bound = true;
        } else {
          r.slot = alloc();
          scope_[r.var] = {r.slot, r.varlen ? VT::RelList : VT::Rel};
          c.new_slots.push_back(r.slot);
        }
        rels_here.insert(r.var);
      } else {
        r.slot = alloc();
        c.new_slots.push_back(r.slot);
      }
      if (r.props) bind_expr(r.props, ctx);
    }
    if (!p.path_var.empty()) {
      p.path_slot = alloc();
      scope_[p.path_var] = {p.path_slot, VT::Path};
      c.new_slots.push_back(p.path_slot);
    }
  }

  // ---- clauses ----
  void bind_clause(Clause& c) {
    declared_here_.clear();
    Ctx plain;
    switch (c.kind) {
      case Clause::Match: {
        std::set<std::string> rels_here;
        for (auto& p : c.patterns) bind_pattern(*p, PatMode::Match, c, rels_here);
        Ctx w;
        w.where = "in WHERE";
        bind_expr(c.where, w);
        break;
      }
      case Clause::Unwind: {
        Ctx u;
        u.where = "in UNWIND";
        bind_expr(c.expr, u);
        if (scope_.count(c.var)) err("VariableAlreadyBound", "variable `" + c.var + "` already declared", c.pos);
        c.slot = alloc();
        scope_[c.var] = {c.slot, VT::Any};
        break;
      }
      case Clause::Create: {
        writes_ = true;
        std::set<std::string> rels_here;
        for (auto& p : c.patterns) bind_pattern(*p, PatMode::Create, c, rels_here);
        break;
      }
      case Clause::Merge: {
        writes_ = true;
        std::set<std::string> rels_here;
        for (auto& p : c.patterns) bind_pattern(*p, PatMode::Merge, c, rels_here);
        for (auto& it : c.set_items) bind_set_item(it);
        for (auto& it : c.on_match) bind_set_item(it);
        break;
      }
      case Clause::Set:
      case Clause::Remove:
        writes_ = true;
        for (auto& it : c.set_items) bind_set_item(it);
        break;
      case Clause::Delete:
        writes_ = true;
        for (auto& e : c.exprs) {
          if (e->kind == EK::Labels) err("InvalidDelete", "cannot delete a label", e->pos);
          Ctx d;
          d.where = "in DELETE";
          bind_expr(e, d);
          VT t = infer(e);
          if (t == VT::Value) err("InvalidArgumentType", "DELETE expects a node, relationship or path", e->pos);
        }
        break;
      case Clause::With:
      case Clause::Return:
        bind_projection(c);
        break;
    }
    (void)plain;
  }

  void bind_set_item(SetItem& it) {
    Ctx ctx;
    ctx.where = "in SET";
    bind_expr(it.target, ctx);
    bind_expr(it.value, ctx);
  }

  // Replace sub-expressions of an ORDER BY key that repeat a projected expression or
  // name a projected alias by a reference to the projected slot.
  ExprP rewrite_order(const ExprP& e, const Projection& pr) {
    if (!e) return e;
    std::string t = src(e);
    for (auto& it : pr.items) {
      bool same_text = src(it.expr) == t && e->kind != EK::Literal;
      if (same_text) {
        auto v = make_expr(EK::Var, e->pos);
        v->name = it.alias;
        v->slot = it.slot;
        v->begin = e->begin;
        v->end = e->end;
        v->lit = Value(true);  // marks "already bound"
        return v;
      }
    }
    if (e->kind == EK::Var) return e;
    auto copy = std::make_shared<Expr>(*e);
    for (auto& k : copy->kids) k = rewrite_order(k, pr);
    return copy;
  }

  void bind_order_expr(ExprP& e, Ctx c) {
    if (!e) return;
    if (e->kind == EK::Var && e->slot >= 0 && e->lit.is_bool()) return;  // rewritten reference
    if (e->kind == EK::ListComp || e->kind == EK::Quantifier || e->kind == EK::Reduce ||
        e->kind == EK::PatternPred || e->kind == EK::PatternComp || e->kind == EK::Exists) {
      bind_expr(e, c);
      return;
    }
    if (e->kind == EK::Var || e->agg) {
      bind_expr(e, c);
      return;
    }
    for (auto& k : e->kids) bind_order_expr(k, c);
  }

  void check_agg_item(const ExprP& e, const std::set<std::string>& key_texts,
                      const std::set<std::string>& key_vars, bool in_order = false) {
    if (!e || e->agg) return;
    bool simple = e->kind == EK::Var || (e->kind == EK::Prop && e->kids[0]->kind == EK::Var);
    if (simple && key_texts.count(src(e))) return;
    if (e->kind == EK::Var) {
      if (!key_vars.count(e->name) && in_order && !item_vars_.count(e->name))
        err("UndefinedVariable", "variable `" + e->name + "` not defined", e->pos);
      if (!key_vars.count(e->name))
        err("AmbiguousAggregationExpression",
            "expression mixes aggregation with variable `" + e->name + "` that is not a grouping key", e->pos);
      return;
    }
    if (e->kind == EK::ListComp || e->kind == EK::Quantifier || e->kind == EK::Reduce) {
      return;
    }
    for (auto& k : e->kids) check_agg_item(k, key_texts, key_vars, in_order);
  }

  void bind_limit(ExprP& e, const char* what) {
    if (!e) return;
    Scope saved = scope_;
    scope_.clear();
    try {
      Ctx c;
      c.where = what;
      bind_expr(e, c);
    } catch (const QueryError& q) {
      scope_ = saved;
      if (q.code == "UndefinedVariable")
        err("NonConstantExpression", std::string("the expression of ") + what + " must be constant", e->pos);
      throw;
    }
    scope_ = saved;
    if (e->kind == EK::Literal) {
      if (e->lit.is_int() && e->lit.as_int() < 0)
        err("NegativeIntegerArgument", std::string(what) + " must not be negative", e->pos);
      if (!e->lit.is_int())
        err("InvalidArgumentType", std::string(what) + " must be an integer", e->pos);
    }
  }

  void bind_projection(Clause& c) {
    Projection& pr = c.proj;
    bool is_with = c.kind == Clause::With;
    if (pr.star) {
      std::vector<ProjItem> star_items;
      for (auto& [name, info] : scope_) {
        ProjItem it;
        auto v = make_expr(EK::Var, c.pos);
        v->name = name;
        it.expr = v;
        it.alias = name;
        it.has_alias = true;
        star_items.push_back(it);
      }
      if (star_items.empty() && pr.items.empty() && !is_with)
        err("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope", c.pos);
      star_items.insert(star_items.end(), pr.items.begin(), pr.items.end());
      pr.items = star_items;
    }
    Ctx ic;
    ic.allow_agg = true;
    bool aggregating = false;
    std::set<std::string> names;
    for (auto& it : pr.items) {
      bind_expr(it.expr, ic);
      if (!names.insert(it.alias).second)
        err("ColumnNameConflict", "multiple result columns with the same name `" + it.alias + "`", it.expr->pos);
      if (contains_agg(it.expr)) aggregating = true;
    }
    if (aggregating) {
      std::set<std::string> key_texts, key_vars;
      for (auto& it : pr.items) {
        if (contains_agg(it.expr)) continue;
        key_texts.insert(src(it.expr));
        if (it.expr->kind == EK::Var) key_vars.insert(it.expr->name);
      }
      for (auto& it : pr.items)
        if (contains_agg(it.expr)) check_agg_item(it.expr, key_texts, key_vars);
    }
    if (aggregating) {
      std::set<std::string> key_texts, key_vars;
      for (auto& it : pr.items) {
        if (contains_agg(it.expr)) continue;
        key_texts.insert(src(it.expr));
        if (it.expr->kind == EK::Var) key_vars.insert(it.expr->name);
        key_vars.insert(it.alias);
      }
      item_vars_.clear();
      std::function<void(const ExprP&)> collect = [&](const ExprP& x) {
        if (!x) return;
        if (x->kind == EK::Var) item_vars_.insert(x->name);
        for (auto& k : x->kids) collect(k);
      };
      for (auto& it : pr.items) collect(it.expr);
      for (auto& s : pr.order)
        if (contains_agg(s.expr)) {
          bool projected = false;
          for (auto& it : pr.items)
            if (src(it.expr) == src(s.expr)) projected = true;
          if (!projected) check_agg_item(s.expr, key_texts, key_vars, true);
        }
    }
    for (auto& it : pr.items)
      if (is_with && !it.has_alias && it.expr->kind != EK::Var)
        err("NoExpressionAlias", "expression in WITH must be aliased (use AS)", it.expr->pos);
    // new scope
    Scope old = scope_;
    Scope fresh;
    for (auto& it : pr.items) {
      it.slot = alloc();
      fresh[it.alias] = {it.slot, infer(it.expr)};
    }
    // ORDER BY sees the new scope, and the old one unless aggregating / DISTINCT
    for (auto& s : pr.order) {
      s.expr = rewrite_order(s.expr, pr);
      Scope combined = fresh;
      if (!aggregating && !pr.distinct)
        for (auto& [k, v] : old)
          if (!combined.count(k)) combined[k] = v;
      scope_ = combined;
      Ctx oc;
      oc.allow_agg = false;
      oc.where = "in ORDER BY";
      try {
        bind_order_expr(s.expr, oc);
      } catch (const QueryError& q) {
        if (q.code == "InvalidAggregation" && aggregating) {
          // ORDER BY an aggregate that is not projected
          throw;
        }
        if (q.code == "UndefinedVariable" && (aggregating || pr.distinct) && old.count(s.expr->name)) throw;
        throw;
      }
    }
    scope_ = fresh;
    bind_limit(pr.skip, "SKIP");
    bind_limit(pr.limit, "LIMIT");
    if (pr.where) {
      Ctx w;
      w.where = "in WHERE";
      Scope combined = fresh;
      for (auto& [k, v] : old)
        if (!combined.count(k)) combined[k] = v;
      scope_ = combined;
      bind_expr(pr.where, w);
      scope_ = fresh;
    }
    for (auto& it : pr.items) c.visible.push_back(it.slot);
  }

  std::string_view text_;
  Scope scope_;
  int nslots_ = 0;
  bool writes_ = false;
  std::set<std::string> declared_here_;
  std::set<std::string> item_vars_;  // variables read by the current projection's items
};

}  // namespace

void bind_statement(Statement& st, std::string_view text) { Binder(text).bind(st); }

}  // namespace kg::query
