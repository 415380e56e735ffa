#include <gtest/gtest.h>

#include "graph/knowledge.h"

using namespace kg;

namespace {

RelationFact rel(const std::string& type, EntityKey s, EntityKey o, const std::string& doc, const std::string& text,
                 const std::string& date = "") {
  RelationFact r;
  r.type = type;
  r.subject = std::move(s);
  r.object = std::move(o);
  r.date = date;
  r.evidence = Evidence{doc, 0, 0, static_cast<std::int64_t>(text.size()), text, "test"};
  return r;
}

DocumentFacts doc(const std::string& id, const std::string& date, std::vector<EntityFact> es,
                  std::vector<RelationFact> rs) {
  DocumentFacts f;
  f.doc.id = id;
  f.doc.date = date;
  f.doc.hash = "h-" + id;
  f.entities = std::move(es);
  f.relations = std::move(rs);
  return f;
}

const EntityKey kKim{"person", "Kim Jong Un"}, kKoz{"person", "Alexander Kozlov"};

}  // namespace

TEST(Knowledge, OneFactFromTwoOutletsIsOneEdgeWithTwoSources) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  std::vector<EntityFact> es{{"person", "Kim Jong Un", {"Kim"}, 2}, {"person", "Alexander Kozlov", {"Kozlov"}, 1}};
  EXPECT_TRUE(kg.add(doc("a", "2024-11-19", es, {rel("met_with", kKim, kKoz, "a", "Kim met Kozlov.", "2024-11-18")})));
  // The second outlet names them the other way round: met_with is symmetric.
  EXPECT_TRUE(kg.add(doc("b", "2024-11-20", es, {rel("met_with", kKoz, kKim, "b", "Kozlov met Kim.")})));
  ASSERT_EQ(g.rels_with_type("met_with").size(), 1u);
  RelId r = g.rels_with_type("met_with")[0];
  EXPECT_EQ(g.rel_prop(r, "sources"), Value(2));
  EXPECT_EQ(g.rel_prop(r, "date"), Value("2024-11-18"));
  EXPECT_EQ(g.rel_prop(r, "reported"), Value("2024-11-19"));
  EXPECT_EQ(g.rel_prop(r, "evidence").as_list().size(), 2u);
  NodeId kim = *kg.find_entity("person", "Kim Jong Un");
  EXPECT_EQ(g.node_prop(kim, "mentions"), Value(4));
  EXPECT_EQ(g.node_prop(kim, "docs"), Value(List{Value("a"), Value("b")}));
  EXPECT_EQ(kg.find_entity("person", "Kim"), kim);  // through its alias
}

TEST(Knowledge, SameDocumentTwiceAddsNothing) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  auto d = doc("a", "2024-11-19", {{"country", "Peru", {}, 1}}, {});
  EXPECT_TRUE(kg.add(d));
  EXPECT_FALSE(kg.add(d));
  auto renamed = d;
  renamed.doc.id = "copy-of-a";  // same content hash
  EXPECT_FALSE(kg.add(renamed));
  EXPECT_EQ(g.nodes_with_label("document").size(), 1u);
}

TEST(Knowledge, RepeatedCaptionGivesOneEvidence) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  auto d = doc("a", "", {{"person", "Kim Jong Un", {}, 1}, {"person", "Alexander Kozlov", {}, 1}},
               {rel("met_with", kKim, kKoz, "a", "Kim talks with Kozlov."),
                rel("met_with", kKim, kKoz, "a", "Kim talks with Kozlov.")});
  kg.add(d);
  RelId r = g.rels_with_type("met_with")[0];
  EXPECT_EQ(g.rel_prop(r, "evidence").as_list().size(), 1u);
  EXPECT_EQ(g.rel_prop(r, "sources"), Value(1));
}

TEST(Knowledge, TwoMeetingsYearsApartStayTwoEdges) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  std::vector<EntityFact> es{{"person", "Kim Jong Un", {}, 1}, {"person", "Alexander Kozlov", {}, 1}};
  kg.add(doc("a", "", es,
             {rel("met_with", kKim, kKoz, "a", "They met in 2022.", "2022"),
              rel("met_with", kKim, kKoz, "a", "They met on Monday.", "2024-11-18")}));
  EXPECT_EQ(g.rels_with_type("met_with").size(), 2u);
}

TEST(Knowledge, StatusFollowsTheEvidence) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  std::vector<EntityFact> es{{"person", "Kim Jong Un", {}, 1}, {"person", "Alexander Kozlov", {}, 1}};
  auto credited = rel("met_with", kKim, kKoz, "a", "Kim met Kozlov, state media reported.");
  credited.status = "alleged";
  credited.attributed_to = {"KCNA"};
  kg.add(doc("a", "", es, {credited}));
  RelId r = g.rels_with_type("met_with")[0];
  EXPECT_EQ(g.rel_prop(r, "status"), Value("alleged"));
  kg.add(doc("b", "", es, {rel("met_with", kKim, kKoz, "b", "Kim met Kozlov.")}));
  EXPECT_EQ(g.rel_prop(r, "status"), Value("alleged"));  // one each: still a claim
  kg.add(doc("c", "", es, {rel("met_with", kKim, kKoz, "c", "Kozlov met Kim.")}));
  EXPECT_EQ(g.rel_prop(r, "status"), Value("asserted"));  // stated by more than credit it
  EXPECT_EQ(g.rel_prop(r, "evidence").as_list()[0].as_map().at("status"), Value("alleged"));
}

TEST(Knowledge, AllegedOnATieAndNegatedStaysApart) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  EntityKey nk{"country", "North Korea"}, ru{"country", "Russia"};
  std::vector<EntityFact> es{{"country", "North Korea", {}, 1}, {"country", "Russia", {}, 1}};
  auto asserted = rel("sent_troops", nk, ru, "a", "North Korea sent troops to Russia.");
  auto alleged = rel("sent_troops", nk, ru, "b", "The US accused North Korea of sending troops.");
  alleged.status = "alleged";
  alleged.attributed_to = {"United States"};
  auto denied = rel("sent_troops", nk, ru, "c", "North Korea denied sending troops.");
  denied.status = "negated";
  kg.add(doc("a", "", es, {asserted}));
  kg.add(doc("b", "", es, {alleged}));
  kg.add(doc("c", "", es, {denied}));
  auto rs = g.rels_with_type("sent_troops");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(g.rel_prop(rs[0], "status"), Value("alleged"));
  EXPECT_EQ(g.rel_prop(rs[0], "attributed_to"), Value(List{Value("United States")}));
  EXPECT_EQ(g.rel_prop(rs[1], "status"), Value("negated"));
}

TEST(Knowledge, DocumentFactsRebuildTheSameGraph) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  std::vector<EntityFact> es{{"person", "Kim Jong Un", {"Kim"}, 2}, {"person", "Alexander Kozlov", {}, 1}};
  auto r = rel("met_with", kKim, kKoz, "a", "Kim met Kozlov.", "2024-11-18");
  r.attrs.emplace("place", Value("Pyongyang"));
  kg.add(doc("b", "2024-11-20", es, {rel("met_with", kKoz, kKim, "b", "Kozlov met Kim.")}));
  kg.add(doc("a", "2024-11-19", es, {r}));
  auto facts = KnowledgeGraph::document_facts(g);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].doc.id, "a");
  PropertyGraph h;
  KnowledgeGraph kh(h);
  for (const auto& f : facts) kh.add(f);
  EXPECT_EQ(h.node_count(), g.node_count());
  EXPECT_EQ(h.rel_count(), g.rel_count());
  RelId m = h.rels_with_type("met_with")[0];
  EXPECT_EQ(h.rel_prop(m, "sources"), Value(2));
  EXPECT_EQ(h.rel_prop(m, "place"), Value("Pyongyang"));
  EXPECT_EQ(h.node_prop(*kh.find_entity("person", "Kim Jong Un"), "mentions"), Value(4));
}

// Evidence is one entry per (document named by the evidence, sentence), and `sources` counts
// the documents the evidence names, also when a fact's evidence names a document other than
// the one being added (facts rebuilt from a hand-made store), before or after its own.
TEST(Knowledge, EvidenceNamingAnotherDocumentIsCountedByThatDocument) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  std::vector<EntityFact> es{{"person", "Kim Jong Un", {}, 1}, {"person", "Alexander Kozlov", {}, 1}};
  const std::string t1 = "Kim met Kozlov.", t2 = "Kozlov met Kim again.";
  EXPECT_TRUE(kg.add(doc("a", "2024-11-19", es,
                         {rel("met_with", kKim, kKoz, "a", t1), rel("met_with", kKim, kKoz, "a", t1),
                          rel("met_with", kKim, kKoz, "a", t2)})));
  ASSERT_EQ(g.rels_with_type("met_with").size(), 1u);
  RelId r = g.rels_with_type("met_with")[0];
  EXPECT_EQ(g.rel_prop(r, "evidence").as_list().size(), 2u);  // t1 printed twice is one entry
  EXPECT_EQ(g.rel_prop(r, "sources"), Value(1));
  // Document b brings a's sentence again (the same entry) and one of c's.
  EXPECT_TRUE(kg.add(doc("b", "2024-11-20", es,
                         {rel("met_with", kKim, kKoz, "a", t1), rel("met_with", kKim, kKoz, "c", t1),
                          rel("met_with", kKim, kKoz, "b", t2)})));
  EXPECT_EQ(g.rel_prop(r, "evidence").as_list().size(), 4u);
  EXPECT_EQ(g.rel_prop(r, "sources"), Value(3));
  // Document c's own sentence t1 is the entry b gave it already; its t2 is new.
  EXPECT_TRUE(kg.add(doc("c", "2024-11-21", es,
                         {rel("met_with", kKim, kKoz, "c", t1), rel("met_with", kKim, kKoz, "c", t2)})));
  const List& ev = g.rel_prop(r, "evidence").as_list();
  ASSERT_EQ(ev.size(), 5u);
  EXPECT_EQ(g.rel_prop(r, "sources"), Value(3));
  std::vector<std::string> docs;
  for (const auto& e : ev) docs.push_back(e.as_map().at("doc").as_string());
  EXPECT_EQ(docs, (std::vector<std::string>{"a", "a", "c", "b", "c"}));
  // A second relationship whose evidence always names its own document: the same rules.
  EXPECT_TRUE(kg.add(doc("d", "2024-11-22", es,
                         {rel("allied_with", kKim, kKoz, "d", t1), rel("allied_with", kKim, kKoz, "d", t1)})));
  EXPECT_TRUE(kg.add(doc("e", "2024-11-23", es, {rel("allied_with", kKim, kKoz, "e", t1)})));
  ASSERT_EQ(g.rels_with_type("allied_with").size(), 1u);
  RelId a = g.rels_with_type("allied_with")[0];
  EXPECT_EQ(g.rel_prop(a, "evidence").as_list().size(), 2u);
  EXPECT_EQ(g.rel_prop(a, "sources"), Value(2));
}
