// The spill form of a document's facts (extract/spill.h): a record read back is the facts
// written, field by field; a short record or a truncated file is an error, never a crash.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <limits>

#include "extract/resolve.h"
#include "extract/spill.h"
#include "facts_test_util.h"

namespace kg::extract {
namespace {

DocumentFacts sample() {
  DocumentFacts f;
  f.doc.id = "doc-1";
  f.doc.date = "2024-03-05";
  f.doc.publisher = "Le Monde diplomatique";
  f.doc.author = "";  // empty strings stay empty
  f.doc.url = "https://example.org/a?b=c&d=é";
  f.doc.dateline = "SÃO PAULO";
  f.doc.title = "Президент и «договор» — 東京";
  f.doc.hash = "0123456789abcdef";
  EntityFact e;
  e.type = "person";
  e.name = "José Müller";
  e.aliases = {"Müller", "", "José"};
  e.mentions = 7;
  e.own_name = "Jose Muller";
  f.entities.push_back(e);
  EntityFact a;
  a.type = "agreement";
  a.name = "the new treaty";
  a.mentions = -3;  // any integer
  a.parties = "France|Germany";
  f.entities.push_back(a);
  f.entities.push_back(EntityFact{});  // every field empty or default
  RelationFact r;
  r.type = "met_with";
  r.subject = {"person", "José Müller"};
  r.object = {"person", "李明"};
  r.symmetric = true;
  r.date = "?on Monday";
  r.status = "alleged";
  r.attributed_to = {"Reuters", "Ministère"};
  r.attrs["title"] = Value("président");
  r.attrs["count"] = Value(std::int64_t{42});
  r.attrs["ratio"] = Value(0.25);
  r.attrs["flag"] = Value(true);
  r.attrs["none"] = Value();
  r.attrs["list"] = Value(List{Value("a"), Value(std::int64_t{-1}), Value(List{})});
  r.attrs["map"] = Value(Map{{"k", Value("v")}, {"", Value(false)}});
  r.evidence.doc = "doc-1";
  r.evidence.sentence = 3;
  r.evidence.start = 120;
  r.evidence.end = 1ll << 40;
  r.evidence.text = std::string("a sentence with a NUL \0 byte and ünïcode", 41);
  r.evidence.pattern = "meet.1";
  f.relations.push_back(r);
  f.relations.push_back(RelationFact{});
  return f;
}

void expect_equal(const DocumentFacts& a, const DocumentFacts& b) {
  EXPECT_EQ(a.doc.id, b.doc.id);
  EXPECT_EQ(a.doc.date, b.doc.date);
  EXPECT_EQ(a.doc.publisher, b.doc.publisher);
  EXPECT_EQ(a.doc.author, b.doc.author);
  EXPECT_EQ(a.doc.url, b.doc.url);
  EXPECT_EQ(a.doc.dateline, b.doc.dateline);
  EXPECT_EQ(a.doc.title, b.doc.title);
  EXPECT_EQ(a.doc.hash, b.doc.hash);
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto &x = a.entities[i], &y = b.entities[i];
    EXPECT_EQ(x.type, y.type);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.aliases, y.aliases);
    EXPECT_EQ(x.mentions, y.mentions);
    EXPECT_EQ(x.own_name, y.own_name);
    EXPECT_EQ(x.parties, y.parties);
  }
  ASSERT_EQ(a.relations.size(), b.relations.size());
  for (std::size_t i = 0; i < a.relations.size(); ++i) {
    const auto &x = a.relations[i], &y = b.relations[i];
    EXPECT_EQ(x.type, y.type);
    EXPECT_EQ(x.subject, y.subject);
    EXPECT_EQ(x.object, y.object);
    EXPECT_EQ(x.symmetric, y.symmetric);
    EXPECT_EQ(x.date, y.date);
    EXPECT_EQ(x.status, y.status);
    EXPECT_EQ(x.attributed_to, y.attributed_to);
    EXPECT_EQ(x.attrs, y.attrs);
    EXPECT_EQ(x.evidence.doc, y.evidence.doc);
    EXPECT_EQ(x.evidence.sentence, y.evidence.sentence);
    EXPECT_EQ(x.evidence.start, y.evidence.start);
    EXPECT_EQ(x.evidence.end, y.evidence.end);
    EXPECT_EQ(x.evidence.text, y.evidence.text);
    EXPECT_EQ(x.evidence.pattern, y.evidence.pattern);
  }
}

TEST(Spill, RoundTripFieldByField) {
  DocumentFacts f = sample();
  std::string rec;
  encode_facts(f, rec);
  DocumentFacts back;
  decode_facts(rec, back);
  expect_equal(f, back);
  // The status default ("asserted") is a value like any other.
  EXPECT_EQ(back.relations[1].status, "asserted");
}

TEST(Spill, ReadIntoAUsedObjectOverwritesEveryField) {
  std::string big, small;
  encode_facts(sample(), big);
  DocumentFacts empty;
  empty.doc.id = "doc-2";
  encode_facts(empty, small);
  DocumentFacts f;
  decode_facts(big, f);
  decode_facts(small, f);
  expect_equal(empty, f);
  decode_facts(big, f);
  expect_equal(sample(), f);
}

TEST(Spill, RealFactsRoundTrip) {
  Document d;
  d.info.id = "real";
  d.info.date = "2019-06-01";
  d.text =
      "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday, "
      "the Kremlin said. Putin said the two countries signed a new treaty on energy.\n";
  DocumentFacts f = testing::ex().extract(d);
  ASSERT_FALSE(f.entities.empty());
  std::string rec;
  encode_facts(f, rec);
  DocumentFacts back;
  decode_facts(rec, back);
  expect_equal(f, back);
}

TEST(Spill, EveryShortRecordIsAnError) {
  std::string rec;
  encode_facts(sample(), rec);
  DocumentFacts f;
  for (std::size_t n = 0; n < rec.size(); ++n)
    EXPECT_THROW(decode_facts(std::string_view(rec).substr(0, n), f), SpillError) << n << " bytes";
  EXPECT_THROW(decode_facts(rec + "x", f), SpillError);  // bytes after the last field
}

TEST(Spill, DamagedCountsAreAnError) {
  std::string rec;
  encode_facts(DocumentFacts{}, rec);  // 8 empty strings (a length byte each), the entity and relation counts
  ASSERT_EQ(rec, std::string(10, '\0'));
  DocumentFacts f;
  // A count of millions with a few bytes left; a number of more than 5 bytes; a length past the end.
  for (std::string bad : {std::string(8, '\0') + "\xff\xff\xff\x7f" + std::string(1, '\0'),
                          std::string(8, '\0') + "\xff\xff\xff\xff\xff\x01" + std::string(1, '\0'),
                          std::string("\x05") + std::string(9, '\0')})
    EXPECT_THROW(decode_facts(bad, f), SpillError);
}

TEST(Spill, IntegersOfEverySize) {
  DocumentFacts f;
  f.doc.id = "d";
  for (std::int64_t v : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{63}, std::int64_t{64},
                         std::int64_t{-65}, std::int64_t{127}, std::int64_t{128}, std::int64_t{1} << 35,
                         std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()}) {
    EntityFact e;
    e.mentions = v;
    e.name = std::string(static_cast<std::size_t>(v & 0x3ff), 'x');  // lengths of one and two bytes
    f.entities.push_back(e);
    RelationFact r;
    r.evidence.doc = v == 0 ? "another document" : "d";  // the document's own id or not
    r.evidence.sentence = v;
    r.evidence.start = v == std::numeric_limits<std::int64_t>::min() ? v : -v;
    r.evidence.end = v / 3;
    r.attrs["n"] = Value(v);
    f.relations.push_back(r);
  }
  std::string rec;
  encode_facts(f, rec);
  DocumentFacts back;
  decode_facts(rec, back);
  expect_equal(f, back);
}

TEST(Spill, FileRoundTripAndTruncation) {
  const auto dir = std::filesystem::temp_directory_path();
  SpillFile spill(dir.string());
  std::string a, b;
  encode_facts(sample(), a);
  DocumentFacts other;
  other.doc.id = "doc-2";
  other.doc.title = "ünïcode";
  encode_facts(other, b);
  auto ra = spill.append(a);
  auto rb = spill.append(b);
  EXPECT_EQ(spill.size(), a.size() + b.size());
  // The file has no name: nothing is left behind in the folder.
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename().string().rfind("kg-spill-", 0), std::string::npos) << entry.path();
  std::string buf;
  DocumentFacts f;
  spill.read(rb, buf);
  decode_facts(buf, f);
  expect_equal(other, f);
  spill.read(ra, buf);
  decode_facts(buf, f);
  expect_equal(sample(), f);
  // Cut the file in the middle of the second record.
  ASSERT_EQ(::ftruncate(spill.fd(), static_cast<off_t>(rb.offset + rb.size / 2)), 0);
  EXPECT_THROW(spill.read(rb, buf), SpillError);
  spill.read(ra, buf);  // the first record is whole
  decode_facts(buf, f);
  expect_equal(sample(), f);
}

TEST(Spill, NoFolderIsAnError) { EXPECT_THROW(SpillFile("/nonexistent/kg-spill-test"), SpillError); }

// Resolution in steps gives what resolve_entities gives on the whole batch.
TEST(NameResolver, StepsGiveTheBatchResult) {
  auto doc = [](const std::string& id, std::vector<std::pair<std::string, std::string>> ents) {
    DocumentFacts f;
    f.doc.id = id;
    for (auto& [t, n] : ents) {
      EntityFact e;
      e.type = t;
      e.name = n;
      f.entities.push_back(e);
    }
    return f;
  };
  std::vector<DocumentFacts> batch = {
      doc("b", {{"person", "Alexander Kozlov"}, {"country", "Russia"}}),
      doc("a", {{"person", "Alexandr Kozlov"}, {"person", "Kozlov"}}),
      doc("c", {{"person", "Kozlov"}, {"organization", "the Foreign Ministry"}}),
  };
  RelationFact r;
  r.type = "met_with";
  r.subject = {"person", "Alexandr Kozlov"};
  r.object = {"person", "Kozlov"};
  r.attributed_to = {"Alexandr Kozlov"};
  batch[1].relations.push_back(r);
  const Lexicon& lex = testing::ex().lexicon();
  batch[2].entities.push_back(EntityFact{"agreement", "the new treaty", {}, 2, "", "France|Germany"});
  auto whole = batch, whole_input = batch;
  resolve_entities(lex, whole, PropertyGraph());
  NameResolver names(lex);
  for (std::size_t i = 0; i < batch.size(); ++i) names.add_document(static_cast<std::uint32_t>(i), batch[i].entities);
  names.resolve();
  for (std::size_t i = 0; i < batch.size(); ++i) {
    names.apply(batch[i]);
    expect_equal(whole[i], batch[i]);
  }
  // The same from packed entities (what kg build keeps of a document waiting its turn).
  NameResolver packed(lex);
  for (std::size_t i = 0; i < batch.size(); ++i) {
    std::string p;
    NameResolver::pack(whole_input[i].entities, p);
    packed.add_packed(static_cast<std::uint32_t>(i), p);
  }
  packed.resolve();
  for (std::size_t i = 0; i < batch.size(); ++i) {
    packed.apply(whole_input[i]);
    expect_equal(whole[i], whole_input[i]);
  }
  EXPECT_EQ(batch[0].entities[0].name, batch[1].entities[0].name);  // the two spellings, one entity
  EXPECT_EQ(batch[1].relations[0].attributed_to[0], batch[0].entities[0].name);
}

}  // namespace
}  // namespace kg::extract
