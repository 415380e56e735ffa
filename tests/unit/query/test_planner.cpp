#include <gtest/gtest.h>

#include "graph/property_graph.h"
#include "query/binder.h"
#include "query/parser.h"
#include "query/planner.h"

using namespace kg::query;

namespace {
struct Planned {
  Statement st;
  std::shared_ptr<MatchPlan> plan;
};
Planned plan_of(const std::string& q, const kg::PropertyGraph& g, int clause = 0) {
  Planned p;
  p.st = parse_statement(q);
  bind_statement(p.st, q);
  auto& c = p.st.parts[0].clauses[clause];
  p.plan = plan_match(c.patterns, c.where, g);
  return p;
}
kg::PropertyGraph sample() {
  kg::PropertyGraph g;
  for (int i = 0; i < 50; ++i) g.add_node({"person"}, {{"name", kg::Value("p" + std::to_string(i))}});
  for (int i = 0; i < 3; ++i) g.add_node({"city"}, {{"name", kg::Value("c" + std::to_string(i))}});
  return g;
}
}  // namespace

TEST(QueryPlanner, NameIndexBeatsLabelScan) {
  auto g = sample();
  auto p = plan_of("MATCH (a:person)-[:lives_in]->(c:city {name: 'c1'}) RETURN a", g);
  ASSERT_FALSE(p.plan->steps.empty());
  const MatchStep& s = p.plan->steps[0];
  EXPECT_EQ(s.kind, MatchStep::Start);
  EXPECT_EQ(s.method, MatchStep::ByName);
  EXPECT_EQ(s.node, 1);  // starts from the anchored end
  EXPECT_EQ(p.plan->steps[1].kind, MatchStep::Expand);
  EXPECT_FALSE(p.plan->steps[1].forward);
}

TEST(QueryPlanner, SmallestLabelAndWhereName) {
  auto g = sample();
  auto p = plan_of("MATCH (a:person)-->(c:city) RETURN a", g);
  EXPECT_EQ(p.plan->steps[0].method, MatchStep::ByLabel);
  EXPECT_EQ(p.plan->steps[0].label, "city");
  auto q = plan_of("MATCH (a)-->(b) WHERE b.name = 'p3' RETURN a", g);
  EXPECT_EQ(q.plan->steps[0].method, MatchStep::ByName);
  EXPECT_EQ(q.plan->steps[0].node, 1);
  auto r = plan_of("MATCH (a)-->(b) RETURN a", g);
  EXPECT_EQ(r.plan->steps[0].method, MatchStep::ScanAll);
}

TEST(QueryPlanner, BoundVariablesAnchorAndFiltersArePushedDown) {
  auto g = sample();
  auto p = plan_of("MATCH (a:person) MATCH (b)-->(a) WHERE a.x = 1 AND b.y = 2 RETURN a", g, 1);
  EXPECT_EQ(p.plan->steps[0].method, MatchStep::Bound);
  // a.x filter right after the start, b.y after the expansion
  EXPECT_EQ(p.plan->steps[1].kind, MatchStep::Filter);
  EXPECT_EQ(p.plan->steps[2].kind, MatchStep::Expand);
  EXPECT_EQ(p.plan->steps[3].kind, MatchStep::Filter);
  EXPECT_NE(p.plan->describe(0).find("Argument"), std::string::npos);
}

TEST(QueryPlanner, UnanchoredPatternsScanRelationships) {
  auto g = sample();
  for (int i = 0; i < 10; ++i) g.add_rel(i, i + 1, i < 3 ? "lives_in" : "knows");
  // free ends: the relationships are scanned, both ends bound at once, then the chain
  // expands from there; the scan takes the smaller type
  auto p = plan_of("MATCH (a)-[r]->(b)-[:knows]->(c) RETURN a", g);
  ASSERT_GE(p.plan->steps.size(), 2u);
  EXPECT_EQ(p.plan->steps[0].kind, MatchStep::RelScan);
  EXPECT_EQ(p.plan->steps[0].rel, 1);
  EXPECT_EQ(p.plan->steps[0].est, 7);
  EXPECT_EQ(p.plan->steps[1].kind, MatchStep::Expand);
  EXPECT_EQ(p.plan->steps[1].from, 1);
  EXPECT_FALSE(p.plan->steps[1].forward);
  EXPECT_NE(p.plan->describe(0).find("RelationshipTypeScan (b) -[:knows]-> (c)"), std::string::npos);
  auto all = plan_of("MATCH (a)-[r]-(b) RETURN a", g);
  EXPECT_EQ(all.plan->steps[0].kind, MatchStep::RelScan);
  EXPECT_EQ(all.plan->steps[0].est, 20);  // each relationship in both directions
  EXPECT_NE(all.plan->describe(0).find("RelationshipScan (a) -[r]- (b)"), std::string::npos);
  // a type with fewer relationships than there are nodes is scanned even with constrained ends
  auto q = plan_of("MATCH (a {x: 1})-[r:lives_in]->(b) RETURN a", g);
  EXPECT_EQ(q.plan->steps[0].kind, MatchStep::RelScan);
  EXPECT_EQ(q.plan->steps[0].est, 3);
  EXPECT_NE(q.plan->describe(0).find("RelationshipTypeScan"), std::string::npos);
  // (a)-[r]-(a): one scan that requires both ends equal
  auto s = plan_of("MATCH (a)-[r]-(a) RETURN a", g);
  EXPECT_EQ(s.plan->steps[0].kind, MatchStep::RelScan);
  EXPECT_TRUE(s.plan->steps[0].to_bound);
  // an anchor still wins; a label smaller than the node count too
  EXPECT_EQ(plan_of("MATCH (a {name: 'p1'})-[r]->(b) RETURN a", g).plan->steps[0].kind, MatchStep::Start);
  EXPECT_EQ(plan_of("MATCH (a:city)-[r]->(b) RETURN a", g).plan->steps[0].method, MatchStep::ByLabel);
  // variable-length relationships are never scanned
  EXPECT_EQ(plan_of("MATCH (a)-[*1..2]->(b) RETURN a", g).plan->steps[0].kind, MatchStep::Start);
}

TEST(QueryPlanner, VarLengthEndsAnchoredByNameAreBoundFirst) {
  auto g = sample();
  auto p = plan_of("MATCH (a {name: 'p1'})-[*1..3]->(b {name: 'p2'}) RETURN a", g);
  ASSERT_EQ(p.plan->steps.size(), 3u);
  EXPECT_EQ(p.plan->steps[0].method, MatchStep::ByName);
  EXPECT_EQ(p.plan->steps[1].kind, MatchStep::Start);
  EXPECT_EQ(p.plan->steps[1].method, MatchStep::ByName);
  EXPECT_EQ(p.plan->steps[2].kind, MatchStep::VarExpand);
  EXPECT_TRUE(p.plan->steps[2].to_bound);
  EXPECT_NE(p.plan->describe(0).find("VarLengthExpandInto"), std::string::npos);
  // a single hop is expanded into the far end as before (no extra start)
  auto q = plan_of("MATCH (a {name: 'p1'})-->(b {name: 'p2'}) RETURN a", g);
  EXPECT_EQ(q.plan->steps[1].kind, MatchStep::Expand);
}
