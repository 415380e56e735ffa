#include "query/planner.h"

#include <algorithm>
#include <functional>

namespace kg::query {

namespace {

void local_slots(const Expr& e, std::set<int>& locals) {
  if (e.kind == EK::ListComp || e.kind == EK::Quantifier) locals.insert(e.slot);
  if (e.kind == EK::Reduce) {
    locals.insert(e.slot);
    locals.insert(e.slot2);
  }
  if (e.pattern) {
    for (auto& n : e.pattern->nodes)
      if (!n.bound) locals.insert(n.slot);
    for (auto& r : e.pattern->rels)
      if (!r.bound) locals.insert(r.slot);
    if (e.pattern->path_slot >= 0) locals.insert(e.pattern->path_slot);
  }
  for (auto& k : e.kids)
    if (k) local_slots(*k, locals);
}

void all_slots(const Expr& e, std::set<int>& out) {
  if (e.kind == EK::Var && e.slot >= 0) out.insert(e.slot);
  if (e.pattern) {
    for (auto& n : e.pattern->nodes) {
      if (n.bound) out.insert(n.slot);
      if (n.props) all_slots(*n.props, out);
    }
    for (auto& r : e.pattern->rels) {
      if (r.bound) out.insert(r.slot);
      if (r.props) all_slots(*r.props, out);
    }
  }
  for (auto& k : e.kids)
    if (k) all_slots(*k, out);
}

void conjuncts(const ExprP& e, std::vector<ExprP>& out) {
  if (!e) return;
  if (e->kind == EK::Binary && e->op == Op::And) {
    conjuncts(e->kids[0], out);
    conjuncts(e->kids[1], out);
  } else {
    out.push_back(e);
  }
}

bool row_independent(const Expr& e) {
  if (e.kind == EK::Literal || e.kind == EK::Param) return true;
  return false;
}

}  // namespace

void expr_slots(const Expr& e, std::set<int>& out) {
  std::set<int> all, locals;
  all_slots(e, all);
  local_slots(e, locals);
  for (int s : all)
    if (!locals.count(s)) out.insert(s);
}

std::string expr_text(const Expr& e) {
  switch (e.kind) {
    case EK::Literal: return e.lit.is_string() ? "'" + e.lit.as_string() + "'" : e.lit.to_display();
    case EK::Param: return "$" + e.name;
    case EK::Var: return e.name;
    case EK::Prop: return expr_text(*e.kids[0]) + "." + e.name;
    default: return "<expr>";
  }
}

std::shared_ptr<MatchPlan> plan_match(const std::vector<std::shared_ptr<PatternPart>>& parts, const ExprP& where,
                                      const PropertyGraph& g) {
  auto plan = std::make_shared<MatchPlan>();
  plan->parts = parts;
  std::set<int> bound;  // slots bound so far
  for (auto& p : parts) {
    for (auto& n : p->nodes)
      if (n.bound) bound.insert(n.slot);
    for (auto& r : p->rels)
      if (r.bound) bound.insert(r.slot);
  }
  std::vector<ExprP> conj;
  conjuncts(where, conj);
  std::vector<std::set<int>> conj_slots(conj.size());
  std::vector<bool> placed(conj.size(), false);
  for (std::size_t i = 0; i < conj.size(); ++i) expr_slots(*conj[i], conj_slots[i]);

  auto place_filters = [&]() {
    for (std::size_t i = 0; i < conj.size(); ++i) {
      if (placed[i]) continue;
      bool ok = std::all_of(conj_slots[i].begin(), conj_slots[i].end(), [&](int s) { return bound.count(s) > 0; });
      if (!ok) continue;
      MatchStep st;
      st.kind = MatchStep::Filter;
      st.filter = conj[i];
      plan->steps.push_back(st);
      placed[i] = true;
    }
  };

  // name-index candidates from WHERE: n.name = <literal or param>
  auto where_name = [&](int slot) -> ExprP {
    for (auto& c : conj) {
      if (c->kind != EK::Compare || c->ops.size() != 1 || c->ops[0] != Op::Eq) continue;
      for (int side = 0; side < 2; ++side) {
        const ExprP& l = c->kids[side];
        const ExprP& r = c->kids[1 - side];
        if (l->kind == EK::Prop && l->name == "name" && l->kids[0]->kind == EK::Var && l->kids[0]->slot == slot &&
            row_independent(*r))
          return r;
      }
    }
    return nullptr;
  };

  auto start_step = [&](int pi, int ni) {
    const NodePat& n = parts[pi]->nodes[ni];
    MatchStep st;
    st.kind = MatchStep::Start;
    st.part = pi;
    st.node = ni;
    if (bound.count(n.slot)) {
      st.method = MatchStep::Bound;
      st.est = 1;
      return st;
    }
    st.method = MatchStep::ScanAll;
    st.est = static_cast<double>(g.node_count());
    ExprP name;
    bool only = false;
    if (n.props && n.props->kind == EK::Map) {
      for (std::size_t k = 0; k < n.props->keys.size(); ++k)
        if (n.props->keys[k] == "name") name = n.props->kids[k];
      only = name && n.props->keys.size() == 1 && n.labels.empty();
    }
    if (!name) name = where_name(n.slot);
    if (name) {
      st.method = MatchStep::ByName;
      st.name_expr = name;
      st.name_only = only;
      st.est = name->kind == EK::Literal && name->lit.is_string()
                   ? static_cast<double>(g.nodes_named(name->lit.as_string()).size())
                   : 1.5;
    }
    for (auto& l : n.labels) {
      double c = static_cast<double>(g.nodes_with_label(l).size());
      if (c < st.est) {
        st.method = MatchStep::ByLabel;
        st.name_only = false;
        st.label = l;
        st.est = c;
        st.name_expr = nullptr;
      }
    }
    return st;
  };

  for (int pi = 0; pi < static_cast<int>(parts.size()); ++pi) {
    const PatternPart& p = *parts[pi];
    int k = static_cast<int>(p.nodes.size());
    if (p.fn != PatternPart::Plain) {
      for (int ni : {0, k - 1}) {
        if (bound.count(p.nodes[ni].slot)) continue;
        plan->steps.push_back(start_step(pi, ni));
        bound.insert(p.nodes[ni].slot);
        place_filters();
      }
      MatchStep st;
      st.kind = MatchStep::Shortest;
      st.part = pi;
      st.rel = 0;
      st.from = 0;
      st.to = k - 1;
      plan->steps.push_back(st);
      bound.insert(p.rels[0].slot);
      if (p.path_slot >= 0) bound.insert(p.path_slot);
      place_filters();
      continue;
    }
    // choose the start node
    int best = 0;
    double best_cost = 1e300;
    MatchStep best_st;
    for (int ni = 0; ni < k; ++ni) {
      MatchStep st = start_step(pi, ni);
      double c = st.est;
      if (c < best_cost) {
        best_cost = c;
        best = ni;
        best_st = st;
      }
    }
    // No anchored node: scan the relationships (of the pattern's types) instead, binding both
    // ends at once, when the ends are unconstrained (the same rows without a node scan and
    // an expansion per node) or the relationships are fewer than the nodes to scan.
    int scan_rel = -1;
    if (best_st.method == MatchStep::ScanAll) {
      double best_rel = 1e300;
      for (int ri = 0; ri + 1 < k; ++ri) {
        const RelPat& r = p.rels[ri];
        if (r.varlen || r.bound) continue;
        double est = 0;
        if (r.types.empty()) {
          est = static_cast<double>(g.rel_count());
        } else {
          std::set<std::string> seen;
          for (const auto& t : r.types)
            if (seen.insert(t).second) est += static_cast<double>(g.rels_with_type(t).size());
        }
        if (r.dir == Dir::Both) est *= 2;
        bool free_ends = unconstrained(p.nodes[ri]) && unconstrained(p.nodes[ri + 1]);
        if ((free_ends || est < best_cost) && est < best_rel) {
          best_rel = est;
          scan_rel = ri;
        }
      }
      if (scan_rel >= 0) {
        MatchStep st;
        st.kind = MatchStep::RelScan;
        st.part = pi;
        st.rel = scan_rel;
        st.from = scan_rel;
        st.to = scan_rel + 1;
        st.to_bound = p.nodes[scan_rel].slot == p.nodes[scan_rel + 1].slot;
        st.est = best_rel;
        plan->steps.push_back(st);
        bound.insert(p.nodes[scan_rel].slot);
        bound.insert(p.nodes[scan_rel + 1].slot);
        bound.insert(p.rels[scan_rel].slot);
        place_filters();
      }
    }
    if (scan_rel < 0) {
      plan->steps.push_back(best_st);
      bound.insert(p.nodes[best].slot);
      place_filters();
      // A variable-length part anchored at both ends by the name index: bind the other ends
      // first (one node each), so the expansion only has to recognise them instead of
      // testing the name of every node it reaches.
      bool varlen = std::any_of(p.rels.begin(), p.rels.end(), [](const RelPat& r) { return r.varlen; });
      if (varlen) {
        for (int ni = 0; ni < k; ++ni) {
          if (ni == best || bound.count(p.nodes[ni].slot)) continue;
          MatchStep st = start_step(pi, ni);
          if (st.method != MatchStep::ByName || st.est > 1.5) continue;
          plan->steps.push_back(st);
          bound.insert(p.nodes[ni].slot);
          place_filters();
        }
      }
    }
    auto expand = [&](int ri, int from, int to, bool forward) {
      MatchStep st;
      st.kind = p.rels[ri].varlen ? MatchStep::VarExpand : MatchStep::Expand;
      st.part = pi;
      st.rel = ri;
      st.from = from;
      st.to = to;
      st.forward = forward;
      st.to_bound = bound.count(p.nodes[to].slot) > 0;
      plan->steps.push_back(st);
      bound.insert(p.nodes[to].slot);
      bound.insert(p.rels[ri].slot);
      place_filters();
    };
    if (scan_rel >= 0) {
      for (int ri = scan_rel + 1; ri < k - 1; ++ri) expand(ri, ri, ri + 1, true);
      for (int ri = scan_rel - 1; ri >= 0; --ri) expand(ri, ri + 1, ri, false);
    } else {
      for (int ri = best; ri < k - 1; ++ri) expand(ri, ri, ri + 1, true);
      for (int ri = best - 1; ri >= 0; --ri) expand(ri, ri + 1, ri, false);
    }
    if (p.path_slot >= 0) {
      MatchStep st;
      st.kind = MatchStep::BuildPath;
      st.part = pi;
      plan->steps.push_back(st);
      bound.insert(p.path_slot);
      place_filters();
    }
  }
  for (std::size_t i = 0; i < conj.size(); ++i) {
    if (placed[i]) continue;
    MatchStep st;
    st.kind = MatchStep::Filter;
    st.filter = conj[i];
    plan->steps.push_back(st);
  }
  return plan;
}

std::string MatchPlan::describe(int indent) const {
  std::string pad(indent, ' ');
  std::string out;
  auto node_name = [&](int pi, int ni) {
    const NodePat& n = parts[pi]->nodes[ni];
    std::string s = "(" + n.var;
    for (auto& l : n.labels) s += ":" + l;
    return s + ")";
  };
  for (const auto& st : steps) {
    out += pad;
    switch (st.kind) {
      case MatchStep::Start:
        switch (st.method) {
          case MatchStep::Bound: out += "Argument " + node_name(st.part, st.node); break;
          case MatchStep::ByName:
            out += "NodeByNameIndex " + node_name(st.part, st.node) + " name=" + expr_text(*st.name_expr);
            break;
          case MatchStep::ByLabel: out += "NodeByLabelScan " + node_name(st.part, st.node) + " :" + st.label; break;
          case MatchStep::ScanAll: out += "AllNodesScan " + node_name(st.part, st.node); break;
        }
        break;
      case MatchStep::Expand:
      case MatchStep::VarExpand: {
        const RelPat& r = parts[st.part]->rels[st.rel];
        out += st.kind == MatchStep::Expand ? "Expand" : "VarLengthExpand";
        if (st.to_bound) out += "Into";
        out += " " + node_name(st.part, st.from) + (st.forward ? "" : " (reverse)") + " -[" + r.var;
        for (std::size_t i = 0; i < r.types.size(); ++i) out += (i ? "|" : ":") + r.types[i];
        if (r.varlen)
          out += "*" + std::to_string(r.min_hops) + ".." + (r.max_hops < 0 ? "" : std::to_string(r.max_hops));
        out += "]- " + node_name(st.part, st.to);
        break;
      }
      case MatchStep::RelScan: {
        const RelPat& r = parts[st.part]->rels[st.rel];
        out += r.types.empty() ? "RelationshipScan " : "RelationshipTypeScan ";
        out += node_name(st.part, st.from) + (r.dir == Dir::In ? " <-[" : " -[") + r.var;
        for (std::size_t i = 0; i < r.types.size(); ++i) out += (i ? "|" : ":") + r.types[i];
        out += r.dir == Dir::Out ? "]-> " : "]- ";
        out += node_name(st.part, st.to);
        break;
      }
      case MatchStep::Shortest:
        out += parts[st.part]->fn == PatternPart::Shortest ? "ShortestPath " : "AllShortestPaths ";
        out += node_name(st.part, st.from) + " -> " + node_name(st.part, st.to);
        break;
      case MatchStep::BuildPath: out += "ProjectPath " + parts[st.part]->path_var; break;
      case MatchStep::Filter: out += "Filter"; break;
    }
    out += "\n";
  }
  return out;
}

}  // namespace kg::query
