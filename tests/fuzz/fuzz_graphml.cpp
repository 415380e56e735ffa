// Fuzz target: the GraphML importer (through a temporary file: import_graphml reads a
// path), and the export of whatever it imports.
//
// Whatever the bytes, import_graphml returns a graph or throws ExportError naming the
// file. A graph that imports must save to a store that loads back, and export to
// well-formed GraphML that imports again with the same numbers of nodes and
// relationships.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "graph/export.h"
#include "graph/store.h"

namespace {
std::string g_path;

void write_file(const std::string& path, std::string_view bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) kgfuzz::fail("cannot write " + path);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* dir = std::getenv("TMPDIR");
  g_path = std::string(dir && *dir ? dir : "/tmp") + "/kg_fuzz_graphml." + std::to_string(::getpid()) + ".graphml";
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > (1u << 18)) return 0;
  write_file(g_path, std::string_view(reinterpret_cast<const char*>(data), size));
  kg::PropertyGraph g;
  try {
    g = kg::import_graphml(g_path);
  } catch (const kg::ExportError& e) {
    FUZZ_CHECK(std::string_view(e.what()).find(g_path) != std::string_view::npos, "error names the file", e.what());
    return 0;
  }
  std::string saved = kg::store_to_string(g);
  try {
    (void)kg::load_store_from_string(saved, "imported");
  } catch (const kg::StoreError& e) {
    kgfuzz::fail(std::string("an imported graph saves to a store that does not load: ") + e.what(), saved);
  }
  std::ostringstream os;
  kg::ExportOptions opts;
  opts.with_documents = true;
  kg::export_graph(g, nullptr, "graphml", os, opts);
  std::string out = os.str();
  std::string p = kgfuzz::xml_problem(out);
  FUZZ_CHECK(p.empty(), "re-export is well-formed XML: " + p, out);
  write_file(g_path, out);
  try {
    kg::PropertyGraph g2 = kg::import_graphml(g_path);
    FUZZ_CHECK(g2.node_count() == g.node_count() && g2.rel_count() == g.rel_count(),
               "export -> import keeps the numbers of nodes and relationships", out);
  } catch (const kg::ExportError& e) {
    kgfuzz::fail(std::string("kg's own GraphML export does not import: ") + e.what(), out);
  }
  return 0;
}
