#include <gtest/gtest.h>

#include "graph/property_graph.h"

using namespace kg;

TEST(PropertyGraph, NodesRelationshipsAndIndexes) {
  PropertyGraph g;
  NodeId a = g.add_node({"person"}, Map{{"name", Value("Ana")}});
  NodeId b = g.add_node({"person", "official"}, Map{{"name", Value("Bo")}, {"age", Value(40)}});
  NodeId c = g.add_node({"country"}, Map{{"name", Value("Chile")}});
  RelId r1 = g.add_rel(a, b, "met_with", Map{{"date", Value("2024-11-18")}});
  RelId r2 = g.add_rel(b, c, "holds_position", Map{{"title", Value("minister")}});
  EXPECT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.rel_count(), 2u);
  EXPECT_EQ(g.nodes_with_label("person"), (std::vector<NodeId>{a, b}));
  EXPECT_EQ(g.nodes_with_label("official"), (std::vector<NodeId>{b}));
  EXPECT_TRUE(g.nodes_with_label("nothing").empty());
  EXPECT_EQ(g.nodes_named("Bo"), (std::vector<NodeId>{b}));
  EXPECT_EQ(g.rels_with_type("met_with"), (std::vector<std::uint32_t>{static_cast<std::uint32_t>(r1)}));
  EXPECT_EQ(g.rel_type(r2), "holds_position");
  EXPECT_EQ(g.node_prop(b, "age"), Value(40));
  EXPECT_TRUE(g.node_prop(b, "missing").is_null());
  std::vector<RelId> out, in;
  g.for_each_out(b, [&](RelId r) { out.push_back(r); });
  g.for_each_in(b, [&](RelId r) { in.push_back(r); });
  EXPECT_EQ(out, (std::vector<RelId>{r2}));
  EXPECT_EQ(in, (std::vector<RelId>{r1}));
}

TEST(PropertyGraph, RenameKeepsNameIndexTrue) {
  PropertyGraph g;
  NodeId a = g.add_node({"person"}, Map{{"name", Value("Kim")}});
  g.set_node_prop(a, "name", Value("Kim Jong Un"));
  EXPECT_TRUE(g.nodes_named("Kim").empty());
  EXPECT_EQ(g.nodes_named("Kim Jong Un"), (std::vector<NodeId>{a}));
  g.set_node_prop(a, "name", Value());  // null removes
  EXPECT_TRUE(g.nodes_named("Kim Jong Un").empty());
  EXPECT_TRUE(g.node_prop(a, "name").is_null());
}

TEST(PropertyGraph, FirstNamedIsTheSmallestIdWithTheLabel) {
  PropertyGraph g;
  NodeId a = g.add_node({"country"}, Map{{"name", Value("Georgia")}});
  NodeId b = g.add_node({"person"}, Map{{"name", Value("Georgia")}});
  NodeId c = g.add_node({"person"}, Map{{"name", Value("Georgia")}});
  const SymId person = g.sym("person"), country = g.sym("country"), city = g.sym("city");
  EXPECT_EQ(g.first_named("Georgia", person), b);
  EXPECT_EQ(g.first_named("Georgia", country), a);
  EXPECT_EQ(g.first_named("Georgia", city), std::nullopt);
  EXPECT_EQ(g.first_named("Tbilisi", person), std::nullopt);
  g.set_node_prop(b, "name", Value("Georgia Smith"));  // renamed: out of the chain
  EXPECT_EQ(g.first_named("Georgia", person), c);
  EXPECT_EQ(g.first_named("Georgia Smith", person), b);
  g.set_node_prop(b, "name", Value("Georgia"));  // back in (at the chain's head or not)
  EXPECT_EQ(g.first_named("Georgia", person), b);
  g.detach_remove_node(a);
  EXPECT_EQ(g.first_named("Georgia", country), std::nullopt);
  EXPECT_EQ(PropertyGraph().first_named("Georgia", person), std::nullopt);
}

TEST(PropertyGraph, DeleteNeedsDetachAndIdsAreNeverReused) {
  PropertyGraph g;
  NodeId a = g.add_node({"x"});
  NodeId b = g.add_node({"x"});
  RelId r = g.add_rel(a, b, "t");
  EXPECT_THROW(g.remove_node(a), GraphError);
  EXPECT_TRUE(g.node_alive(a));
  g.detach_remove_node(a);
  EXPECT_FALSE(g.node_alive(a));
  EXPECT_FALSE(g.rel_alive(r));
  EXPECT_EQ(g.rel_count(), 0u);
  EXPECT_EQ(g.in_degree(b), 0u);
  EXPECT_EQ(g.nodes_with_label("x"), (std::vector<NodeId>{b}));
  NodeId c = g.add_node();
  EXPECT_GT(c, b);  // a's id stays a hole
  EXPECT_THROW(g.set_node_prop(a, "k", Value(1)), GraphError);
}

TEST(PropertyGraph, SelfLoopAndParallelRelationships) {
  PropertyGraph g;
  NodeId a = g.add_node();
  RelId r1 = g.add_rel(a, a, "self");
  RelId r2 = g.add_rel(a, a, "self");
  std::vector<RelId> out;
  g.for_each_out(a, [&](RelId r) { out.push_back(r); });
  EXPECT_EQ(out.size(), 2u);
  g.remove_rel(r1);
  out.clear();
  g.for_each_out(a, [&](RelId r) { out.push_back(r); });
  EXPECT_EQ(out, (std::vector<RelId>{r2}));
}

TEST(PropertyGraph, Labels) {
  PropertyGraph g;
  NodeId a = g.add_node({"b", "a"});
  EXPECT_EQ(g.labels(a), (std::vector<std::string>{"a", "b"}));
  EXPECT_FALSE(g.add_label(a, "a"));
  EXPECT_TRUE(g.remove_label(a, "a"));
  EXPECT_FALSE(g.remove_label(a, "zzz"));
  EXPECT_TRUE(g.nodes_with_label("a").empty());
  auto counts = g.label_counts();
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0], (std::pair<std::string, std::size_t>{"b", 1}));
}

TEST(Value, EqualityKeepsIntAndFloatApart) {
  EXPECT_EQ(Value(1), Value(std::int64_t{1}));
  EXPECT_FALSE(Value(1) == Value(1.0));
  EXPECT_EQ(Value(List{Value(1), Value("a")}), Value(List{Value(1), Value("a")}));
  EXPECT_EQ(Value(List{Value(1)}).hash(), Value(List{Value(1)}).hash());
  EXPECT_EQ(Value(2.0).to_display(), "2.0");
  EXPECT_EQ(Value(Map{{"k", Value("v")}}).to_display(), "{k: 'v'}");
}
