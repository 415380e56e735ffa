// First cut, replaced by the full extractor.
#include "extract/extractor.h"

#include <cstdlib>

namespace kg::extract {

struct Extractor::Impl {};

std::string default_data_dir() {
  if (const char* d = std::getenv("KG_DATA_DIR")) return d;
#ifdef KG_DATA_DIR
  return KG_DATA_DIR;
#else
  return "datasets";
#endif
}

Extractor::Extractor(const Options&) : impl_(new Impl) {}
Extractor::~Extractor() { delete impl_; }

DocumentFacts Extractor::extract(const Document& doc) const {
  DocumentFacts f;
  f.doc = doc.info;
  return f;
}

void Extractor::resolve(std::vector<DocumentFacts>&, const PropertyGraph&) const {}

}  // namespace kg::extract
