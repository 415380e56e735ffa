// Adding documents to a store that was saved and loaded again (what `kg add` does, with
// the index over the loaded graph built lazily) gives exactly the graph that adding the
// same documents in one session gives.
#include <gtest/gtest.h>

#include "graph/knowledge.h"
#include "graph/store.h"

using namespace kg;

namespace {

RelationFact rel(const std::string& type, EntityKey s, EntityKey o, const std::string& doc, const std::string& text,
                 const std::string& date = "", const std::string& status = "asserted") {
  RelationFact r;
  r.type = type;
  r.subject = std::move(s);
  r.object = std::move(o);
  r.date = date;
  r.status = status;
  r.symmetric = is_symmetric_relation(type);
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

const EntityKey kKim{"person", "Kim Jong Un"}, kKoz{"person", "Alexander Kozlov"}, kPeru{"country", "Peru"},
    kChile{"country", "Chile"}, kLima{"city", "Lima"};

std::vector<DocumentFacts> corpus() {
  std::vector<EntityFact> people{{"person", "Kim Jong Un", {"Kim"}, 2}, {"person", "Alexander Kozlov", {"Kozlov"}, 1}};
  std::vector<EntityFact> places{{"country", "Peru", {"Peru", "Republic of Peru"}, 3}, {"country", "Chile", {}, 1},
                                 {"city", "Lima", {}, 1}};
  std::vector<EntityFact> all = people;
  all.insert(all.end(), places.begin(), places.end());
  return {
      doc("a", "2024-11-19", people, {rel("met_with", kKim, kKoz, "a", "Kim met Kozlov.", "2024-11-18")}),
      doc("b", "2024-11-20", places,
          {rel("allied_with", kChile, kPeru, "b", "Chile and Peru are allies."),
           rel("located_in", kLima, kPeru, "b", "Lima, Peru."),
           rel("signed", kPeru, kChile, "b", "Peru signed with Chile in 2022.", "2022")}),
      // the same meeting the other way round; a second signing, years apart; a denial
      doc("c", "2024-11-21", all,
          {rel("met_with", kKoz, kKim, "c", "Kozlov met Kim.", "2024-11"),
           rel("signed", kPeru, kChile, "c", "Peru signed with Chile on Monday.", "2024-11-18"),
           rel("met_with", kKim, kKoz, "c", "Kim did not meet Kozlov in Lima.", "", "negated"),
           rel("located_in", kLima, kPeru, "c", "Lima, Peru.")}),
      doc("d", "2024-11-22", {{"person", "Kim", {}, 1}, {"country", "Republic of Peru", {}, 1}, {"country", "Chile", {}, 2}},
          {rel("allied_with", kPeru, kChile, "d", "Peru and Chile are allies, Kim said.", "", "alleged"),
           rel("signed", kChile, kPeru, "d", "Chile signed with Peru in 2022.", "2022"),
           rel("met_with", kKoz, kKim, "d", "Kozlov met Kim again.", "2024-11-18")}),
  };
}

}  // namespace

TEST(KnowledgeReload, AddingToALoadedStoreEqualsAddingInOneSession) {
  auto docs = corpus();
  PropertyGraph one;
  {
    KnowledgeGraph kg(one);
    for (const auto& d : docs) ASSERT_TRUE(kg.add(d));
  }
  const std::string expected = store_to_string(one);
  // Every split point: the first k documents saved and loaded, then the rest added.
  for (std::size_t k = 1; k < docs.size(); ++k) {
    PropertyGraph first;
    {
      KnowledgeGraph kg(first);
      for (std::size_t i = 0; i < k; ++i) kg.add(docs[i]);
    }
    PropertyGraph loaded = load_store_from_string(store_to_string(first), "split.kg.json");
    KnowledgeGraph kg(loaded);
    for (std::size_t i = 0; i < k; ++i) EXPECT_FALSE(kg.add(docs[i])) << "document " << i << " is already there";
    for (std::size_t i = k; i < docs.size(); ++i) EXPECT_TRUE(kg.add(docs[i]));
    EXPECT_EQ(store_to_string(loaded), expected) << "split after " << k << " documents";
  }
  // The facts the test is about are there: one meeting with three sources, a negated
  // one apart, two signings years apart (and one the other way: not symmetric).
  EXPECT_EQ(one.rels_with_type("met_with").size(), 2u);
  EXPECT_EQ(one.rels_with_type("signed").size(), 3u);  // Peru->Chile 2022 and 2024, Chile->Peru 2022
  EXPECT_EQ(one.rels_with_type("allied_with").size(), 1u);
  std::size_t people = one.nodes_with_label("person").size();
  EXPECT_EQ(people, 2u);
}
