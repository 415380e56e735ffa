// The extractor on small real sentences (adapted from the seed articles and ordinary
// news English): entities, titles, relations, dates, factuality, coreference,
// resolution, and what must NOT produce an edge or a merge.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "extract/extractor.h"
#include "facts_test_util.h"
#include "extract/resolve.h"

using namespace kg;
using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

DocumentFacts run(const std::string& text, const std::string& id = "t") {
  Document d = make_document(id + ".txt", id, text);
  return ex().extract(d);
}

}  // namespace

TEST(Extract, TitlesMakePersonsAndPositions) {
  auto f = run(
      "date 2024-11-19\nNorth Korean leader Kim Jong Un met with Russia's Minister of Natural Resources and Ecology "
      "Alexander Kozlov in Pyongyang, state media reported Tuesday.\n");
  EXPECT_TRUE(has_entity(f, "person", "Kim Jong Un"));
  EXPECT_TRUE(has_entity(f, "person", "Alexander Kozlov"));
  EXPECT_TRUE(has_entity(f, "city", "Pyongyang"));
  auto* lead = find(f, "leads", "Kim Jong Un", "North Korea");
  ASSERT_TRUE(lead);
  EXPECT_EQ(lead->attrs.at("title").as_string(), "leader");
  auto* pos = find(f, "holds_position", "Alexander Kozlov", "Russia");
  ASSERT_TRUE(pos);
  EXPECT_EQ(pos->attrs.at("title").as_string(), "Minister of Natural Resources and Ecology");
  auto* met = find(f, "met_with", "Kim Jong Un", "Alexander Kozlov");
  ASSERT_TRUE(met);
  // "reported Tuesday" dates the report, not the meeting: the edge carries the date of
  // its report, marked as such (a date from the text would replace it).
  EXPECT_EQ(met->date, "2024-11-19");
  ASSERT_TRUE(met->attrs.count("date_source"));
  EXPECT_EQ(met->attrs.at("date_source").as_string(), "reported");
  EXPECT_EQ(met->attrs.at("place").as_string(), "Pyongyang");
  // Russia is the minister's country, not a party to the meeting.
  EXPECT_FALSE(find(f, "met_with", "Kim Jong Un", "Russia"));
  // Evidence is the exact sentence.
  EXPECT_EQ(met->evidence.text.substr(0, 19), "North Korean leader");
  EXPECT_EQ(met->evidence.pattern, "meet.with");
}

TEST(Extract, AccusationIsAnEdgeAndTheClaimIsAlleged) {
  auto f = run(
      "date 2024-11-19\nThe United States and South Korea have accused North Korea of sending over 10,000 soldiers "
      "to aid Russian forces in Ukraine.\n");
  ASSERT_TRUE(find(f, "accused", "United States", "North Korea"));
  ASSERT_TRUE(find(f, "accused", "South Korea", "North Korea"));
  EXPECT_EQ(find(f, "accused", "United States", "North Korea")->status, "asserted");
  EXPECT_NE(find(f, "accused", "United States", "North Korea")->attrs.find("charge"),
            find(f, "accused", "United States", "North Korea")->attrs.end());
  auto* st = find(f, "sent_troops", "North Korea", "Russia");
  ASSERT_TRUE(st);
  EXPECT_EQ(st->status, "alleged");
  EXPECT_EQ(st->attributed_to, (std::vector<std::string>{"United States", "South Korea"}));
  EXPECT_EQ(st->attrs.at("count").as_int(), 10000);
}

TEST(Extract, AttributionAndNegation) {
  auto f = run("date 2024-11-19\nKim met with Putin on Monday, according to the Korean Central News Agency.\n"
               "Putin did not meet with Kim Tok-hun, officials said.\n"
               "North Korean leader Kim Jong Un and Russian President Vladimir Putin spoke.\n");
  auto* met = find(f, "met_with", "Kim Jong Un", "Vladimir Putin");
  ASSERT_TRUE(met);
  EXPECT_EQ(met->status, "alleged");
  EXPECT_EQ(met->attributed_to, (std::vector<std::string>{"Korean Central News Agency"}));
  EXPECT_EQ(met->date, "2024-11-18");
  auto* neg = find(f, "met_with", "Vladimir Putin", "Kim Tok-hun");
  if (neg) {
    EXPECT_EQ(neg->status, "negated");
  }
}

TEST(Extract, CoreferenceSurnamesTheNorthCapitals) {
  auto f = run(
      "date 2024-11-19\nNorth Korean leader Kim Jong-un held talks with Natural Resources and Ecology Minister "
      "Alexandr Kozlov.\nPreviously, these meetings were handled by North Korean Premier Kim Tok-hun, who met Kozlov "
      "in 2022.\nThe United States accused the North of sending troops to Russia.\nMoscow sent no reply.\n");
  // Two people sharing a surname stay two people; the surname goes to the one named.
  EXPECT_TRUE(has_entity(f, "person", "Kim Jong-un"));
  EXPECT_TRUE(has_entity(f, "person", "Kim Tok-hun"));
  EXPECT_FALSE(has_entity(f, "person", "Kozlov"));
  auto* m = find(f, "met_with", "Kim Tok-hun", "Alexandr Kozlov");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->date, "2022");
  EXPECT_TRUE(find(f, "accused", "United States", "North Korea"));
  // "Moscow sent": the capital as an actor is its country, not a city node.
  EXPECT_FALSE(has_entity(f, "city", "Moscow"));
  EXPECT_TRUE(find(f, "holds_position", "Kim Tok-hun", "North Korea"));
}

TEST(Extract, CoordinationSignsTwice) {
  auto f = run("date 2024-11-19\nNorth Korean leader Kim Jong Un and Russian President Vladimir Putin signed a strategic partnership "
               "treaty in June.\nLast week, North Korea ratified the treaty.\n");
  EXPECT_TRUE(find(f, "signed", "Kim Jong Un", "strategic partnership treaty"));
  auto* p = find(f, "signed", "Vladimir Putin", "strategic partnership treaty");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->date, "2024-06");
  auto* r = find(f, "ratified", "North Korea", "strategic partnership treaty");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->date, "2024-11");
  EXPECT_TRUE(find(f, "leads", "Vladimir Putin", "Russia"));
}

TEST(Extract, GroupMeetingFromACaption) {
  auto f = run(
      "date 2024-11-19\nSouth Korean President Yoon Suk Yeol, left, U.S. President Joe Biden, center, and Japanese "
      "Prime Minister Shigeru Ishiba pose for a photo before holding a trilateral summit in Lima, Peru, on Nov. 15. "
      "[PRESIDENTIAL OFFICE]\n");
  for (auto [a, b] : {std::pair<const char*, const char*>{"Yoon Suk Yeol", "Joe Biden"},
                      {"Yoon Suk Yeol", "Shigeru Ishiba"},
                      {"Joe Biden", "Shigeru Ishiba"}}) {
    auto* r = find(f, "met_with", a, b);
    ASSERT_TRUE(r) << a << " " << b;
    EXPECT_EQ(r->date, "2024-11-15");
  }
  EXPECT_TRUE(find(f, "leads", "Shigeru Ishiba", "Japan"));
  EXPECT_TRUE(find(f, "located_in", "Lima", "Peru"));
  // The credit is text, not an organisation.
  for (const auto& e : f.entities) EXPECT_EQ(e.name.find("PRESIDENTIAL"), std::string::npos) << e.name;
}

TEST(Extract, DelegationLeaderGetsTheArrival) {
  auto f = run(
      "date 2024-11-19\nSeparately, the KCNA reported that a delegation from Russia's Military Academy of the Armed "
      "Forces' General Staff arrived in Pyongyang the previous day.\nThe visit by the delegation, led by the "
      "academy's President Vladimir Zarudnitski, suggests closer ties.\n");
  auto* a = find(f, "arrived_in", "Vladimir Zarudnitski", "Pyongyang");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->date, "2024-11-18");
  EXPECT_TRUE(find(f, "leads", "Vladimir Zarudnitski", "Military Academy of the Armed Forces' General Staff"));
  // The academy did not arrive anywhere: its delegation did.
  EXPECT_FALSE(find(f, "arrived_in", "Military Academy of the Armed Forces' General Staff", "Pyongyang"));
}

TEST(Extract, NoEdgesFromFurnitureOrUnrelatedMentions) {
  auto f = run(
      "date 2024-11-19\nAlso read | North Korea ratifies historic defence pact with Russia, strengthening military "
      "ties\nLog in to Twitter or Facebook account to connect with the Korea JoongAng Daily\n"
      "Experts say Russia and China are watching.\n");
  EXPECT_TRUE(f.relations.empty());
  EXPECT_FALSE(has_entity(f, "organization", "Twitter"));
  // The outlet named in the footer is the publisher.
  EXPECT_EQ(f.doc.publisher, "Korea JoongAng Daily");
}

TEST(Extract, WeaponsTestedAndNamed) {
  auto f = run("date 2024-11-19\nRecently, North Korea test-fired ballistic missiles and a new solid-fuel "
               "intercontinental ballistic missile.\n");
  EXPECT_TRUE(find(f, "tested", "North Korea", "ballistic missile"));
  EXPECT_TRUE(find(f, "tested", "North Korea", "solid-fuel ICBM"));
}

TEST(Extract, ThreadSafe) {
  // extract runs on several documents at once.
  std::vector<std::thread> ts;
  std::vector<std::size_t> counts(4);
  for (int i = 0; i < 4; ++i)
    ts.emplace_back([&, i] {
      std::string id = "d";  // (not "d" + std::to_string(i): GCC 12's -Wrestrict false alarm)
      id += std::to_string(i);
      counts[i] = run("date 2024-11-19\nNorth Korean leader Kim Jong Un met with President Vladimir Putin in Moscow on "
                          "Monday.\n",
                      id)
                      .relations.size();
    });
  for (auto& t : ts) t.join();
  for (auto c : counts) EXPECT_EQ(c, counts[0]);
  EXPECT_GT(counts[0], 0u);
}

TEST(Resolve, SpellingVariantsMergeSurnamesDoNot) {
  EXPECT_TRUE(same_person_name("Alexander Kozlov", "Alexandr Kozlov"));
  EXPECT_TRUE(same_person_name("Kim Jong Un", "Kim Jong-un"));
  EXPECT_FALSE(same_person_name("Kim Jong Un", "Kim Tok-hun"));
  EXPECT_FALSE(same_person_name("Kim Jong Un", "Kim Jong Il"));
  EXPECT_FALSE(same_person_name("Vladimir Putin", "Vladimir Zarudnitski"));
  EXPECT_EQ(name_key("The Moscow Times"), "moscow times");
  EXPECT_EQ(name_key("Inter-governmental Committee"), "inter governmental committee");
}

TEST(Resolve, AcrossDocuments) {
  std::vector<DocumentFacts> batch;
  batch.push_back(run("date 2024-11-19\nNorth Korean leader Kim Jong Un met with Russian Minister of Natural "
                      "Resources and Ecology Alexander Kozlov.\n", "a"));
  batch.push_back(run("date 2024-11-19\nNorth Korean leader Kim Jong-un met with Natural Resources and Ecology "
                      "Minister Alexandr Kozlov.\nKim Jong-un spoke.\n", "b"));
  batch.push_back(run("date 2024-11-19\nNorth Korean Premier Kim Tok-hun met Kozlov in 2022.\n", "c"));
  PropertyGraph g;
  ex().resolve(batch, g);
  std::set<std::string> persons;
  for (const auto& f : batch)
    for (const auto& e : f.entities)
      if (e.type == "person") persons.insert(e.name);
  // One Kozlov, one Kim Jong Un (the most common spelling), Kim Tok-hun apart.
  EXPECT_EQ(persons, (std::set<std::string>{"Kim Jong-un", "Alexander Kozlov", "Kim Tok-hun"}))
      << [&] {
           std::string s;
           for (auto& p : persons) s += p + "; ";
           return s;
         }();
  for (const auto& f : batch)
    for (const auto& r : f.relations) {
      EXPECT_NE(r.subject.name, "Alexandr Kozlov");
      EXPECT_NE(r.object.name, "Alexandr Kozlov");
    }
}

// A gazetteer entity goes by the name its text gives it: the lexicon's own name only when a
// text writes it; the lexicon's name stays findable among the aliases.
TEST(Resolve, GazetteerEntitiesNamedAsTheTextNamesThem) {
  auto alias_of = [](const DocumentFacts& f, const std::string& type, const std::string& name,
                     const std::string& alias) {
    for (const auto& e : f.entities)
      if (e.type == type && e.name == name)
        return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
    return false;
  };
  auto a = run("date 2021-05-02\nNATO said the DRC and the Democratic Republic of Congo's army met.\n", "a");
  EXPECT_TRUE(named_exactly(a, "organization", "NATO"));
  EXPECT_TRUE(alias_of(a, "organization", "NATO", "North Atlantic Treaty Organization"));
  EXPECT_TRUE(named_exactly(a, "country", "Democratic Republic of Congo"));  // the fullest of its forms
  EXPECT_FALSE(named_exactly(a, "country", "DRC"));
  // The lexicon's name when the text writes it, however else it also writes it.
  auto b = run("date 2021-05-02\nRussia's foreign ministry said the Russian Federation would respond.\n", "b");
  EXPECT_TRUE(named_exactly(b, "country", "Russia"));
  EXPECT_FALSE(named_exactly(b, "country", "Russian Federation"));
  // An adjective made of a place's name does not name it.
  auto c = run("date 2021-05-02\nWest African leaders met in Accra on Monday.\n", "c");
  EXPECT_FALSE(named_exactly(c, "location", "West African"));
  // Across documents: one node, under the lexicon's name as soon as one text writes it.
  std::vector<DocumentFacts> batch;
  batch.push_back(run("date 2021-05-02\nNATO troops arrived in Kabul on Monday.\n", "d1"));
  batch.push_back(run("date 2021-05-02\nThe North Atlantic Treaty Organization sent troops.\n", "d2"));
  batch.push_back(run("date 2021-05-02\nThe DRC accused Rwanda.\n", "d3"));
  ex().resolve(batch, PropertyGraph());
  std::set<std::string> orgs, countries;
  for (const auto& f : batch)
    for (const auto& e : f.entities) {
      if (e.type == "organization") orgs.insert(e.name);
      if (e.type == "country") countries.insert(e.name);
    }
  EXPECT_EQ(orgs, (std::set<std::string>{"North Atlantic Treaty Organization"}));
  EXPECT_TRUE(countries.count("DRC"));  // no text wrote another of its names
}

TEST(Resolve, OrganisationNames) {
  Lexicon lex;
  lex.load_dir(KG_DATA_DIR);
  EXPECT_TRUE(same_org_name(lex, "Military Academy of the General Staff of the Russian Armed Forces",
                            "Military Academy of the Armed Forces' General Staff"));
  EXPECT_TRUE(same_org_name(lex, "Inter-governmental Committee for Cooperation in Trade, Economy, Science and Technology",
                            "intergovernmental committee for cooperation in trade, economy, science, and technology"));
  EXPECT_FALSE(same_org_name(lex, "Central Committee", "Workers' Party of Korea's Central Committee"));
  EXPECT_FALSE(same_org_name(lex, "Korean Central News Agency", "Yonhap News Agency"));
}

TEST(Lexicons, BadEntryNamesFileAndLine) {
  auto dir = std::filesystem::temp_directory_path() / "kg_lex_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream o(dir / "relation_types.tsv");
    o << "met_with\tperson\tperson\tyes\n";
  }
  {
    std::ofstream o(dir / "relations.tsv");
    o << "# comment\nok\tmet_with\tS met O\n";
    o << "bad\tno_such_relation\tS met O\n";
  }
  Options opts;
  opts.data_dirs = {KG_DATA_DIR, dir.string()};
  try {
    Extractor e(opts);
    FAIL() << "expected an InputError";
  } catch (const InputError& err) {
    EXPECT_NE(std::string(err.what()).find("relations.tsv:3:"), std::string::npos) << err.what();
  }
  std::filesystem::remove_all(dir);
}

TEST(Lexicons, UserFolderAddsEntries) {
  auto dir = std::filesystem::temp_directory_path() / "kg_lex_test2";
  std::filesystem::create_directories(dir);
  {
    std::ofstream o(dir / "organizations.tsv");
    o << "Zorblax Institute of Things\tZIT\tintl\t\t\n";
  }
  Options opts;
  opts.data_dirs = {KG_DATA_DIR, dir.string()};
  Extractor e(opts);
  auto f = e.extract(make_document("x.txt", "x", "date 2024-01-02\nThe ZIT said so.\n"));
  // Named as the text names it, the entry's own name among its aliases.
  auto zit = std::find_if(f.entities.begin(), f.entities.end(),
                          [](const EntityFact& x) { return x.type == "organization" && x.name == "ZIT"; });
  ASSERT_NE(zit, f.entities.end());
  EXPECT_NE(std::find(zit->aliases.begin(), zit->aliases.end(), "Zorblax Institute of Things"), zit->aliases.end());
  std::filesystem::remove_all(dir);
}
