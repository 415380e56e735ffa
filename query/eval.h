// Expression evaluation and openCypher value semantics (used by the executor).
//
// - equality / comparison are three-valued: nullopt means null;
// - order_compare is the total order of ORDER BY (maps < nodes < relationships < lists
//   < paths < strings < booleans < numbers < null; NaN after all other numbers);
// - equivalence (DISTINCT, grouping) treats null as equal to null and 1 as equal to 1.0.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "graph/property_graph.h"
#include "query/ast.h"

namespace kg::query {

using Row = std::vector<Value>;

std::optional<bool> cypher_equals(const Value& a, const Value& b);
// <0, 0, >0, or nullopt when the values are not comparable (or a null is involved).
std::optional<int> cypher_compare(const Value& a, const Value& b);
int order_compare(const Value& a, const Value& b);
bool equivalent(const Value& a, const Value& b);
std::size_t equivalence_hash(const Value& v);

struct RowKeyHash {
  std::size_t operator()(const std::vector<Value>& k) const;
};
struct RowKeyEq {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
};

class Tx;

struct EvalCtx {
  PropertyGraph* g = nullptr;
  const Map* params = nullptr;
  const std::vector<Value>* aggs = nullptr;  // aggregate values of the current group
  std::atomic<bool>* cancel = nullptr;
  // Runs a pattern (PatternPred / PatternComp / Exists) from `row`; calls `f` per match
  // until it returns false.
  std::function<void(const Expr&, Row&, const std::function<bool(Row&)>&)> match_pattern;
  // Counts n more values held in memory (keep: collect()) or checks that one list of n
  // values may be built (range()); throws past the row limit.
  std::function<void(std::uint64_t n, bool keep)> budget;
  // Checks for cancellation and the time limit (long loops inside one expression).
  std::function<void()> poll;
};

Value eval(const Expr& e, Row& row, EvalCtx& ctx);
// Evaluates a predicate: true only for boolean true (null/false -> false).
bool eval_pred(const Expr& e, Row& row, EvalCtx& ctx);

// Calls a scalar function (lower-case name) on evaluated arguments.
Value call_function(const std::string& lname, std::vector<Value>& args, EvalCtx& ctx, const Expr& e);

// range(start, end[, step]) as its first value, step and length (at most 2^62), checking the
// arguments as range() does; false when an argument is null (range() is then null).
struct RangeSpec {
  std::int64_t start = 0, step = 1;
  std::uint64_t count = 0;
};
bool range_spec(std::vector<Value>& args, const Expr& e, RangeSpec& r);

// The string form of toString().
std::string value_to_string(const Value& v);

// Aggregation state for one aggregate call in one group.
struct ValueEquivHash {
  std::size_t operator()(const Value& v) const { return equivalence_hash(v); }
};
struct ValueEquivEq {
  bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};
// A set of 64-bit ids (open addressing, linear probing): DISTINCT over nodes and
// relationships hashes their ids, not generic values.
class IdSet {
 public:
  // true when x was not there yet
  bool insert(std::uint64_t x) {
    if ((n_ + 1) * 4 > slots_.size() * 3) grow();
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mix(x) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty) {
        slots_[i] = x;
        ++n_;
        return true;
      }
      if (slots_[i] == x) return false;
    }
  }
  std::size_t size() const { return n_; }

 private:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  static std::size_t mix(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
  }
  void grow() {
    std::vector<std::uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, kEmpty);
    n_ = 0;
    for (std::uint64_t x : old)
      if (x != kEmpty) insert(x);
  }
  std::vector<std::uint64_t> slots_;
  std::size_t n_ = 0;
};

struct AggState {
  std::int64_t count = 0;
  Value acc;              // min / max
  bool all_int = true;
  bool overflow = false;
  double fsum = 0;
  std::int64_t isum = 0;
  std::vector<Value> items;  // collect, percentiles, stdev
  Value param;               // percentile argument
  std::unordered_set<Value, ValueEquivHash, ValueEquivEq> distinct;
  IdSet distinct_nodes, distinct_rels;  // DISTINCT over nodes / relationships
  // true when v was not seen yet (DISTINCT)
  bool first_sight(const Value& v) {
    if (v.is_node()) return distinct_nodes.insert(v.as_node().id);
    if (v.is_rel()) return distinct_rels.insert(v.as_rel().id);
    return distinct.insert(v).second;
  }
};
void agg_update(const Expr& call, AggState& st, Row& row, EvalCtx& ctx);
Value agg_result(const Expr& call, AggState& st, Row& row, EvalCtx& ctx);

}  // namespace kg::query
