// KnowledgeGraph::defer_evidence(): the store written through evidence_writer() is the
// store the same facts make without deferring, byte for byte.
#include <gtest/gtest.h>

#include "graph/knowledge.h"
#include "graph/store.h"

using namespace kg;

namespace {

RelationFact rel(const std::string& type, EntityKey s, EntityKey o, const std::string& doc, const std::string& text,
                 std::int64_t sentence, const std::string& status = "asserted", const std::string& date = "") {
  RelationFact r;
  r.type = type;
  r.subject = std::move(s);
  r.object = std::move(o);
  r.date = date;
  r.status = status;
  r.evidence = Evidence{doc, sentence, 10 * sentence, 10 * sentence + static_cast<std::int64_t>(text.size()), text,
                        "pattern." + type};
  return r;
}

DocumentFacts doc(const std::string& id, const std::string& date, std::vector<RelationFact> rs) {
  DocumentFacts f;
  f.doc.id = id;
  f.doc.date = date;
  f.doc.hash = "h-" + id;
  f.doc.title = "Title of " + id;
  f.entities = {{"person", "Kim Jong Un", {"Kim"}, 2},
                {"person", "Alexander Kozlov", {"Kozlov"}, 1},
                {"country", "Russia", {}, 3},
                // A name of the document's own, and an unnamed agreement's parties: the mentions
                // relationship's name (deferred with the evidence) between its count and parties.
                {"person", "Sergei Lavrov", {}, 1, "Sergey Lavrov"},
                {"agreement", "the treaty", {}, 1, "", "Russia|-"}};
  f.relations = std::move(rs);
  return f;
}

const EntityKey kKim{"person", "Kim Jong Un"}, kKoz{"person", "Alexander Kozlov"}, kRus{"country", "Russia"};

std::vector<DocumentFacts> corpus() {
  std::vector<DocumentFacts> out;
  // Escapes, control bytes and non-ASCII in the evidence text; a sentence printed twice.
  const std::string odd = "Kim \"Rocket\" met\tKozlov \\ in Zo\xC3\xAB \x01 today.";
  auto a = doc("a", "2024-11-19",
               {rel("met_with", kKim, kKoz, "a", odd, 1, "asserted", "2024-11-18"),
                rel("met_with", kKim, kKoz, "a", odd, 1, "asserted", "2024-11-18"),
                rel("visited", kKim, kRus, "a", "Kim visited Russia.", 2, "alleged")});
  a.relations[2].attributed_to = {"Alexander Kozlov", "Russia"};
  a.relations[2].attrs.emplace("date_source", Value("reported"));
  a.relations[2].date = "2024-11-19";
  a.relations[1].attrs.emplace("place", Value("Pyongyang"));
  out.push_back(a);
  // The same facts again from b, one negated, and one whose evidence names document a.
  out.push_back(doc("b", "2024-11-20",
                    {rel("met_with", kKoz, kKim, "b", "Kozlov met Kim.", 0),
                     rel("visited", kKim, kRus, "b", "Kim did not visit Russia.", 3, "negated"),
                     rel("visited", kKim, kRus, "a", "Kim visited Russia.", 2, "alleged"),
                     rel("visited", kKim, kRus, "b", "Kim visited Russia, it said.", 4)}));
  // A relationship whose first evidence names another document.
  out.push_back(doc("c", "", {rel("allied_with", kKoz, kRus, "z", "Kozlov and Russia are allies.", 7),
                              rel("allied_with", kKoz, kRus, "c", "Allies.", 8)}));
  out.push_back(doc("d", "2024-12-01", {rel("allied_with", kKoz, kRus, "d", "Allies again.", 1)}));
  return out;
}

}  // namespace

TEST(KnowledgeDefer, StoreTextIsTheSameAsWithoutDeferring) {
  PropertyGraph plain, deferred;
  KnowledgeGraph kp(plain), kd(deferred);
  kd.defer_evidence();
  for (const auto& f : corpus()) {
    EXPECT_TRUE(kp.add(f));
    EXPECT_TRUE(kd.add(f));
  }
  const std::string want = store_to_string(plain);
  EXPECT_NE(want.find("\"evidence\":[{"), std::string::npos);
  EXPECT_NE(want.find("\"attributed_to\":[\"Alexander Kozlov\",\"Russia\"]"), std::string::npos);
  EXPECT_NE(want.find("\"count\":1,\"name\":\"the treaty\",\"parties\":\"Russia|-\""), std::string::npos);
  EXPECT_NE(want.find("\"count\":1,\"name\":\"Sergey Lavrov\""), std::string::npos);
  EXPECT_EQ(store_to_string(deferred, kd.evidence_writer()), want);
  // Without the writer the deferred lists are empty: the writer is what holds them.
  EXPECT_NE(store_to_string(deferred), want);
  // And the store reads back as the graph the plain one is.
  PropertyGraph back = load_store_from_string(want, "test");
  EXPECT_EQ(store_to_string(back), want);
}

TEST(KnowledgeDefer, WriterLeavesOtherRelationshipsToTheGraph) {
  PropertyGraph g;
  KnowledgeGraph kg(g);
  kg.defer_evidence();
  ASSERT_NE(kg.evidence_writer(), nullptr);
  for (const auto& f : corpus()) kg.add(f);
  JsonOut out;
  std::size_t written = 0, in_graph = 0;
  for (RelId r = 0; r < g.rel_id_bound(); ++r) {
    out.clear();
    bool wrote = kg.evidence_writer()->write(r, out);
    if (g.rel_type(r) == "mentions") {
      EXPECT_FALSE(wrote);
      continue;
    }
    // A relationship whose evidence came to name another document than the one adding it
    // (the allied_with one, one of the visited ones) has its entries in the graph instead;
    // the others hold an empty list in the graph and the writer writes theirs.
    const List& held = g.rel_prop(r, "evidence").as_list();
    EXPECT_EQ(wrote, held.empty()) << g.rel_type(r);
    EXPECT_EQ(out.size() == 0, !wrote);
    if (wrote) {
      EXPECT_EQ(out.view().front(), '[');
    }
    ++(wrote ? written : in_graph);
  }
  EXPECT_EQ(written, 2u);  // met_with, the negated visited
  EXPECT_EQ(in_graph, 2u);
  RelId allied = g.rels_with_type("allied_with").at(0);
  EXPECT_EQ(g.rel_prop(allied, "evidence").as_list().size(), 3u);
  EXPECT_EQ(g.rel_prop(allied, "sources"), Value(3));
}
