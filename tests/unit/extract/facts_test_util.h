// Shared by the extractor's unit tests: one extractor over datasets/, and lookups in the
// facts of one document.
#pragma once

#include <algorithm>
#include <string>

#include "extract/extractor.h"
#include "extract/lexicon.h"

namespace kg::extract::testing {

inline const Extractor& ex() {
  static Extractor e([] {
    Options o;
    o.data_dirs.push_back(KG_DATA_DIR);
    return o;
  }());
  return e;
}

// Does an entity of `type` named `actual` stand for `wanted`: the same name, or two names of
// one gazetteer entry (a text that writes only "NATO" names its node "NATO"; a test may ask
// for "North Atlantic Treaty Organization").
inline bool names(const std::string& type, const std::string& actual, const std::string& wanted) {
  if (actual == wanted) return true;
  static const Lexicon lex = [] {
    Lexicon l;
    l.load_dir(KG_DATA_DIR);
    return l;
  }();
  if (!Lexicon::names_by_entry(type)) return false;
  const GazEntry* a = lex.gaz_entry(actual, type);
  const GazEntry* w = lex.gaz_entry(wanted, type);
  return a && w && a->name == w->name;
}

// The relation of `type` from s to o (either way when symmetric), or null.
inline const RelationFact* find(const DocumentFacts& f, const std::string& type, const std::string& s,
                                const std::string& o) {
  for (const auto& r : f.relations) {
    bool fwd = names(r.subject.type, r.subject.name, s) && names(r.object.type, r.object.name, o);
    bool back = r.symmetric && names(r.subject.type, r.subject.name, o) && names(r.object.type, r.object.name, s);
    if (r.type == type && (fwd || back)) return &r;
  }
  return nullptr;
}

// The facts of one article: a headline, a blank line, then `body`.
inline DocumentFacts article(const std::string& body) {
  Document d = make_document("a.txt", "a", "Headline\n\n" + body + "\n");
  return ex().extract(d);
}

// How many relations of `type` the facts hold.
inline std::size_t count_type(const DocumentFacts& f, const std::string& type) {
  return static_cast<std::size_t>(
      std::count_if(f.relations.begin(), f.relations.end(), [&](const RelationFact& r) { return r.type == type; }));
}

// An entity of `type` named exactly `name` (not another name of its gazetteer entry).
inline bool named_exactly(const DocumentFacts& f, const std::string& type, const std::string& name) {
  return std::any_of(f.entities.begin(), f.entities.end(),
                     [&](const EntityFact& e) { return e.type == type && e.name == name; });
}

// An entity of `type` that `name` names (see names()).
inline bool has_entity(const DocumentFacts& f, const std::string& type, const std::string& name) {
  return std::any_of(f.entities.begin(), f.entities.end(),
                     [&](const EntityFact& e) { return e.type == type && names(type, e.name, name); });
}

}  // namespace kg::extract::testing
