// Fuzz target: the store loader, and what runs on any store that loads.
//
// Whatever the bytes, load_store_from_string returns a graph or throws StoreError.
// A store that loads must: save to text that loads back to the same text (a fixed
// point after one round), survive KnowledgeGraph::document_facts + re-adding (what
// `kg merge` does), and export in every format to valid XML (graphml, gexf) or strict
// JSON (json), all valid UTF-8.
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "graph/export.h"
#include "graph/knowledge.h"
#include "graph/store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > (1u << 20)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::PropertyGraph g;
  try {
    g = kg::load_store_from_string(text, "fuzz.kg.json");
  } catch (const kg::StoreError& e) {
    FUZZ_CHECK(std::string_view(e.what()).substr(0, 12) == "fuzz.kg.json", "error names the store", e.what());
    return 0;
  }
  std::string once = kg::store_to_string(g);
  FUZZ_CHECK(kgfuzz::valid_utf8(once), "saved store is UTF-8", once);
  kg::PropertyGraph g2;
  try {
    g2 = kg::load_store_from_string(once, "saved");
  } catch (const kg::StoreError& e) {
    kgfuzz::fail(std::string("a saved store does not load: ") + e.what(), once);
  }
  std::string twice = kg::store_to_string(g2);
  FUZZ_CHECK(once == twice, "save/load/save is a fixed point", twice);

  // kg merge: rebuild every document's facts and add them to a new graph.
  try {
    auto facts = kg::KnowledgeGraph::document_facts(g);
    kg::PropertyGraph m;
    kg::KnowledgeGraph k(m);
    for (const auto& f : facts) k.add(f);
    std::string merged = kg::store_to_string(m);
    (void)kg::load_store_from_string(merged, "merged");
  } catch (const kg::StoreError& e) {
    kgfuzz::fail(std::string("a merged store does not load: ") + e.what());
  } catch (const kg::GraphError&) {
    // A store whose documents contradict themselves may be refused, not crashed on.
  } catch (const std::runtime_error&) {
  }

  for (const auto& fmt : kg::export_formats()) {
    if (fmt == "csv") continue;  // writes a folder
    for (bool docs : {false, true}) {
      std::ostringstream os;
      kg::ExportOptions opts;
      opts.with_documents = docs;
      try {
        kg::export_graph(g, nullptr, fmt, os, opts);
      } catch (const kg::ExportError& e) {
        continue;
      }
      std::string out = os.str();
      FUZZ_CHECK(kgfuzz::valid_utf8(out), fmt + " export is valid UTF-8", out);
      if (fmt == "graphml" || fmt == "gexf") {
        std::string p = kgfuzz::xml_problem(out);
        FUZZ_CHECK(p.empty(), fmt + " export is well-formed XML: " + p, out);
      } else if (fmt == "json") {
        std::string p = kgfuzz::json_problem(out);
        FUZZ_CHECK(p.empty(), "json export is strict JSON: " + p, out);
      }
    }
  }
  return 0;
}
