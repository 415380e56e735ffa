#include <gtest/gtest.h>

#include "graph/property_graph.h"
#include "query/errors.h"
#include "query/format.h"
#include "query/session.h"

#include <sstream>

using namespace kg::query;

namespace {
std::string json(Session& s, const std::string& q, const kg::Map& params = {}) {
  Result r = s.run(q, params);
  std::ostringstream out;
  write_result(r, s.graph(), Format::Json, out);
  return out.str();
}
}  // namespace

TEST(QuerySession, ReadWriteAndChangedFlag) {
  kg::PropertyGraph g;
  Session s(g);
  s.run("CREATE (:person {name: 'Ann'})-[:knows]->(:person {name: 'Bob'})");
  EXPECT_TRUE(s.last_changed());
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.rel_count(), 1u);
  EXPECT_EQ(json(s, "MATCH (a)-[:knows]->(b) RETURN a.name, b.name"),
            "{\"columns\": [\"a.name\", \"b.name\"], \"rows\": [[\"Ann\", \"Bob\"]]}\n");
  EXPECT_FALSE(s.last_changed());
  EXPECT_EQ(g.nodes_named("Ann").size(), 1u);
}

TEST(QuerySession, FailedStatementsChangeNothing) {
  kg::PropertyGraph g;
  Session s(g);
  s.run("CREATE (:a {name: 'x', v: 1})-[:r]->(:b)");
  try {
    s.run("MATCH (n:a) SET n.v = 2, n.name = 'y' CREATE (:c) DETACH DELETE n WITH 1 AS one RETURN one / 0");
    FAIL();
  } catch (const QueryError& e) {
    EXPECT_FALSE(e.compile_time);
    EXPECT_EQ(e.cls, "ArithmeticError");
  }
  EXPECT_FALSE(s.last_changed());
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.rel_count(), 1u);
  EXPECT_EQ(g.nodes_named("x").size(), 1u);
  EXPECT_TRUE(g.nodes_named("y").empty());
  EXPECT_EQ(json(s, "MATCH (n:a)-[:r]->(m:b) RETURN n.v"), "{\"columns\": [\"n.v\"], \"rows\": [[1]]}\n");
  EXPECT_THROW(s.run("MATCH (n:a) DELETE n"), QueryError);
  EXPECT_EQ(g.node_count(), 2u);
}

TEST(QuerySession, ReadOnlyRefusesWrites) {
  kg::PropertyGraph g;
  Session s(g);
  EXPECT_THROW(s.run("CREATE ()", {}, true), QueryError);
  EXPECT_EQ(g.node_count(), 0u);
  EXPECT_NO_THROW(s.run("RETURN 1", {}, true));
}

TEST(QuerySession, ParametersNullsAndOrdering) {
  kg::PropertyGraph g;
  Session s(g);
  kg::Map params{{"xs", kg::Value(kg::List{kg::Value(3), kg::Value(nullptr), kg::Value(1.5)})}};
  EXPECT_EQ(json(s, "UNWIND $xs AS x RETURN x ORDER BY x", params),
            "{\"columns\": [\"x\"], \"rows\": [[1.5], [3], [null]]}\n");
  EXPECT_EQ(json(s, "RETURN null = null AS a, null IS NULL AS b, 1 = 1.0 AS c"),
            "{\"columns\": [\"a\", \"b\", \"c\"], \"rows\": [[null, true, true]]}\n");
}

TEST(QuerySession, CancellationStopsAndRollsBack) {
  kg::PropertyGraph g;
  Session s(g);
  s.run("UNWIND range(1, 5000) AS i CREATE (:n {i: i})");
  // a cancel request made before run() starts (Ctrl-C between Enter and the start) cancels
  // that statement and rolls it back; run() then clears it, so the next statement runs
  s.cancel_flag().store(true);
  try {
    s.run("MATCH (n) SET n.j = 1");
    FAIL() << "expected Cancelled";
  } catch (const QueryError& e) {
    EXPECT_EQ(e.cls, "Cancelled");
    EXPECT_FALSE(e.compile_time);
  }
  EXPECT_FALSE(s.cancel_flag().load());
  EXPECT_FALSE(s.last_changed());
  EXPECT_EQ(s.run("MATCH (n) WHERE n.j IS NOT NULL RETURN count(*)").rows[0][0], kg::Value(0));
  EXPECT_EQ(s.run("MATCH (n) RETURN count(*)").rows[0][0], kg::Value(5000));
  EXPECT_EQ(g.node_count(), 5000u);
}

TEST(QuerySession, ExplainAndProfile) {
  kg::PropertyGraph g;
  Session s(g);
  s.run("CREATE (:p {name: 'a'})-[:k]->(:p {name: 'b'})");
  Result e = s.run("EXPLAIN MATCH (a {name: 'a'})-[:k]->(b) RETURN b");
  ASSERT_TRUE(e.is_plan);
  std::string all;
  for (auto& r : e.rows) all += r[0].as_string() + "\n";
  EXPECT_NE(all.find("NodeByNameIndex"), std::string::npos);
  EXPECT_NE(all.find("Expand"), std::string::npos);
  Result p = s.run("PROFILE MATCH (a:p) RETURN a");
  std::string prof;
  for (auto& r : p.rows) prof += r[0].as_string() + "\n";
  EXPECT_NE(prof.find("rows out: 2"), std::string::npos);
}

TEST(QuerySession, CountsFromTheIndexesMatchTheGeneralPlan) {
  kg::PropertyGraph g;
  Session s(g);
  s.run("UNWIND range(1, 30) AS i CREATE (a:n {i: i})-[:t]->(b:m), (a)-[:u]->(a)");
  s.run("MATCH (a:n {i: 3})-[r:t]->() DELETE r");
  Result e = s.run("EXPLAIN MATCH ()-[r]->() RETURN type(r), count(*)");
  std::string plan;
  for (auto& r : e.rows) plan += r[0].as_string() + "\n";
  EXPECT_NE(plan.find("RelationshipCountFromIndex"), std::string::npos) << plan;
  // the WHERE makes the general plan run; both give the same counts
  std::string fast = json(s, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t");
  std::string slow = json(s, "MATCH ()-[r]->() WHERE true RETURN type(r) AS t, count(*) AS c ORDER BY t");
  EXPECT_EQ(fast, slow);
  EXPECT_EQ(fast, "{\"columns\": [\"t\", \"c\"], \"rows\": [[\"t\", 29], [\"u\", 30]]}\n");
  EXPECT_EQ(json(s, "MATCH (x:n) RETURN count(x)"), json(s, "MATCH (x:n) WHERE true RETURN count(x)"));
  EXPECT_EQ(json(s, "MATCH (x) RETURN count(*)"), "{\"columns\": [\"count(*)\"], \"rows\": [[60]]}\n");
}

TEST(QuerySession, TimeLimitStopsAndRollsBack) {
  kg::PropertyGraph g;
  Session s(g);
  s.run("UNWIND range(1, 200) AS i CREATE (:n {i: i})");
  s.set_limits(Limits{0.2, 0});
  try {
    // 200^3 rows, far more than 0.2 s of work
    s.run("MATCH (a), (b), (c) WHERE a.i + b.i + c.i < 4 SET a.x = 1 RETURN count(*)");
    FAIL() << "expected a time limit error";
  } catch (const QueryError& e) {
    EXPECT_EQ(e.cls, "ResourceError");
    EXPECT_EQ(e.code, "TimeLimitExceeded");
    EXPECT_FALSE(e.compile_time);
    EXPECT_NE(std::string(e.what()).find("0.2 s"), std::string::npos);
  }
  EXPECT_EQ(s.run("MATCH (n) WHERE n.x IS NOT NULL RETURN count(*)").rows[0][0], kg::Value(0));
}

TEST(QuerySession, RowLimitCountsRowsHeldNotRowsSeen) {
  kg::PropertyGraph g;
  Session s(g);
  s.set_limits(Limits{0, 200});
  // streaming rows and a top-k sort hold little (the sort at most 2 x 2 + 64 rows, plus
  // the inner list of 90)
  EXPECT_EQ(s.run("UNWIND range(1, 90) AS a UNWIND range(1, 90) AS b RETURN count(*)").rows[0][0], kg::Value(8100));
  EXPECT_EQ(s.run("UNWIND range(1, 90) AS a UNWIND range(1, 90) AS b RETURN a * b AS p ORDER BY p DESC LIMIT 2").rows.size(),
            2u);
  auto fails = [&](const std::string& q) {
    try {
      s.run(q);
    } catch (const QueryError& e) {
      EXPECT_EQ(e.code, "RowLimitExceeded") << q;
      EXPECT_NE(std::string(e.what()).find("200 rows"), std::string::npos);
      return true;
    }
    return false;
  };
  EXPECT_TRUE(fails("UNWIND range(1, 90) AS a UNWIND range(1, 90) AS b RETURN a, b"));                 // the result
  EXPECT_TRUE(fails("UNWIND range(1, 90) AS a UNWIND range(1, 90) AS b RETURN a * b AS p ORDER BY p"));  // a sort
  EXPECT_TRUE(fails("UNWIND range(1, 90) AS a UNWIND range(1, 90) AS b RETURN a + b, count(*)"));       // groups
  EXPECT_TRUE(fails("UNWIND range(1, 90) AS a UNWIND range(1, 90) AS b RETURN collect(a)"));            // values
  EXPECT_TRUE(fails("WITH range(1, 1000) AS l RETURN size(l)"));                                       // a list
  // UNWIND range(...) streams its values: seen, not held.
  EXPECT_EQ(s.run("UNWIND range(1, 1000) AS a RETURN count(*)").rows[0][0], kg::Value(1000));
  EXPECT_TRUE(fails("UNWIND range(1, 150) AS a UNWIND [1, 2] AS b CREATE (:n)"));                       // a write buffer
  EXPECT_EQ(g.node_count(), 0u);
}

TEST(QuerySession, RepeatedStatementsStayRightWhenTheGraphChanges) {
  // a repeated text is compiled once; what the executor cached in it must not leak into the
  // next run: new labels and types, and another graph swapped in under the session
  kg::PropertyGraph g;
  Session s(g);
  const std::string q = "MATCH (a:x)-[:k]->(b) WHERE size([(b)-[:k]->(c:y) | c]) >= 0 RETURN count(*) AS c";
  EXPECT_EQ(json(s, q), "{\"columns\": [\"c\"], \"rows\": [[0]]}\n");
  s.run("CREATE (:x)-[:k]->(:y)");
  EXPECT_EQ(json(s, q), "{\"columns\": [\"c\"], \"rows\": [[1]]}\n");
  // as many symbols as g has, with other ids for the same names
  kg::PropertyGraph other;
  other.add_node({"y"});
  other.add_node({"x"});
  other.add_node({"x"});
  other.add_rel(1, 0, "k");
  other.add_rel(2, 0, "k");
  ASSERT_EQ(other.symbols().size(), g.symbols().size());
  ASSERT_NE(*other.symbols().find("x"), *g.symbols().find("x"));
  g = std::move(other);
  EXPECT_EQ(json(s, q), "{\"columns\": [\"c\"], \"rows\": [[2]]}\n");
  EXPECT_EQ(json(s, "MATCH (a:y) RETURN count(*) AS c"), "{\"columns\": [\"c\"], \"rows\": [[1]]}\n");
  // parameters change between runs of one text
  EXPECT_EQ(json(s, "MATCH (a:x) RETURN count(*) > $n AS c", {{"n", kg::Value(1)}}),
            "{\"columns\": [\"c\"], \"rows\": [[true]]}\n");
  EXPECT_EQ(json(s, "MATCH (a:x) RETURN count(*) > $n AS c", {{"n", kg::Value(2)}}),
            "{\"columns\": [\"c\"], \"rows\": [[false]]}\n");
}
