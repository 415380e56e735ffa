#include "extract/resolve.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <deque>
#include <functional>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "extract/text.h"

namespace kg::extract {

std::string name_key(const std::string& name) {
  // One pass: separators (space, tab, newline, '-', '_', the dashes U+2010-2015) become one
  // space between words (none at the ends), quotes U+2018-201F and other ASCII punctuation
  // go, ASCII letters are lowered, other bytes kept.
  std::string out;
  out.reserve(name.size());
  bool sp = false;  // a separator since the last byte kept, after one
  const std::size_t n = name.size();
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(name[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(name[i + 2]);
      i += 2;
      if (d >= 0x90 && d <= 0x95) sp = !out.empty();  // dashes
      continue;                                       // quotes
    }
    if (c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n') {
      sp = !out.empty();
      continue;
    }
    if (c < 0x80) {
      const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
      if (!lower && !upper && !digit) continue;
      if (upper) c = static_cast<unsigned char>(c + ('a' - 'A'));
    }
    if (sp) out += ' ';
    sp = false;
    out += static_cast<char>(c);
  }
  if (out.size() >= 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

namespace {

std::vector<std::string> split_words(const std::string& k) {
  std::vector<std::string> w;
  std::string cur;
  for (char c : k) {
    if (c == ' ') {
      if (!cur.empty()) w.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) w.push_back(cur);
  return w;
}

// Whether the edit distance of a and b is at most 1 (equal, or one substitution, insertion
// or deletion apart): past their common prefix, the rests after the differing byte agree.
// Linear, where the distance itself took a table of |a| x |b| cells.
bool within_one_edit(const std::string& a, const std::string& b) {
  const std::string& s = a.size() <= b.size() ? a : b;  // the shorter
  const std::string& l = a.size() <= b.size() ? b : a;
  if (l.size() - s.size() > 1) return false;
  std::size_t i = 0;
  while (i < s.size() && s[i] == l[i]) ++i;
  if (i == s.size()) return true;  // equal, or one byte more at the end
  if (s.size() == l.size()) return s.compare(i + 1, std::string::npos, l, i + 1, std::string::npos) == 0;
  return s.compare(i, std::string::npos, l, i + 1, std::string::npos) == 0;
}

bool similar_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 5 || b.size() < 5) return false;
  if (a[0] != b[0]) return false;
  return within_one_edit(a, b);
}

}  // namespace

bool same_person_name(const std::string& a, const std::string& b) {
  auto wa = split_words(name_key(a)), wb = split_words(name_key(b));
  if (wa.size() < 2 || wa.size() != wb.size()) return wa == wb;
  for (std::size_t i = 0; i < wa.size(); ++i)
    if (!similar_word(wa[i], wb[i])) return false;
  return true;
}

namespace {
std::set<std::string> content_words(const Lexicon& lex, const std::string& name) {
  static const std::set<std::string> stop = {"of", "the", "for", "in", "on", "and", "s", "a", "an", "to", "at"};
  std::set<std::string> out;
  for (auto& w : split_words(name_key(name))) {
    if (stop.count(w)) continue;
    if (lex.demonym_country.count(w) || lex.gaz.count(w)) {
      // Country words and demonyms ("Russian", "Russia") do not tell two bodies apart.
      bool country = false;
      for (auto& e : lex.gaz.at(lex.gaz.count(w) ? w : w))
        if (e.type == "country") country = true;
      if (country) continue;
    }
    out.insert(w == "intergovernmental" ? w : w);
  }
  return out;
}
}  // namespace

// The countries an organisation's name names ("Russian Foreign Ministry": Russia).
static std::set<std::string> org_countries(const Lexicon& lex, const std::string& name) {
  std::set<std::string> out;
  auto w = split_words(name_key(name));
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string k;
    for (std::size_t l = 0; l < 3 && i + l < w.size(); ++l) {
      k += (l ? " " : "") + w[i + l];
      if (auto d = lex.demonym_country.find(k); d != lex.demonym_country.end()) out.insert(d->second);
      if (auto g = lex.gaz.find(k); g != lex.gaz.end())
        for (auto& e : g->second)
          if (e.type == "country" && !e.contextual) out.insert(e.name);
    }
  }
  return out;
}

// Two bodies of different countries are never one ("Russian Foreign Ministry", "Iranian
// Foreign Ministry").
static bool other_countries(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  for (auto& c : a)
    if (b.count(c)) return false;
  return true;
}

// A body every country has, named without its country ("the Foreign Ministry"), is no
// other document's named one ("Qatari Foreign Ministry"): its country is unknown.
static bool unowned_generic(const Lexicon& lex, const std::string& key, const std::set<std::string>& countries,
                            const std::set<std::string>& other) {
  return countries.empty() && !other.empty() && lex.is(key, "generic_body");
}

bool same_org_name(const Lexicon& lex, const std::string& a, const std::string& b) {
  if (name_key(a) == name_key(b)) return true;
  auto na = org_countries(lex, a), nb = org_countries(lex, b);
  if (other_countries(na, nb)) return false;
  if (unowned_generic(lex, name_key(a), na, nb) || unowned_generic(lex, name_key(b), nb, na)) return false;
  // "inter-governmental" and "intergovernmental": compare with spaces removed too.
  auto squash = [](std::string k) {
    k.erase(std::remove(k.begin(), k.end(), ' '), k.end());
    return k;
  };
  auto ca = content_words(lex, a), cb = content_words(lex, b);
  auto fold = [&](const std::set<std::string>& s) {
    std::set<std::string> o;
    for (auto& w : s) o.insert(squash(w));
    return o;
  };
  // Hyphenated words split into two keys: join "inter governmental".
  auto joined = [&](const std::string& n) {
    std::set<std::string> o;
    auto w = split_words(name_key(n));
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (i + 1 < w.size() && (w[i] == "inter" || w[i] == "co" || w[i] == "non" || w[i] == "anti" || w[i] == "pan"))
        {
          o.insert(w[i] + w[i + 1]);
          ++i;
          continue;
        }
      o.insert(w[i]);
    }
    std::set<std::string> r;
    for (auto& x : o)
      if (ca.count(x) || cb.count(x) || x.size() > 5) r.insert(x);
    return r;
  };
  (void)fold;
  auto ja = joined(a), jb = joined(b);
  std::set<std::string> sa, sb;
  for (auto& x : ja)
    if (content_words(lex, x).size() || x.size() > 5) sa.insert(x);
  for (auto& x : jb)
    if (content_words(lex, x).size() || x.size() > 5) sb.insert(x);
  sa = content_words(lex, [&] { std::string s; for (auto& x : ja) s += x + " "; return s; }());
  sb = content_words(lex, [&] { std::string s; for (auto& x : jb) s += x + " "; return s; }());
  if (sa.empty() || sb.empty()) return false;
  if (sa == sb) return sa.size() >= 2;
  const auto& small = sa.size() < sb.size() ? sa : sb;
  const auto& big = sa.size() < sb.size() ? sb : sa;
  if (small.size() < 3) return false;
  if (!std::includes(big.begin(), big.end(), small.begin(), small.end())) return false;
  // Same kind of body: they share their head word (academy, committee, ministry ...).
  for (auto& w : small)
    for (auto& [cue, type] : lex.head_cue)
      if (type == "organization" && cue == w) return true;
  return false;
}

namespace {

bool same_person_words(const std::vector<std::string>& wa, const std::vector<std::string>& wb) {
  if (wa.size() < 2 || wa.size() != wb.size()) return wa == wb;
  for (std::size_t i = 0; i < wa.size(); ++i)
    if (!similar_word(wa[i], wb[i])) return false;
  return true;
}

// The documents that name an entity, as numbers (one per distinct document id), ascending,
// each once; and whether two such lists share a document.
using DocNums = std::vector<std::uint32_t>;
bool share_doc(const DocNums& a, const DocNums& b) {
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i;
    else ++j;
  }
  return false;
}

// What same_org_name needs of one name, computed once: its key, its content words, and
// its joined words (hyphen prefixes glued) with whether each is a content word on its own.
struct OrgInfo {
  std::string key;
  std::set<std::string> content;
  std::vector<std::string> joined;  // in set order
  std::vector<signed char> keep;    // 1 content word, 0 not, -1 content_words threw
  std::set<std::string> countries;  // org_countries
  const DocNums* docs = nullptr;  // the documents naming it, when known
};

OrgInfo org_info(const Lexicon& lex, const std::string& n) {
  OrgInfo r;
  r.key = name_key(n);
  r.content = content_words(lex, n);
  r.countries = org_countries(lex, n);
  std::set<std::string> o;
  auto w = split_words(r.key);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i + 1 < w.size() && (w[i] == "inter" || w[i] == "co" || w[i] == "non" || w[i] == "anti" || w[i] == "pan")) {
      o.insert(w[i] + w[i + 1]);
      ++i;
      continue;
    }
    o.insert(w[i]);
  }
  for (auto& x : o) {
    signed char k;
    try {
      k = content_words(lex, x).empty() ? 0 : 1;
    } catch (...) {
      k = -1;
    }
    r.joined.push_back(x);
    r.keep.push_back(k);
  }
  return r;
}

// Same result as same_org_name(lex, a.name, b.name), except that a body named without its
// country ("the Foreign Ministry") is the named one of a document that names both. Each joined word is one key word
// (lower case, no punctuation, no spaces), so content_words of the joined words is the
// set of those that are content words on their own.
bool same_org_info(const Lexicon& lex, const OrgInfo& a, const OrgInfo& b) {
  if (a.key == b.key) return true;
  if (other_countries(a.countries, b.countries)) return false;
  if (unowned_generic(lex, a.key, a.countries, b.countries) || unowned_generic(lex, b.key, b.countries, a.countries)) {
    if (!(a.docs && b.docs && share_doc(*a.docs, *b.docs))) return false;
  }
  auto pick = [&](const OrgInfo& x, std::set<std::string>& out) {
    for (std::size_t i = 0; i < x.joined.size(); ++i) {
      const auto& w = x.joined[i];
      if (!(a.content.count(w) || b.content.count(w) || w.size() > 5)) continue;
      if (x.keep[i] < 0) (void)content_words(lex, w);  // throws as the original does
      if (x.keep[i] > 0) out.insert(w);
    }
  };
  std::set<std::string> sa, sb;
  pick(a, sa);
  pick(b, sb);
  if (sa.empty() || sb.empty()) return false;
  if (sa == sb) return sa.size() >= 2;
  const auto& small = sa.size() < sb.size() ? sa : sb;
  const auto& big = sa.size() < sb.size() ? sb : sa;
  if (small.size() < 3) return false;
  if (!std::includes(big.begin(), big.end(), small.begin(), small.end())) return false;
  for (auto& w : small)
    for (auto& [cue, type] : lex.head_cue)
      if (type == "organization" && cue == w) return true;
  return false;
}

}  // namespace

namespace {

struct Cand {
  std::string type, name;
  std::int64_t mentions = 0;
  bool existing = false;
  std::string parties;
  DocNums docs;  // the documents of the batch naming it (persons and organisations)
};

// (type, name) keys of the candidates' and documents' lookups (hashed: found, never walked).
using ViewPair = std::pair<std::string_view, std::string_view>;

struct UF {
  std::vector<int> p;
  explicit UF(std::size_t n) : p(n) { std::iota(p.begin(), p.end(), 0); }
  int find(int x) { return p[x] == x ? x : p[x] = find(p[x]); }
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) p[std::max(a, b)] = std::min(a, b);
  }
};

bool proper(const std::string& s) { return !s.empty() && std::isupper(static_cast<unsigned char>(s[0])); }
std::size_t nwords(const std::string& s) { return split_words(name_key(s)).size(); }

}  // namespace

void resolve_entities(const Lexicon& lex, std::vector<DocumentFacts>& batch, const PropertyGraph& existing) {
  NameResolver r(lex);
  r.add_existing(existing);
  // A document is a number here (one per distinct id; shards repeat documents).
  std::unordered_map<std::string_view, std::uint32_t> doc_num;
  doc_num.reserve(batch.size());
  for (const auto& f : batch)
    r.add_document(doc_num.emplace(f.doc.id, static_cast<std::uint32_t>(doc_num.size())).first->second, f.entities);
  r.resolve();
  for (auto& f : batch) r.apply(f);
}

struct NameResolver::Impl {
  explicit Impl(const Lexicon& l) : lex(l) {}
  const Lexicon& lex;
  // The candidates, in the order they came (which decides unions and ties as it did when the
  // batch was held): a deque, so that the views of `idx` and `rename` stay valid as it grows.
  std::deque<Cand> cands;
  // (type, name) -> first cand, keyed by views of the cand's strings.
  std::unordered_map<ViewPair, int, StringPairHash> idx;
  bool docs_sorted = true;  // false once a document number came twice out of order
  // (type, name) -> canonical name, keyed by views of the cands' strings.
  std::unordered_map<ViewPair, std::string, StringPairHash> rename;
  std::map<std::string, std::string> any_type;  // attributed_to names

  void add_entity(std::uint32_t d, std::string_view type, std::string_view name, std::int64_t mentions,
                  std::string_view parties);

  // The cand that takes `c` (a new one, or the first of its (type, name) when it has no parties).
  int add(Cand c) {
    auto it = idx.find(ViewPair(c.type, c.name));
    if (it != idx.end() && c.parties.empty()) {
      cands[it->second].mentions += c.mentions;
      cands[it->second].existing |= c.existing;
      return it->second;
    }
    const bool fresh = it == idx.end();
    cands.push_back(std::move(c));
    const int i = static_cast<int>(cands.size() - 1);
    if (fresh) idx.emplace(ViewPair(cands.back().type, cands.back().name), i);
    return i;
  }
};

NameResolver::NameResolver(const Lexicon& lex) : impl_(std::make_unique<Impl>(lex)) {}
NameResolver::~NameResolver() = default;

void NameResolver::add_existing(const PropertyGraph& existing) {
  for (NodeId n = 0; n < existing.node_id_bound(); ++n) {
    if (!existing.node_alive(n)) continue;
    auto labels = existing.labels(n);
    if (labels.empty() || labels.front() == "document") continue;
    Value nm = existing.node_prop(n, "name");
    if (!nm.is_string()) continue;
    Value m = existing.node_prop(n, "mentions");
    impl_->add({labels.front(), nm.as_string(), m.is_int() ? m.as_int() : 1, true, "", {}});
  }
}

void NameResolver::Impl::add_entity(std::uint32_t d, std::string_view type, std::string_view name,
                                    std::int64_t mentions, std::string_view parties) {
  int i;
  // A (type, name) already a candidate, without parties: what add() does, without a Cand.
  if (auto it = type != "agreement" ? idx.find(ViewPair(type, name)) : idx.end(); it != idx.end()) {
    i = it->second;
    cands[i].mentions += mentions;
  } else {
    i = add({std::string(type), std::string(name), mentions, false,
             type == "agreement" ? std::string(parties) : std::string(), {}});
  }
  if (type == "person" || type == "organization") {
    auto& v = cands[i].docs;
    if (v.empty() || v.back() < d) v.push_back(d);
    else if (v.back() != d) v.push_back(d), docs_sorted = false;  // an id seen before (shards repeat documents)
  }
}

void NameResolver::add_document(std::uint32_t d, const std::vector<EntityFact>& entities) {
  for (const auto& e : entities) impl_->add_entity(d, e.type, e.name, e.mentions, e.parties);
}

// Packed: per entity its type, name and parties (each a 4-byte length and the bytes) and its
// mentions (8 bytes), in the machine's byte order (read back by the process that wrote it).
void NameResolver::pack(const std::vector<EntityFact>& entities, std::string& out) {
  std::size_t n = 0;
  for (const auto& e : entities) n += 20 + e.type.size() + e.name.size() + e.parties.size();
  out.resize(n);
  char* p = out.data();
  auto put = [&p](const std::string& s) {
    auto len = static_cast<std::uint32_t>(s.size());
    std::memcpy(p, &len, 4);
    std::memcpy(p + 4, s.data(), s.size());
    p += 4 + s.size();
  };
  for (const auto& e : entities) {
    put(e.type);
    put(e.name);
    put(e.parties);
    std::memcpy(p, &e.mentions, 8);
    p += 8;
  }
}

void NameResolver::add_packed(std::uint32_t d, std::string_view packed) {
  const char* p = packed.data();
  const char* end = p + packed.size();
  auto get = [&p]() {
    std::uint32_t len;
    std::memcpy(&len, p, 4);
    std::string_view s(p + 4, len);
    p += 4 + len;
    return s;
  };
  while (p < end) {
    std::string_view type = get(), name = get(), parties = get();
    std::int64_t mentions;
    std::memcpy(&mentions, p, 8);
    p += 8;
    impl_->add_entity(d, type, name, mentions, parties);
  }
}

void NameResolver::resolve() {
  const Lexicon& lex = impl_->lex;
  auto& cands = impl_->cands;
  if (!impl_->docs_sorted)
    for (auto& c : cands) {
      std::sort(c.docs.begin(), c.docs.end());
      c.docs.erase(std::unique(c.docs.begin(), c.docs.end()), c.docs.end());
    }
  UF uf(cands.size());
  // Same key, same type.
  std::unordered_map<std::string, int> by_key;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    // An unnamed agreement ("the new treaty") is told apart by its parties, not its words.
    if (cands[i].type == "agreement" && !cands[i].parties.empty() && cands[i].parties != "-") continue;
    std::string k = cands[i].type + "\t" + name_key(cands[i].name);
    auto [it, fresh] = by_key.emplace(k, static_cast<int>(i));
    if (!fresh) uf.unite(it->second, static_cast<int>(i));
  }
  // Names of one gazetteer entry (each document names it as its text does: "NATO", "North
  // Atlantic Treaty Organization") are one entity; the entry's own name, when a member has it.
  std::vector<const std::string*> entry_name(cands.size(), nullptr);
  {
    std::map<std::pair<std::string, std::string>, int> by_entry;
    for (std::size_t i = 0; i < cands.size(); ++i) {
      const auto& t = cands[i].type;
      if (!Lexicon::names_by_entry(t)) continue;
      const GazEntry* g = lex.gaz_entry(cands[i].name, t);
      if (!g) continue;
      entry_name[i] = &g->name;
      auto [it, fresh] = by_entry.emplace(std::make_pair(t, g->name), static_cast<int>(i));
      if (!fresh) uf.unite(it->second, static_cast<int>(i));
    }
  }
  // Persons: spelling variants; a lone surname to its one full name.
  std::vector<int> persons, orgs;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    if (cands[i].type == "person") persons.push_back(static_cast<int>(i));
    if (cands[i].type == "organization") orgs.push_back(static_cast<int>(i));
  }
  // Keys and words are computed once per candidate, not once per pair (same results as
  // same_person_name / same_org_name, which compute them per call).
  std::vector<std::vector<std::string>> pwords(persons.size());
  for (std::size_t a = 0; a < persons.size(); ++a) pwords[a] = split_words(name_key(cands[persons[a]].name));
  // Two names can only be spelling variants when they have as many words and each word
  // starts with the same letter (similar_word), so only names in one such block are
  // compared (one-word names match only their own key, united above): linear in the
  // number of names instead of quadratic, same unions.
  {
    std::unordered_map<std::string, std::vector<std::size_t>> blocks;
    for (std::size_t a = 0; a < persons.size(); ++a) {
      if (pwords[a].size() < 2) continue;
      std::string bk(1, static_cast<char>(pwords[a].size()));
      for (const auto& w : pwords[a]) bk += w[0];
      blocks[bk].push_back(a);
    }
    for (const auto& [bk, ids] : blocks)
      for (std::size_t x = 0; x < ids.size(); ++x)
        for (std::size_t y = x + 1; y < ids.size(); ++y)
          if (same_person_words(pwords[ids[x]], pwords[ids[y]])) uf.unite(persons[ids[x]], persons[ids[y]]);
  }
  // Full names per document: a lone surname in a document that also names a different
  // full-name person with it ("President Bush" beside "Laura Bush") is not that person.
  std::vector<const DocNums*> pdocs(persons.size());
  for (std::size_t a = 0; a < persons.size(); ++a) pdocs[a] = &cands[persons[a]].docs;
  // Full names by their last word, and by their first word when that can be the surname
  // (three words or more, or a hyphen: "Kim Jong Un", "Kim Tok-hun"); a lone surname
  // looks only at the names it can be.
  std::unordered_map<std::string, std::vector<std::size_t>> by_surname;
  for (std::size_t b = 0; b < persons.size(); ++b) {
    const auto& v = pwords[b];
    if (v.size() < 2) continue;
    by_surname[v.back()].push_back(b);
    bool east = v.size() >= 3 || cands[persons[b]].name.find('-') != std::string::npos;
    if (east && v.front() != v.back()) by_surname[v.front()].push_back(b);
  }
  for (std::size_t a = 0; a < persons.size(); ++a) {
    int i = persons[a];
    const auto& w = pwords[a];
    if (w.size() != 1) continue;
    std::set<int> roots;
    auto sit = by_surname.find(w[0]);
    if (sit == by_surname.end()) continue;
    for (std::size_t b : sit->second) {
      int j = persons[b];
      const auto& v = pwords[b];
      if (v.size() < 2) continue;
      // The name test first: it is cheap and rarely true; the document test compares ids.
      bool east = v.size() >= 3 || cands[j].name.find('-') != std::string::npos;
      if (!(v.back() == w[0] || (east && v.front() == w[0]))) continue;
      if (share_doc(*pdocs[a], *pdocs[b])) continue;
      roots.insert(uf.find(j));
    }
    if (roots.size() == 1) uf.unite(i, *roots.begin());
  }
  // A full name without its middle names ("Jean-Claude Brou", "George Bush") is the one
  // longer name with the same first and last words ("Jean-Claude Kassie Brou", "George W. Bush").
  {
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_ends;
    for (std::size_t b = 0; b < persons.size(); ++b)
      if (pwords[b].size() >= 3) by_ends[{pwords[b].front(), pwords[b].back()}].push_back(b);
    for (std::size_t a = 0; a < persons.size(); ++a) {
      const auto& w = pwords[a];
      if (w.size() < 2) continue;
      auto it = by_ends.find({w.front(), w.back()});
      if (it == by_ends.end()) continue;
      std::set<int> roots;
      for (std::size_t b : it->second) {
        const auto& v = pwords[b];
        if (v.size() <= w.size()) continue;
        // w's words in order within v's
        std::size_t k = 0;
        for (std::size_t z = 0; z < v.size() && k < w.size(); ++z)
          if (v[z] == w[k]) ++k;
        if (k == w.size()) roots.insert(uf.find(persons[b]));
      }
      if (roots.size() == 1) uf.unite(persons[a], *roots.begin());
    }
  }
  std::vector<OrgInfo> oinfo;
  oinfo.reserve(orgs.size());
  for (int o : orgs) {
    // A gazetteer organisation compares by its entry's name ("RPF": "Rwandan Patriotic Front").
    oinfo.push_back(org_info(lex, entry_name[o] ? *entry_name[o] : cands[o].name));
    if (!cands[o].docs.empty()) oinfo.back().docs = &cands[o].docs;
  }
  // Two organisations with different keys are one only when one's content words
  // (at least two) are all the other's, so a pair that shares fewer than two joined
  // content words is never one: only pairs that share two are compared (same unions as
  // comparing every pair; the union of true pairs does not depend on their order).
  bool any_throw = false;
  for (const auto& oi : oinfo)
    for (signed char k : oi.keep) any_throw |= k < 0;
  if (any_throw) {  // keep the all-pairs order, which decides where content_words throws
    for (std::size_t a = 0; a < orgs.size(); ++a)
      for (std::size_t b = a + 1; b < orgs.size(); ++b)
        if (uf.find(orgs[a]) != uf.find(orgs[b]) && same_org_info(lex, oinfo[a], oinfo[b]))
          uf.unite(orgs[a], orgs[b]);
  } else {
    std::unordered_map<std::string, std::vector<std::size_t>> postings;
    for (std::size_t a = 0; a < orgs.size(); ++a)
      for (std::size_t i = 0; i < oinfo[a].joined.size(); ++i)
        if (oinfo[a].keep[i] > 0) postings[oinfo[a].joined[i]].push_back(a);
    std::vector<int> shared(orgs.size(), 0);
    std::vector<std::size_t> touched;
    for (std::size_t a = 0; a < orgs.size(); ++a) {
      touched.clear();
      for (std::size_t i = 0; i < oinfo[a].joined.size(); ++i) {
        if (oinfo[a].keep[i] <= 0) continue;
        const auto& post = postings[oinfo[a].joined[i]];
        // postings are in index order: only the orgs after `a`
        for (auto it = std::upper_bound(post.begin(), post.end(), a); it != post.end(); ++it)
          if (shared[*it]++ == 0) touched.push_back(*it);
      }
      std::sort(touched.begin(), touched.end());
      for (std::size_t b : touched) {
        if (shared[b] >= 2 && uf.find(orgs[a]) != uf.find(orgs[b]) && same_org_info(lex, oinfo[a], oinfo[b]))
          uf.unite(orgs[a], orgs[b]);
        shared[b] = 0;
      }
    }
  }
  // Unnamed agreements between the same parties.
  std::map<std::string, int> by_parties;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    if (cands[i].type != "agreement" || cands[i].parties.empty() || cands[i].parties == "-") continue;
    auto [it, fresh] = by_parties.emplace(cands[i].parties, static_cast<int>(i));
    if (!fresh) uf.unite(it->second, static_cast<int>(i));
  }
  // Canonical name per cluster.
  std::map<int, std::vector<int>> clusters;
  for (std::size_t i = 0; i < cands.size(); ++i) clusters[uf.find(static_cast<int>(i))].push_back(static_cast<int>(i));
  auto& rename = impl_->rename;
  for (auto& [root, members] : clusters) {
    if (members.size() < 2) continue;
    // Spelling counts: mentions summed per exact name.
    std::map<std::string, std::int64_t> count;
    std::string fixed;
    for (int m : members) {
      count[cands[m].name] += cands[m].mentions;
      if (cands[m].existing && fixed.empty()) fixed = cands[m].name;
    }
    std::string best = fixed;
    for (int m : members)
      if (best.empty() && entry_name[m] && *entry_name[m] == cands[m].name) best = cands[m].name;
    if (best.empty()) {
      auto better = [&](const std::string& x, const std::string& y) {
        // proper form, then fullest, then most common, then earliest alphabetically.
        if (proper(x) != proper(y)) return proper(x);
        if (nwords(x) != nwords(y)) return nwords(x) > nwords(y);
        if (count[x] != count[y]) return count[x] > count[y];
        return x < y;
      };
      for (auto& [nm, c] : count)
        if (best.empty() || better(nm, best)) best = nm;
    }
    for (int m : members)
      if (cands[m].name != best) rename[ViewPair(cands[m].type, cands[m].name)] = best;
  }
  if (rename.empty()) return;
  auto& any_type = impl_->any_type;
  {  // in (type, name) order: of a name with a new name in two types, the later type's is kept
    std::vector<const std::pair<const ViewPair, std::string>*> in_order;
    in_order.reserve(rename.size());
    for (const auto& kv : rename) in_order.push_back(&kv);
    std::sort(in_order.begin(), in_order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    for (const auto* kv : in_order) any_type[std::string(kv->first.second)] = kv->second;
  }
}

void NameResolver::apply(DocumentFacts& f) const {
  const auto& rename = impl_->rename;
  const auto& any_type = impl_->any_type;
  if (rename.empty()) return;
  {
    // The entities merged in place: the first `kept` are the distinct ones so far, in order.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < f.entities.size(); ++i) {
      auto& e = f.entities[i];
      auto it = rename.find(ViewPair(e.type, e.name));
      if (it != rename.end()) {
        if (std::find(e.aliases.begin(), e.aliases.end(), e.name) == e.aliases.end()) e.aliases.push_back(e.name);
        if (e.own_name.empty()) e.own_name = e.name;
        e.name = it->second;
      }
      const auto merged_end = f.entities.begin() + static_cast<std::ptrdiff_t>(kept);
      auto m = std::find_if(f.entities.begin(), merged_end,
                            [&](const EntityFact& x) { return x.type == e.type && x.name == e.name; });
      if (m == merged_end) {
        if (kept != i) f.entities[kept] = std::move(e);
        ++kept;
      } else {
        // The document spelled it the canonical way too: that is its own name.
        if (e.own_name.empty() || m->own_name.empty()) m->own_name.clear();
        m->mentions += e.mentions;
        for (auto& a : e.aliases)
          if (std::find(m->aliases.begin(), m->aliases.end(), a) == m->aliases.end()) m->aliases.push_back(a);
      }
    }
    f.entities.erase(f.entities.begin() + static_cast<std::ptrdiff_t>(kept), f.entities.end());
    for (auto& r : f.relations) {
      if (auto it = rename.find(ViewPair(r.subject.type, r.subject.name)); it != rename.end())
        r.subject.name = it->second;
      if (auto it = rename.find(ViewPair(r.object.type, r.object.name)); it != rename.end())
        r.object.name = it->second;
      for (auto& a : r.attributed_to)
        if (auto it = any_type.find(a); it != any_type.end()) a = it->second;
    }
  }
}

void RelativeDates::add_document(const std::string& date) {
  if (date.size() == 10) dates_[date]++;
}

void RelativeDates::resolve() {
  ref_.clear();
  int best = 0;
  for (auto& [d, c] : dates_)
    if (c > best) ref_ = d, best = c;
  // Only a batch of one period is a reference: every dated document within 31 days of it.
  auto days = [](const std::string& iso) {
    using namespace std::chrono;
    year_month_day ymd{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                       day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
    return ymd.ok() ? sys_days{ymd}.time_since_epoch().count() : 0L;
  };
  if (!ref_.empty())
    for (auto& [d, c] : dates_)
      if (std::labs(days(d) - days(ref_)) > 31) {
        ref_.clear();
        break;
      }
}

void RelativeDates::apply(std::vector<RelationFact>& relations) const {
  for (auto& r : relations) {
    if (r.date.empty() || r.date[0] != '?') continue;
    std::string v;
    if (!ref_.empty()) {
      auto found = find_dates(tokenize(r.date.substr(1)), ref_);
      if (!found.empty()) v = found.front().value;
    }
    r.date = v;
  }
}

}  // namespace kg::extract
