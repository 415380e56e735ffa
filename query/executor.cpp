// Stage 6: the executor. A push pipeline of operators, one or more per clause; rows
// are vectors of Values indexed by the slots the binder assigned. Statements that
// write are made eager (a barrier before and after every write clause), so each
// clause sees the complete effect of the previous one. Writes go through Tx, an undo
// log replayed backwards when the statement fails.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "query/binder.h"
#include "query/errors.h"
#include "query/eval.h"
#include "query/parser.h"
#include "query/planner.h"
#include "query/session.h"

namespace kg::query {

namespace {

using Clock = std::chrono::steady_clock;

// ---------------- the undo log ----------------
class Tx {
 public:
  explicit Tx(PropertyGraph& g, Stats& st) : g_(g), st_(st) {}

  NodeId create_node() {
    NodeId n = g_.add_node();
    undo_.push_back([this, n] { g_.remove_node(n); });
    ++st_.nodes_created;
    return n;
  }
  RelId create_rel(NodeId a, NodeId b, const std::string& type) {
    RelId r = g_.add_rel(a, b, type);
    undo_.push_back([this, r] { g_.remove_rel(r); });
    ++st_.rels_created;
    return r;
  }
  void set_node_prop(NodeId n, SymId k, Value v) {
    const Value* old = g_.node(n).props.get(k);
    Value o = old ? *old : Value();
    g_.set_node_prop(n, k, std::move(v));
    undo_.push_back([this, n, k, o] { g_.set_node_prop(n, k, o); });
    ++st_.props_set;
  }
  void set_rel_prop(RelId r, SymId k, Value v) {
    const Value* old = g_.rel(r).props.get(k);
    Value o = old ? *old : Value();
    g_.set_rel_prop(r, k, std::move(v));
    undo_.push_back([this, r, k, o] { g_.set_rel_prop(r, k, o); });
    ++st_.props_set;
  }
  void add_label(NodeId n, const std::string& l) {
    if (g_.add_label(n, l)) {
      undo_.push_back([this, n, l] { g_.remove_label(n, l); });
      ++st_.labels_added;
    }
  }
  void remove_label(NodeId n, const std::string& l) {
    if (g_.remove_label(n, l)) {
      undo_.push_back([this, n, l] { g_.add_label(n, l); });
      ++st_.labels_removed;
    }
  }
  void delete_rel(RelId r) {
    if (!g_.rel_alive(r)) return;
    RelData d = g_.rel(r);
    g_.remove_rel(r);
    undo_.push_back([this, r, d] {
      g_.add_rel_with_id(r, d.src, d.dst, d.type);
      for (auto& [k, v] : d.props.entries()) g_.set_rel_prop(r, k, v);
    });
    ++st_.rels_deleted;
  }
  void delete_node(NodeId n) {
    if (!g_.node_alive(n)) return;
    NodeData d = g_.node(n);
    std::vector<std::string> labels = g_.labels(n);
    g_.remove_node(n);
    undo_.push_back([this, n, d, labels] {
      g_.add_node_with_id(n);
      for (auto& l : labels) g_.add_label(n, l);
      for (auto& [k, v] : d.props.entries()) g_.set_node_prop(n, k, v);
    });
    ++st_.nodes_deleted;
  }
  bool changed() const { return !undo_.empty(); }
  void rollback() {
    for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) {
      try {
        (*it)();
      } catch (...) {
      }
    }
    undo_.clear();
  }

 private:
  PropertyGraph& g_;
  Stats& st_;
  std::vector<std::function<void()>> undo_;
};

[[noreturn]] void cancelled() { throw QueryError("Cancelled", "", "the query was cancelled", 0, 0, false); }

// ---------------- operators ----------------
struct Operator {
  virtual ~Operator() = default;
  Operator* next = nullptr;
  std::string desc;
  std::string detail;  // extra lines (match plans)
  std::uint64_t rows_in = 0;
  double secs = 0;
  bool profile = false;
  virtual void push(Row& r) = 0;
  virtual void finish() {
    if (next) next->finish();
  }
  // Whether this operator wants no more rows (a LIMIT reached downstream), so the ones
  // before it can stop producing. Streaming operators pass the question on; operators
  // that must see every row (aggregation, sort, writes, eager barriers) say no.
  virtual bool done() const { return next && next->done(); }
  void emit(Row& r) {
    if (!next->profile) {
      ++next->rows_in;
      next->push(r);
      return;
    }
    auto t0 = Clock::now();
    ++next->rows_in;
    next->push(r);
    next->secs += std::chrono::duration<double>(Clock::now() - t0).count();
  }
};

class Engine;

struct Matcher {
  Engine& en;
  const MatchPlan& plan;
  Row& row;
  const std::function<bool(Row&)>& cb;
  std::vector<RelId> used;
  std::vector<std::vector<SymId>> label_ids;  // per (part,node) flattened
  bool run(std::size_t i);
};

class Engine {
 public:
  Engine(PropertyGraph& g, const Map& params, Stats& stats, std::atomic<bool>& cancel)
      : g(g), tx(g, stats), stats(stats), cancel(cancel) {
    ctx.g = &g;
    ctx.params = &params;
    ctx.cancel = &cancel;
    ctx.match_pattern = [this](const Expr& e, Row& row, const std::function<bool(Row&)>& f) {
      if (!e.plan) e.plan = plan_match({e.pattern}, nullptr, this->g);
      run_match(*e.plan, row, f);
    };
  }

  void check_cancel() {
    if (cancel.load(std::memory_order_relaxed)) cancelled();
    if (deadline && Clock::now() > *deadline) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", limits.timeout_seconds);
      throw QueryError("ResourceError", "TimeLimitExceeded",
                       std::string("the statement ran longer than the time limit of ") + buf + " s", 0, 0, false);
    }
  }
  // Rows (and collected values) held in memory at once: sort and DISTINCT buffers,
  // aggregation groups, eager barriers, the result.
  void hold(std::uint64_t n) {
    held += n;
    if (limits.max_rows && held > limits.max_rows)
      throw QueryError("ResourceError", "RowLimitExceeded",
                       "the statement holds more than the limit of " + std::to_string(limits.max_rows) +
                           " rows in memory",
                       0, 0, false);
  }
  void release(std::uint64_t n) { held -= std::min(held, n); }

  void run_match(const MatchPlan& plan, Row& row, const std::function<bool(Row&)>& f) {
    Matcher m{*this, plan, row, f, {}, {}};
    m.run(0);
  }

  bool labels_ok(const NodePat& n, NodeId id) {
    if (n.labels.empty()) return true;
    if (n.sym_epoch != g.symbols().size()) {
      n.sym_epoch = g.symbols().size();
      n.label_ids.clear();
      n.labels_missing = false;
      for (const auto& l : n.labels) {
        auto s = g.symbols().find(l);
        if (!s) n.labels_missing = true;
        else n.label_ids.push_back(*s);
      }
    }
    if (n.labels_missing) return false;
    const NodeData& d = g.node(id);
    for (SymId s : n.label_ids)
      if (!d.has_label(s)) return false;
    return true;
  }

  bool props_ok(const ExprP& props, const Properties& p, Row& row) {
    if (!props) return true;
    if (props->kind == EK::Map) {
      for (std::size_t i = 0; i < props->keys.size(); ++i) {
        Value v = eval(*props->kids[i], row, ctx);
        if (v.is_null()) return false;
        auto s = g.symbols().find(props->keys[i]);
        if (!s) return false;
        const Value* pv = p.get(*s);
        if (!pv) return false;
        auto r = cypher_equals(*pv, v);
        if (!r || !*r) return false;
      }
      return true;
    }
    Value m = eval(*props, row, ctx);
    if (m.is_null()) return true;
    if (!m.is_map()) type_error("property map expected");
    for (auto& [k, v] : m.as_map()) {
      if (v.is_null()) return false;
      auto s = g.symbols().find(k);
      if (!s) return false;
      const Value* pv = p.get(*s);
      if (!pv) return false;
      auto r = cypher_equals(*pv, v);
      if (!r || !*r) return false;
    }
    return true;
  }

  bool node_ok(const NodePat& n, NodeId id, Row& row) {
    if (!g.node_alive(id)) return false;
    return labels_ok(n, id) && props_ok(n.props, g.node(id).props, row);
  }

  bool rel_type_ok(const RelPat& r, RelId id) { return r.types.empty() || rel_type_ok(r, g.rel(id).type); }
  bool rel_type_ok(const RelPat& r, SymId t) {
    if (r.types.empty()) return true;
    if (r.sym_epoch != g.symbols().size()) {
      r.sym_epoch = g.symbols().size();
      r.type_ids.clear();
      for (const auto& name : r.types)
        if (auto s = g.symbols().find(name)) r.type_ids.push_back(*s);
    }
    for (SymId s : r.type_ids)
      if (s == t) return true;
    return false;
  }

  // property checks for assignments
  static void check_prop_value(const Value& v) {
    if (v.is_map() || v.is_node() || v.is_rel() || v.is_path())
      runtime_error("TypeError", "InvalidPropertyType", std::string("a ") + kind_name(v.kind()) +
                                                            " cannot be stored as a property value");
    if (v.is_list())
      for (const auto& x : v.as_list())
        if (x.is_map() || x.is_list() || x.is_node() || x.is_rel() || x.is_path())
          runtime_error("TypeError", "InvalidPropertyType", "lists stored as properties must hold simple values");
  }

  void set_prop(const Value& target, const std::string& key, Value v) {
    if (target.is_null()) return;
    check_prop_value(v);
    SymId k = g.sym(key);
    if (target.is_node()) {
      NodeId n = target.as_node().id;
      if (!g.node_alive(n)) runtime_error("EntityNotFound", "DeletedEntityAccess", "the node has been deleted");
      tx.set_node_prop(n, k, std::move(v));
    } else if (target.is_rel()) {
      RelId r = target.as_rel().id;
      if (!g.rel_alive(r))
        runtime_error("EntityNotFound", "DeletedEntityAccess", "the relationship has been deleted");
      tx.set_rel_prop(r, k, std::move(v));
    } else {
      type_error(std::string("cannot set a property on a ") + kind_name(target.kind()));
    }
  }

  Map props_of(const Value& v) {
    if (v.is_map()) return v.as_map();
    if (v.is_node()) return g.node_props(v.as_node().id);
    if (v.is_rel()) return g.rel_props(v.as_rel().id);
    type_error(std::string("expected a map but got ") + kind_name(v.kind()));
  }

  void apply_set(const SetItem& it, Row& row) {
    switch (it.kind) {
      case SetItem::Prop: {
        Value target = eval(*it.target->kids[0], row, ctx);
        Value v = eval(*it.value, row, ctx);
        set_prop(target, it.target->name, std::move(v));
        break;
      }
      case SetItem::Assign:
      case SetItem::Merge: {
        Value target = eval(*it.target, row, ctx);
        if (target.is_null()) return;
        Value v = eval(*it.value, row, ctx);
        if (v.is_null() && it.kind == SetItem::Merge) return;
        Map m = v.is_null() ? Map{} : props_of(v);
        if (!target.is_node() && !target.is_rel())
          type_error(std::string("cannot set properties on a ") + kind_name(target.kind()));
        if (it.kind == SetItem::Assign) {
          std::vector<SymId> keys;
          if (target.is_node())
            for (auto& e : g.node(target.as_node().id).props.entries()) keys.push_back(e.first);
          else
            for (auto& e : g.rel(target.as_rel().id).props.entries()) keys.push_back(e.first);
          for (SymId k : keys)
            if (!m.count(g.symbols().name(k))) set_prop(target, g.symbols().name(k), Value());
        }
        for (auto& [k, x] : m) set_prop(target, k, x);
        break;
      }
      case SetItem::Labels: {
        Value target = eval(*it.target, row, ctx);
        if (target.is_null()) return;
        if (!target.is_node()) type_error("labels can only be set on nodes");
        if (!g.node_alive(target.as_node().id))
          runtime_error("EntityNotFound", "DeletedEntityAccess", "the node has been deleted");
        for (auto& l : it.labels) tx.add_label(target.as_node().id, l);
        break;
      }
    }
  }

  void apply_remove(const SetItem& it, Row& row) {
    if (it.kind == SetItem::Labels) {
      Value target = eval(*it.target, row, ctx);
      if (target.is_null()) return;
      if (!target.is_node()) type_error("labels can only be removed from nodes");
      for (auto& l : it.labels) tx.remove_label(target.as_node().id, l);
    } else {
      Value target = eval(*it.target->kids[0], row, ctx);
      if (target.is_null()) return;
      if (target.is_node() && g.node_alive(target.as_node().id)) {
        auto k = g.symbols().find(it.target->name);
        if (k && g.node(target.as_node().id).props.get(*k)) tx.set_node_prop(target.as_node().id, *k, Value());
      } else if (target.is_rel() && g.rel_alive(target.as_rel().id)) {
        auto k = g.symbols().find(it.target->name);
        if (k && g.rel(target.as_rel().id).props.get(*k)) tx.set_rel_prop(target.as_rel().id, *k, Value());
      } else if (!target.is_node() && !target.is_rel()) {
        type_error(std::string("cannot remove a property from a ") + kind_name(target.kind()));
      }
    }
  }

  // Creates the unbound parts of a pattern for one row (CREATE, MERGE).
  void create_part(const PatternPart& p, Row& row) {
    for (const auto& n : p.nodes) {
      Value& cur = row[n.slot];
      if (cur.is_node()) continue;
      if (n.bound) {
        if (cur.is_null()) runtime_error("SemanticError", "", "cannot create a relationship to a null node");
        type_error("expected a node");
      }
      Map props;
      if (n.props) {
        Value m = eval(*n.props, row, ctx);
        if (!m.is_null()) {
          if (!m.is_map()) type_error("property map expected");
          props = m.as_map();
        }
      }
      for (auto& [k, v] : props) check_prop_value(v);
      NodeId id = tx.create_node();
      for (auto& l : n.labels) tx.add_label(id, l);
      for (auto& [k, v] : props)
        if (!v.is_null()) tx.set_node_prop(id, g.sym(k), v);
      row[n.slot] = Value(NodeRef{id});
    }
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
      const RelPat& r = p.rels[i];
      const Value& a = row[p.nodes[i].slot];
      const Value& b = row[p.nodes[i + 1].slot];
      if (!a.is_node() || !b.is_node()) runtime_error("SemanticError", "", "cannot create a relationship to a null node");
      NodeId src = a.as_node().id, dst = b.as_node().id;
      if (r.dir == Dir::In) std::swap(src, dst);
      Map props;
      if (r.props) {
        Value m = eval(*r.props, row, ctx);
        if (!m.is_null()) {
          if (!m.is_map()) type_error("property map expected");
          props = m.as_map();
        }
      }
      for (auto& [k, v] : props) check_prop_value(v);
      RelId id = tx.create_rel(src, dst, r.types[0]);
      for (auto& [k, v] : props)
        if (!v.is_null()) tx.set_rel_prop(id, g.sym(k), v);
      row[r.slot] = Value(RelRef{id});
    }
    if (p.path_slot >= 0) row[p.path_slot] = build_path(p, row);
  }

  Value build_path(const PatternPart& p, Row& row) {
    Path path;
    const Value& first = row[p.nodes[0].slot];
    if (!first.is_node()) return Value();
    NodeId cur = first.as_node().id;
    path.nodes.push_back(cur);
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
      const Value& rv = row[p.rels[i].slot];
      if (rv.is_null()) return Value();
      if (rv.is_rel()) {
        path.rels.push_back(rv.as_rel().id);
        const Value& nv = row[p.nodes[i + 1].slot];
        if (!nv.is_node()) return Value();
        cur = nv.as_node().id;
        path.nodes.push_back(cur);
      } else if (rv.is_list()) {
        for (const auto& x : rv.as_list()) {
          RelId r = x.as_rel().id;
          const RelData& d = g.rel(r);
          cur = d.src == cur ? d.dst : d.src;
          path.rels.push_back(r);
          path.nodes.push_back(cur);
        }
      }
    }
    return Value(std::move(path));
  }

  PropertyGraph& g;
  Tx tx;
  Stats& stats;
  std::atomic<bool>& cancel;
  EvalCtx ctx;
  std::uint64_t tick = 0;
  Limits limits;
  std::optional<Clock::time_point> deadline;
  std::uint64_t held = 0;
};

// What an expansion will read of each relationship it follows, so that each_rel can ask the
// memory for it early.
struct Prefetch {
  bool rel_record = false;  // the relationship's record (type, properties; a named variable)
  bool end_record = false;  // the far end's record (labels; a named variable)
  bool end_props = false;   // the far end's properties
  bool end_adj = true;      // the far end's adjacency (a further expansion)
};

// Calls f(relationship, other end, outgoing) for the relationships of n in the wanted
// directions until f returns false (then returns false). Reads the adjacency only, not the
// relationships' records: the base (flat arrays) and then the delta (Boost's adjacency_list),
// as PropertyGraph::for_each_out/in do. The graph is far larger than the caches and the
// TLB, and an expansion jumps around it, so the loads are issued in waves before the rows
// are made: first the far ends' adjacency and records, then what those lead to
// (relationship records, property lists); the misses then overlap instead of following one
// another. Hubs (many relationships) prefetch a few edges ahead instead.
template <class F>
bool each_rel(const PropertyGraph& g, NodeId n, bool out, bool in, const Prefetch& pf, F&& f) {
  const auto& base = g.base();
  const auto& adj = g.adjacency();
  const bool dead = g.base_has_dead();
  auto ends = [&](NodeId o) {
    if (pf.end_adj) {
      if (g.in_base(o)) __builtin_prefetch(&base.m_forward.m_rowstart[o]);
      if (o < adj.m_vertices.size()) __builtin_prefetch(&adj.m_vertices[o]);
    }
    if (pf.end_record || pf.end_props) __builtin_prefetch(&g.node(o));
  };
  // Entries [b, e) of the base, read through rel_at / far_at.
  auto walk_base = [&](std::size_t b, std::size_t e, auto rel_at, auto far_at, bool outgoing) -> bool {
    if (e - b <= 64) {
      for (std::size_t i = b; i < e; ++i) ends(far_at(i));
      if (pf.rel_record || pf.end_props)
        for (std::size_t i = b; i < e; ++i) {
          if (pf.rel_record) __builtin_prefetch(&g.rel(rel_at(i)));
          if (pf.end_props) __builtin_prefetch(g.node(far_at(i)).props.entries().data());
        }
      for (std::size_t i = b; i < e; ++i) {
        RelId r = rel_at(i);
        if (dead && !g.rel_alive(r)) continue;
        if (!f(r, far_at(i), outgoing)) return false;
      }
      return true;
    }
    for (std::size_t i = b; i < e; ++i) {
      if (i + 1 < e) ends(far_at(i + 1));
      RelId r = rel_at(i);
      if (dead && !g.rel_alive(r)) continue;
      if (!f(r, far_at(i), outgoing)) return false;
    }
    return true;
  };
  auto walk = [&](auto begin, auto end, bool outgoing) -> bool {
    auto far = [&](auto e) { return static_cast<NodeId>(outgoing ? boost::target(e, adj) : boost::source(e, adj)); };
    std::size_t deg = static_cast<std::size_t>(std::distance(begin, end));
    if (deg <= 64) {
      for (auto it = begin; it != end; ++it) {
        __builtin_prefetch(&adj[*it]);
        ends(far(*it));
      }
      if (pf.rel_record || pf.end_props)
        for (auto it = begin; it != end; ++it) {
          if (pf.rel_record) __builtin_prefetch(&g.rel(adj[*it]));
          if (pf.end_props) __builtin_prefetch(g.node(far(*it)).props.entries().data());
        }
      for (auto it = begin; it != end; ++it)
        if (!f(adj[*it], far(*it), outgoing)) return false;
      return true;
    }
    auto ahead = begin;
    for (int k = 0; k < 4 && ahead != end; ++k, ++ahead) __builtin_prefetch(&adj[*ahead]);
    for (auto it = begin; it != end; ++it) {
      if (ahead != end) {
        __builtin_prefetch(&adj[*ahead]);
        ++ahead;
      }
      auto nx = std::next(it);
      if (nx != end) ends(far(*nx));
      if (!f(adj[*it], far(*it), outgoing)) return false;
    }
    return true;
  };
  const bool in_base = g.in_base(n);
  const bool in_delta = n < adj.m_vertices.size();
  if (out) {
    if (in_base) {
      const auto& fw = base.m_forward;
      auto rel_at = [&](std::size_t i) { return static_cast<RelId>(fw.m_edge_properties[i]); };
      auto far_at = [&](std::size_t i) { return static_cast<NodeId>(fw.m_column[i]); };
      if (!walk_base(fw.m_rowstart[n], fw.m_rowstart[n + 1], rel_at, far_at, true)) return false;
    }
    if (in_delta) {
      auto [it, end] = boost::out_edges(n, adj);
      if (!walk(it, end, true)) return false;
    }
  }
  if (in) {
    if (in_base) {
      const auto& fw = base.m_forward;
      const auto& bw = base.m_backward;
      auto rel_at = [&](std::size_t i) { return static_cast<RelId>(fw.m_edge_properties[bw.m_edge_properties[i]]); };
      auto far_at = [&](std::size_t i) { return static_cast<NodeId>(bw.m_column[i]); };
      if (!walk_base(bw.m_rowstart[n], bw.m_rowstart[n + 1], rel_at, far_at, false)) return false;
    }
    if (in_delta) {
      auto [it, end] = boost::in_edges(n, adj);
      if (!walk(it, end, false)) return false;
    }
  }
  return true;
}

// ---- the matcher ----
bool Matcher::run(std::size_t i) {
  if (i == plan.steps.size()) return cb(row);
  const MatchStep& st = plan.steps[i];
  PropertyGraph& g = en.g;
  if ((++en.tick & 0xFFF) == 0) en.check_cancel();
  switch (st.kind) {
    case MatchStep::Filter:
      if (!eval_pred(*st.filter, row, en.ctx)) return true;
      return run(i + 1);
    case MatchStep::BuildPath: {
      row[plan.parts[st.part]->path_slot] = en.build_path(*plan.parts[st.part], row);
      return run(i + 1);
    }
    case MatchStep::Start: {
      const NodePat& n = plan.parts[st.part]->nodes[st.node];
      auto try_node = [&](NodeId id) -> bool {
        if (!en.node_ok(n, id, row)) return true;
        row[n.slot] = Value(NodeRef{id});
        return run(i + 1);
      };
      switch (st.method) {
        case MatchStep::Bound: {
          const Value& v = row[n.slot];
          if (!v.is_node()) {
            if (!v.is_null()) type_error("expected a node for `" + n.var + "`");
            return true;
          }
          if (!en.node_ok(n, v.as_node().id, row)) return true;
          return run(i + 1);
        }
        case MatchStep::ByName: {
          Value name = eval(*st.name_expr, row, en.ctx);
          if (name.is_string()) {
            const auto& ids = g.nodes_named(name.as_string());
            for (std::size_t k = 0; k < ids.size(); ++k) {
              if (st.name_only) {  // the index holds live nodes with exactly this name
                row[n.slot] = Value(NodeRef{ids[k]});
                if (!run(i + 1)) return false;
              } else if (!try_node(ids[k])) {
                return false;
              }
            }
            return true;
          }
          if (name.is_null()) return true;
          break;  // not a string: scan
        }
        case MatchStep::ByLabel: {
          const auto& ids = g.nodes_with_label(st.label);
          for (std::size_t k = 0; k < ids.size(); ++k) {
            if ((k & 0xFFF) == 0) en.check_cancel();
            if (!try_node(ids[k])) return false;
          }
          return true;
        }
        case MatchStep::ScanAll: break;
      }
      NodeId bound = g.node_id_bound();
      for (NodeId id = 0; id < bound; ++id) {
        if ((id & 0xFFF) == 0) en.check_cancel();
        if (!g.node_alive(id)) continue;
        if (!try_node(id)) return false;
      }
      return true;
    }
    case MatchStep::Expand: {
      const PatternPart& p = *plan.parts[st.part];
      const RelPat& r = p.rels[st.rel];
      const NodePat& to = p.nodes[st.to];
      const Value& fv = row[p.nodes[st.from].slot];
      if (!fv.is_node()) return true;
      NodeId from = fv.as_node().id;
      bool out = (r.dir == Dir::Out) == st.forward;
      bool both = r.dir == Dir::Both;
      NodeId want = 0;
      if (st.to_bound) {
        const Value& tv = row[to.slot];
        if (!tv.is_node()) return true;
        want = tv.as_node().id;
      }
      // the relationship itself is read only for a type or property test; an end node
      // reached through a live relationship is alive, so a free node pattern needs no look
      const bool read_rel = !r.types.empty() || r.props;
      const bool check_to = !unconstrained(to);
      auto visit = [&](RelId id, NodeId other, bool outgoing) -> bool {
        if (!outgoing && both && other == from) return true;  // self-loop seen as outgoing already
        if (st.to_bound && other != want) return true;
        const RelData* d = read_rel ? &g.rel(id) : nullptr;
        if (d && !en.rel_type_ok(r, d->type)) return true;
        if (std::find(used.begin(), used.end(), id) != used.end()) return true;
        if (check_to && !en.node_ok(to, other, row)) return true;
        if (r.props && !en.props_ok(r.props, d->props, row)) return true;
        row[r.slot] = Value(RelRef{id});
        if (!st.to_bound) row[to.slot] = Value(NodeRef{other});
        used.push_back(id);
        bool go = run(i + 1);
        used.pop_back();
        return go;
      };
      if (r.bound) {
        const Value& rv = row[r.slot];
        if (!rv.is_rel()) return true;
        RelId id = rv.as_rel().id;
        if (!g.rel_alive(id)) return true;
        const RelData& d = g.rel(id);
        bool ok_out = (both || out) && d.src == from;
        bool ok_in = (both || !out) && d.dst == from;
        if (ok_out && !visit(id, d.dst, true)) return false;
        if (ok_in && !(ok_out && d.src == d.dst) && !visit(id, d.src, false)) return false;
        return true;
      }
      Prefetch pf;
      pf.rel_record = read_rel || !r.var.empty();
      pf.end_record = check_to || !to.var.empty();
      pf.end_props = to.props || !to.var.empty();
      pf.end_adj = false;
      if (i + 1 < plan.steps.size()) {
        const MatchStep& nx = plan.steps[i + 1];
        pf.end_adj = (nx.kind == MatchStep::Expand || nx.kind == MatchStep::VarExpand) && nx.part == st.part &&
                     nx.from == st.to;
      }
      if (st.to_bound) pf.end_record = pf.end_props = pf.end_adj = false;  // a node already in the row
      return each_rel(g, from, both || out, both || !out, pf, visit);
    }
    case MatchStep::RelScan: {
      const PatternPart& p = *plan.parts[st.part];
      const RelPat& r = p.rels[st.rel];
      const NodePat& na = p.nodes[st.from];
      const NodePat& nb = p.nodes[st.to];
      const bool check_a = !unconstrained(na), check_b = !unconstrained(nb);
      auto one = [&](RelId id, NodeId a, NodeId b) -> bool {
        if (st.to_bound && a != b) return true;  // (a)-[r]-(a)
        if (!used.empty() && std::find(used.begin(), used.end(), id) != used.end()) return true;
        if (check_a && !en.node_ok(na, a, row)) return true;
        if (check_b && !en.node_ok(nb, b, row)) return true;
        row[na.slot] = Value(NodeRef{a});
        row[nb.slot] = Value(NodeRef{b});
        row[r.slot] = Value(RelRef{id});
        used.push_back(id);
        bool go = run(i + 1);
        used.pop_back();
        return go;
      };
      std::uint64_t k = 0;
      auto each = [&](RelId id, const RelData& d) -> bool {
        if ((++k & 0xFFF) == 0) en.check_cancel();
        if (r.props && !en.props_ok(r.props, d.props, row)) return true;
        switch (r.dir) {
          case Dir::Out: return one(id, d.src, d.dst);
          case Dir::In: return one(id, d.dst, d.src);
          case Dir::Both: return one(id, d.src, d.dst) && (d.src == d.dst || one(id, d.dst, d.src));
        }
        return true;
      };
      if (r.types.empty()) {
        RelId bound = g.rel_id_bound();
        for (RelId id = 0; id < bound; ++id) {
          if (!g.rel_alive(id)) continue;
          if (!each(id, g.rel(id))) return false;
        }
        return true;
      }
      for (std::size_t t = 0; t < r.types.size(); ++t) {
        if (std::find(r.types.begin(), r.types.begin() + t, r.types[t]) != r.types.begin() + t) continue;
        const auto& ids = g.rels_with_type(r.types[t]);
        for (std::size_t x = 0; x < ids.size(); ++x)
          if (!each(ids[x], g.rel(ids[x]))) return false;
      }
      return true;
    }
    case MatchStep::VarExpand: {
      const PatternPart& p = *plan.parts[st.part];
      const RelPat& r = p.rels[st.rel];
      const NodePat& to = p.nodes[st.to];
      const Value& fv = row[p.nodes[st.from].slot];
      if (!fv.is_node()) return true;
      bool out = (r.dir == Dir::Out) == st.forward;
      bool both = r.dir == Dir::Both;
      long long lo = r.min_hops, hi = r.max_hops;
      if (r.bound) {
        // a list of relationships bound earlier: follow it exactly
        const Value& lv = row[r.slot];
        if (!lv.is_list()) return true;
        const auto& l = lv.as_list();
        if ((long long)l.size() < lo || (hi >= 0 && (long long)l.size() > hi)) return true;
        NodeId cur = fv.as_node().id;
        std::vector<RelId> seq;
        for (std::size_t k = 0; k < l.size(); ++k) {
          const Value& x = st.forward ? l[k] : l[l.size() - 1 - k];
          if (!x.is_rel() || !g.rel_alive(x.as_rel().id)) return true;
          RelId id = x.as_rel().id;
          const RelData& d = g.rel(id);
          if (!en.rel_type_ok(r, id) || !en.props_ok(r.props, d.props, row)) return true;
          if ((both || out) && d.src == cur) cur = d.dst;
          else if ((both || !out) && d.dst == cur) cur = d.src;
          else return true;
          seq.push_back(id);
        }
        if (st.to_bound) {
          const Value& tv = row[to.slot];
          if (!tv.is_node() || tv.as_node().id != cur) return true;
        }
        if (!en.node_ok(to, cur, row)) return true;
        if (!st.to_bound) row[to.slot] = Value(NodeRef{cur});
        return run(i + 1);
      }
      NodeId want = 0;
      if (st.to_bound) {
        const Value& tv = row[to.slot];
        if (!tv.is_node()) return true;
        want = tv.as_node().id;
      }
      const bool read_rel = !r.types.empty() || r.props;
      const bool check_to = !unconstrained(to);
      NodeId start = fv.as_node().id;
      Prefetch pf;  // the walk goes on from the far end; the rest is read only for a match
      pf.rel_record = read_rel;
      pf.end_record = pf.end_props = check_to;
      std::vector<RelId> path;
      std::uint64_t k = 0;
      // depth-first over trails from `start` (relationships unique within the MATCH)
      auto dfs = [&](auto& self, NodeId cur, long long depth) -> bool {
        if (depth >= lo) {
          bool ok = st.to_bound ? cur == want : true;
          // a node reached through a relationship is alive; the start was checked when bound
          if (ok && (check_to || (depth == 0 && !g.node_alive(cur)))) ok = en.node_ok(to, cur, row);
          if (ok) {
            List rels;
            rels.reserve(path.size());
            if (st.forward) {
              for (RelId x : path) rels.push_back(Value(RelRef{x}));
            } else {
              for (auto it = path.rbegin(); it != path.rend(); ++it) rels.push_back(Value(RelRef{*it}));
            }
            row[r.slot] = Value(std::move(rels));
            if (!st.to_bound) row[to.slot] = Value(NodeRef{cur});
            if (!run(i + 1)) return false;
          }
        }
        if (hi >= 0 && depth >= hi) return true;
        return each_rel(g, cur, both || out, both || !out, pf, [&](RelId id, NodeId other, bool outgoing) -> bool {
          if ((++k & 0xFFF) == 0) en.check_cancel();
          if (!outgoing && both && other == cur) return true;  // self-loop seen as outgoing already
          const RelData* d = read_rel ? &g.rel(id) : nullptr;
          if (d && !en.rel_type_ok(r, d->type)) return true;
          if (std::find(used.begin(), used.end(), id) != used.end()) return true;
          if (r.props && !en.props_ok(r.props, d->props, row)) return true;
          path.push_back(id);
          used.push_back(id);
          bool go = self(self, other, depth + 1);
          used.pop_back();
          path.pop_back();
          return go;
        });
      };
      return dfs(dfs, start, 0);
    }
    case MatchStep::Shortest: {
      const PatternPart& p = *plan.parts[st.part];
      const RelPat& r = p.rels[0];
      const Value& av = row[p.nodes[st.from].slot];
      const Value& bv = row[p.nodes[st.to].slot];
      if (!av.is_node() || !bv.is_node()) return true;
      NodeId a = av.as_node().id, b = bv.as_node().id;
      long long lo = r.varlen ? r.min_hops : 1, hi = r.varlen ? r.max_hops : 1;
      bool all = p.fn == PatternPart::AllShortest;
      auto emit = [&](const std::vector<RelId>& rels, const std::vector<NodeId>& nodes) -> bool {
        List rl;
        for (RelId x : rels) rl.push_back(Value(RelRef{x}));
        row[r.slot] = r.varlen ? Value(std::move(rl)) : (rels.empty() ? Value() : Value(RelRef{rels[0]}));
        if (p.path_slot >= 0) row[p.path_slot] = Value(Path{nodes, rels});
        return run(i + 1);
      };
      if (a == b) {
        if (lo == 0) return emit({}, {a});
        return true;
      }
      std::unordered_map<NodeId, long long> dist;
      std::unordered_map<NodeId, std::vector<std::pair<NodeId, RelId>>> parents;
      dist[a] = 0;
      std::vector<NodeId> frontier{a};
      long long depth = 0;
      bool found = false;
      while (!frontier.empty() && !found && (hi < 0 || depth < hi)) {
        en.check_cancel();
        ++depth;
        std::vector<NodeId> nextf;
        for (NodeId cur : frontier) {
          auto step = [&](RelId id, bool outgoing) {
            const RelData& d = g.rel(id);
            if (!outgoing && r.dir == Dir::Both && d.src == d.dst) return;
            if (!en.rel_type_ok(r, id)) return;
            if (!en.props_ok(r.props, d.props, row)) return;
            NodeId other = outgoing ? d.dst : d.src;
            auto it = dist.find(other);
            if (it == dist.end()) {
              dist[other] = depth;
              parents[other].push_back({cur, id});
              nextf.push_back(other);
            } else if (it->second == depth) {
              parents[other].push_back({cur, id});
            }
          };
          if (r.dir != Dir::In) g.for_each_out(cur, [&](RelId id) { step(id, true); });
          if (r.dir != Dir::Out) g.for_each_in(cur, [&](RelId id) { step(id, false); });
        }
        if (dist.count(b)) found = true;
        frontier = std::move(nextf);
      }
      if (!found || dist[b] < lo) return true;
      // enumerate paths backwards from b
      std::vector<RelId> rels;
      std::vector<NodeId> nodes{b};
      bool go = true, upstream = true;
      std::function<void(NodeId)> back = [&](NodeId cur) {
        if (!go) return;
        if (cur == a) {
          std::vector<RelId> rr(rels.rbegin(), rels.rend());
          std::vector<NodeId> nn(nodes.rbegin(), nodes.rend());
          if (!emit(rr, nn)) upstream = go = false;
          if (!all) go = false;
          return;
        }
        for (auto& [par, rid] : parents[cur]) {
          if (!go) return;
          rels.push_back(rid);
          nodes.push_back(par);
          back(par);
          rels.pop_back();
          nodes.pop_back();
        }
      };
      back(b);
      return upstream;
    }
  }
  return true;
}

// ---------------- clause operators ----------------
struct MatchOp : Operator {
  Engine& en;
  std::shared_ptr<MatchPlan> plan;
  bool optional;
  std::vector<int> null_slots;
  MatchOp(Engine& e, std::shared_ptr<MatchPlan> p, bool opt, std::vector<int> ns)
      : en(e), plan(std::move(p)), optional(opt), null_slots(std::move(ns)) {}
  void push(Row& r) override {
    bool any = false;
    std::function<bool(Row&)> cb = [&](Row& rr) {
      any = true;
      emit(rr);
      return !done();
    };
    en.run_match(*plan, r, cb);
    if (!any && optional) {
      for (int s : null_slots) r[s] = Value();
      emit(r);
    }
  }
};

struct FilterOp : Operator {
  Engine& en;
  ExprP pred;
  FilterOp(Engine& e, ExprP p) : en(e), pred(std::move(p)) {}
  void push(Row& r) override {
    if (eval_pred(*pred, r, en.ctx)) emit(r);
  }
};

struct UnwindOp : Operator {
  Engine& en;
  ExprP expr;
  int slot;
  UnwindOp(Engine& e, ExprP x, int s) : en(e), expr(std::move(x)), slot(s) {}
  void push(Row& r) override {
    // UNWIND range(...) streams its values: a range of billions is bounded by the time limit,
    // not built in memory first.
    if (expr->kind == EK::Call && !expr->agg && !expr->distinct && (expr->kids.size() == 2 || expr->kids.size() == 3) &&
        expr->name.size() == 5 && std::equal(expr->name.begin(), expr->name.end(), "range", [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      std::vector<Value> args;
      for (const auto& k : expr->kids) args.push_back(eval(*k, r, en.ctx));
      RangeSpec rs;
      if (!range_spec(args, *expr, rs)) return;
      std::int64_t x = rs.start;
      for (std::uint64_t k = 0; k < rs.count; ++k) {
        if ((k & 0xFFF) == 0xFFF) en.check_cancel();
        r[slot] = Value(x);
        emit(r);
        if (done()) return;
        if (k + 1 < rs.count) x += rs.step;
      }
      return;
    }
    Value v = eval(*expr, r, en.ctx);
    if (v.is_null()) return;
    if (!v.is_list()) {
      r[slot] = v;
      emit(r);
      return;
    }
    for (const auto& x : v.as_list()) {
      r[slot] = x;
      emit(r);
      if (done()) return;
    }
  }
};

struct ProjectOp : Operator {
  Engine& en;
  const std::vector<ProjItem>& items;
  std::vector<Value> vals;
  ProjectOp(Engine& e, const std::vector<ProjItem>& it) : en(e), items(it) {}
  void push(Row& r) override {
    if ((++en.tick & 0xFFF) == 0) en.check_cancel();
    if (items.size() == 1) {
      r[items[0].slot] = eval(*items[0].expr, r, en.ctx);
    } else {
      vals.clear();
      for (auto& it : items) vals.push_back(eval(*it.expr, r, en.ctx));
      for (std::size_t i = 0; i < items.size(); ++i) r[items[i].slot] = std::move(vals[i]);
    }
    emit(r);
  }
};

void collect_aggs(const ExprP& e, std::vector<const Expr*>& out) {
  if (!e) return;
  if (e->agg) {
    e->agg_index = static_cast<int>(out.size());
    out.push_back(e.get());
    return;
  }
  for (auto& k : e->kids) collect_aggs(k, out);
}

bool has_agg(const ExprP& e) {
  if (!e) return false;
  if (e->agg) return true;
  for (auto& k : e->kids)
    if (has_agg(k)) return true;
  return false;
}

struct AggregateOp : Operator {
  Engine& en;
  std::vector<const ProjItem*> keys, aggs;
  std::vector<const Expr*> calls;
  int width;
  struct Group {
    Row rep;
    std::vector<AggState> st;
  };
  std::unordered_map<std::vector<Value>, std::size_t, RowKeyHash, RowKeyEq> index;
  std::vector<Group> groups;
  std::vector<std::vector<Value>> group_keys;
  AggregateOp(Engine& e, const std::vector<ProjItem>& items, int w) : en(e), width(w) {
    for (auto& it : items) {
      if (has_agg(it.expr)) {
        aggs.push_back(&it);
        collect_aggs(it.expr, calls);
      } else {
        keys.push_back(&it);
      }
    }
  }
  std::vector<Value> kbuf;
  bool done() const override { return false; }
  std::size_t group_of(Row& r) {
    if (keys.empty()) {  // one group: no key to build or look up
      if (groups.empty()) {
        en.hold(1);
        groups.push_back(Group{r, std::vector<AggState>(calls.size())});
        group_keys.emplace_back();
      }
      return 0;
    }
    kbuf.clear();
    for (auto* it : keys) kbuf.push_back(eval(*it->expr, r, en.ctx));
    auto f = index.find(kbuf);
    if (f != index.end()) return f->second;
    en.hold(1);
    std::size_t gi = groups.size();
    groups.push_back(Group{r, std::vector<AggState>(calls.size())});
    group_keys.push_back(kbuf);
    index.emplace(kbuf, gi);
    return gi;
  }
  void push(Row& r) override {
    if ((++en.tick & 0xFFF) == 0) en.check_cancel();
    Group& g = groups[group_of(r)];
    for (std::size_t i = 0; i < calls.size(); ++i) agg_update(*calls[i], g.st[i], r, en.ctx);
  }
  // A group counted elsewhere (from the graph's index sizes): `n` rows like `rep`; every
  // aggregate is a count that no row can make null.
  void add_counted(Row& rep, std::int64_t n) {
    Group& g = groups[group_of(rep)];
    for (auto& st : g.st) st.count += n;
  }
  void finish() override {
    if (groups.empty() && keys.empty()) {
      groups.push_back(Group{Row(width), std::vector<AggState>(calls.size())});
      group_keys.push_back({});
    }
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      Group& g = groups[gi];
      Row& row = g.rep;
      std::vector<Value> vals(calls.size());
      for (std::size_t i = 0; i < calls.size(); ++i) vals[i] = agg_result(*calls[i], g.st[i], row, en.ctx);
      for (std::size_t i = 0; i < keys.size(); ++i) row[keys[i]->slot] = group_keys[gi][i];
      const std::vector<Value>* saved = en.ctx.aggs;
      en.ctx.aggs = &vals;
      for (auto* it : aggs) row[it->slot] = eval(*it->expr, row, en.ctx);
      en.ctx.aggs = saved;
      emit(row);
      if (next->done()) break;
    }
    en.release(groups.size());
    groups.clear();
    index.clear();
    Operator::finish();
  }
};

void add_counted(AggregateOp* agg, Row& rep, std::int64_t n) { agg->add_counted(rep, n); }

struct DistinctOp : Operator {
  Engine& en;
  std::vector<int> slots;
  std::unordered_map<std::vector<Value>, char, RowKeyHash, RowKeyEq> seen;
  std::vector<Value> k;
  DistinctOp(Engine& e, std::vector<int> s) : en(e), slots(std::move(s)) {}
  void push(Row& r) override {
    k.clear();
    for (int s : slots) k.push_back(r[s]);
    if (seen.count(k)) return;
    en.hold(1);
    seen.emplace(k, 0);
    emit(r);
  }
  void finish() override {
    en.release(seen.size());
    seen.clear();
    Operator::finish();
  }
};

struct SkipLimitOp;
std::int64_t rows_wanted(SkipLimitOp& op);  // skip + limit, or -1 when unlimited

struct SortOp : Operator {
  Engine& en;
  const std::vector<SortItem>& order;
  SkipLimitOp* limit = nullptr;  // the SKIP/LIMIT right after, if any: only that many rows are kept
  struct Item {
    std::vector<Value> key;
    Row row;
    std::uint64_t seq;  // arrival: ties keep their input order
  };
  std::vector<Item> rows;
  std::uint64_t seq = 0;
  std::int64_t want = -1;
  bool want_known = false;
  SortOp(Engine& e, const std::vector<SortItem>& o) : en(e), order(o) {}
  bool done() const override { return false; }
  bool less(const Item& a, const Item& b) const {
    for (std::size_t i = 0; i < order.size(); ++i) {
      int c = order_compare(a.key[i], b.key[i]);
      if (c) return order[i].desc ? c > 0 : c < 0;
    }
    return a.seq < b.seq;
  }
  // keeps the `want` first rows (top-k: memory stays within twice the limit)
  void prune() {
    auto cmp = [&](const Item& a, const Item& b) { return less(a, b); };
    std::nth_element(rows.begin(), rows.begin() + want, rows.end(), cmp);
    en.release(rows.size() - static_cast<std::size_t>(want));
    rows.erase(rows.begin() + want, rows.end());
  }
  void push(Row& r) override {
    std::vector<Value> k;
    k.reserve(order.size());
    for (auto& s : order) k.push_back(eval(*s.expr, r, en.ctx));
    if (!want_known) {
      want_known = true;
      want = limit ? rows_wanted(*limit) : -1;
    }
    if (want == 0) return;
    en.hold(1);
    rows.push_back(Item{std::move(k), r, seq++});
    if (want > 0 && rows.size() >= 2 * static_cast<std::size_t>(want) + 64) prune();
  }
  void finish() override {
    auto cmp = [&](const Item& a, const Item& b) { return less(a, b); };
    if (want >= 0 && static_cast<std::size_t>(want) < rows.size()) prune();
    std::sort(rows.begin(), rows.end(), cmp);
    for (auto& it : rows) {
      emit(it.row);
      if (next->done()) break;
    }
    en.release(rows.size());
    rows.clear();
    Operator::finish();
  }
};

struct SkipLimitOp : Operator {
  Engine& en;
  ExprP skip_e, limit_e;
  int width;
  bool init = false;
  std::int64_t skip = 0, limit = -1, seen = 0;
  SkipLimitOp(Engine& e, ExprP s, ExprP l, int w) : en(e), skip_e(std::move(s)), limit_e(std::move(l)), width(w) {}
  std::int64_t value(const ExprP& x, const char* what) {
    Row dummy(width);
    Value v = eval(*x, dummy, en.ctx);
    if (v.is_float() && std::floor(v.as_float()) == v.as_float() && x->kind != EK::Literal)
      v = Value(static_cast<std::int64_t>(v.as_float()));
    if (!v.is_int())
      throw QueryError("SyntaxError", "InvalidArgumentType", std::string(what) + " must be a non-negative integer",
                       x->pos.line, x->pos.col, false);
    if (v.as_int() < 0)
      throw QueryError("SyntaxError", "NegativeIntegerArgument", std::string(what) + " must not be negative",
                       x->pos.line, x->pos.col, false);
    return v.as_int();
  }
  void setup() {
    if (init) return;
    init = true;
    if (skip_e) skip = value(skip_e, "SKIP");
    if (limit_e) limit = value(limit_e, "LIMIT");
  }
  void push(Row& r) override {
    setup();
    ++seen;
    if (seen <= skip) return;
    if (limit >= 0 && seen > skip + limit) return;
    emit(r);
  }
  bool done() const override { return (init && limit >= 0 && seen >= skip + limit) || Operator::done(); }
  void finish() override {
    setup();
    Operator::finish();
  }
};

std::int64_t rows_wanted(SkipLimitOp& op) {
  op.setup();
  return op.limit < 0 ? -1 : op.skip + op.limit;
}

struct BarrierOp : Operator {
  Engine& en;
  std::vector<Row> rows;
  explicit BarrierOp(Engine& e) : en(e) {}
  bool done() const override { return false; }
  void push(Row& r) override {
    en.hold(1);
    rows.push_back(r);
  }
  void finish() override {
    for (auto& r : rows) {
      emit(r);
      if (next->done()) break;
    }
    en.release(rows.size());
    rows.clear();
    Operator::finish();
  }
};

struct CreateOp : Operator {
  Engine& en;
  const Clause& c;
  CreateOp(Engine& e, const Clause& cl) : en(e), c(cl) {}
  bool done() const override { return false; }
  void push(Row& r) override {
    for (int s : c.new_slots) r[s] = Value();
    for (auto& p : c.patterns) en.create_part(*p, r);
    emit(r);
  }
};

struct MergeOp : Operator {
  Engine& en;
  const Clause& c;
  std::shared_ptr<MatchPlan> plan;
  MergeOp(Engine& e, const Clause& cl, std::shared_ptr<MatchPlan> p) : en(e), c(cl), plan(std::move(p)) {}
  bool done() const override { return false; }
  void push(Row& r) override {
    std::vector<Row> matches;
    std::function<bool(Row&)> cb = [&](Row& rr) {
      matches.push_back(rr);
      return true;
    };
    en.run_match(*plan, r, cb);
    if (!matches.empty()) {
      for (auto& m : matches) {
        for (auto& it : c.on_match) en.apply_set(it, m);
        emit(m);
      }
      return;
    }
    for (int s : c.new_slots) r[s] = Value();
    // null property values cannot be merged on
    for (auto& p : c.patterns) {
      auto check = [&](const ExprP& props) {
        if (!props || props->kind != EK::Map) return;
        for (auto& k : props->kids)
          if (eval(*k, r, en.ctx).is_null())
            runtime_error("SemanticError", "MergeReadOwnWrites",
                          "cannot merge a node or relationship using a null property value");
      };
      for (auto& n : p->nodes) check(n.props);
      for (auto& rl : p->rels) check(rl.props);
      en.create_part(*p, r);
    }
    for (auto& it : c.set_items) en.apply_set(it, r);
    emit(r);
  }
};

struct SetOp : Operator {
  Engine& en;
  const Clause& c;
  SetOp(Engine& e, const Clause& cl) : en(e), c(cl) {}
  bool done() const override { return false; }
  void push(Row& r) override {
    for (auto& it : c.set_items) {
      if (c.kind == Clause::Set) en.apply_set(it, r);
      else en.apply_remove(it, r);
    }
    emit(r);
  }
};

struct DeleteOp : Operator {
  Engine& en;
  const Clause& c;
  std::vector<Row> rows;
  std::vector<NodeId> nodes;
  DeleteOp(Engine& e, const Clause& cl) : en(e), c(cl) {}
  bool done() const override { return false; }
  void del(const Value& v) {
    switch (v.kind()) {
      case Value::Kind::Null: return;
      case Value::Kind::Node: nodes.push_back(v.as_node().id); return;
      case Value::Kind::Rel: en.tx.delete_rel(v.as_rel().id); return;
      case Value::Kind::Path:
        for (RelId r : v.as_path().rels) en.tx.delete_rel(r);
        for (NodeId n : v.as_path().nodes) nodes.push_back(n);
        return;
      case Value::Kind::List:
        for (const auto& x : v.as_list()) del(x);
        return;
      default: type_error(std::string("cannot delete a ") + kind_name(v.kind()));
    }
  }
  void push(Row& r) override {
    for (auto& e : c.exprs) del(eval(*e, r, en.ctx));
    en.hold(1);
    rows.push_back(r);
  }
  void finish() override {
    for (NodeId n : nodes) {
      if (!en.g.node_alive(n)) continue;
      if (c.detach) {
        std::vector<RelId> rs;
        en.g.for_each_out(n, [&](RelId r) { rs.push_back(r); });
        en.g.for_each_in(n, [&](RelId r) { rs.push_back(r); });
        for (RelId r : rs) en.tx.delete_rel(r);
      } else if (en.g.out_degree(n) || en.g.in_degree(n)) {
        runtime_error("ConstraintVerificationFailed", "DeleteConnectedNode",
                      "cannot delete node " + std::to_string(n) + " because it still has relationships; use DETACH DELETE");
      }
      en.tx.delete_node(n);
    }
    for (auto& r : rows) {
      emit(r);
      if (next->done()) break;
    }
    en.release(rows.size());
    rows.clear();
    Operator::finish();
  }
};

struct SinkOp : Operator {
  Engine* en = nullptr;
  std::vector<int> slots;
  std::vector<std::vector<Value>>* out;
  bool done() const override { return false; }
  void push(Row& r) override {
    if (!out) return;
    en->hold(1);
    std::vector<Value> v;
    v.reserve(slots.size());
    for (int s : slots) v.push_back(r[s]);
    out->push_back(std::move(v));
  }
  void finish() override {}
};

struct Pipeline {
  std::vector<std::unique_ptr<Operator>> ops;
  template <class T>
  T* add(std::unique_ptr<T> op) {
    T* p = op.get();
    if (!ops.empty()) ops.back()->next = p;
    ops.push_back(std::move(op));
    return p;
  }
};

std::string proj_text(const Projection& pr) {
  std::string s;
  for (std::size_t i = 0; i < pr.items.size(); ++i) s += (i ? ", " : "") + pr.items[i].alias;
  return s;
}

// ---- counts from the index sizes ----
// `MATCH (n) | (n:L) | ()-[r]->() | ()-[r:T|U]->() RETURN [type(r),] count(*)|count(var)...` as the
// first clause, with no WHERE and no other constraint: the counts are the sizes of the
// graph's label / type indexes, so no node or relationship is touched.
struct IndexCount {
  const PatternPart* part = nullptr;
  bool by_type = false;  // grouped by type(r)
};

bool lower_is(const std::string& s, const char* want) {
  std::size_t i = 0;
  for (; i < s.size() && want[i]; ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != want[i]) return false;
  return i == s.size() && !want[i];
}

// Whether every aggregate in e is count(*) or a non-DISTINCT count of a pattern variable.
bool only_counts(const Expr& e, const std::set<int>& vars) {
  if (e.kind == EK::CountStar) return true;
  if (e.agg) {
    return e.kind == EK::Call && lower_is(e.name, "count") && !e.distinct && e.kids.size() == 1 &&
           e.kids[0]->kind == EK::Var && vars.count(e.kids[0]->slot);
  }
  if (e.pattern) return false;
  for (auto& k : e.kids)
    if (k && !only_counts(*k, vars)) return false;
  return true;
}

std::optional<IndexCount> index_count(const SingleQuery& q, std::size_t ci) {
  if (ci != 0 || ci + 1 >= q.clauses.size()) return std::nullopt;
  const Clause& c = q.clauses[ci];
  const Clause& nx = q.clauses[ci + 1];
  if (c.kind != Clause::Match || c.optional || c.where || c.patterns.size() != 1) return std::nullopt;
  if (nx.kind != Clause::With && nx.kind != Clause::Return) return std::nullopt;
  const PatternPart& p = *c.patterns[0];
  if (p.fn != PatternPart::Plain || p.path_slot >= 0 || p.nodes.size() > 2) return std::nullopt;
  std::set<int> vars;
  for (auto& n : p.nodes) {
    if (n.bound || n.props) return std::nullopt;
    if (p.nodes.size() == 2 ? !n.labels.empty() : n.labels.size() > 1) return std::nullopt;
    vars.insert(n.slot);
  }
  const RelPat* r = nullptr;
  if (p.nodes.size() == 2) {
    r = &p.rels[0];
    if (r->bound || r->props || r->varlen || r->dir == Dir::Both) return std::nullopt;
    if (p.nodes[0].slot == p.nodes[1].slot) return std::nullopt;
    vars.insert(r->slot);
  }
  IndexCount ic;
  ic.part = &p;
  bool any_agg = false;
  for (auto& it : nx.proj.items) {
    if (has_agg(it.expr)) {
      any_agg = true;
      if (!only_counts(*it.expr, vars)) return std::nullopt;
    } else {
      const Expr& e = *it.expr;
      bool type_key = r && !ic.by_type && e.kind == EK::Call && lower_is(e.name, "type") && e.kids.size() == 1 &&
                      e.kids[0]->kind == EK::Var && e.kids[0]->slot == r->slot;
      if (!type_key) return std::nullopt;
      ic.by_type = true;
    }
  }
  if (!any_agg) return std::nullopt;
  return ic;
}

struct AggregateOp;
void add_counted(AggregateOp* agg, Row& rep, std::int64_t n);

struct IndexCountOp : Operator {
  Engine& en;
  IndexCount ic;
  AggregateOp* agg = nullptr;
  IndexCountOp(Engine& e, IndexCount c) : en(e), ic(c) {}
  void push(Row& r) override {
    const PatternPart& p = *ic.part;
    PropertyGraph& g = en.g;
    auto add = [&](std::int64_t n) {
      ++next->rows_in;  // one pre-counted group (for PROFILE)
      add_counted(agg, r, n);
    };
    if (p.nodes.size() == 1) {
      const NodePat& n = p.nodes[0];
      std::size_t c = n.labels.empty() ? g.node_count() : g.nodes_with_label(n.labels[0]).size();
      if (c) add(static_cast<std::int64_t>(c));
      return;
    }
    const RelPat& rel = p.rels[0];
    std::vector<std::string> types = rel.types;
    if (types.empty())
      for (auto& [t, c] : g.type_counts()) types.push_back(t);
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    std::int64_t total = 0;
    for (const auto& t : types) {
      const auto& ids = g.rels_with_type(t);
      if (ids.empty()) continue;
      if (ic.by_type) {
        r[rel.slot] = Value(RelRef{ids[0]});  // a representative, for type(r)
        add(static_cast<std::int64_t>(ids.size()));
      } else {
        total += static_cast<std::int64_t>(ids.size());
      }
    }
    if (!ic.by_type && total) add(total);
  }
};

void build_pipeline(Pipeline& pl, Engine& en, SingleQuery& q, bool eager, std::vector<std::vector<Value>>* out,
                    std::vector<std::string>& columns, bool describe_plans) {
  auto barrier = [&]() {
    auto b = std::make_unique<BarrierOp>(en);
    b->desc = "Eager";
    pl.add(std::move(b));
  };
  // a start operator that passes the initial row through
  struct PassOp : Operator {
    void push(Row& r) override { emit(r); }
  };
  auto start = std::make_unique<PassOp>();
  start->desc = "Start";
  pl.add(std::move(start));
  IndexCountOp* pending_count = nullptr;
  for (auto& c : q.clauses) {
    bool write = c.kind == Clause::Create || c.kind == Clause::Merge || c.kind == Clause::Set ||
                 c.kind == Clause::Remove || c.kind == Clause::Delete;
    if (eager && write) barrier();
    switch (c.kind) {
      case Clause::Match: {
        if (auto ic = index_count(q, &c - q.clauses.data())) {
          auto op = std::make_unique<IndexCountOp>(en, *ic);
          const PatternPart& p = *ic->part;
          std::string pat = "(" + p.nodes[0].var;
          for (auto& l : p.nodes[0].labels) pat += ":" + l;
          pat += ")";
          if (p.nodes.size() == 2) {
            const RelPat& r = p.rels[0];
            pat += r.dir == Dir::In ? "<-[" : "-[";
            pat += r.var;
            for (std::size_t i = 0; i < r.types.size(); ++i) pat += (i ? "|" : ":") + r.types[i];
            pat += r.dir == Dir::Out ? "]->(" : "]-(";
            pat += p.nodes[1].var + ")";
          }
          op->desc = p.nodes.size() == 1 ? "NodeCountFromIndex" : "RelationshipCountFromIndex";
          op->detail = "    " + pat + (ic->by_type ? " grouped by type" : "") + "\n";
          pending_count = op.get();
          pl.add(std::move(op));
          break;
        }
        auto plan = plan_match(c.patterns, c.where, en.g);
        auto op = std::make_unique<MatchOp>(en, plan, c.optional, c.new_slots);
        op->desc = c.optional ? "OptionalMatch" : "Match";
        if (describe_plans) op->detail = plan->describe(4);
        pl.add(std::move(op));
        break;
      }
      case Clause::Unwind: {
        auto op = std::make_unique<UnwindOp>(en, c.expr, c.slot);
        op->desc = "Unwind AS " + c.var;
        pl.add(std::move(op));
        break;
      }
      case Clause::With:
      case Clause::Return: {
        const Projection& pr = c.proj;
        bool agg = false;
        for (auto& it : pr.items)
          if (has_agg(it.expr)) agg = true;
        if (agg) {
          auto op = std::make_unique<AggregateOp>(en, pr.items, q.num_slots);
          op->desc = "Aggregate " + proj_text(pr);
          if (pending_count) pending_count->agg = op.get();
          pending_count = nullptr;
          pl.add(std::move(op));
        } else {
          auto op = std::make_unique<ProjectOp>(en, pr.items);
          op->desc = "Projection " + proj_text(pr);
          pl.add(std::move(op));
        }
        if (pr.distinct) {
          std::vector<int> slots;
          for (auto& it : pr.items) slots.push_back(it.slot);
          auto op = std::make_unique<DistinctOp>(en, slots);
          op->desc = "Distinct";
          pl.add(std::move(op));
        }
        SortOp* sort = nullptr;
        if (!pr.order.empty()) {
          auto op = std::make_unique<SortOp>(en, pr.order);
          op->desc = "Sort";
          sort = pl.add(std::move(op));
        }
        if (pr.skip || pr.limit) {
          auto op = std::make_unique<SkipLimitOp>(en, pr.skip, pr.limit, q.num_slots);
          op->desc = std::string(pr.skip ? "Skip" : "") + (pr.skip && pr.limit ? "+" : "") + (pr.limit ? "Limit" : "");
          if (sort) {
            sort->limit = op.get();
            sort->desc = "Sort (top " + std::string(pr.skip ? "SKIP+" : "") + "LIMIT)";
          }
          pl.add(std::move(op));
        }
        if (pr.where) {
          auto op = std::make_unique<FilterOp>(en, pr.where);
          op->desc = "Filter";
          pl.add(std::move(op));
        }
        if (c.kind == Clause::Return) {
          for (auto& it : pr.items) columns.push_back(it.alias);
        }
        break;
      }
      case Clause::Create: {
        auto op = std::make_unique<CreateOp>(en, c);
        op->desc = "Create";
        pl.add(std::move(op));
        break;
      }
      case Clause::Merge: {
        auto plan = plan_match(c.patterns, nullptr, en.g);
        auto op = std::make_unique<MergeOp>(en, c, plan);
        op->desc = "Merge";
        if (describe_plans) op->detail = plan->describe(4);
        pl.add(std::move(op));
        break;
      }
      case Clause::Set:
      case Clause::Remove: {
        auto op = std::make_unique<SetOp>(en, c);
        op->desc = c.kind == Clause::Set ? "SetProperties" : "Remove";
        pl.add(std::move(op));
        break;
      }
      case Clause::Delete: {
        auto op = std::make_unique<DeleteOp>(en, c);
        op->desc = c.detach ? "DetachDelete" : "Delete";
        pl.add(std::move(op));
        break;
      }
    }
    if (eager && write) barrier();
  }
  auto sink = std::make_unique<SinkOp>();
  sink->en = &en;
  sink->desc = "ProduceResults";
  sink->out = out;
  const Clause& last = q.clauses.back();
  if (last.kind == Clause::Return)
    for (auto& it : last.proj.items) sink->slots.push_back(it.slot);
  else
    sink->out = nullptr;
  pl.add(std::move(sink));
}

std::vector<std::string> describe(const Pipeline& pl, bool profile) {
  std::vector<std::string> lines;
  for (auto it = pl.ops.rbegin(); it != pl.ops.rend(); ++it) {
    const Operator& op = **it;
    std::string s = op.desc;
    if (profile) {
      std::uint64_t out = op.next ? op.next->rows_in : op.rows_in;
      double excl = op.secs - (op.next && op.next->profile ? op.next->secs : 0);
      if (excl < 0) excl = 0;
      char buf[96];
      std::snprintf(buf, sizeof buf, "  (rows in: %llu, rows out: %llu, time: %.3f ms)",
                    (unsigned long long)op.rows_in, (unsigned long long)out, excl * 1000);
      s += buf;
    }
    lines.push_back(s);
    if (!op.detail.empty()) {
      std::size_t p = 0;
      while (p < op.detail.size()) {
        std::size_t q = op.detail.find('\n', p);
        if (q == std::string::npos) q = op.detail.size();
        lines.push_back(op.detail.substr(p, q - p));
        p = q + 1;
      }
    }
  }
  return lines;
}

// Forgets what the executor cached in a statement (plans of pattern expressions, symbol
// ids of labels and types), so that a compiled statement can run again, even on another
// graph swapped in under the session.
void reset_pattern(const PatternPart& p);
void reset_expr(const ExprP& e) {
  if (!e) return;
  e->plan.reset();
  if (e->pattern) reset_pattern(*e->pattern);
  for (auto& k : e->kids) reset_expr(k);
}
void reset_pattern(const PatternPart& p) {
  for (auto& n : p.nodes) {
    n.sym_epoch = static_cast<std::size_t>(-1);
    reset_expr(n.props);
  }
  for (auto& r : p.rels) {
    r.sym_epoch = static_cast<std::size_t>(-1);
    reset_expr(r.props);
  }
}
void reset_statement(Statement& st) {
  for (auto& q : st.parts) {
    for (auto& c : q.clauses) {
      for (auto& p : c.patterns) reset_pattern(*p);
      reset_expr(c.where);
      reset_expr(c.expr);
      for (auto& it : c.proj.items) reset_expr(it.expr);
      for (auto& o : c.proj.order) reset_expr(o.expr);
      reset_expr(c.proj.skip);
      reset_expr(c.proj.limit);
      reset_expr(c.proj.where);
      for (auto* items : {&c.set_items, &c.on_match})
        for (auto& it : *items) {
          reset_expr(it.target);
          reset_expr(it.value);
        }
      for (auto& e : c.exprs) reset_expr(e);
    }
  }
}

}  // namespace

std::shared_ptr<Statement> Session::compile(std::string_view text) {
  std::string key(text);
  auto it = compiled_.find(key);
  if (it != compiled_.end()) {
    reset_statement(*it->second);
    return it->second;
  }
  auto st = std::make_shared<Statement>(parse_statement(text));
  bind_statement(*st, text);  // throws: nothing is kept
  if (compiled_.size() >= 256) compiled_.clear();
  compiled_.emplace(std::move(key), st);
  return st;
}

Result Session::run(std::string_view text, const Map& params, bool read_only) {
  changed_ = false;
  // a cancel request is spent when the statement it was meant for ends
  struct ClearCancel {
    std::atomic<bool>& f;
    ~ClearCancel() { f.store(false); }
  } clear_cancel{cancel_};
  std::shared_ptr<Statement> compiled = compile(text);
  Statement& st = *compiled;
  if (read_only && st.writes)
    throw QueryError("SemanticError", "ReadOnlyAccess", "the store is read-only: this statement would write",
                     st.parts[0].clauses[0].pos.line, st.parts[0].clauses[0].pos.col, false);
  Result res;
  Engine en(g_, params, res.stats, cancel_);
  en.limits = limits_;
  if (limits_.timeout_seconds > 0)
    en.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(limits_.timeout_seconds));
  en.ctx.poll = [&en]() { en.check_cancel(); };
  if (limits_.max_rows)
    en.ctx.budget = [&en](std::uint64_t n, bool keep) {
      en.hold(n);
      if (!keep) en.release(n);
    };
  bool eager = st.writes;
  std::vector<Pipeline> pipelines(st.parts.size());
  std::vector<std::vector<std::vector<Value>>> outs(st.parts.size());
  try {
    for (std::size_t i = 0; i < st.parts.size(); ++i) {
      std::vector<std::string> cols;
      build_pipeline(pipelines[i], en, st.parts[i], eager, &outs[i], cols, st.explain || st.profile);
      if (i == 0) res.columns = cols;
      if (st.profile)
        for (auto& op : pipelines[i].ops) op->profile = true;
    }
    if (st.explain) {
      res.is_plan = true;
      res.columns = {"plan"};
      for (std::size_t i = 0; i < pipelines.size(); ++i) {
        if (i) res.rows.push_back({Value(st.union_all[i - 1] ? "Union All" : "Union")});
        for (auto& l : describe(pipelines[i], false)) res.rows.push_back({Value(l)});
      }
      return res;
    }
    auto t0 = Clock::now();
    en.check_cancel();
    for (std::size_t i = 0; i < st.parts.size(); ++i) {
      Row row(st.parts[i].num_slots);
      Operator* first = pipelines[i].ops.front().get();
      ++first->rows_in;
      if (st.profile) {
        auto t1 = Clock::now();
        first->push(row);
        first->finish();
        first->secs += std::chrono::duration<double>(Clock::now() - t1).count();
      } else {
        first->push(row);
        first->finish();
      }
    }
    double total = std::chrono::duration<double>(Clock::now() - t0).count();
    // combine UNION parts
    res.rows = std::move(outs[0]);
    for (std::size_t i = 1; i < outs.size(); ++i)
      for (auto& r : outs[i]) res.rows.push_back(std::move(r));
    bool distinct = false;
    for (bool all : st.union_all)
      if (!all) distinct = true;
    if (distinct) {
      std::unordered_map<std::vector<Value>, char, RowKeyHash, RowKeyEq> seen;
      std::vector<std::vector<Value>> kept;
      for (auto& r : res.rows)
        if (seen.emplace(r, 0).second) kept.push_back(std::move(r));
      res.rows = std::move(kept);
    }
    if (st.profile) {
      std::size_t nrows = res.rows.size();
      res.rows.clear();
      res.is_plan = true;
      res.columns = {"plan"};
      for (std::size_t i = 0; i < pipelines.size(); ++i) {
        if (i) res.rows.push_back({Value(st.union_all[i - 1] ? "Union All" : "Union")});
        for (auto& l : describe(pipelines[i], true)) res.rows.push_back({Value(l)});
      }
      char buf[96];
      std::snprintf(buf, sizeof buf, "%zu rows, %.3f ms", nrows, total * 1000);
      res.rows.push_back({Value(std::string(buf))});
    }
  } catch (...) {
    en.tx.rollback();
    throw;
  }
  changed_ = en.tx.changed();
  return res;
}

}  // namespace kg::query
