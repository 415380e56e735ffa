// Exporters and importers (graph/export.h): round trips through the real importers,
// byte-identical re-exports, escaping, what each format carries, and errors that name
// FILE:LINE:COL. The real third-party readers are exercised in tests/cli/test_export_*.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/export.h"
#include "graph/knowledge.h"
#include "graph/store.h"

namespace fs = std::filesystem;
using namespace kg;

namespace {

const std::string kNasty = "AT&T <Holdings> \"Q\" 'A' ]]> \x01\x07 Zo\xC3\xAB \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x9A\x80";

// A knowledge graph built the way kg builds one, plus the odd shapes: holes in the
// ids, a node with two labels, one with none, reserved property names, every value kind.
PropertyGraph make_graph() {
  PropertyGraph g;
  KnowledgeGraph kgph(g);
  DocumentFacts f;
  f.doc.id = "doc-1";
  f.doc.date = "2024-11-19";
  f.doc.title = kNasty;
  f.entities = {{"person", "Kim \"Rocket\" Jong Un", {"Kim", "Kim; Jong-un"}, 3},
                {"country", kNasty, {"x"}, 2},
                {"city", "Line\nbreak\ttab\rcr back\\slash", {}, 1}};
  RelationFact r;
  r.type = "met_with";
  r.subject = {"person", "Kim \"Rocket\" Jong Un"};
  r.object = {"country", kNasty};
  r.date = "2024-11-18";
  r.status = "alleged";
  r.attributed_to = {"Zo\xC3\xAB & <Co>"};
  r.evidence = {"doc-1", 2, 10, 90, "Kim \"Rocket\" met AT&T <Holdings> \x01 & Zo\xC3\xAB.", "met-1"};
  f.relations.push_back(r);
  RelationFact h = r;
  h.type = "holds_position";
  h.object = {"city", "Line\nbreak\ttab\rcr back\\slash"};
  h.status = "asserted";
  h.attributed_to.clear();
  h.attrs = Map{{"title", Value("Chief \"Officer\" & <Head>")}, {"count", Value(std::int64_t(5000))}};
  f.relations.push_back(h);
  EXPECT_TRUE(kgph.add(f));

  NodeId gone = g.add_node({"person"}, Map{{"name", Value("deleted")}});
  NodeId multi = g.add_node({"organization", "agency"},
                            Map{{"name", Value("Two Labels")},
                                {"label", Value("a property called label")},
                                {"type", Value("a property called type")},
                                {"kg:x", Value("kg-prefixed")},
                                {"flag", Value(true)},
                                {"ratio", Value(0.1)},
                                {"big", Value(1e300)},
                                {"neg", Value(std::int64_t(-3))},
                                {"meta", Value(Map{{"a", Value(List{Value(1), Value(2)})}, {"b", Value("x\ny")}})}});
  NodeId bare = g.add_node({}, Map{{"note", Value("no name, no label")}});
  g.remove_node(gone);
  RelId loop = g.add_rel(multi, multi, "located_in");
  g.add_rel(multi, bare, "accused", Map{{"charge", Value("spying; \x02 again")}, {"label", Value("edge prop")}});
  g.remove_rel(loop);
  g.add_rel(bare, multi, "supports", Map{{"weight", Value(2.5)}, {"flags", Value(List{Value(true), Value(false)})}});
  return g;
}

std::string export_to_string(const PropertyGraph& g, const std::string& format, const ExportOptions& o = {},
                              const Subgraph* sub = nullptr) {
  std::ostringstream os;
  export_graph(g, sub, format, os, o);
  return os.str();
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("kg_export_test_" + std::to_string(::getpid()) + "_" +
                                         std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream f(file(name), std::ios::binary);
    f << text;
    return file(name);
  }

 private:
  fs::path path_;
  static inline int counter_ = 0;
};

std::string read_file(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

std::string without_xml_controls(std::string s) {
  std::string o;
  for (unsigned char c : s)
    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') o += static_cast<char>(c);
  return o;
}

// The exported graph equals `g` (without documents), strings compared after `clean`.
void expect_same_entities(const PropertyGraph& g, const PropertyGraph& back, bool xml) {
  auto doc = g.symbols().find("document");
  for (NodeId n = 0; n < g.node_id_bound(); ++n) {
    if (!g.node_alive(n) || (doc && g.node(n).has_label(*doc))) continue;
    ASSERT_TRUE(back.node_alive(n)) << "node " << n;
    EXPECT_EQ(g.labels(n), back.labels(n)) << "node " << n;
    Map a = g.node_props(n), b = back.node_props(n);
    ASSERT_EQ(a.size(), b.size()) << "node " << n;
    for (const auto& [k, v] : a) {
      ASSERT_TRUE(b.count(k)) << "node " << n << " lost " << k;
      if (xml && v.is_string())
        EXPECT_EQ(without_xml_controls(v.as_string()), b.at(k).as_string()) << k;
      else
        EXPECT_EQ(value_to_json(v), value_to_json(b.at(k))) << "node " << n << " " << k;
    }
  }
}

}  // namespace

TEST(Export, FormatsAreKnownAndUnknownIsAnError) {
  PropertyGraph g = make_graph();
  for (const auto& f : export_formats())
    if (f != "csv") {
      EXPECT_FALSE(export_to_string(g, f).empty()) << f;
    }
  EXPECT_THROW(export_to_string(g, "pdf"), ExportError);
}

TEST(Export, GraphmlCarriesTheContractKeysEscaped) {
  PropertyGraph g = make_graph();
  std::string x = export_to_string(g, "graphml");
  for (const char* key : {"label", "type", "aliases", "mentions", "first_seen", "last_seen"})
    EXPECT_NE(x.find("for=\"node\" attr.name=\"" + std::string(key) + "\""), std::string::npos) << key;
  for (const char* key : {"label", "date", "status", "attributed_to", "sources", "weight", "evidence", "title",
                          "place", "count", "charge"})
    EXPECT_NE(x.find("for=\"edge\" attr.name=\"" + std::string(key) + "\""), std::string::npos) << key;
  EXPECT_NE(x.find("attr.name=\"weight\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(x.find("attr.name=\"sources\" attr.type=\"int\""), std::string::npos);
  EXPECT_NE(x.find("attr.name=\"aliases\" attr.type=\"string\" kg.json=\"true\""), std::string::npos);
  // Escaped text, control characters gone, UTF-8 kept.
  EXPECT_NE(x.find("AT&amp;T &lt;Holdings&gt; \"Q\" 'A' ]]&gt;  Zo\xC3\xAB"), std::string::npos);
  EXPECT_EQ(x.find('\x01'), std::string::npos);
  EXPECT_EQ(x.find('\x07'), std::string::npos);
  EXPECT_NE(x.find("tab&#13;cr"), std::string::npos);
  // Documents and mentions only on request.
  EXPECT_EQ(x.find(">document<"), std::string::npos);
  EXPECT_EQ(x.find(">mentions<"), std::string::npos);
  ExportOptions o;
  o.with_documents = true;
  std::string y = export_to_string(g, "graphml", o);
  EXPECT_NE(y.find(">document<"), std::string::npos);
  EXPECT_NE(y.find(">mentions<"), std::string::npos);
  // Deterministic.
  EXPECT_EQ(x, export_to_string(g, "graphml"));
}

TEST(Export, GraphmlRoundTripIsByteIdenticalAndKeepsProvenance) {
  PropertyGraph g = make_graph();
  TempDir t;
  for (bool docs : {false, true}) {
    ExportOptions o;
    o.with_documents = docs;
    std::string first = export_to_string(g, "graphml", o);
    PropertyGraph back = import_graphml(t.write("g.graphml", first));
    EXPECT_EQ(first, export_to_string(back, "graphml", o));
    if (!docs) {
      expect_same_entities(g, back, true);
      // Evidence comes back as a list of maps with its offsets and text.
      RelId met = g.rels_with_type("met_with").at(0);
      Value ev = back.rel_prop(met, "evidence");
      ASSERT_TRUE(ev.is_list());
      const Map& e = ev.as_list().at(0).as_map();
      EXPECT_EQ(e.at("doc").as_string(), "doc-1");
      EXPECT_EQ(e.at("start").as_int(), 10);
      EXPECT_EQ(e.at("end").as_int(), 90);
      EXPECT_EQ(e.at("text").as_string(), "Kim \"Rocket\" met AT&T <Holdings> \x01 & Zo\xC3\xAB.");
      EXPECT_EQ(back.rel_prop(met, "attributed_to").as_list().at(0).as_string(), "Zo\xC3\xAB & <Co>");
      EXPECT_EQ(back.rel_prop(met, "status").as_string(), "alleged");
      // weight is written as a double for Gephi and read back as the integer it was.
      EXPECT_TRUE(back.rel_prop(met, "weight").is_int());
    }
  }
}

TEST(Export, GraphmlImportReadsForeignShapes) {
  // Gephi-like: string ids, keys declared with defaults, no type on one node, an
  // undirected graph, comments, CDATA, a DOCTYPE, character references.
  TempDir t;
  std::string p = t.write("foreign.graphml", R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE graphml>
<!-- written by hand -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="t" for="node" attr.name="type" attr.type="string"><default>person</default></key>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="el" for="edge" attr.name="label" attr.type="string"/>
  <key id="al" for="node" attr.name="aliases" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="alice"><data key="label"><![CDATA[Alice <& Bob>]]></data><data key="al">["A","Ally"]</data></node>
    <node id="bob"><data key="t">country</data></node>
    <edge source="alice" target="bob"><data key="w">1.5</data><data key="el">met&#95;with</data></edge>
    <edge source="bob" target="alice"/>
  </graph>
</graphml>
)");
  PropertyGraph g = import_graphml(p);
  ASSERT_EQ(g.node_count(), 2u);
  ASSERT_EQ(g.rel_count(), 2u);
  EXPECT_EQ(g.node_prop(0, "name").as_string(), "Alice <& Bob>");
  EXPECT_EQ(g.labels(0), std::vector<std::string>{"person"});  // the key's default
  EXPECT_EQ(g.node_prop(0, "aliases").as_list().size(), 2u);  // a known JSON-array key
  EXPECT_EQ(g.node_prop(1, "name").as_string(), "bob");  // no label: the id is the name
  EXPECT_EQ(g.labels(1), std::vector<std::string>{"country"});
  EXPECT_EQ(g.rel_type(0), "met_with");
  EXPECT_DOUBLE_EQ(g.rel_prop(0, "weight").as_float(), 1.5);
  EXPECT_EQ(g.rel_type(1), "related_to");
}

TEST(Export, GraphmlImportErrorsNameFileLineColumn) {
  TempDir t;
  struct Case {
    const char* text;
    const char* where;  // expected ":LINE:COL:" part
    const char* what;
  } cases[] = {
      {"<graphml><graph>\n<node id=\"n1\">\n</graph></graphml>", ":3:1:", "does not match"},
      {"<graphml><graph><node id=\"n1\"><data key=\"nokey\">x</data></node></graph></graphml>", ":1:31:",
       "not declared"},
      {"<graphml><key id=\"d0\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n<graph>\n  <node "
       "id=\"n1\"><data key=\"d0\">seven</data></node></graph></graphml>",
       ":3:17:", "integer"},
      {"<graphml><graph><edge source=\"n1\" target=\"n2\"/></graph></graphml>", ":1:17:", "not a node"},
      {"<graphml><graph><node id=\"n1\"/><node id=\"n1\"/></graph></graphml>", ":1:32:", "used twice"},
      {"<graphml><graph><node id=\"a&bogus;\"/></graph></graphml>", ":1:28:", "unknown entity"},
      {"<graphml><graph>\n<node id=\"x\">\xff</node></graph></graphml>", ":2:14:", "UTF-8"},
      {"<notgraphml/>", ":1:1:", "not a GraphML file"},
      {"<graphml><graph>", ":1:17:", "end of file"},
      {"<graphml><graph><node id=n1/></graph></graphml>", ":1:26:", "quoted attribute value"},
  };
  for (const auto& c : cases) {
    std::string p = t.write("bad.graphml", c.text);
    try {
      import_graphml(p);
      ADD_FAILURE() << "no error for: " << c.text;
    } catch (const ExportError& e) {
      std::string m = e.what();
      EXPECT_EQ(m.rfind(p + c.where, 0), 0u) << m;
      EXPECT_NE(m.find(c.what), std::string::npos) << m;
    }
  }
  EXPECT_THROW(import_graphml(t.file("missing.graphml")), ExportError);
}

TEST(Export, CsvRoundTripIsByteIdenticalAndLossless) {
  PropertyGraph g = make_graph();
  TempDir t;
  export_csv(g, nullptr, t.file("a"));
  std::string nodes = read_file(t.file("a/nodes.csv")), rels = read_file(t.file("a/relationships.csv"));
  EXPECT_EQ(nodes.rfind(":ID,:LABEL,", 0), 0u);
  EXPECT_NE(nodes.find("mentions:long"), std::string::npos);
  EXPECT_NE(nodes.find("docs:string[]"), std::string::npos);
  // An alias holding the array delimiter makes the column JSON.
  EXPECT_NE(nodes.find("aliases:string,"), std::string::npos);
  EXPECT_EQ(rels.rfind(":START_ID,:END_ID,:TYPE,", 0), 0u);
  EXPECT_NE(rels.find("attributed_to:string[]"), std::string::npos);
  EXPECT_NE(rels.find("flags:boolean[]"), std::string::npos);
  EXPECT_NE(nodes.find(",\"Kim \"\"Rocket\"\" Jong Un\","), std::string::npos);

  PropertyGraph back = import_csv(t.file("a/nodes.csv"), t.file("a/relationships.csv"));
  export_csv(back, nullptr, t.file("b"));
  EXPECT_EQ(nodes, read_file(t.file("b/nodes.csv")));
  EXPECT_EQ(rels, read_file(t.file("b/relationships.csv")));
  expect_same_entities(g, back, false);  // CSV keeps even control characters
  EXPECT_EQ(back.rel_count(), g.rel_count() - g.rels_with_type("mentions").size());
  RelId met = back.rels_with_type("met_with").at(0);
  EXPECT_EQ(back.rel_prop(met, "evidence").as_list().at(0).as_map().at("text").as_string(),
            "Kim \"Rocket\" met AT&T <Holdings> \x01 & Zo\xC3\xAB.");
}

TEST(Export, CsvImportErrorsNameFileLineColumn) {
  TempDir t;
  std::string n = t.write("n.csv", ":ID,:LABEL,mentions:long\n1,person,3\n2,person,many\n");
  std::string r = t.write("r.csv", ":START_ID,:END_ID,:TYPE\n1,2,met_with\n");
  try {
    import_csv(n, r);
    ADD_FAILURE();
  } catch (const ExportError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(n + ":3:10:", 0), 0u) << e.what();
  }
  n = t.write("n.csv", ":ID,:LABEL\n1,person\n2,person\n");
  r = t.write("r.csv", ":START_ID,:END_ID,:TYPE\n1,2,met_with\n1,9,met_with\n");
  try {
    import_csv(n, r);
    ADD_FAILURE();
  } catch (const ExportError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(r + ":3:3:", 0), 0u) << e.what();
  }
  r = t.write("r.csv", ":START_ID,:END_ID,:TYPE\n1,2,\"met_with\n");
  EXPECT_THROW(import_csv(n, r), ExportError);
  // neo4j-admin's own shapes: a named id (stored as a property), typed arrays.
  n = t.write("n.csv", "personId:ID,name,:LABEL,tags:string[]\nA1,Ann,Person;Author,x;y\nB2,\"Bo, Jr\",Person,\n");
  r = t.write("r.csv", ":START_ID,:END_ID,:TYPE,since:int\nA1,B2,KNOWS,2001\n");
  PropertyGraph g = import_csv(n, r);
  ASSERT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.node_prop(0, "personId").as_string(), "A1");
  EXPECT_EQ(g.node_prop(1, "name").as_string(), "Bo, Jr");
  EXPECT_EQ(g.labels(0), (std::vector<std::string>{"Author", "Person"}));
  EXPECT_EQ(g.node_prop(0, "tags").as_list().size(), 2u);
  EXPECT_TRUE(g.node_prop(1, "tags").is_null());
  EXPECT_EQ(g.rel_prop(0, "since").as_int(), 2001);
}

TEST(Export, SubgraphBringsTheEndsOfItsRelationships) {
  PropertyGraph g = make_graph();
  RelId met = g.rels_with_type("met_with").at(0);
  Subgraph sub{{}, {met}};
  std::string x = export_to_string(g, "graphml", {}, &sub);
  EXPECT_NE(x.find("<node id=\"n" + std::to_string(g.rel(met).src) + "\""), std::string::npos);
  EXPECT_NE(x.find("<node id=\"n" + std::to_string(g.rel(met).dst) + "\""), std::string::npos);
  EXPECT_EQ(x.find("holds_position"), std::string::npos);
  std::size_t nodes = 0;
  for (std::size_t p = 0; (p = x.find("<node ", p)) != std::string::npos; ++p) ++nodes;
  EXPECT_EQ(nodes, 2u);
}

TEST(Export, GexfHasTheTimelineAndViz) {
  PropertyGraph g = make_graph();
  std::string x = export_to_string(g, "gexf");
  EXPECT_NE(x.find("<gexf xmlns=\"http://gexf.net/1.3\""), std::string::npos);
  EXPECT_NE(x.find("mode=\"dynamic\" timeformat=\"date\""), std::string::npos);
  // The met_with edge is dated 2024-11-18; the alleged attribution rides along.
  EXPECT_NE(x.find("label=\"met_with\" kind=\"met_with\" weight=\"1.0\" start=\"2024-11-18\" end=\"2024-11-18\""),
            std::string::npos);
  // Kim is seen 2024-11-19 and in an edge of 2024-11-18.
  EXPECT_NE(x.find("label=\"Kim &quot;Rocket&quot; Jong Un\" start=\"2024-11-18\" end=\"2024-11-19\""),
            std::string::npos);
  EXPECT_NE(x.find("<viz:color r=\"31\" g=\"119\" b=\"180\"/>"), std::string::npos);  // person
  EXPECT_NE(x.find("<viz:size value="), std::string::npos);
  EXPECT_EQ(x.find('\x01'), std::string::npos);
}

TEST(Export, JsonCypherDotCarryTheGraph) {
  PropertyGraph g = make_graph();
  Value j = value_from_json(export_to_string(g, "json"));
  const Map& m = j.as_map();
  EXPECT_EQ(m.at("nodes").as_list().size(), 5u);  // 3 entities + 2 added, no document
  EXPECT_EQ(m.at("links").as_list().size(), 4u);
  bool found = false;
  for (const auto& n : m.at("nodes").as_list())
    if (n.as_map().count("label") && n.as_map().at("label").as_string() == kNasty) {
      found = true;
      EXPECT_EQ(n.as_map().at("type").as_string(), "country");
      EXPECT_TRUE(n.as_map().at("aliases").is_list());
    }
  EXPECT_TRUE(found);

  std::string c = export_to_string(g, "cypher");
  std::size_t creates = 0, matches = 0;
  for (std::size_t p = 0; (p = c.find("\nCREATE (", p)) != std::string::npos; ++p) ++creates;
  for (std::size_t p = 0; (p = c.find("\nMATCH (a", p)) != std::string::npos; ++p) ++matches;
  EXPECT_EQ(creates, 5u);
  EXPECT_EQ(matches, 4u);
  EXPECT_NE(c.find("CREATE (:agency:organization {"), std::string::npos);
  EXPECT_NE(c.find("name: 'Kim \"Rocket\" Jong Un'"), std::string::npos);
  EXPECT_NE(c.find("'Line\\nbreak\\ttab\\rcr back\\\\slash'"), std::string::npos);
  EXPECT_NE(c.find("`kg:x`: 'kg-prefixed'"), std::string::npos);
  EXPECT_NE(c.find("big: 1e300"), std::string::npos);
  std::string neo = export_to_string(g, "cypher-neo4j");
  EXPECT_NE(neo.find("evidence: '[{\""), std::string::npos);  // maps as JSON text for Neo4j

  std::string d = export_to_string(g, "dot");
  EXPECT_EQ(d.rfind("digraph kg {", 0), 0u);
  EXPECT_NE(d.find("[label=\"met_with\""), std::string::npos);
  EXPECT_NE(d.find("style=dashed"), std::string::npos);  // alleged
  EXPECT_NE(d.find("label=\"Line\\nbreak\ttabcr back\\\\slash\""), std::string::npos);
}
