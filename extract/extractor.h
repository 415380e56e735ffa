// The extractor: from a Document to the facts it states (entities, relations, with
// dates, factuality and evidence), and resolution of entities across documents.
#pragma once

#include <string>
#include <vector>

#include "extract/reader.h"
#include "graph/knowledge.h"

namespace kg::extract {

struct Lexicon;

struct Options {
  // Folders of lexicon and pattern files, read in order; a later folder adds to and
  // overrides an earlier one (the built-in datasets/ first, then --lexicons DIR).
  std::vector<std::string> data_dirs;
};

// The built-in data folder (datasets/ of the source tree, or $KG_DATA_DIR).
std::string default_data_dir();

class Extractor {
 public:
  // Loads lexicons and patterns; throws InputError naming file:line:col of a bad entry.
  explicit Extractor(const Options& opts);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Thread-safe: extract may run on several documents at once.
  DocumentFacts extract(const Document& doc) const;

  // Resolution across documents: rewrites entity names in `batch` so that one
  // real-world entity has one canonical name (and matches a node already in
  // `existing`, when there is one).
  void resolve(std::vector<DocumentFacts>& batch, const PropertyGraph& existing) const;

  // The lexicons, for resolution in steps (NameResolver, extract/resolve.h).
  const Lexicon& lexicon() const;

  struct Impl;

 private:
  Impl* impl_;
};

}  // namespace kg::extract
