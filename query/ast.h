// Stage 3: the AST. Every node keeps the line/column where it starts. The binder fills
// in `slot` fields (row positions of variables); the planner reads the result.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/value.h"

namespace kg::query {

struct Pos {
  int line = 0, col = 0;
};

struct Expr;
using ExprP = std::shared_ptr<Expr>;
struct PatternPart;
struct MatchPlan;

enum class Op {
  None,
  Or, Xor, And, Not,
  Eq, Neq, Lt, Gt, Le, Ge,
  Add, Sub, Mul, Div, Mod, Pow, Neg, Pos,
  In, StartsWith, EndsWith, Contains, Regex,
  IsNull, IsNotNull,
};

enum class EK {
  Literal,      // lit
  Param,        // name
  Var,          // name, slot
  Prop,         // kids[0].name
  Index,        // kids[0][kids[1]]
  Slice,        // kids[0][kids[1]..kids[2]] (null Expr pointers for missing bounds)
  List,         // kids
  Map,          // keys[i] -> kids[i]
  Call,         // name(kids), distinct; agg = aggregate function
  CountStar,    // count(*)
  Unary,        // op kids[0]
  Binary,       // kids[0] op kids[1]
  Compare,      // chained comparison: kids[0] ops[0] kids[1] ops[1] kids[2] ...
  Labels,       // kids[0]:labels
  Case,         // kids: [subject?] when/then pairs [else?]; has_subject, has_else
  ListComp,     // [var IN kids[0] WHERE kids[1] | kids[2]] (where/map may be null)
  Quantifier,   // name in all/any/none/single; var, kids[0] list, kids[1] predicate
  Reduce,       // reduce(acc = kids[0], var IN kids[1] | kids[2]); name = acc var, var = elem
  PatternPred,  // pattern (a)-->(b) as a boolean
  PatternComp,  // [p = (a)-->(b) WHERE kids[0] | kids[1]]
  MapProj,      // kids[0]{...}: items in keys/kids (keys "." prefix = property, "*" = all)
  Exists,       // exists(pattern) with pattern
};

struct Expr {
  EK kind;
  Op op = Op::None;
  Pos pos;
  std::size_t begin = 0, end = 0;  // source range (column names)
  std::string name;                // var / prop / function / param name
  Value lit;
  std::vector<ExprP> kids;
  std::vector<std::string> keys;   // Map, MapProj, Labels
  std::vector<Op> ops;             // Compare
  bool distinct = false;
  bool agg = false;                // Call of an aggregate function
  bool has_subject = false, has_else = false;
  // Local variables (ListComp, Quantifier, Reduce): name and slot.
  std::string var;
  int slot = -1, slot2 = -1;
  std::shared_ptr<PatternPart> pattern;  // PatternPred, PatternComp, Exists
  mutable std::shared_ptr<MatchPlan> plan;  // planner output (built at first use)
  int agg_index = -1;                    // aggregation slot (set by the planner)
  mutable int fn_code = -1;              // cached aggregate function code (executor)
  mutable std::string lname;             // Call: the lower-case name (set at first evaluation)
};

inline ExprP make_expr(EK k, Pos p) {
  auto e = std::make_shared<Expr>();
  e->kind = k;
  e->pos = p;
  return e;
}

enum class Dir { Out, In, Both };  // (a)-->(b), (a)<--(b), (a)--(b)

struct NodePat {
  Pos pos;
  std::string var;  // empty = anonymous
  std::vector<std::string> labels;
  ExprP props;      // Map or Param, or null
  int slot = -1;
  bool bound = false;  // variable bound before this clause (binder)
  // executor cache: label ids, valid while the symbol table has `sym_epoch` entries
  mutable std::vector<std::uint32_t> label_ids;
  mutable bool labels_missing = false;
  mutable std::size_t sym_epoch = static_cast<std::size_t>(-1);
};

struct RelPat {
  Pos pos;
  std::string var;
  std::vector<std::string> types;
  ExprP props;
  Dir dir = Dir::Both;
  bool varlen = false;
  long long min_hops = 1, max_hops = 1;  // max_hops -1 = unbounded
  int slot = -1;
  bool bound = false;
  mutable std::vector<std::uint32_t> type_ids;  // executor cache (see NodePat)
  mutable std::size_t sym_epoch = static_cast<std::size_t>(-1);
};

struct PatternPart {
  Pos pos;
  std::string path_var;
  int path_slot = -1;
  enum Fn { Plain, Shortest, AllShortest } fn = Plain;
  std::vector<NodePat> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPat> rels;
};

struct SortItem {
  ExprP expr;
  bool desc = false;
};

struct ProjItem {
  ExprP expr;
  std::string alias;  // column name: the alias, else the expression text
  bool has_alias = false;
  int slot = -1;      // where the projected value goes
};

struct Projection {
  bool distinct = false;
  bool star = false;
  std::vector<ProjItem> items;
  std::vector<SortItem> order;
  ExprP skip, limit, where;
};

struct SetItem {
  enum K { Prop, Assign, Merge, Labels } kind;
  Pos pos;
  ExprP target;  // Prop: the property expression (kids[0] is the entity); else the variable
  ExprP value;
  std::vector<std::string> labels;
};

struct Clause {
  enum K { Match, Unwind, With, Return, Create, Merge, Set, Remove, Delete } kind;
  Pos pos;
  bool optional = false;
  std::vector<std::shared_ptr<PatternPart>> patterns;
  ExprP where;         // Match
  ExprP expr;          // Unwind
  std::string var;     // Unwind
  int slot = -1;       // Unwind
  Projection proj;     // With / Return
  std::vector<SetItem> set_items;        // Set, Remove; Merge: on_create
  std::vector<SetItem> on_match;         // Merge
  std::vector<ExprP> exprs;              // Delete
  bool detach = false;
  std::vector<int> new_slots;            // Match/Merge: slots this clause binds (OPTIONAL -> null)
  std::vector<int> visible;              // With/Return *: slots of the projected scope
};

struct SingleQuery {
  std::vector<Clause> clauses;
  int num_slots = 0;
};

struct Statement {
  bool explain = false, profile = false;
  std::vector<SingleQuery> parts;   // joined by UNION
  std::vector<bool> union_all;      // union_all[i] joins parts[i] and parts[i+1]
  bool writes = false;
};

}  // namespace kg::query
