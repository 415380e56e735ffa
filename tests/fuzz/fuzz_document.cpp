// Fuzz target: the document reader and the extractor.
//
// Whatever the bytes, make_document returns a Document or throws InputError naming
// "fuzz.txt:LINE:COL" (or "fuzz.txt: ..."). A document that reads goes through the
// extractor; every evidence entry must point at an exact substring of the text, every
// string it produces must be valid UTF-8, and merging its facts into a graph must give
// a store that saves and loads back.
#include <cstdint>
#include <memory>
#include <string>

#include "extract/extractor.h"
#include "extract/reader.h"
#include "fuzz_check.h"
#include "graph/knowledge.h"
#include "graph/store.h"

namespace {
std::unique_ptr<kg::extract::Extractor> g_ex;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kg::extract::Options o;
  o.data_dirs.push_back(kg::extract::default_data_dir());
  try {
    g_ex = std::make_unique<kg::extract::Extractor>(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz_document: no extractor (%s); fuzzing the reader only\n", e.what());
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > (1u << 18)) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  kg::extract::Document doc;
  try {
    doc = kg::extract::make_document("fuzz.txt", "fuzz", bytes);
  } catch (const kg::extract::InputError& e) {
    FUZZ_CHECK(std::string_view(e.what()).substr(0, 9) == "fuzz.txt:", "error names the file", e.what());
    FUZZ_CHECK(e.line() >= 0 && e.col() >= 0, "line and column are not negative", e.what());
    return 0;
  }
  FUZZ_CHECK(kgfuzz::valid_utf8(doc.text), "a document that reads is UTF-8", doc.text);
  for (const std::string* s : {&doc.info.date, &doc.info.publisher, &doc.info.author, &doc.info.url,
                               &doc.info.dateline, &doc.info.title})
    FUZZ_CHECK(kgfuzz::valid_utf8(*s), "metadata is UTF-8", *s);
  if (!g_ex) return 0;
  kg::DocumentFacts facts = g_ex->extract(doc);
  for (const auto& e : facts.entities) {
    FUZZ_CHECK(kgfuzz::valid_utf8(e.name) && kgfuzz::valid_utf8(e.type), "entity names are UTF-8", e.name);
    FUZZ_CHECK(!e.name.empty(), "an entity has a name", doc.text);
  }
  for (const auto& r : facts.relations) {
    const auto& ev = r.evidence;
    FUZZ_CHECK(ev.start >= 0 && ev.start <= ev.end && ev.end <= static_cast<std::int64_t>(doc.text.size()),
               "evidence offsets lie in the text", ev.text);
    FUZZ_CHECK(doc.text.compare(ev.start, ev.end - ev.start, ev.text) == 0, "evidence text is the text at its offsets",
               ev.text);
    FUZZ_CHECK(kgfuzz::valid_utf8(r.type) && kgfuzz::valid_utf8(r.subject.name) && kgfuzz::valid_utf8(r.object.name),
               "relation strings are UTF-8", r.type);
  }
  std::vector<kg::DocumentFacts> batch{facts};
  kg::PropertyGraph g;
  g_ex->resolve(batch, g);
  kg::KnowledgeGraph k(g);
  k.add(batch.front());
  std::string saved = kg::store_to_string(g);
  try {
    kg::PropertyGraph back = kg::load_store_from_string(saved, "saved");
    FUZZ_CHECK(kg::store_to_string(back) == saved, "the store of an extracted document round-trips", saved);
  } catch (const kg::StoreError& e) {
    kgfuzz::fail(std::string("the store of an extracted document does not load: ") + e.what(), saved);
  }
  return 0;
}
