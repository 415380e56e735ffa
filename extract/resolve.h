// Resolution of entities across documents (see docs/EXTRACTION.md, "Resolution").
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "graph/knowledge.h"

namespace kg::extract {

// Normalised comparison key of a name: lower case, hyphens as spaces, punctuation and
// a leading "the" dropped ("Kim Jong-un" and "Kim Jong Un" have one key).
std::string name_key(const std::string& name);

// Two spellings of one person's name ("Alexander Kozlov" / "Alexandr Kozlov")?
// Never true for two people who only share a surname ("Kim Jong Un" / "Kim Tok-hun").
bool same_person_name(const std::string& a, const std::string& b);

// Two names of one organisation ("Military Academy of the General Staff of the Russian
// Armed Forces" / "Military Academy of the Armed Forces' General Staff")?
bool same_org_name(const Lexicon& lex, const std::string& a, const std::string& b);

// Rewrites entity names in `batch` so that one real-world entity has one canonical
// name, matching a node of `existing` when there is one. Unnamed agreements are told apart by
// their parties (EntityFact::parties), not their words.
void resolve_entities(const Lexicon& lex, std::vector<DocumentFacts>& batch, const PropertyGraph& existing);

// resolve_entities in steps, so that a batch need not be held whole (kg build streams its
// documents): the names are gathered (add_existing first, then add_document for each document
// in batch order), resolved into a renaming (resolve), which is then applied to each
// document's facts (apply). Of the facts it keeps only what resolution reads: per distinct
// (type, name) its mentions and the documents naming it, per unnamed agreement its parties.
class NameResolver {
 public:
  explicit NameResolver(const Lexicon& lex);
  ~NameResolver();
  NameResolver(const NameResolver&) = delete;
  NameResolver& operator=(const NameResolver&) = delete;

  // The entity nodes of the graph the batch goes into.
  void add_existing(const PropertyGraph& g);
  // One document's entities; `doc` numbers its document (the same number for the same id).
  void add_document(std::uint32_t doc, const std::vector<EntityFact>& entities);
  // The same from what pack() made of them: all that resolution reads of a document's entities
  // in one string (a document waiting its turn holds that, not its entity facts).
  static void pack(const std::vector<EntityFact>& entities, std::string& out);
  void add_packed(std::uint32_t doc, std::string_view packed);
  // After the last add.
  void resolve();
  // Renames (and merges) the entities of `f` and the names its relations cite.
  void apply(DocumentFacts& f) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Relative dates ("?on Monday", written when a document has no date) resolved against the
// most common date of the batch's documents when every dated document is within 31 days of
// it (a crawl of one period), else dropped.
class RelativeDates {
 public:
  void add_document(const std::string& date);  // every document of the batch, in any order
  void resolve();                              // after the last add
  void apply(std::vector<RelationFact>& relations) const;

 private:
  std::map<std::string, int> dates_;
  std::string ref_;
};

}  // namespace kg::extract
