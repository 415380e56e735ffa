// kg::Properties (one entry inline, more on the heap) and the bulk-loading helpers of
// PropertyGraph (reserve, reserve_adjacency).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "graph/export.h"
#include "graph/property_graph.h"

using namespace kg;

namespace {

std::vector<std::pair<SymId, Value>> items(const Properties& p) {
  std::vector<std::pair<SymId, Value>> out;
  for (const auto& [k, v] : p.entries()) out.emplace_back(k, v);
  return out;
}

const std::string kLong(100, 'x');  // beyond the small-string buffer

}  // namespace

TEST(Properties, InsertionOrderAcrossTheInlineEntryAndTheHeap) {
  Properties p;
  EXPECT_TRUE(p.empty());
  EXPECT_TRUE(p.set(3, Value(kLong)).is_null());
  EXPECT_EQ(p.size(), 1u);
  EXPECT_EQ(*p.get(3), Value(kLong));
  for (SymId k = 10; k < 20; ++k) p.set(k, Value(static_cast<std::int64_t>(k)));
  ASSERT_EQ(p.size(), 11u);
  EXPECT_EQ(p[0].first, 3u);
  EXPECT_EQ(*p.get(3), Value(kLong));
  for (SymId k = 10; k < 20; ++k) EXPECT_EQ(*p.get(k), Value(static_cast<std::int64_t>(k)));
  // Replacing keeps the position and returns the old value.
  EXPECT_EQ(p.set(12, Value("twelve")), Value(12));
  EXPECT_EQ(p[3].first, 12u);
  EXPECT_EQ(*p.get(12), Value("twelve"));
  // Null removes; the others keep their order.
  EXPECT_EQ(p.set(3, Value()), Value(kLong));
  EXPECT_EQ(p.get(3), nullptr);
  EXPECT_TRUE(p.erase(15));
  EXPECT_FALSE(p.erase(15));
  std::vector<SymId> keys;
  for (const auto& e : p) keys.push_back(e.first);
  EXPECT_EQ(keys, (std::vector<SymId>{10, 11, 12, 13, 14, 16, 17, 18, 19}));
  EXPECT_TRUE(p.set(99, Value()).is_null());  // null is never stored
  EXPECT_EQ(p.size(), 9u);
  *p.get_mut(10) = Value(1.5);
  EXPECT_EQ(*p.get(10), Value(1.5));
  p.clear();
  EXPECT_TRUE(p.empty());
  p.set(1, Value(kLong));  // usable again after clear
  EXPECT_EQ(*p.get(1), Value(kLong));
}

TEST(Properties, CopiesAreIndependentAndMovesEmptyTheSource) {
  for (int n : {0, 1, 2, 7}) {
    Properties a;
    for (int i = 0; i < n; ++i) a.set(static_cast<SymId>(i), Value(kLong + std::to_string(i)));
    Properties b(a);
    EXPECT_EQ(items(a), items(b)) << n;
    if (n > 0) {
      b.set(0, Value("changed"));
      EXPECT_EQ(*a.get(0), Value(kLong + "0"));
    }
    Properties c(std::move(b));
    EXPECT_TRUE(b.empty());
    EXPECT_EQ(c.size(), static_cast<std::size_t>(n));
    Properties d;
    d.set(42, Value("old"));
    d = c;
    EXPECT_EQ(items(d), items(c));
    Properties e;
    e.set(42, Value(kLong));
    e = std::move(d);
    EXPECT_EQ(items(e), items(c));
    EXPECT_EQ(e.get(42), nullptr);  // assignment replaced the old entries
    e = e;  // self-assignment keeps the entries
    EXPECT_EQ(items(e), items(c));
  }
}

TEST(PropertyGraph, BulkReserveGivesTheSameGraph) {
  // The same relationships added with and without reserve/reserve_adjacency.
  const std::vector<std::pair<NodeId, NodeId>> edges{{0, 1}, {0, 2}, {2, 0}, {1, 1}, {2, 1}, {0, 1}};
  auto build = [&](bool bulk) {
    PropertyGraph g;
    if (bulk) g.reserve(3, edges.size());
    for (NodeId n = 0; n < 3; ++n) g.add_node_with_id(n);
    if (bulk) {
      std::vector<std::uint32_t> out(3), in(3);
      for (auto [s, t] : edges) {
        ++out[s];
        ++in[t];
      }
      g.reserve_adjacency(out, in);
    }
    RelId r = 0;
    for (auto [s, t] : edges) {
      g.add_rel_with_id(r, s, t, g.sym("t"));
      g.set_rel_prop(r, "i", Value(static_cast<std::int64_t>(r)));
      ++r;
    }
    return g;
  };
  PropertyGraph a = build(false), b = build(true);
  for (NodeId n = 0; n < 3; ++n) {
    std::vector<RelId> ao, bo, ai, bi;
    a.for_each_out(n, [&](RelId r) { ao.push_back(r); });
    b.for_each_out(n, [&](RelId r) { bo.push_back(r); });
    a.for_each_in(n, [&](RelId r) { ai.push_back(r); });
    b.for_each_in(n, [&](RelId r) { bi.push_back(r); });
    EXPECT_EQ(ao, bo);
    EXPECT_EQ(ai, bi);
    EXPECT_EQ(b.out_degree(n), b.adjacency().m_vertices[n].m_out_edges.capacity());
  }
  for (RelId r = 0; r < edges.size(); ++r) EXPECT_EQ(b.rel_prop(r, "i"), Value(static_cast<std::int64_t>(r)));
  EXPECT_EQ(b.rels_with_type("t").size(), edges.size());
  // A copy of a graph keeps every relationship's properties.
  PropertyGraph c = b;
  for (RelId r = 0; r < edges.size(); ++r) EXPECT_EQ(c.rel_prop(r, "i"), Value(static_cast<std::int64_t>(r)));
}

namespace {
std::string write_tmp(const std::string& name, const std::string& text) {
  std::string p = ::testing::TempDir() + "kg_test_properties_" + name;
  std::FILE* f = std::fopen(p.c_str(), "wb");
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  return p;
}
}  // namespace

TEST(ImportCsv, NumericIdsWithHolesAndInlineProperties) {
  std::string n = write_tmp("n.csv", ":ID,name,:LABEL\n5,Eve,p\n2,Bo,p\n9,Ivy,q\n");
  std::string r = write_tmp("r.csv",
                            ":START_ID,:END_ID,:TYPE,since:int,note\n9,2,a,2001,\n5,9,b,,x\n2,2,a,7,\"y, z\"\n9,5,a,1,w\n");
  PropertyGraph g = import_csv(n, r);
  EXPECT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.node_id_bound(), 10u);
  EXPECT_EQ(g.node_prop(9, "name"), Value("Ivy"));
  EXPECT_EQ(g.nodes_named("Bo"), (std::vector<NodeId>{2}));
  ASSERT_EQ(g.rel_count(), 4u);
  EXPECT_EQ(g.rel(0).src, 9u);
  EXPECT_EQ(g.rel(0).dst, 2u);
  EXPECT_EQ(g.rel_props(0), (Map{{"since", Value(2001)}}));
  EXPECT_EQ(g.rel_props(1), (Map{{"note", Value("x")}}));
  EXPECT_EQ(g.rel_props(2), (Map{{"since", Value(7)}, {"note", Value("y, z")}}));
  EXPECT_EQ(g.rels_with_type("a"), (std::vector<std::uint32_t>{0, 2, 3}));
  std::vector<RelId> out9, in2;
  g.for_each_out(9, [&](RelId x) { out9.push_back(x); });
  g.for_each_in(2, [&](RelId x) { in2.push_back(x); });
  EXPECT_EQ(out9, (std::vector<RelId>{0, 3}));
  EXPECT_EQ(in2, (std::vector<RelId>{0, 2}));
  // "02" is not the id 2 (ids are compared as text), and 3 is a hole.
  for (const char* bad : {"02", "3", "10"}) {
    r = write_tmp("r2.csv", std::string(":START_ID,:END_ID\n5,9\n9,") + bad + "\n");
    try {
      import_csv(n, r);
      ADD_FAILURE() << bad;
    } catch (const ExportError& e) {
      EXPECT_EQ(std::string(e.what()), r + ":3:3: '" + bad + "' is not a node id of " + n);
    }
  }
}

TEST(PropertyGraph, MoveKeepsTheAdjacencyUsable) {
  PropertyGraph a;
  for (NodeId n = 0; n < 3; ++n) a.add_node_with_id(n);
  RelId r0 = a.add_rel(0, 1, "t"), r1 = a.add_rel(1, 2, "t"), r2 = a.add_rel(2, 0, "u");
  PropertyGraph b(std::move(a));
  PropertyGraph c;
  c = std::move(b);
  std::vector<RelId> out1, in0;
  c.for_each_out(1, [&](RelId r) { out1.push_back(r); });
  c.for_each_in(0, [&](RelId r) { in0.push_back(r); });
  EXPECT_EQ(out1, (std::vector<RelId>{r1}));
  EXPECT_EQ(in0, (std::vector<RelId>{r2}));
  c.remove_rel(r0);  // the out-edge entries point into the moved edge list
  EXPECT_EQ(c.out_degree(0), 0u);
  EXPECT_EQ(c.in_degree(1), 0u);
  c.detach_remove_node(2);
  EXPECT_EQ(c.rel_count(), 0u);
  EXPECT_EQ(num_edges(c.adjacency()), 0u);
  EXPECT_EQ(a.node_count() + b.node_count(), 0u);  // the moved-from graphs are empty
}
