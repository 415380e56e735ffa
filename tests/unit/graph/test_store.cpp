#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "graph/store.h"

using namespace kg;
namespace fs = std::filesystem;

namespace {
fs::path temp_dir() {
  fs::path d = fs::temp_directory_path() / ("kg_store_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}
void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
}  // namespace

TEST(Store, RoundTripKeepsIdsTypesAndValues) {
  PropertyGraph g;
  NodeId a = g.add_node({"person"}, Map{{"name", Value("Ana \"A\" <&> Ünal")}, {"n", Value(3)}, {"f", Value(2.0)}});
  NodeId gone = g.add_node({"x"});
  NodeId b = g.add_node({"country", "place"}, Map{{"aliases", Value(List{Value("B"), Value(1.5)})}});
  g.add_rel(a, b, "visited", Map{{"evidence", Value(List{Value(Map{{"doc", Value("d1")}, {"start", Value(4)}})})},
                                 {"nan", Value(std::nan(""))},
                                 {"inf", Value(-INFINITY)},
                                 {"ok", Value(true)}});
  g.remove_node(gone);
  fs::path p = temp_dir() / "g.kg.json";
  save_store(g, p.string());
  PropertyGraph h = load_store(p.string());
  EXPECT_EQ(h.node_count(), 2u);
  EXPECT_FALSE(h.node_alive(gone));
  EXPECT_TRUE(h.node_alive(b));
  EXPECT_EQ(h.node_prop(a, "name"), Value("Ana \"A\" <&> Ünal"));
  EXPECT_TRUE(h.node_prop(a, "n").is_int());
  EXPECT_TRUE(h.node_prop(a, "f").is_float());
  EXPECT_EQ(h.labels(b), (std::vector<std::string>{"country", "place"}));
  EXPECT_EQ(h.node_prop(b, "aliases"), Value(List{Value("B"), Value(1.5)}));
  ASSERT_EQ(h.rel_count(), 1u);
  EXPECT_EQ(h.rel_type(0), "visited");
  EXPECT_TRUE(std::isnan(h.rel_prop(0, "nan").as_float()));
  EXPECT_EQ(h.rel_prop(0, "inf").as_float(), -INFINITY);
  EXPECT_EQ(h.rel_prop(0, "evidence").as_list()[0].as_map().at("start"), Value(4));
  // New ids continue after the old ones.
  EXPECT_GT(h.add_node(), b);
  // Saving again gives the same bytes.
  fs::path q = temp_dir() / "h.kg.json";
  save_store(h, q.string());
  PropertyGraph k = load_store(q.string());
  EXPECT_EQ(k.node_count(), 3u);  // the two loaded and the one added
}

TEST(Store, DamagedStoresFailWithFileAndPlace) {
  fs::path d = temp_dir();
  auto msg = [&](const std::string& name, const std::string& text) {
    write(d / name, text);
    try {
      load_store((d / name).string());
    } catch (const StoreError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(msg("empty.json", "").find("empty file"), std::string::npos);
  std::string trunc = msg("trunc.json", "{\"format\":\"kg-store\",\"version\":1,\n\"nodes\":[{\"id\":0");
  EXPECT_NE(trunc.find("trunc.json:2:"), std::string::npos) << trunc;
  EXPECT_NE(msg("foreign.json", "{\"a\":1}").find("not a kg store"), std::string::npos);
  EXPECT_NE(msg("newer.json", "{\"format\":\"kg-store\",\"version\":99}").find("newer"), std::string::npos);
  EXPECT_NE(msg("dangling.json",
                "{\"format\":\"kg-store\",\"version\":1,\"nodes\":[],\"relationships\":[{\"id\":0,\"type\":\"t\","
                "\"start\":0,\"end\":1}]}")
                .find("missing node"),
            std::string::npos);
  EXPECT_NE(msg("dupid.json", "{\"format\":\"kg-store\",\"version\":1,\"nodes\":[{\"id\":1},{\"id\":1}]}").find("in use"),
            std::string::npos);
  EXPECT_NE(msg("badutf8.json", "{\"format\":\"kg-store\",\"version\":1,\"nodes\":[{\"id\":0,\"properties\":{\"a\":\"\xff\"}}]}")
                .find("damaged"),
            std::string::npos);
  EXPECT_THROW(load_store((d / "does-not-exist.json").string()), StoreError);
}

TEST(Store, FailedSaveLeavesTheOldStore) {
  fs::path d = temp_dir();
  PropertyGraph g;
  g.add_node({"a"});
  fs::path p = d / "keep.kg.json";
  save_store(g, p.string());
  EXPECT_THROW(save_store(g, (d / "no-such-dir" / "x.json").string()), StoreError);
  EXPECT_EQ(load_store(p.string()).node_count(), 1u);
  for (const auto& e : fs::directory_iterator(d)) EXPECT_EQ(e.path().string().find(".tmp."), std::string::npos);
}

TEST(Store, JsonValues) {
  EXPECT_EQ(value_to_json(Value(2.0)), "2.0");
  EXPECT_EQ(value_to_json(Value(1e300)), "1e+300");
  EXPECT_EQ(value_to_json(Value(7)), "7");
  EXPECT_EQ(value_to_json(Value("a\"\n\x01")), "\"a\\\"\\n\\u0001\"");
  EXPECT_EQ(value_from_json("[1, 2.0, \"x\", null, {\"k\": true}]"),
            Value(List{Value(1), Value(2.0), Value("x"), Value(), Value(Map{{"k", Value(true)}})}));
  EXPECT_THROW(value_from_json("[1,"), StoreError);
}
