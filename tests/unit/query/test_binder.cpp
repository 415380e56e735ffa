#include <gtest/gtest.h>

#include "query/binder.h"
#include "query/errors.h"
#include "query/parser.h"

using namespace kg::query;

namespace {
std::string bind_code(const std::string& q) {
  try {
    Statement st = parse_statement(q);
    bind_statement(st, q);
  } catch (const QueryError& e) {
    EXPECT_TRUE(e.compile_time);
    return e.cls + ":" + e.code;
  }
  return "ok";
}
}  // namespace

TEST(QueryBinder, SlotsAndBoundFlags) {
  std::string q = "MATCH (a)-[r]->(b) MATCH (a)-->(c) RETURN a, c";
  Statement st = parse_statement(q);
  bind_statement(st, q);
  auto& c = st.parts[0].clauses;
  int a = c[0].patterns[0]->nodes[0].slot;
  EXPECT_GE(a, 0);
  EXPECT_FALSE(c[0].patterns[0]->nodes[0].bound);
  EXPECT_EQ(c[1].patterns[0]->nodes[0].slot, a);
  EXPECT_TRUE(c[1].patterns[0]->nodes[0].bound);
  EXPECT_FALSE(c[1].patterns[0]->nodes[1].bound);
  EXPECT_EQ(c[2].proj.items[0].expr->slot, a);
  EXPECT_GT(st.parts[0].num_slots, 5);
  EXPECT_FALSE(st.writes);
}

TEST(QueryBinder, ScopeErrors) {
  EXPECT_EQ(bind_code("MATCH (a) RETURN b"), "SyntaxError:UndefinedVariable");
  EXPECT_EQ(bind_code("MATCH (a) WITH a AS x RETURN a"), "SyntaxError:UndefinedVariable");
  EXPECT_EQ(bind_code("MATCH (a) WITH a AS x WHERE a.v = 1 RETURN x"), "ok");
  EXPECT_EQ(bind_code("MATCH (a) CREATE (a:L)"), "SyntaxError:VariableAlreadyBound");
  EXPECT_EQ(bind_code("MATCH ()-[r]->() CREATE ()-[r:T]->()"), "SyntaxError:VariableAlreadyBound");
  EXPECT_EQ(bind_code("MATCH (a)-[r]->() MATCH (r) RETURN r"), "SyntaxError:VariableTypeConflict");
  EXPECT_EQ(bind_code("WITH 1 AS n MATCH (n) RETURN n"), "SyntaxError:VariableTypeConflict");
  EXPECT_EQ(bind_code("UNWIND [1] AS x UNWIND [2] AS x RETURN x"), "SyntaxError:VariableAlreadyBound");
  EXPECT_EQ(bind_code("RETURN [x IN [1] | x] AS l, x"), "SyntaxError:UndefinedVariable");
}

TEST(QueryBinder, AggregationAndProjectionRules) {
  EXPECT_EQ(bind_code("MATCH (n) WHERE count(*) > 1 RETURN n"), "SyntaxError:InvalidAggregation");
  EXPECT_EQ(bind_code("RETURN count(count(*))"), "SyntaxError:NestedAggregation");
  EXPECT_EQ(bind_code("MATCH (n) RETURN n.x + count(*)"), "SyntaxError:AmbiguousAggregationExpression");
  EXPECT_EQ(bind_code("MATCH (n) RETURN n.x, n.x + count(*)"), "ok");
  EXPECT_EQ(bind_code("WITH 1 + 1 RETURN 1"), "SyntaxError:NoExpressionAlias");
  EXPECT_EQ(bind_code("RETURN 1 AS a, 2 AS a"), "SyntaxError:ColumnNameConflict");
  EXPECT_EQ(bind_code("MATCH () RETURN *"), "SyntaxError:NoVariablesInScope");
  EXPECT_EQ(bind_code("RETURN 1 SKIP -1"), "SyntaxError:NegativeIntegerArgument");
  EXPECT_EQ(bind_code("MATCH (n) RETURN n LIMIT n.x"), "SyntaxError:NonConstantExpression");
  EXPECT_EQ(bind_code("RETURN 1 AS x UNION RETURN 1 AS y"), "SyntaxError:DifferentColumnsInUnion");
  EXPECT_EQ(bind_code("RETURN nope(1)"), "SyntaxError:UnknownFunction");
}

TEST(QueryBinder, WritePatternRules) {
  EXPECT_EQ(bind_code("CREATE ()-[:A|B]->()"), "SyntaxError:NoSingleRelationshipType");
  EXPECT_EQ(bind_code("CREATE ()-[:A]-()"), "SyntaxError:RequiresDirectedRelationship");
  EXPECT_EQ(bind_code("CREATE ()-[:A*]->()"), "SyntaxError:CreatingVarLength");
  EXPECT_EQ(bind_code("MATCH (n) DELETE n:L"), "SyntaxError:InvalidDelete");
  EXPECT_EQ(bind_code("MERGE (n $p)"), "SyntaxError:InvalidParameterUse");
  EXPECT_EQ(bind_code("RETURN 1 AND true"), "SyntaxError:InvalidArgumentType");
  EXPECT_EQ(bind_code("CREATE (n $p)"), "ok");
}
