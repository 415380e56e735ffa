// The query engine's public API (used by `kg query`, `kg shell` and `kg export --query`).
//
//   kg::PropertyGraph g = ...;
//   kg::query::Session s(g);
//   kg::query::Result r = s.run("MATCH (n:person) RETURN n.name LIMIT 3", params);
//   if (s.last_changed()) save(g);
//
// run() parses, binds, plans and executes ONE statement (no ';' separators; use
// split_statements() from parser.h for scripts). Errors are thrown as QueryError
// (errors.h): compile_time = true for lexer/parser/binder errors (nothing was touched),
// false for runtime errors. A statement that fails changes nothing: every write goes
// through an undo log that is replayed backwards on error (no copy of the graph is
// made, so large graphs are fine). Ids of nodes created by a failed statement are not
// reused (the graph never reuses ids).
//
// Cancellation: cancel_flag() is checked before a statement starts executing, in every
// scan/expand loop and between rows; setting it (e.g. from a SIGINT handler) makes run()
// throw QueryError("Cancelled") and roll back. run() clears the flag when it returns (or
// throws), so a request made between the caller's decision to run and the start of run()
// still cancels that statement, and the next statement starts clean.
//
// Limits (set_limits): a time limit per statement and a cap on the rows a statement
// holds in memory at once (sort, DISTINCT and eager buffers, aggregation groups, collected
// values, the result). Exceeding one throws a runtime QueryError of class ResourceError
// (TimeLimitExceeded / RowLimitExceeded) and rolls the statement back.
//
// EXPLAIN <statement> returns the plan (column "plan", one row per line) without
// running it; PROFILE <statement> runs it and returns the plan annotated with the rows
// each operator produced and the time spent (the statement's own result is dropped).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "query/errors.h"

namespace kg::query {

struct Stats {
  std::uint64_t nodes_created = 0, nodes_deleted = 0, rels_created = 0, rels_deleted = 0, props_set = 0,
                labels_added = 0, labels_removed = 0;
};

struct Result {
  std::vector<std::string> columns;         // in RETURN order; empty without RETURN
  std::vector<std::vector<kg::Value>> rows;
  bool is_plan = false;                     // EXPLAIN / PROFILE output
  Stats stats;
};

struct Statement;

struct Limits {
  double timeout_seconds = 0;  // 0: none
  std::uint64_t max_rows = 0;  // 0: none
};

class Session {
 public:
  explicit Session(PropertyGraph& g) : g_(g) {}

  Result run(std::string_view text, const Map& params = {}, bool read_only = false);
  // Whether the last run() changed the graph (false after an error: it was rolled back).
  bool last_changed() const { return changed_; }
  std::atomic<bool>& cancel_flag() { return cancel_; }
  void set_limits(const Limits& l) { limits_ = l; }
  const Limits& limits() const { return limits_; }
  PropertyGraph& graph() { return g_; }

 private:
  // The parsed and bound form of recent statement texts (a statement repeated with other
  // parameters is parsed once); the executor's caches in them are reset at each reuse.
  std::shared_ptr<Statement> compile(std::string_view text);
  std::unordered_map<std::string, std::shared_ptr<Statement>> compiled_;

  PropertyGraph& g_;
  bool changed_ = false;
  std::atomic<bool> cancel_{false};
  Limits limits_;
};

}  // namespace kg::query
