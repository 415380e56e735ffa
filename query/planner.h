// Stage 5: the planner. Turns the patterns of a MATCH (or a pattern expression) into an
// ordered list of steps: where each pattern part starts (a bound variable, the name
// index PropertyGraph::nodes_named, the label index, or a full scan as the last resort),
// and the expansions from the most selective end outwards. WHERE conjuncts are attached
// to the first step after which all their variables are bound.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "query/ast.h"

namespace kg::query {

struct MatchStep {
  // RelScan: every relationship of the pattern's types (or all), binding the relationship and
  // both its ends at once (for patterns with no anchored node).
  enum K { Start, Expand, VarExpand, Shortest, BuildPath, Filter, RelScan } kind;
  enum Method { Bound, ByName, ByLabel, ScanAll } method = ScanAll;
  int part = 0;
  int node = -1;             // Start: node index
  int rel = -1;              // Expand/VarExpand/Shortest: rel index
  int from = -1, to = -1;    // node indexes
  bool forward = true;       // traversal follows the written direction of the chain
  bool to_bound = false;     // `to` is already bound when this step runs (RelScan: from == to)
  ExprP name_expr;           // ByName: the name value
  bool name_only = false;    // ByName: `name` is the node pattern's only constraint (the index decides)
  std::string label;         // ByLabel
  ExprP filter;              // Filter
  double est = 0;            // estimated rows (for EXPLAIN)
};

struct MatchPlan {
  std::vector<std::shared_ptr<PatternPart>> parts;
  std::vector<MatchStep> steps;
  std::vector<int> fresh_slots;  // slots bound by the plan (nulled by OPTIONAL MATCH)
  std::string describe(int indent) const;
};

// Plans `parts` with `where` (may be null). Variables flagged `bound` in the patterns
// are already bound in the incoming row.
std::shared_ptr<MatchPlan> plan_match(const std::vector<std::shared_ptr<PatternPart>>& parts, const ExprP& where,
                                      const PropertyGraph& g);

// A node pattern with no label and no property: any node matches, so steps that reach a
// node through a live relationship need not look at it.
inline bool unconstrained(const NodePat& n) { return n.labels.empty() && !n.props; }

// Slots read by an expression (excluding its own local variables).
void expr_slots(const Expr& e, std::set<int>& out);

std::string expr_text(const Expr& e);  // a short rendering for EXPLAIN

}  // namespace kg::query
