// The two halves of PropertyGraph's adjacency: the compact base (built by compact() or a
// bulk load) and the delta (what is added after). Every check compares the graph with a
// plain model of the relationships, after each kind of change.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <string>

#include "graph/property_graph.h"
#include "graph/store.h"

using namespace kg;

namespace {

struct Model {
  std::map<RelId, std::pair<NodeId, NodeId>> rels;  // live relationships: id -> (start, end)
};

// for_each_out / for_each_in / degrees of every node agree with the model (ids in
// ascending order when `sorted`, as after a compact or a reload).
void expect_matches(const PropertyGraph& g, const Model& m, bool sorted) {
  ASSERT_EQ(g.rel_count(), m.rels.size());
  for (NodeId n = 0; n < g.node_id_bound(); ++n) {
    if (!g.node_alive(n)) continue;
    std::vector<RelId> out, in, want_out, want_in;
    g.for_each_out(n, [&](RelId r) { out.push_back(r); });
    g.for_each_in(n, [&](RelId r) { in.push_back(r); });
    for (const auto& [r, ends] : m.rels) {
      if (ends.first == n) want_out.push_back(r);
      if (ends.second == n) want_in.push_back(r);
    }
    if (!sorted) {
      std::sort(out.begin(), out.end());
      std::sort(in.begin(), in.end());
    }
    EXPECT_EQ(out, want_out) << "node " << n;
    EXPECT_EQ(in, want_in) << "node " << n;
    EXPECT_EQ(g.out_degree(n), want_out.size()) << "node " << n;
    EXPECT_EQ(g.in_degree(n), want_in.size()) << "node " << n;
  }
  for (const auto& [r, ends] : m.rels) {
    EXPECT_TRUE(g.rel_alive(r));
    EXPECT_EQ(g.rel(r).src, ends.first);
    EXPECT_EQ(g.rel(r).dst, ends.second);
  }
}

}  // namespace

TEST(Adjacency, BaseAndDeltaTogetherThroughRemovalsAndCompaction) {
  PropertyGraph g;
  Model m;
  std::mt19937 rng(7);
  for (int i = 0; i < 40; ++i) g.add_node({"n"});
  auto add = [&](int k) {
    for (int i = 0; i < k; ++i) {
      NodeId s = rng() % 40, t = rng() % 40;  // self-loops and parallel relationships too
      if (!g.node_alive(s) || !g.node_alive(t)) continue;
      RelId r = g.add_rel(s, t, i % 3 ? "a" : "b");
      m.rels[r] = {s, t};
    }
  };
  add(300);
  expect_matches(g, m, true);  // all in the delta, added in id order
  ASSERT_TRUE(g.compact());
  EXPECT_TRUE(g.adjacency().m_vertices.empty());
  expect_matches(g, m, true);
  add(100);  // a delta on top of the base
  expect_matches(g, m, true);
  // Remove from both halves.
  std::vector<RelId> ids;
  for (const auto& [r, e] : m.rels) ids.push_back(r);
  std::shuffle(ids.begin(), ids.end(), rng);
  for (std::size_t i = 0; i < ids.size() / 3; ++i) {
    g.remove_rel(ids[i]);
    m.rels.erase(ids[i]);
  }
  EXPECT_TRUE(g.base_has_dead());
  expect_matches(g, m, true);
  // Detach-delete a node with many relationships in both halves (the bulk path) and one
  // with few.
  std::map<NodeId, int> deg;
  for (const auto& [r, e] : m.rels) {
    ++deg[e.first];
    if (e.second != e.first) ++deg[e.second];
  }
  NodeId hub = std::max_element(deg.begin(), deg.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  ASSERT_GT(deg[hub], 16);
  NodeId small = std::min_element(deg.begin(), deg.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  for (NodeId n : {hub, small}) {
    g.detach_remove_node(n);
    for (auto it = m.rels.begin(); it != m.rels.end();)
      it = it->second.first == n || it->second.second == n ? m.rels.erase(it) : std::next(it);
  }
  expect_matches(g, m, true);
  // The type index lost exactly the removed relationships.
  std::size_t typed = g.rels_with_type("a").size() + g.rels_with_type("b").size();
  EXPECT_EQ(typed, m.rels.size());
  for (RelId r : g.rels_with_type("a")) EXPECT_TRUE(m.rels.count(r));
  // Compacting drops the dead entries and keeps the rest.
  ASSERT_TRUE(g.compact());
  EXPECT_FALSE(g.base_has_dead());
  expect_matches(g, m, true);
  // A node added after the base was built gets relationships in the delta only.
  NodeId late = g.add_node({"n"});
  RelId r1 = g.add_rel(late, 0, "a"), r2 = g.add_rel(1, late, "b"), r3 = g.add_rel(late, late, "a");
  m.rels[r1] = {late, 0};
  m.rels[r2] = {1, late};
  m.rels[r3] = {late, late};
  expect_matches(g, m, true);
  EXPECT_THROW(g.remove_node(late), GraphError);
  // A copy and a move keep both halves.
  PropertyGraph c = g;
  expect_matches(c, m, true);
  PropertyGraph d(std::move(c));
  expect_matches(d, m, true);
  // Saved and loaded again: all in the base, same relationships in id order.
  std::string path = ::testing::TempDir() + "kg_test_adjacency.kg.json";
  save_store(g, path);
  PropertyGraph back = load_store(path);
  expect_matches(back, m, true);
  EXPECT_TRUE(back.adjacency().m_vertices.empty());  // nothing left in the delta
  EXPECT_EQ(store_to_string(back), store_to_string(g));
  std::remove(path.c_str());
}

TEST(Adjacency, BulkLoadBuildsTheBaseAtTheEnd) {
  PropertyGraph g;
  for (NodeId n = 0; n < 5; ++n) g.add_node_with_id(n);
  RelId before = g.add_rel(4, 3, "t");  // in the delta before the bulk load
  g.begin_bulk();
  // Ids out of order and with holes, as a hand-written store may have them.
  g.add_rel_with_id(9, 0, 1, g.sym("t"));
  g.add_rel_with_id(5, 1, 1, g.sym("u"));
  g.add_rel_with_id(7, 0, 2, g.sym("t"));
  g.end_bulk();
  Model m;
  m.rels = {{before, {4, 3}}, {5, {1, 1}}, {7, {0, 2}}, {9, {0, 1}}};
  expect_matches(g, m, true);
  EXPECT_EQ(g.rels_with_type("t"), (std::vector<std::uint32_t>{static_cast<std::uint32_t>(before), 7, 9}));
  // A removed id the base still holds may be given again (a store's ids): the base is
  // rebuilt without the old entry first.
  g.remove_rel(7);
  g.add_rel_with_id(7, 2, 0, g.sym("t"));
  m.rels[7] = {2, 0};
  expect_matches(g, m, false);
}

TEST(Adjacency, DetachDeleteOfAHubWithSelfLoopsInBothHalves) {
  PropertyGraph g;
  Model m;
  for (NodeId n = 0; n < 6; ++n) g.add_node_with_id(n);
  auto add = [&](NodeId s, NodeId t) { m.rels[g.add_rel(s, t, s == t ? "self" : "t")] = {s, t}; };
  for (int i = 0; i < 12; ++i) {
    add(0, 1 + i % 5);
    add(1 + i % 5, 0);
  }
  add(0, 0);
  add(2, 3);
  ASSERT_TRUE(g.compact());
  for (int i = 0; i < 10; ++i) add(0, 1 + i % 5);  // the hub's delta, with parallel relationships
  add(0, 0);
  add(0, 0);
  add(4, 5);
  g.detach_remove_node(0);
  for (auto it = m.rels.begin(); it != m.rels.end();)
    it = it->second.first == 0 || it->second.second == 0 ? m.rels.erase(it) : std::next(it);
  EXPECT_FALSE(g.node_alive(0));
  expect_matches(g, m, true);
  EXPECT_TRUE(g.rels_with_type("self").empty());
  EXPECT_EQ(g.rels_with_type("t").size(), 2u);
  EXPECT_EQ(num_edges(g.adjacency()), 1u);  // only 4 -> 5 is left in the delta
}

TEST(Adjacency, BulkLoadIntoAGraphWithHoles) {
  PropertyGraph g;
  for (NodeId n = 0; n < 3; ++n) g.add_node_with_id(n);
  RelId a = g.add_rel(0, 1, "t"), b = g.add_rel(1, 2, "t"), c = g.add_rel(2, 0, "u");
  g.remove_rel(b);  // a hole below the bulk load's first new id
  g.begin_bulk();
  g.add_rel_with_id(b, 2, 1, g.sym("t"));
  g.add_rel_with_id(5, 0, 2, g.sym("t"));
  g.end_bulk();
  Model m;
  m.rels = {{a, {0, 1}}, {b, {2, 1}}, {c, {2, 0}}, {5, {0, 2}}};
  expect_matches(g, m, true);
  EXPECT_EQ(g.rels_with_type("t"), (std::vector<std::uint32_t>{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), 5}));
  EXPECT_EQ(g.rels_with_type("u"), (std::vector<std::uint32_t>{static_cast<std::uint32_t>(c)}));
}
