// The name index of PropertyGraph (nodes_named): nodes sharing a name, renames, removals,
// and enough nodes to make the table grow.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/property_graph.h"

using namespace kg;

TEST(NameIndex, SharedNamesRenamesAndRemovals) {
  PropertyGraph g;
  std::vector<NodeId> same;
  for (int i = 0; i < 3000; ++i) {
    NodeId n = g.add_node({"P"}, {{"name", Value("n" + std::to_string(i % 1000))}});
    if (i % 1000 == 7) same.push_back(n);
  }
  EXPECT_EQ(g.nodes_named("n7"), same);  // ascending, all three
  EXPECT_TRUE(g.nodes_named("n1000").empty());
  // The first of a name removed, then a middle one renamed away and back.
  g.remove_node(same[0]);
  EXPECT_EQ(g.nodes_named("n7"), (std::vector<NodeId>{same[1], same[2]}));
  g.set_node_prop(same[2], "name", Value("other"));
  EXPECT_EQ(g.nodes_named("n7"), (std::vector<NodeId>{same[1]}));
  EXPECT_EQ(g.nodes_named("other"), (std::vector<NodeId>{same[2]}));
  g.set_node_prop(same[2], "name", Value("n7"));
  EXPECT_EQ(g.nodes_named("n7"), (std::vector<NodeId>{same[1], same[2]}));
  // A non-string name is not indexed; clearing the properties unindexes.
  g.set_node_prop(same[1], "name", Value(std::int64_t{7}));
  EXPECT_EQ(g.nodes_named("n7"), (std::vector<NodeId>{same[2]}));
  g.clear_node_props(same[2]);
  EXPECT_TRUE(g.nodes_named("n7").empty());
  // Every other name still finds its three nodes after all that (and the table's growth).
  for (int k = 0; k < 1000; ++k)
    if (k != 7) {
      ASSERT_EQ(g.nodes_named("n" + std::to_string(k)).size(), 3u) << k;
    }
  // A copy answers the same.
  PropertyGraph c = g;
  EXPECT_EQ(c.nodes_named("n8"), g.nodes_named("n8"));
}

TEST(NameIndex, ManyNodesOfOneName) {
  PropertyGraph g;
  for (int i = 0; i < 20000; ++i) g.add_node({}, {{"name", Value("same")}});
  EXPECT_EQ(g.nodes_named("same").size(), 20000u);
  for (NodeId n = 0; n < 20000; n += 2) g.remove_node(n);
  auto left = g.nodes_named("same");
  ASSERT_EQ(left.size(), 10000u);
  EXPECT_EQ(left.front(), 1u);
  EXPECT_EQ(left.back(), 19999u);
}
