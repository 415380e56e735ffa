// The store loader: the fast (SAX) reader and the DOM reader it falls back to on
// unusual or damaged files must build the same graph from the same store.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "graph/store.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {
fs::path temp_dir() {
  fs::path d = fs::temp_directory_path() / ("kg_store_load_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

PropertyGraph sample() {
  PropertyGraph g;
  NodeId a = g.add_node({"person", "agent"}, Map{{"name", Value("Ana \"A\" \xc3\x9cnal \xf0\x9f\x98\x80")},
                                                {"n", Value(3)},
                                                {"big", Value(std::int64_t{9007199254740993})},
                                                {"neg", Value(-12)},
                                                {"f", Value(2.0)},
                                                {"tiny", Value(1e-300)},
                                                {"t", Value(true)}});
  NodeId gone = g.add_node({"x"});
  NodeId b = g.add_node({"country"}, Map{{"name", Value("B")},
                                         {"aliases", Value(List{Value("B"), Value(1.5), Value(List{})})},
                                         {"m", Value(Map{{"k", Value(List{Value(Map{})})}, {"\n", Value("\t")}})}});
  NodeId c = g.add_node();
  g.add_rel(a, b, "visited", Map{{"evidence", Value(List{Value(Map{{"doc", Value("d1")}, {"start", Value(4)}})})},
                                 {"nan", Value(std::nan(""))},
                                 {"inf", Value(-INFINITY)}});
  RelId dead = g.add_rel(b, a, "met_with");
  g.add_rel(c, c, "self");
  g.add_rel(b, c, "visited", Map{{"since", Value(1999)}});
  g.remove_rel(dead);
  g.remove_node(gone);
  return g;
}

PropertyGraph load_text(const std::string& text) { return load_store_from_string(text, "mem.kg.json"); }
}  // namespace

TEST(StoreLoad, SaveLoadSaveGivesTheSameBytes) {
  PropertyGraph g = sample();
  std::string first = store_to_string(g);
  PropertyGraph h = load_text(first);
  EXPECT_EQ(store_to_string(h), first);
  EXPECT_EQ(h.node_count(), 3u);
  EXPECT_EQ(h.rel_count(), 3u);
  EXPECT_FALSE(h.rel_alive(1));
  EXPECT_FALSE(h.node_alive(1));
  EXPECT_EQ(h.node_prop(0, "big"), Value(std::int64_t{9007199254740993}));
  EXPECT_TRUE(h.node_prop(0, "f").is_float());
  EXPECT_EQ(h.node_prop(0, "tiny"), Value(1e-300));
  EXPECT_TRUE(std::isnan(h.rel_prop(0, "nan").as_float()));
  EXPECT_EQ(h.labels(0), (std::vector<std::string>{"agent", "person"}));
  // The indexes are built as the graph is read.
  EXPECT_EQ(h.nodes_named("B"), (std::vector<NodeId>{2}));
  EXPECT_EQ(h.nodes_with_label("person"), (std::vector<NodeId>{0}));
  EXPECT_EQ(h.rels_with_type("visited"), (std::vector<std::uint32_t>{0, 3}));
  std::size_t out = 0;
  h.for_each_out(2, [&](RelId) { ++out; });
  EXPECT_EQ(out, 1u);
  // The header announces the counts (a loader sizes its tables from them).
  EXPECT_NE(first.find("\"counts\":{\"nodes\":3,\"relationships\":3}"), std::string::npos) << first.substr(0, 120);
}

TEST(StoreLoad, AnyKeyOrderAndUnknownKeysGiveTheSameGraph) {
  std::string canonical = store_to_string(load_text(
      R"({"format":"kg-store","version":1,"nodes":[{"id":0,"labels":["a"],"properties":{"name":"x","v":[1,{"k":null}]}},)"
      R"({"id":5,"labels":[],"properties":{}}],"relationships":[{"id":2,"type":"r","start":5,"end":0,"properties":{"w":1.5}}]})"));
  const char* variants[] = {
      // version last, relationships before nodes (read by the DOM loader)
      R"({"relationships":[{"properties":{"w":1.5},"end":0,"start":5,"type":"r","id":2}],"nodes":[{"properties":{"name":"x","v":[1,{"k":null}]},"labels":["a"],"id":0},)"
      R"({"id":5}],"version":1,"format":"kg-store"})",
      // unknown keys at every level, a counts header, no labels or properties keys
      R"({"format":"kg-store","note":{"x":[1,2,{"y":[]}]},"version":1,"counts":{"nodes":2,"relationships":1},)"
      R"("nodes":[{"id":0,"extra":[[["deep"]]],"labels":["a"],"properties":{"name":"x","v":[1,{"k":null}]}},{"id":5,"z":null}],)"
      R"("relationships":[{"id":2,"type":"r","start":5,"end":0,"more":{"a":1},"properties":{"w":1.5}}],"tail":true})",
      // whitespace everywhere
      " \n{ \"format\" : \"kg-store\" , \"version\" : 1 ,\n \"nodes\" : [ { \"id\" : 0 , \"labels\" : [ \"a\" ] , "
      "\"properties\" : { \"name\" : \"x\" , \"v\" : [ 1 , { \"k\" : null } ] } } , { \"id\" : 5 } ] ,\n"
      " \"relationships\" : [ { \"id\" : 2 , \"type\" : \"r\" , \"start\" : 5 , \"end\" : 0 , \"properties\" : { \"w\" : 1.5 } } ] }\n\n",
  };
  for (const char* v : variants) EXPECT_EQ(store_to_string(load_text(v)), canonical) << v;
}

TEST(StoreLoad, UnusualValuesReadAsTheDomReaderReadsThem) {
  // A duplicate key (the first wins, as in the DOM), an integer beyond int64 (a float),
  // escapes and a surrogate pair, a huge announced count (bounded, not allocated).
  PropertyGraph g = load_text(
      R"({"format":"kg-store","version":1,"counts":{"nodes":1000000000000,"relationships":99999999999999},)"
      R"("nodes":[{"id":0,"id":7,"properties":{"u":18446744073709551615,"s":"\u00e9\ud83d\ude00\n","m":{"a":1,"a":2}}}]})");
  EXPECT_TRUE(g.node_alive(0));
  EXPECT_FALSE(g.node_alive(7));
  EXPECT_TRUE(g.node_prop(0, "u").is_float());
  EXPECT_EQ(g.node_prop(0, "s"), Value("\xc3\xa9\xf0\x9f\x98\x80\n"));
  EXPECT_EQ(g.node_prop(0, "m"), Value(Map{{"a", Value(1)}}));
  PropertyGraph h = load_text(R"({"format":"kg-store","version":1,"nodes":[{"id":3,"properties":{"n":null,"k":1}}],"relationships":[]})");
  EXPECT_EQ(h.node_props(3), (Map{{"k", Value(1)}}));
  EXPECT_EQ(h.node_id_bound(), 4u);
}

TEST(StoreLoad, DamageFoundLateIsStillReportedWithItsPlace) {
  fs::path d = temp_dir();
  auto msg = [&](const std::string& text) {
    fs::path p = d / "bad.kg.json";
    std::ofstream(p, std::ios::binary) << text;
    try {
      load_store(p.string());
    } catch (const StoreError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  std::string good = store_to_string(sample());
  // Cut at the last relationship: the nodes were read, the file is still damaged.
  std::string cut = good.substr(0, good.rfind("{\"id\":3") + 12);
  std::string m = msg(cut);
  EXPECT_NE(m.find("bad.kg.json:"), std::string::npos) << m;
  EXPECT_NE(m.find("damaged store"), std::string::npos) << m;
  // A relationship to a node that is not there, after good ones.
  std::string dangling = good;
  dangling.replace(dangling.rfind("\"end\":"), 7, "\"end\":9");
  EXPECT_NE(msg(dangling).find("refers to a missing node"), std::string::npos) << msg(dangling);
  // A node id given twice.
  std::string twice = good;
  twice.replace(twice.find("{\"id\":2,"), 8, "{\"id\":0,");
  EXPECT_NE(msg(twice).find("node id 0 is in use"), std::string::npos) << msg(twice);
  // A NUL byte inside the file, a label that is not a string, a newer version.
  EXPECT_NE(msg(good.substr(0, 40) + std::string(1, '\0') + good.substr(40)), "no error");
  std::string badlabel = good;
  badlabel.replace(badlabel.find("[\"agent\""), 8, "[7");
  EXPECT_NE(msg(badlabel).find("a label is not a string"), std::string::npos) << msg(badlabel);
  std::string newer = good;
  newer.replace(newer.find("\"version\":1"), 11, "\"version\":2");
  EXPECT_NE(msg(newer).find("newer than this kg reads"), std::string::npos);
  EXPECT_EQ(msg(good), "no error");
}

TEST(StoreLoad, ASaveWrittenInPiecesIsTheTextOfTheGraph) {
  // More than a megabyte: save_store writes the text as it is made, in pieces.
  PropertyGraph g;
  for (int i = 0; i < 20000; ++i)
    g.add_node({"person"}, Map{{"name", Value("Person number " + std::to_string(i) + " \"quoted\"\n")},
                               {"aliases", Value(List{Value("P" + std::to_string(i)), Value(i)})}});
  for (int i = 0; i + 1 < 20000; i += 2) g.add_rel(i, i + 1, "met_with", Map{{"w", Value(i * 0.5)}});
  const std::string text = store_to_string(g);
  ASSERT_GT(text.size(), 2u << 20);
  fs::path p = temp_dir() / "pieces.kg.json";
  save_store(g, p.string());
  std::ifstream in(p, std::ios::binary);
  std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(written, text);
  EXPECT_EQ(store_to_string(load_store(p.string())), text);
}

TEST(StoreLoad, LoadIntoReplacesTheGraphInPlace) {
  fs::path p = temp_dir() / "into.kg.json";
  save_store(sample(), p.string());
  PropertyGraph g;
  g.add_node({"old"}, Map{{"name", Value("left over")}});
  const PropertyGraph* where = &g;
  load_store_into(p.string(), g);
  EXPECT_EQ(&g, where);
  EXPECT_EQ(store_to_string(g), store_to_string(sample()));
  EXPECT_TRUE(g.nodes_named("left over").empty());
  // A damaged store: an error, and an empty graph rather than half of one.
  fs::path bad = temp_dir() / "into-bad.kg.json";
  std::string text = store_to_string(sample());
  std::ofstream(bad, std::ios::binary) << text.substr(0, text.size() - 40);
  EXPECT_THROW(load_store_into(bad.string(), g), StoreError);
  EXPECT_EQ(g.node_count(), 0u);
  EXPECT_EQ(g.rel_count(), 0u);
}

// A graph's properties set in another order (a process that met the keys in another order,
// as `kg merge` of shards does against `kg build`) is saved as the same bytes: in name order.
TEST(StoreLoad, PropertiesAreWrittenInNameOrderWhateverTheOrderSet) {
  PropertyGraph a, b;  // b meets "zeta" before "alpha"
  NodeId a0 = a.add_node({"x"}), a1 = a.add_node({"x"});
  NodeId b0 = b.add_node({"x"}), b1 = b.add_node({"x"});
  RelId ra = a.add_rel(a0, a1, "r"), rb = b.add_rel(b0, b1, "r");
  a.set_rel_prop(ra, "alpha", Value(1));
  a.set_rel_prop(ra, "place", Value("P"));
  a.set_rel_prop(ra, "zeta", Value(2));
  b.set_rel_prop(rb, "zeta", Value(2));
  b.set_rel_prop(rb, "place", Value("P"));
  b.set_rel_prop(rb, "alpha", Value(1));
  a.set_node_prop(a0, "name", Value("n"));
  a.set_node_prop(a0, "aliases", Value(List{Value("n")}));
  b.set_node_prop(b0, "aliases", Value(List{Value("n")}));
  b.set_node_prop(b0, "name", Value("n"));
  const std::string sa = store_to_string(a), sb = store_to_string(b);
  EXPECT_EQ(sa, sb);
  EXPECT_NE(sa.find(R"("properties":{"alpha":1,"place":"P","zeta":2})"), std::string::npos) << sa;
  EXPECT_NE(sa.find(R"("properties":{"aliases":["n"],"name":"n"})"), std::string::npos) << sa;
}
