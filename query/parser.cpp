#include "query/parser.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "query/errors.h"
#include "query/lexer.h"

namespace kg::query {

namespace {

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower((unsigned char)a[i]) != std::tolower((unsigned char)b[i])) return false;
  return true;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower((unsigned char)c));
  return s;
}

const char* kAggregates[] = {"count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp",
                             "percentiledisc", "percentilecont"};

bool is_aggregate(const std::string& lname) {
  for (auto a : kAggregates)
    if (lname == a) return true;
  return false;
}

struct Backtrack {};

// Limits that keep hostile input from exhausting the stack (docs/RELIABILITY.md):
// - brackets, braces, function calls, CASE and other expressions inside expressions may
//   nest kMaxBracketDepth deep (each level is a chain of recursive parser calls);
// - an expression tree may be kMaxOperatorDepth operators deep, whatever builds it
//   (a long sum, a chain of NOTs or minus signs, a.b.c.d...). The parser builds such
//   chains with loops; the binder, planner and evaluator walk the tree recursively, so
//   the depth is checked here, once, for all of them.
constexpr int kMaxBracketDepth = 400;
constexpr int kMaxOperatorDepth = 10000;

class Parser {
 public:
  Parser(std::string_view src) : src_(src), toks_(lex(src)) {}

  Statement statement() {
    Statement st;
    if (kw("EXPLAIN")) {
      next();
      st.explain = true;
    } else if (kw("PROFILE")) {
      next();
      st.profile = true;
    }
    st.parts.push_back(single_query());
    while (kw("UNION")) {
      next();
      bool all = false;
      if (kw("ALL")) {
        next();
        all = true;
      }
      st.union_all.push_back(all);
      st.parts.push_back(single_query());
    }
    if (is_punct(";")) next();
    if (cur().kind != Tok::End) fail("expected end of query");
    return st;
  }

 private:
  // ---- token helpers ----
  const Token& cur() const { return toks_[i_]; }
  const Token& peek(int k = 1) const { return toks_[std::min(i_ + k, toks_.size() - 1)]; }
  void next() {
    if (i_ + 1 < toks_.size()) {
      prev_end_ = toks_[i_].end;
      ++i_;
    }
  }
  bool kw(const char* w) const { return cur().kind == Tok::Ident && !cur().quoted && ieq(cur().text, w); }
  bool kw_at(int k, const char* w) const {
    const Token& t = peek(k);
    return t.kind == Tok::Ident && !t.quoted && ieq(t.text, w);
  }
  bool is_punct(const char* p) const { return cur().kind == Tok::Punct && cur().text == p; }
  bool punct_at(int k, const char* p) const { return peek(k).kind == Tok::Punct && peek(k).text == p; }
  Pos pos() const { return Pos{cur().line, cur().col}; }

  std::string shown(const Token& t) const {
    if (t.kind == Tok::End) return "end of input";
    return std::string(src_.substr(t.offset, t.end - t.offset));
  }
  [[noreturn]] void fail(const std::string& what) {
    if (backtracking_) throw Backtrack{};
    syntax_error("UnexpectedSyntax", what + " but found '" + shown(cur()) + "'", cur().line, cur().col);
  }
  void expect(const char* p) {
    if (!is_punct(p)) fail(std::string("expected '") + p + "'");
    next();
  }
  void expect_kw(const char* w) {
    if (!kw(w)) fail(std::string("expected ") + w);
    next();
  }
  std::string ident(const char* what = "a name") {
    if (cur().kind != Tok::Ident) fail(std::string("expected ") + what);
    std::string s = cur().text;
    next();
    return s;
  }
  // A symbolic name used as a label, type or key (any identifier, keywords included).
  std::string symbol() { return ident(); }

  bool at_clause_start() const {
    static const char* starts[] = {"MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE",
                                   "SET", "REMOVE", "DELETE", "DETACH", "UNION", "CALL", "FOREACH"};
    for (auto s : starts)
      if (kw(s)) return true;
    return false;
  }

  // ---- clauses ----
  SingleQuery single_query() {
    SingleQuery q;
    while (cur().kind != Tok::End && !is_punct(";") && !kw("UNION")) {
      q.clauses.push_back(clause());
    }
    if (q.clauses.empty()) fail("expected a clause");
    return q;
  }

  Clause clause() {
    Clause c;
    c.pos = pos();
    if (kw("OPTIONAL") || kw("MATCH")) {
      if (kw("OPTIONAL")) {
        next();
        c.optional = true;
      }
      expect_kw("MATCH");
      c.kind = Clause::Match;
      c.patterns = pattern_list();
      if (kw("WHERE")) {
        next();
        c.where = expr();
      }
    } else if (kw("UNWIND")) {
      next();
      c.kind = Clause::Unwind;
      c.expr = expr();
      expect_kw("AS");
      c.var = ident("a variable");
    } else if (kw("WITH")) {
      next();
      c.kind = Clause::With;
      projection(c.proj, true);
    } else if (kw("RETURN")) {
      next();
      c.kind = Clause::Return;
      projection(c.proj, false);
    } else if (kw("CREATE")) {
      next();
      c.kind = Clause::Create;
      c.patterns = pattern_list();
    } else if (kw("MERGE")) {
      next();
      c.kind = Clause::Merge;
      c.patterns.push_back(pattern_part());
      while (kw("ON")) {
        next();
        bool create;
        if (kw("CREATE")) create = true;
        else if (kw("MATCH")) create = false;
        else fail("expected CREATE or MATCH after ON");
        next();
        expect_kw("SET");
        auto items = set_items();
        auto& dst = create ? c.set_items : c.on_match;
        dst.insert(dst.end(), items.begin(), items.end());
      }
    } else if (kw("SET")) {
      next();
      c.kind = Clause::Set;
      c.set_items = set_items();
    } else if (kw("REMOVE")) {
      next();
      c.kind = Clause::Remove;
      for (;;) {
        SetItem it;
        it.pos = pos();
        ExprP v = variable();
        if (is_punct(":")) {
          it.kind = SetItem::Labels;
          it.target = v;
          while (is_punct(":")) {
            next();
            it.labels.push_back(symbol());
          }
        } else {
          if (!is_punct(".")) fail("expected '.' or ':'");
          it.kind = SetItem::Prop;
          it.target = prop_chain(v);
        }
        c.set_items.push_back(it);
        if (!is_punct(",")) break;
        next();
      }
    } else if (kw("DELETE") || kw("DETACH")) {
      if (kw("DETACH")) {
        next();
        c.detach = true;
      }
      expect_kw("DELETE");
      c.kind = Clause::Delete;
      c.exprs.push_back(expr());
      while (is_punct(",")) {
        next();
        c.exprs.push_back(expr());
      }
    } else {
      fail("expected a clause (MATCH, RETURN, CREATE, ...)");
    }
    return c;
  }

  ExprP variable() {
    Pos p = pos();
    std::size_t b = cur().offset;
    auto e = make_expr(EK::Var, p);
    e->name = ident("a variable");
    e->begin = b;
    e->end = prev_end_;
    return e;
  }

  ExprP prop_chain(ExprP base) {
    while (is_punct(".")) {
      Pos p = pos();
      next();
      auto e = make_expr(EK::Prop, p);
      e->name = symbol();
      e->kids.push_back(base);
      e->begin = base->begin;
      e->end = prev_end_;
      measure(e);
      base = e;
    }
    return base;
  }

  std::vector<SetItem> set_items() {
    std::vector<SetItem> out;
    for (;;) {
      SetItem it;
      it.pos = pos();
      ExprP v;
      if (is_punct("(")) {
        next();
        v = expr();
        expect(")");
      } else {
        v = variable();
      }
      if (is_punct(".")) {
        it.kind = SetItem::Prop;
        it.target = prop_chain(v);
        expect("=");
        it.value = expr();
      } else if (is_punct("=")) {
        next();
        it.kind = SetItem::Assign;
        it.target = v;
        it.value = expr();
      } else if (is_punct("+=")) {
        next();
        it.kind = SetItem::Merge;
        it.target = v;
        it.value = expr();
      } else if (is_punct(":")) {
        it.kind = SetItem::Labels;
        it.target = v;
        while (is_punct(":")) {
          next();
          it.labels.push_back(symbol());
        }
      } else {
        fail("expected '=', '+=', '.' or ':'");
      }
      out.push_back(it);
      if (!is_punct(",")) break;
      next();
    }
    return out;
  }

  void projection(Projection& pr, bool is_with) {
    if (kw("DISTINCT")) {
      next();
      pr.distinct = true;
    }
    if (is_punct("*")) {
      next();
      pr.star = true;
      if (is_punct(",")) {
        next();
        proj_items(pr);
      }
    } else {
      proj_items(pr);
    }
    if (kw("ORDER")) {
      next();
      expect_kw("BY");
      for (;;) {
        SortItem s;
        s.expr = expr();
        if (kw("DESC") || kw("DESCENDING")) {
          s.desc = true;
          next();
        } else if (kw("ASC") || kw("ASCENDING")) {
          next();
        }
        pr.order.push_back(s);
        if (!is_punct(",")) break;
        next();
      }
    }
    if (kw("SKIP")) {
      next();
      pr.skip = expr();
    }
    if (kw("LIMIT")) {
      next();
      pr.limit = expr();
    }
    if (is_with && kw("WHERE")) {
      next();
      pr.where = expr();
    }
  }

  void proj_items(Projection& pr) {
    for (;;) {
      ProjItem it;
      it.expr = expr();
      if (kw("AS")) {
        next();
        it.alias = ident("an alias");
        it.has_alias = true;
      } else {
        it.alias = std::string(src_.substr(it.expr->begin, it.expr->end - it.expr->begin));
      }
      pr.items.push_back(it);
      if (!is_punct(",")) break;
      next();
    }
  }

  // ---- patterns ----
  std::vector<std::shared_ptr<PatternPart>> pattern_list() {
    std::vector<std::shared_ptr<PatternPart>> v;
    v.push_back(pattern_part());
    while (is_punct(",")) {
      next();
      v.push_back(pattern_part());
    }
    return v;
  }

  std::shared_ptr<PatternPart> pattern_part() {
    auto p = std::make_shared<PatternPart>();
    p->pos = pos();
    if (cur().kind == Tok::Ident && punct_at(1, "=")) {
      p->path_var = ident();
      next();
    }
    if ((kw("shortestPath") || kw("allShortestPaths")) && punct_at(1, "(")) {
      p->fn = kw("shortestPath") ? PatternPart::Shortest : PatternPart::AllShortest;
      next();
      expect("(");
      chain(*p);
      expect(")");
    } else {
      chain(*p);
    }
    return p;
  }

  bool at_rel_start() const {
    if (is_punct("-")) return punct_at(1, "[") || punct_at(1, "-") || punct_at(1, ">");
    if (is_punct("<")) return punct_at(1, "-") && (punct_at(2, "[") || punct_at(2, "-"));
    return false;
  }

  void chain(PatternPart& p) {
    p.nodes.push_back(node_pat());
    while (at_rel_start()) {
      p.rels.push_back(rel_pat());
      p.nodes.push_back(node_pat());
    }
  }

  NodePat node_pat() {
    NodePat n;
    n.pos = pos();
    expect("(");
    if (cur().kind == Tok::Ident) n.var = ident();
    while (is_punct(":")) {
      next();
      n.labels.push_back(symbol());
    }
    if (is_punct("{")) n.props = map_literal();
    else if (cur().kind == Tok::Param) n.props = atom();
    expect(")");
    return n;
  }

  RelPat rel_pat() {
    RelPat r;
    r.pos = pos();
    bool left = false, right = false;
    if (is_punct("<")) {
      left = true;
      next();
    }
    expect("-");
    if (is_punct("[")) {
      next();
      if (cur().kind == Tok::Ident) r.var = ident();
      if (is_punct(":")) {
        next();
        r.types.push_back(symbol());
        while (is_punct("|")) {
          next();
          if (is_punct(":")) next();
          r.types.push_back(symbol());
        }
      }
      if (is_punct("..") || cur().kind == Tok::Int)
        syntax_error("InvalidRelationshipPattern", "expected '*' before a length range", cur().line, cur().col);
      if (is_punct("*")) {
        next();
        if (is_punct("-"))
          syntax_error("InvalidRelationshipPattern", "negative relationship length", cur().line, cur().col);
        r.varlen = true;
        r.min_hops = 1;
        r.max_hops = -1;
        if (cur().kind == Tok::Int) {
          r.min_hops = static_cast<long long>(cur().uval);
          next();
          if (is_punct("..")) {
            next();
            if (cur().kind == Tok::Int) {
              r.max_hops = static_cast<long long>(cur().uval);
              next();
            }
          } else {
            r.max_hops = r.min_hops;
          }
        } else if (is_punct("..")) {
          next();
          if (cur().kind == Tok::Int) {
            r.max_hops = static_cast<long long>(cur().uval);
            next();
          }
        }
      }
      if (is_punct("{")) r.props = map_literal();
      else if (cur().kind == Tok::Param) r.props = atom();
      expect("]");
    }
    expect("-");
    if (is_punct(">")) {
      right = true;
      next();
    }
    if (left && right) r.dir = Dir::Both;
    else if (left) r.dir = Dir::In;
    else if (right) r.dir = Dir::Out;
    else r.dir = Dir::Both;
    return r;
  }

  // ---- expressions ----
 public:
  ExprP expr() {
    struct Guard {
      int& d;
      ~Guard() { --d; }
    } guard{++depth_};
    if (depth_ > kMaxBracketDepth)
      syntax_error("UnexpectedSyntax",
                   "expression nested too deeply (more than " + std::to_string(kMaxBracketDepth) +
                       " levels of brackets, braces or calls)",
                   cur().line, cur().col);
    return or_expr();
  }

 private:
  ExprP finish(ExprP e, std::size_t b) {
    e->begin = b;
    e->end = prev_end_;
    measure(e);
    return e;
  }

  ExprP binary(Op op, ExprP l, ExprP r, Pos p) {
    auto e = make_expr(EK::Binary, p);
    e->op = op;
    e->kids = {l, r};
    e->begin = l->begin;
    e->end = r->end;
    measure(e);
    return e;
  }

  // Every new node starts unmeasured (an address freed by backtracking may be reused).
  ExprP make_expr(EK k, Pos p) {
    ExprP e = query::make_expr(k, p);
    height_.erase(e.get());
    return e;
  }
  // Records the node's height (1 + its highest child's) and refuses a tree deeper than
  // kMaxOperatorDepth operators, at the operator that goes over.
  void measure(const ExprP& e) {
    int h = 0;
    for (const auto& k : e->kids) {
      if (!k) continue;
      auto it = height_.find(k.get());
      h = std::max(h, it == height_.end() ? 1 : it->second);
    }
    ++h;
    if (h - 1 > kMaxOperatorDepth)
      syntax_error("UnexpectedSyntax",
                   "expression nested too deeply (more than " + std::to_string(kMaxOperatorDepth) +
                       " operators deep); split it, or use a list and reduce() or sum()",
                   e->pos.line, e->pos.col);
    height_[e.get()] = h;
  }

  ExprP or_expr() {
    ExprP l = xor_expr();
    while (kw("OR")) {
      Pos p = pos();
      next();
      l = binary(Op::Or, l, xor_expr(), p);
    }
    return l;
  }
  ExprP xor_expr() {
    ExprP l = and_expr();
    while (kw("XOR")) {
      Pos p = pos();
      next();
      l = binary(Op::Xor, l, and_expr(), p);
    }
    return l;
  }
  ExprP and_expr() {
    ExprP l = not_expr();
    while (kw("AND")) {
      Pos p = pos();
      next();
      l = binary(Op::And, l, not_expr(), p);
    }
    return l;
  }
  ExprP not_expr() {
    // NOT NOT ... x: a loop, not a recursion (the depth is checked by measure())
    std::vector<std::pair<Pos, std::size_t>> nots;
    while (kw("NOT")) {
      nots.emplace_back(pos(), cur().offset);
      next();
    }
    ExprP x = comparison();
    for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
      auto e = make_expr(EK::Unary, it->first);
      e->op = Op::Not;
      e->kids.push_back(x);
      x = finish(e, it->second);
    }
    return x;
  }
  ExprP comparison() {
    std::size_t b = cur().offset;
    Pos p = pos();
    ExprP l = predicate_expr();
    ExprP cmp;
    for (;;) {
      Op op = Op::None;
      if (is_punct("=")) op = Op::Eq;
      else if (is_punct("<>") || is_punct("!=")) op = Op::Neq;
      else if (is_punct("<")) op = Op::Lt;
      else if (is_punct(">")) op = Op::Gt;
      else if (is_punct("<=")) op = Op::Le;
      else if (is_punct(">=")) op = Op::Ge;
      if (op == Op::None) break;
      next();
      ExprP r = predicate_expr();
      if (!cmp) {
        cmp = make_expr(EK::Compare, p);
        cmp->kids.push_back(l);
      }
      cmp->ops.push_back(op);
      cmp->kids.push_back(r);
    }
    if (!cmp) return l;
    return finish(cmp, b);
  }
  ExprP predicate_expr() {
    std::size_t b = cur().offset;
    ExprP l = add_expr();
    for (;;) {
      Pos p = pos();
      if (kw("STARTS") && kw_at(1, "WITH")) {
        next();
        next();
        l = binary(Op::StartsWith, l, add_expr(), p);
      } else if (kw("ENDS") && kw_at(1, "WITH")) {
        next();
        next();
        l = binary(Op::EndsWith, l, add_expr(), p);
      } else if (kw("CONTAINS")) {
        next();
        l = binary(Op::Contains, l, add_expr(), p);
      } else if (kw("IN")) {
        next();
        l = binary(Op::In, l, add_expr(), p);
      } else if (is_punct("=~")) {
        next();
        l = binary(Op::Regex, l, add_expr(), p);
      } else if (kw("IS")) {
        next();
        bool neg = false;
        if (kw("NOT")) {
          next();
          neg = true;
        }
        expect_kw("NULL");
        auto e = make_expr(EK::Unary, p);
        e->op = neg ? Op::IsNotNull : Op::IsNull;
        e->kids.push_back(l);
        l = finish(e, b);
      } else {
        break;
      }
    }
    return l;
  }
  ExprP add_expr() {
    ExprP l = mul_expr();
    for (;;) {
      Pos p = pos();
      if (is_punct("+")) {
        next();
        l = binary(Op::Add, l, mul_expr(), p);
      } else if (is_punct("-")) {
        next();
        l = binary(Op::Sub, l, mul_expr(), p);
      } else {
        return l;
      }
    }
  }
  ExprP mul_expr() {
    ExprP l = pow_expr();
    for (;;) {
      Pos p = pos();
      if (is_punct("*")) {
        next();
        l = binary(Op::Mul, l, pow_expr(), p);
      } else if (is_punct("/")) {
        next();
        l = binary(Op::Div, l, pow_expr(), p);
      } else if (is_punct("%")) {
        next();
        l = binary(Op::Mod, l, pow_expr(), p);
      } else {
        return l;
      }
    }
  }
  ExprP pow_expr() {
    ExprP l = unary_expr();
    while (is_punct("^")) {
      Pos p = pos();
      next();
      l = binary(Op::Pow, l, unary_expr(), p);
    }
    return l;
  }
  ExprP unary_expr() {
    // - - + ... x: a loop, not a recursion (the depth is checked by measure())
    struct Sign {
      bool neg;
      Pos p;
      std::size_t b;
    };
    std::vector<Sign> signs;
    ExprP x;
    for (;;) {
      if (!is_punct("-") && !is_punct("+")) {
        x = postfix_expr();
        break;
      }
      bool neg = is_punct("-");
      Pos p = pos();
      std::size_t b = cur().offset;
      next();
      if (neg && cur().kind == Tok::Int && !(punct_at(1, ".") || punct_at(1, "["))) {
        // Fold the sign into an integer literal so that INT64_MIN can be written.
        const Token& t = cur();
        if (t.int_overflow && t.uval != (std::uint64_t)INT64_MAX + 1)
          syntax_error("IntegerOverflow", "integer literal too large: -" + t.text, t.line, t.col);
        auto e = make_expr(EK::Literal, p);
        e->lit = Value(static_cast<std::int64_t>(0 - t.uval));
        next();
        x = finish(e, b);
        break;
      }
      if (neg && cur().kind == Tok::Float && !(punct_at(1, ".") || punct_at(1, "["))) {
        auto e = make_expr(EK::Literal, p);
        e->lit = Value(-cur().fval);
        next();
        x = finish(e, b);
        break;
      }
      signs.push_back({neg, p, b});
    }
    for (auto it = signs.rbegin(); it != signs.rend(); ++it) {
      auto e = make_expr(EK::Unary, it->p);
      e->op = it->neg ? Op::Neg : Op::Pos;
      e->kids.push_back(x);
      x = finish(e, it->b);
    }
    return x;
  }
  ExprP postfix_expr() {
    std::size_t b = cur().offset;
    ExprP e = atom();
    for (;;) {
      Pos p = pos();
      if (is_punct(".")) {
        next();
        auto x = make_expr(EK::Prop, p);
        x->name = symbol();
        x->kids.push_back(e);
        e = finish(x, b);
      } else if (is_punct("[")) {
        next();
        ExprP a, c;
        if (!is_punct("..")) a = expr();
        if (is_punct("..")) {
          next();
          if (!is_punct("]")) c = expr();
          expect("]");
          auto x = make_expr(EK::Slice, p);
          x->kids = {e, a, c};
          e = finish(x, b);
        } else {
          expect("]");
          auto x = make_expr(EK::Index, p);
          x->kids = {e, a};
          e = finish(x, b);
        }
      } else if (is_punct(":") && cur().offset == prev_end_ &&
                 peek(1).kind == Tok::Ident) {
        auto x = make_expr(EK::Labels, p);
        x->kids.push_back(e);
        while (is_punct(":")) {
          next();
          x->keys.push_back(symbol());
        }
        e = finish(x, b);
      } else if (is_punct(":") && peek(1).kind == Tok::Ident && e->kind == EK::Var) {
        auto x = make_expr(EK::Labels, p);
        x->kids.push_back(e);
        while (is_punct(":")) {
          next();
          x->keys.push_back(symbol());
        }
        e = finish(x, b);
      } else {
        return e;
      }
    }
  }

  ExprP map_literal() {
    Pos p = pos();
    std::size_t b = cur().offset;
    expect("{");
    auto e = make_expr(EK::Map, p);
    if (!is_punct("}")) {
      for (;;) {
        e->keys.push_back(symbol());
        expect(":");
        e->kids.push_back(expr());
        if (!is_punct(",")) break;
        next();
      }
    }
    expect("}");
    return finish(e, b);
  }

  // Try to parse a relationship pattern starting at '('; nullptr (position restored) if not one.
  std::shared_ptr<PatternPart> try_pattern(bool need_rel) {
    std::size_t save = i_, save_end = prev_end_;
    bool was = backtracking_;
    backtracking_ = true;
    try {
      auto part = std::make_shared<PatternPart>();
      part->pos = pos();
      if (cur().kind == Tok::Ident && punct_at(1, "=")) {
        part->path_var = ident();
        next();
      }
      chain(*part);
      if (need_rel && part->rels.empty()) throw Backtrack{};
      backtracking_ = was;
      return part;
    } catch (const Backtrack&) {
      backtracking_ = was;
      i_ = save;
      prev_end_ = save_end;
      return nullptr;
    } catch (const QueryError&) {
      backtracking_ = was;
      i_ = save;
      prev_end_ = save_end;
      return nullptr;
    }
  }

  ExprP atom() {
    Pos p = pos();
    std::size_t b = cur().offset;
    const Token& t = cur();
    switch (t.kind) {
      case Tok::Int: {
        if (t.int_overflow) syntax_error("IntegerOverflow", "integer literal too large: " + t.text, t.line, t.col);
        auto e = make_expr(EK::Literal, p);
        e->lit = Value(static_cast<std::int64_t>(t.uval));
        next();
        return finish(e, b);
      }
      case Tok::Float: {
        auto e = make_expr(EK::Literal, p);
        e->lit = Value(t.fval);
        next();
        return finish(e, b);
      }
      case Tok::String: {
        auto e = make_expr(EK::Literal, p);
        e->lit = Value(t.text);
        next();
        return finish(e, b);
      }
      case Tok::Param: {
        auto e = make_expr(EK::Param, p);
        e->name = t.text;
        next();
        return finish(e, b);
      }
      case Tok::End: fail("expected an expression");
      case Tok::Bad:
        syntax_error("InvalidNumberLiteral", "invalid number literal '" + t.text + "'", t.line, t.col);
      case Tok::Punct: {
        if (is_punct("(")) {
          if (auto part = try_pattern(true)) {
            auto e = make_expr(EK::PatternPred, p);
            e->pattern = part;
            return finish(e, b);
          }
          next();
          ExprP e = expr();
          expect(")");
          // keep the parenthesis in the source range
          e = std::make_shared<Expr>(*e);
          return finish(e, b);
        }
        if (is_punct("[")) return list_or_comprehension();
        if (is_punct("{")) return map_literal();
        fail("expected an expression");
      }
      case Tok::Ident: break;
    }
    // identifiers: literals, keywords, calls, variables
    if (!t.quoted) {
      if (kw("true") || kw("false")) {
        auto e = make_expr(EK::Literal, p);
        e->lit = Value(kw("true"));
        next();
        return finish(e, b);
      }
      if (kw("null")) {
        auto e = make_expr(EK::Literal, p);
        next();
        return finish(e, b);
      }
      if (kw("CASE")) return case_expr();
      if (kw("count") && punct_at(1, "(") && punct_at(2, "*") && punct_at(3, ")")) {
        next();
        next();
        next();
        next();
        auto e = make_expr(EK::CountStar, p);
        e->agg = true;
        e->name = "count";
        return finish(e, b);
      }
      if ((kw("all") || kw("any") || kw("none") || kw("single")) && punct_at(1, "(") &&
          peek(2).kind == Tok::Ident && kw_at(3, "IN")) {
        auto e = make_expr(EK::Quantifier, p);
        e->name = lower(t.text);
        next();
        next();
        e->var = ident();
        next();  // IN
        e->kids.push_back(expr());
        if (kw("WHERE")) {
          next();
          e->kids.push_back(expr());
        } else {
          fail("expected WHERE");
        }
        expect(")");
        return finish(e, b);
      }
      if (kw("reduce") && punct_at(1, "(")) {
        auto e = make_expr(EK::Reduce, p);
        next();
        next();
        e->name = ident();
        expect("=");
        e->kids.push_back(expr());
        expect(",");
        e->var = ident();
        expect_kw("IN");
        e->kids.push_back(expr());
        expect("|");
        e->kids.push_back(expr());
        expect(")");
        return finish(e, b);
      }
      if (kw("exists") && punct_at(1, "(") && punct_at(2, "(")) {
        std::size_t save = i_, save_end = prev_end_;
        next();
        next();
        if (auto part = try_pattern(false)) {
          if (is_punct(")")) {
            next();
            auto e = make_expr(EK::Exists, p);
            e->pattern = part;
            return finish(e, b);
          }
        }
        i_ = save;
        prev_end_ = save_end;
      }
    }
    // function call (possibly namespaced: a.b.c(...))
    {
      std::size_t k = 0;
      std::string fname = t.text;
      while (punct_at(static_cast<int>(k) + 1, ".") && peek(static_cast<int>(k) + 2).kind == Tok::Ident) {
        fname += "." + peek(static_cast<int>(k) + 2).text;
        k += 2;
      }
      if (punct_at(static_cast<int>(k) + 1, "(")) {
        for (std::size_t j = 0; j <= k; ++j) next();
        next();  // (
        auto e = make_expr(EK::Call, p);
        e->name = fname;
        e->agg = is_aggregate(lower(fname));
        if (kw("DISTINCT")) {
          next();
          e->distinct = true;
        }
        if (!is_punct(")")) {
          e->kids.push_back(expr());
          while (is_punct(",")) {
            next();
            e->kids.push_back(expr());
          }
        }
        expect(")");
        return finish(e, b);
      }
    }
    auto e = make_expr(EK::Var, p);
    e->name = t.text;
    next();
    e = finish(e, b);
    if (is_punct("{")) return map_projection(e, b);
    return e;
  }

  ExprP map_projection(ExprP base, std::size_t b) {
    auto e = make_expr(EK::MapProj, base->pos);
    e->kids.push_back(base);
    expect("{");
    if (!is_punct("}")) {
      for (;;) {
        if (is_punct(".")) {
          next();
          if (is_punct("*")) {
            next();
            e->keys.push_back("*");
            e->kids.push_back(make_expr(EK::Literal, pos()));  // no expression: a null placeholder
          } else {
            e->keys.push_back("." + symbol());
            e->kids.push_back(make_expr(EK::Literal, pos()));  // no expression: a null placeholder
          }
        } else {
          Pos vp = pos();
          std::size_t vb = cur().offset;
          std::string name = symbol();
          if (is_punct(":")) {
            next();
            e->keys.push_back(name);
            e->kids.push_back(expr());
          } else {
            auto v = make_expr(EK::Var, vp);
            v->name = name;
            e->keys.push_back(name);
            e->kids.push_back(finish(v, vb));
          }
        }
        if (!is_punct(",")) break;
        next();
      }
    }
    expect("}");
    return finish(e, b);
  }

  ExprP list_or_comprehension() {
    Pos p = pos();
    std::size_t b = cur().offset;
    // list comprehension: [x IN list WHERE ... | ...]
    if (peek(1).kind == Tok::Ident && kw_at(2, "IN")) {
      next();
      auto e = make_expr(EK::ListComp, p);
      e->var = ident();
      next();  // IN
      e->kids.push_back(expr());
      ExprP where, map;
      if (kw("WHERE")) {
        next();
        where = expr();
      }
      if (is_punct("|")) {
        next();
        map = expr();
      }
      e->kids.push_back(where);
      e->kids.push_back(map);
      expect("]");
      return finish(e, b);
    }
    // pattern comprehension: [(a)-->(b) WHERE ... | expr] or [p = (a)-->(b) | expr]
    if (punct_at(1, "(") || (peek(1).kind == Tok::Ident && punct_at(2, "="))) {
      std::size_t save = i_, save_end = prev_end_;
      next();
      if (auto part = try_pattern(true)) {
        if (kw("WHERE") || is_punct("|")) {
          auto e = make_expr(EK::PatternComp, p);
          e->pattern = part;
          ExprP where;
          if (kw("WHERE")) {
            next();
            where = expr();
          }
          expect("|");
          e->kids.push_back(where);
          e->kids.push_back(expr());
          expect("]");
          return finish(e, b);
        }
      }
      i_ = save;
      prev_end_ = save_end;
    }
    next();
    auto e = make_expr(EK::List, p);
    if (!is_punct("]")) {
      e->kids.push_back(expr());
      while (is_punct(",")) {
        next();
        e->kids.push_back(expr());
      }
    }
    expect("]");
    return finish(e, b);
  }

  ExprP case_expr() {
    Pos p = pos();
    std::size_t b = cur().offset;
    next();
    auto e = make_expr(EK::Case, p);
    if (!kw("WHEN")) {
      e->has_subject = true;
      e->kids.push_back(expr());
    }
    if (!kw("WHEN")) fail("expected WHEN");
    while (kw("WHEN")) {
      next();
      e->kids.push_back(expr());
      expect_kw("THEN");
      e->kids.push_back(expr());
    }
    if (kw("ELSE")) {
      next();
      e->has_else = true;
      e->kids.push_back(expr());
    }
    expect_kw("END");
    return finish(e, b);
  }

  std::string_view src_;
  std::vector<Token> toks_;
  std::size_t i_ = 0;
  std::size_t prev_end_ = 0;
  bool backtracking_ = false;
  int depth_ = 0;                                // expr() calls under way (brackets and the like)
  std::unordered_map<const Expr*, int> height_;  // node -> height (see measure())
};

}  // namespace

Statement parse_statement(std::string_view text) { return Parser(text).statement(); }

std::vector<ScriptPiece> split_statements(std::string_view s) {
  std::vector<ScriptPiece> out;
  std::string curr;
  int line = 1, start_line = 1;
  bool started = false;
  auto flush = [&]() {
    bool blank = true;
    for (char c : curr)
      if (!std::isspace((unsigned char)c)) blank = false;
    if (!blank) out.push_back({curr, start_line});
    curr.clear();
    started = false;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool is_comment = c == '/' && i + 1 < s.size() && (s[i + 1] == '/' || s[i + 1] == '*');
    if (!started && !std::isspace((unsigned char)c) && !is_comment && c != ';') {
      started = true;
      start_line = line;
    }
    if (c == '\'' || c == '"' || c == '`') {
      char q = c;
      curr += c;
      for (++i; i < s.size(); ++i) {
        curr += s[i];
        if (s[i] == '\n') ++line;
        if (s[i] == '\\' && q != '`' && i + 1 < s.size()) {
          curr += s[++i];
          continue;
        }
        if (s[i] == q) break;
      }
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
      if (i < s.size()) {
        if (started) curr += '\n';
        ++line;
      }
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      curr += "/*";
      for (i += 2; i < s.size(); ++i) {
        curr += s[i];
        if (s[i] == '\n') ++line;
        if (s[i] == '/' && s[i - 1] == '*') break;
      }
      continue;
    }
    if (c == ';') {
      flush();
      continue;
    }
    if (c == '\n') ++line;
    if (started) curr += c;
  }
  flush();
  return out;
}

}  // namespace kg::query
