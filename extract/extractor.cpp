// The extractor: entities (gazetteers + capitalised sequences with cues), titles,
// coreference, relation patterns, dates, factuality, evidence; and resolution of
// entities across documents. Stages are described in docs/EXTRACTION.md.
#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/resolve.h"
#include "extract/text.h"

namespace kg::extract {

std::string default_data_dir() {
  if (const char* d = std::getenv("KG_DATA_DIR")) return d;
#ifdef KG_DATA_DIR
  return KG_DATA_DIR;
#else
  return "datasets";
#endif
}

struct Extractor::Impl {
  Lexicon lex;
};

Extractor::Extractor(const Options& opts) : impl_(new Impl) {
  try {
    std::vector<std::string> dirs = opts.data_dirs;
    if (dirs.empty()) dirs.push_back(default_data_dir());
    for (const auto& d : dirs) impl_->lex.load_dir(d);
  } catch (...) {
    delete impl_;
    throw;
  }
}
Extractor::~Extractor() { delete impl_; }

namespace {

using Toks = std::span<const Token>;  // a sentence's tokens (Sentence::toks)

bool is_title_case_word(const Token& t) { return t.word && (t.cap || t.allcaps) && !t.digit; }

// A preposition or conjunction: no part of a description ("roars of agreement").
bool function_word(const Word& w) {
  return w == "of" || w == "to" || w == "and" || w == "or" || w == "in" || w == "on" || w == "at" || w == "for" ||
         w == "with" || w == "by" || w == "from" || w == "into" || w == "over" || w == "about";
}

// A word that reads as an adjective by its ending ("immediate", "unconditional", "comprehensive"),
// not a noun that ends so ("protocol", "withdrawal", "agreement").
bool adjective_like(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"protocal",   "protocol",  "interval",  "proposal",  "approval",
                                                "arrival",    "withdrawal", "agreement", "statement", "government"};
  static constexpr std::string_view kEnds[] = {"ate", "al", "ive", "ous", "ic", "ent", "ant", "ful", "ary", "ory", "ble", "ing"};
  if (std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns)) return false;
  return std::any_of(std::begin(kEnds), std::end(kEnds),
                     [&](std::string_view e) { return w.size() > e.size() + 2 && w.ends_with(e); });
}

// A number written as a word ("three", "a dozen"'s "dozen").
bool number_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"two",    "three",    "four",     "five",      "six",     "seven",
                                                "eight",  "nine",     "ten",      "eleven",    "twelve",  "thirteen",
                                                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                                "twenty", "thirty",   "dozen",    "dozens",    "several", "multiple"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Words that open a fronted clause: "During his visit to Kenya, Pope Francis met ...".
const std::unordered_set<std::string> kFrontWords = {"during", "after", "before", "on",        "in",
                                                     "while",  "when",  "upon",   "following", "at"};

// A word that says which election: "presidential", "parliamentary".
bool election_kind(std::string_view w) {
  return w == "presidential" || w == "parliamentary" || w == "legislative" || w == "general" ||
         w == "snap" || w == "mayoral" || w == "gubernatorial";
}

// The word of an agreement's kind: "treaty", "agreement", "protocol".
bool agreement_kind(std::string_view w) {
  return w == "treaty" || w == "agreement" || w == "accord" || w == "pact" || w == "protocol" ||
         w == "convention" || w == "charter" || w == "declaration";
}

// A political party by its name: "Democratic Progressive Party", "Workers' Party of Korea".
bool is_party(const std::string& name) {
  return name.ends_with(" Party") || name.find(" Party of ") != std::string::npos;
}

// Initials: "s.", "b.j." (one to three letters, each with its dot).
bool initials_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 6 || w.size() % 2) return false;
  for (std::size_t k = 0; k < w.size(); k += 2)
    if (w[k] < 'a' || w[k] > 'z' || w[k + 1] != '.') return false;
  return true;
}

// A name written after an Arabic article in lower case: "al-Shabab", "al Shabaab", "el-Sisi".
bool article_name(std::string_view s) {
  return s.size() > 3 && (s.compare(0, 3, "al-") == 0 || s.compare(0, 3, "al ") == 0 || s.compare(0, 3, "el-") == 0 ||
                          s.compare(0, 3, "el ") == 0) &&
         std::isupper(static_cast<unsigned char>(s[3]));
}

std::string collapse_ws(std::string_view s) {
  std::string out(s.size(), '\0');  // written in place: never longer than s
  char* const b = out.data();
  char* o = b;
  bool sp = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      sp = true;
      continue;
    }
    if (sp && o != b) *o++ = ' ';
    sp = false;
    *o++ = c;
  }
  out.resize(static_cast<std::size_t>(o - b));
  return out;
}

// collapse_ws(s) == s: no tab or line break, and no space at either end or beside another.
bool ws_collapsed(std::string_view s) {
  if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n' || c == '\t' || c == '\r' || (c == ' ' && s[i + 1] == ' ')) return false;  // s.back() != ' '
  }
  return true;
}

// "SEO JI-EUN" -> "Seo Ji-eun"; "PYONGYANG" -> "Pyongyang"; initials stay: "B.J. HABIBIE" ->
// "B.J. Habibie".
std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (auto& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) {
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    } else if (c == ' ' || c == '.') {
      start = true;
    }
  }
  return out;
}

// A mention of an entity in a sentence (token range).
struct Mention {
  std::size_t tb = 0, te = 0;
  Word type;
  std::string name, surface;
  std::string country;  // demonym / capital: the country
  bool demonym = false, capital = false, contextual = false, unknown = false, generic = false;
  bool modifier_only = false;
  // An unnamed agreement told apart by its topic or count ("an agreement on trade", "13 separate
  // agreements"): its own node, never one the text names or describes otherwise.
  bool distinct = false;
  bool praised = false;     // ... only by words that praise it ("a historic accord")
  // An entity named inside this one, still mentioned: the body of "the Arab League summit".
  std::string inner_type, inner_name;
  bool acronym = false;     // an unknown acronym taken for a body ("the RCD"): a text's definition wins
  bool person_cue = false;  // a title / Mr. before it
  std::string title_word;   // the last word of the title before it
  std::string style;        // "King" of "King Hussein": the name goes by it unless it is a longer name's
  bool drop = false;
  std::string kind;
};

struct TitleSpan {
  std::size_t tb, te;
  std::string rel, text;
};

struct SentInfo {
  std::vector<Mention> ms;
  std::vector<TitleSpan> titles;
  std::vector<DateExpr> dates;
  bool title_case = false;  // a headline set in title case (title_case_sentence), set by detect
};

// An entity of this document.
struct DocEnt {
  Word type;
  std::string name;
  std::map<std::string, int> surfaces;
  int mentions = 0;
  int first = 0;
};

// A view of a token's lower-case word whose comparison with a string literal is inline, as
// Word's is (std::string_view's operator== calls memcmp with a length it does not know).
struct WordView : std::string_view {
  WordView() = default;
  WordView(std::string_view s) : std::string_view(s) {}
  WordView(const std::string& s) : std::string_view(s) {}
  template <std::size_t N>
  [[gnu::always_inline]] bool operator==(const char (&lit)[N]) const noexcept {
    const std::size_t n = std::char_traits<char>::length(lit);  // folded for a literal
    return size() == n && std::memcmp(data(), lit, n) == 0;
  }
};

// An item of a sentence: a word, or an entity (possibly a group), or a delegation.
struct Item {
  std::size_t tb = 0, te = 0;
  WordView word;                 // lower form for words: a view of its token's `lower` (the
                                 // document's tokens outlive its items)
  int wid = -1;                  // its id among the words patterns name (-1: none)
  bool verb = false;             // the word is in Lexicon::verb_forms
  std::vector<int> ents;         // entity ids (a group has several)
  int alt = -1;                  // capital city: the country entity id
  bool place = false;            // capital after in/at/to: a place, not an actor
  int deleg = -1;                // a delegation
  int title = -1;                // first token of a title span (index in SentInfo::titles)
  bool modifier = false;         // demonym as a modifier: not a slot filler
  bool troops = false;           // "British troops": a country by its forces (slot type "troops")
  bool is_ent() const { return !ents.empty(); }
};

// After "heads" at token h, the words "of state" or "of government" that belong to it: their
// count (2), else 0.
std::size_t of_state(const Toks& t, std::size_t h) {
  return t[h].lower == "heads" && h + 2 < t.size() && t[h + 1].lower == "of" &&
                 (t[h + 2].lower == "state" || t[h + 2].lower == "government")
             ? 2
             : 0;
}

// The index of the first entity item (the sentence's subject, as far as items tell), or
// items.size() when none.
std::size_t first_entity(const std::vector<Item>& items) {
  std::size_t k = 0;
  while (k < items.size() && !items[k].is_ent()) ++k;
  return k;
}

struct Delegation {
  int leader = -1;  // person entity
  int from = -1;
};

struct RawRel {
  Word type;  // (Word: its comparisons with literals are inline)
  std::string pattern;
  int s = -1, o = -1;  // entity ids
  int s_deleg = -1, o_deleg = -1;
  std::size_t sent = 0, tb = 0, te = 0;
  std::string status = "asserted", date;
  std::vector<int> attributed;
  Map attrs;
};

class DocExtractor {
 public:
  DocExtractor(const Lexicon& lex, const Document& doc) : L(lex), doc_(doc) {}

  DocumentFacts run();

 private:
  const Lexicon& L;
  const Document& doc_;
  Sentences sents_;
  std::vector<SentInfo> info_;
  std::vector<DocEnt> ents_;
  std::vector<std::uint64_t> ent_bits_;  // Lexicon::type_bit of each entity's type (filled by match_patterns)
  // (type, name) -> entity id, hashed; looked up by string_view pairs too.
  std::unordered_map<std::pair<std::string, std::string>, int, StringPairHash, StringPairEq> ent_index_;
  std::vector<Delegation> delegs_;
  std::vector<RawRel> rels_;
  // A relation found by a rule (not a pattern): pushed to rels_, returned to add to.
  RawRel& add_rel(std::string type, std::string pattern, int s, int o, std::size_t sent, std::size_t tb,
                  std::size_t te) {
    RawRel& r = rels_.emplace_back();
    r.type = std::move(type);
    r.pattern = std::move(pattern);
    r.s = s;
    r.o = o;
    r.sent = sent;
    r.tb = tb;
    r.te = te;
    return r;
  }
  std::string dateline_country_;
  std::string dateline_city_;  // "HANOI (JP):": where "arrived here" arrived
  std::map<std::string, int> title_holder_;  // owner name + "|" + title -> person id
  struct Unowned {
    int person;
    std::string title, rel;
    std::size_t sent, tb, te;
  };
  std::vector<Unowned> unowned_;  // "President X" with no country or organisation named
  // The title relations of rels_ (title_relation's): one of each person, owner, title and
  // relation, and all of them by sentence; so that a long document's lookups do not each walk
  // over every relation.
  std::vector<std::size_t> title_rels_;
  std::set<std::tuple<int, int, std::string, std::string>> title_seen_;
  std::unordered_map<std::size_t, std::vector<std::size_t>> title_rels_in_sent_;
  // The one person titled `title` so far ("president": the holders of a title ending in that
  // word; "foreign minister": of that title), or -1 when none or several.
  int bare_title_holder(const std::string& title) const {
    const std::string want = phrase_key(title);
    const bool head_only = want.find(' ') == std::string::npos;
    auto matches = [&](const std::string& held) {
      const std::string k = phrase_key(held);
      if (k == want) return true;
      // "President" also counts "Russian President"; not "Vice President" or any "... Minister".
      if (!head_only || want == "minister" || k.size() <= want.size() ||
          k.compare(k.size() - want.size(), want.size(), want) != 0 || k[k.size() - want.size() - 1] != ' ')
        return false;
      return k.rfind("vice ", 0) != 0 && k.rfind("deputy ", 0) != 0 && k.rfind("assistant ", 0) != 0 &&
             k.rfind("former ", 0) != 0 && k.rfind("acting ", 0) != 0;
    };
    int found = -1;
    auto take = [&](int person) {
      if (found >= 0 && found != person) return false;
      found = person;
      return true;
    };
    for (const std::size_t k : title_rels_)
      if (const RawRel& r = rels_[k]; ents_[r.s].type == "person")
        if (auto a = r.attrs.find("title"); a != r.attrs.end() && matches(a->second.as_string()) && !take(r.s)) return -1;
    for (const auto& u : unowned_)
      if (matches(u.title) && !take(u.person)) return -1;
    return found;
  }
  void resolve_unowned_titles();
  int generic_agreement_ = -1;  // the first agreement the text describes without naming it
  bool generic_distinct_ = false;  // ... told apart (Mention::distinct): not a named one's
  std::set<int> distinct_nodes_;   // the unnamed agreements told apart by topic or count
  // Every such agreement (the first included) with the partners the text named after it ("a
  // defense agreement with Turkey"), and the one the text spoke of last ("the deal").
  std::vector<std::pair<int, std::set<std::string>>> generic_nodes_;
  int generic_current_ = -1;
  bool is_generic_node(int e) const {
    return std::any_of(generic_nodes_.begin(), generic_nodes_.end(), [&](const auto& g) { return g.first == e; });
  }
  // The first description of an unnamed agreement (its name and surface; empty: none).
  std::string first_generic_name_, first_generic_surface_;
  // The entities of the items of the last sentence read, sorted, each once (a vector rebuilt a
  // sentence: a std::set allocated a node an entity).
  std::vector<int> prev_ents_;
  bool prev_has(int e) const { return std::binary_search(prev_ents_.begin(), prev_ents_.end(), e); }
  // Organisations of this sentence folded into another item ("NATO member Turkey" is Turkey's
  // item): still named for "the bloc" after them.
  std::set<int> folded_orgs_;
  // Persons of this sentence folded with their country's possessive ("Malaysia's Abdullah
  // Badawi"): for a plural title that lists them ("Other foreign ministers attending were ...").
  struct Possessed {
    std::size_t tb;
    int person, country;
  };
  std::vector<Possessed> possessed_;
  void plural_title_lists(std::size_t si);
  // Lists of two or more countries the text has named ("Mali, Burkina Faso, and Niger"), for
  // the words that later stand for them ("these three nations", "they").
  struct CountryList {
    std::size_t sent;
    std::vector<int> ents;
    bool subject;  // the list opens its sentence or a clause
  };
  std::vector<CountryList> country_lists_;
  void note_country_lists(std::size_t si, const std::vector<Item>& items);
  // The lists of two or more countries among `items` ("A, B and C"), in order.
  std::vector<CountryList> country_lists_in(std::size_t si, const std::vector<Item>& items) const;
  // The most recent list of `n` countries (any size when n is 0) named at most `back` sentences
  // before sentence si, or nullptr.
  const CountryList* country_list(std::size_t si, std::size_t n, std::size_t back) const {
    for (auto k = country_lists_.rbegin(); k != country_lists_.rend(); ++k) {
      if (k->sent >= si) continue;
      if (si - k->sent > back) break;
      if (n == 0 || k->ents.size() == n) return &*k;
    }
    return nullptr;
  }
  // The organisations among `items` (this sentence so far) and the last sentence's.
  std::set<int> recent_orgs(const std::vector<Item>& items) const {
    std::set<int> orgs(folded_orgs_.begin(), folded_orgs_.end());
    for (const auto& x : items)
      for (int e : x.ents)
        if (ents_[e].type == "organization") orgs.insert(e);
    for (int e : prev_ents_)
      if (ents_[e].type == "organization") orgs.insert(e);
    return orgs;
  }
  // The one person of the document whose name ends in `surname` (lower case), or -1.
  int person_by_surname(const std::string& surname) {
    std::string found;
    for (const auto& S : info_)
      for (const auto& m : S.ms) {
        if (m.drop || m.unknown || m.type != "person") continue;
        const auto sp = m.name.rfind(' ');
        if (sp == std::string::npos || m.name.size() - sp - 1 != surname.size() ||
            !std::equal(surname.begin(), surname.end(), m.name.begin() + static_cast<std::ptrdiff_t>(sp) + 1,
                        [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }))
          continue;
        if (!found.empty() && found != m.name) return -1;
        found = m.name;
      }
    return found.empty() ? -1 : entity("person", found, "", false);
  }

  // The country a document is about, for "the country's new finance minister": the dateline's
  // when the text names it, else the one named most often (at least twice, and more often than
  // any other); "" when none stands out. Found once per document.
  const std::string& main_country() {
    if (main_country_done_) return main_country_;
    main_country_done_ = true;
    std::map<std::string, int> n;
    for (const auto& S : info_)
      for (const auto& m : S.ms)
        if (!m.drop && (m.type == "country" || m.demonym)) n[m.demonym ? m.country : m.name]++;
    if (!dateline_country_.empty() && n.count(dateline_country_)) return main_country_ = dateline_country_;
    int best = 0, second = 0;
    for (const auto& [c, k] : n)
      if (k > best) second = best, best = k, main_country_ = c;
      else if (k > second) second = k;
    if (best < 2 || best == second) main_country_.clear();
    return main_country_;
  }
  std::string main_country_;
  bool main_country_done_ = false;

  // The two entities of `type` mentioned most in the document so far, when two stand out (a
  // tie for second place names no pair) and, with `recent`, the last sentence named both;
  // else (-1, -1).
  std::pair<int, int> standout_pair(const char* type, bool recent) const {
    std::vector<std::pair<int, int>> c;  // (-mentions, entity)
    for (std::size_t e = 0; e < ents_.size(); ++e)
      if (ents_[e].type == type) c.push_back({-ents_[e].mentions, static_cast<int>(e)});
    std::sort(c.begin(), c.end());
    if (c.size() < 2 || (c.size() > 2 && c[1].first == c[2].first)) return {-1, -1};
    if (recent && !(prev_has(c[0].second) && prev_has(c[1].second))) return {-1, -1};
    return {c[0].second, c[1].second};
  }
  // The one person a title named as leading `owner` so far ("President X" of Russia), or -1.
  int leader_of(int owner) const {
    int found = -1;
    for (const std::size_t k : title_rels_)
      if (const RawRel& r = rels_[k]; r.type == "leads" && r.o == owner && ents_[r.s].type == "person") {
        if (found >= 0 && found != r.s) return -1;
        found = r.s;
      }
    return found;
  }
  // The country a title named `person` as leading so far: its id, -1 when none, -2 when
  // several (the inverse of leader_of).
  int country_led_by(int person) const {
    int led = -1;
    for (const std::size_t k : title_rels_)
      if (const RawRel& r = rels_[k]; r.type == "leads" && r.s == person && ents_[r.o].type == "country") {
        if (led >= 0 && led != r.o) return -2;
        led = r.o;
      }
    return led;
  }
  // The `n` countries the document has named most so far, most first (a tie by name).
  std::vector<std::string> most_named_countries(std::size_t n) const {
    std::vector<std::pair<int, std::string>> c;  // (-mentions, name)
    for (const auto& e : ents_)
      if (e.type == "country") c.push_back({-e.mentions, e.name});
    std::sort(c.begin(), c.end());
    std::vector<std::string> out;
    for (std::size_t k = 0; k < c.size() && k < n; ++k) out.push_back(c[k].second);
    return out;
  }
  bool any_style_ = false;   // a mention of the document has a style (Mention::style)
  int pronoun_person_ = -1;  // the person the last he/she/his/her stood for, and its sentence
  std::size_t pronoun_sent_ = 0;
  // KG_EXPLAIN=1: each sentence's mentions, titles and items on stderr, for rule authors.
  bool explain_ = std::getenv("KG_EXPLAIN") != nullptr;
  void explain_sentence(std::size_t si, const std::vector<Item>& items) const;

  std::string text(std::size_t b, std::size_t e) const { return doc_.text.substr(b, e - b); }
  std::string surf(const Toks& t, std::size_t a, std::size_t b) const { return text(t[a].b, t[b - 1].e); }
  // An unnamed agreement's mention over tokens [tb, te): "the treaty", "13 separate agreements".
  Mention unnamed_agreement(const Toks& t, std::size_t tb, std::size_t te, std::string name) const {
    Mention m;
    m.tb = tb;
    m.te = te;
    m.type = "agreement";
    m.generic = true;
    m.name = std::move(name);
    m.surface = surf(t, tb, te);
    return m;
  }

  // The name a gazetteer entity (country, organisation, city, place) goes by in this text:
  // the lexicon's name when the text writes it (in any case); else the fullest of the
  // lexicon's other names for it that the text writes ("Democratic Republic of Congo" over
  // "DRC", "NATO" alone, "Burma"), the commonest on a tie; demonyms, capitals standing for
  // their country and contextual forms ("the North") name nothing. Empty: keep `e.name`
  // (not a gazetteer entity, or the text writes none of its names). Resolution across
  // documents joins the names of one entry (resolve.cpp).
  std::string text_name(const DocEnt& e) const {
    if (!Lexicon::names_by_entry(e.type)) return {};
    if (e.surfaces.count(e.name)) return {};  // the text writes the name itself (the common case)
    const GazEntry* own = L.gaz_entry(e.name, e.type);
    if (!own || own->name != e.name) return {};
    const std::string key = name_key(e.name);
    const std::size_t last = key.rfind(' ') + 1;  // 0 when one word
    std::string best;
    std::size_t best_words = 0;
    int best_count = 0;
    for (const auto& [sf, c] : e.surfaces) {
      if (sf.empty() || (!std::isupper(static_cast<unsigned char>(sf[0])) && !article_name(sf))) continue;
      const std::string k = name_key(sf);
      if (k == key) return {};
      // An adjective made of the name ("West African" of "West Africa") names nothing.
      if (k.size() > key.size() && k.compare(0, key.size(), key) == 0 && k.find(' ', last) == std::string::npos)
        continue;
      const GazEntry* g = L.gaz_entry(sf, e.type);
      if (!g || g->name != e.name || g->contextual || g->modifier_only) continue;
      const std::size_t w = 1 + static_cast<std::size_t>(std::count(k.begin(), k.end(), ' '));
      if (best.empty() || w > best_words || (w == best_words && c > best_count)) best = sf, best_words = w, best_count = c;
    }
    return best;
  }

  int entity(const std::string& type, const std::string& name, const std::string& surface, bool count = true) {
    auto it = ent_index_.find(std::pair<std::string_view, std::string_view>(type, name));
    const bool fresh = it == ent_index_.end();
    if (fresh) it = ent_index_.emplace(std::make_pair(type, name), static_cast<int>(ents_.size())).first;
    const int id = it->second;
    if (fresh) ents_.push_back({type, name, {}, 0, id});
    if (count) {
      ents_[id].mentions++;
      // The surface as written is mostly its collapsed form already: no copy made then.
      if (!surface.empty()) {
        if (ws_collapsed(surface)) ents_[id].surfaces[surface]++;
        else ents_[id].surfaces[collapse_ws(surface)]++;
      }
    }
    return id;
  }

  // Token::lex, computed on first use (one lookup): may the token start a gazetteer entry (2),
  // a title (4)? Is it a weapon modifier (32), one kept in the name (64)?
  // gaz_match adds 8 / 16: no entry starts here (without / with credits).
  [[gnu::always_inline]] std::uint16_t lex_bits(const Token& tk) const {
    if (!(tk.lex & 1)) [[unlikely]] lex_lookup(tk, Lexicon::word_hash(tk.lower));
    return tk.lex;
  }
  // lex_bits' lookup, with the word's Lexicon::word_hash.
  [[gnu::noinline]] void lex_lookup(const Token& tk, std::uint64_t h) const {
    {
      const Lexicon::WordLex* x = L.word_lex(tk.lower, h);  // word_flags at tk.lower
      tk.lex = static_cast<std::uint16_t>(1 | (x ? x->flags : 0));
      tk.wid = x ? x->wid : -1;
      tk.gaz = x ? x->gaz : nullptr;
      tk.gid = x ? x->gid : -1;
      tk.cls = x ? x->cls : nullptr;  // the word class, from the same lookup
      tk.cls_known = true;
    }
  }
  const GazEntry* gaz_match(const Toks& t, std::size_t i, std::size_t& len, bool credits = false) const;
  bool article_cap(const Toks& t, std::size_t i) const;
  bool dateline_place(const Toks& t, std::size_t si, std::size_t i, std::size_t r) const;
  // Tokens [i, r) are a place written "in|at|near|from|to <Name>, <Country>".
  bool place_then_country(const Toks& t, std::size_t i, std::size_t r) const {
    if (i == 0 || r + 1 >= t.size() || t[r].lower != ",") return false;
    const Word& p = t[i - 1].lower;
    if (p != "in" && p != "at" && p != "near" && p != "from" && p != "to") return false;
    std::size_t gl = 0;
    const GazEntry* g = gaz_match(t, r + 1, gl);
    return g && g->type == "country" && (r + 1 + gl == t.size() || !t[r + 1 + gl].word || t[r + 1 + gl].lower == "on");
  }
  std::size_t title_match(const Toks& t, std::size_t i) const;
  // A lower-case word that can qualify a noun: not a verb form, a function word or a non-name
  // word ("the START-2 nuclear weapons reduction treaty", "the Libyan border town").
  bool lower_content_word(const Token& tk) const {
    return tk.word && !tk.cap && !L.is(tk, "nonname") && !(lex_bits(tk) & Lexicon::kVerbForm) &&
           !function_word(tk.lower);
  }
  // The end of the topic an unnamed agreement is "on" ("an agreement on the construction and use
  // of roads" ends after "roads"), or `on` itself when none follows: lower-case content words
  // joined by "and", "of" and commas, up to the first other word.
  // (`into_name`, when given: where a topic cut short by a name ends with that name.)
  std::size_t agreement_topic(const Toks& t, std::size_t on, std::size_t* into_name = nullptr) const;
  // A headline set in title case: every content word after the first capitalised.
  bool title_case_sentence(std::size_t si) const;
  void detect(std::size_t si);
  // A body every country has named with its country: "Foreign Ministry" of Russia is the
  // "Russian Foreign Ministry" (name and surface); unchanged without a country or its demonym.
  void name_with_country(Mention& m, const std::string& country) const {
    if (auto d = L.country_demonym.find(country); !country.empty() && d != L.country_demonym.end())
      m.surface = m.name = d->second + " " + m.name;
  }
  void resolve_doc_mentions();
  // Is mention m of sentence si right after a country's possessive ("Thailand's", "the
  // Philippines'")?
  bool possessed_name(std::size_t si, const Mention& m) const {
    const Toks& t = sents_[si].toks;
    if (m.tb < 2 || !(t[m.tb - 1].lower == "'s" || (t[m.tb - 1].lower == "'" && t[m.tb - 2].lower.back() == 's')))
      return false;
    return std::any_of(info_[si].ms.begin(), info_[si].ms.end(), [&](const Mention& c) {
      return c.te + 1 == m.tb && c.type == "country" && !c.demonym && !c.drop;
    });
  }
  std::vector<Item>& items_for(std::size_t si);  // (items_buf_, refilled)
  void member_lists(std::size_t si, const std::vector<Item>& items);
  // "Beijing rejected the accusation as groundless": the accused dismisses its last accuser.
  void dismissed_accusations(std::size_t si, const std::vector<Item>& items);
  void allies_by_pact();
  // Countries that sign an organisation's founding act ("a declaration on the establishment of
  // the Shanghai Cooperation Organisation") are its members.
  void members_by_founding();
  void title_relation(int person, int owner, const std::string& title, const std::string& rel, std::size_t si,
                      std::size_t tb, std::size_t te, const char* pat);
  void match_patterns(std::size_t si, std::vector<Item>& items);
  std::vector<std::size_t> pat_limit_, pat_on_;  // match_patterns' patterns to try (kept for reuse)
  std::vector<int> word_last_;  // match_patterns: the last item of each pattern word (-1: none)
  // Per-sentence buffers of items_for and match_patterns, kept for reuse from sentence to sentence.
  std::vector<Item> items_buf_;
  std::vector<const Mention*> at_buf_;
  std::vector<int> title_at_buf_;
  std::vector<std::size_t> all_starts_, slot_starts_, say_at_;
  std::vector<int> attributed_;
  std::vector<std::pair<const Pattern*, std::size_t>> order_;
  void find_dateline();
};

// ---- mention detection ----

// Tokens [i, r) are a dateline's place: capitals opening one of the first lines, then a comma,
// a country and the agency's bracket or a dash ("SAN VICENTE, Colombia (CNN) --").
bool DocExtractor::dateline_place(const Toks& t, std::size_t si, std::size_t i, std::size_t r) const {
  if (si >= 6 || !(i == 0 || t[i].nl_before > 0) || r + 2 >= t.size() || t[r].lower != ",") return false;
  for (std::size_t k = i; k < r; ++k)
    if (t[k].word && !t[k].allcaps && !(t[k].cap && t[k].lower.size() == 1)) return false;
  std::size_t len = 0;
  const GazEntry* g = gaz_match(t, r + 1, len);
  if (!g || g->type != "country" || g->demonym || r + 1 + len >= t.size()) return false;
  const Word& w = t[r + 1 + len].lower;
  return w == "(" || w == "-" || w == "\xe2\x80\x94" || w == "\xe2\x80\x93" || w == "_" || w == ":";
}

// An Arabic article in lower case before a capital starts a name: "al-Shabab", "al Shabaab".
bool DocExtractor::article_cap(const Toks& t, std::size_t i) const {
  const Word& w = t[i].lower;
  if (w == "al" || w == "el") return i + 1 < t.size() && t[i + 1].cap;
  return w.size() > 3 && w[2] == '-' && article_name(std::string_view(doc_.text).substr(t[i].b, t[i].e - t[i].b));
}

const GazEntry* DocExtractor::gaz_match(const Toks& t, std::size_t i, std::size_t& len, bool credits) const {
  len = 0;
  if (!t[i].word || (t[i].skip && !credits)) return nullptr;
  if (!(lex_bits(t[i]) & 2)) return nullptr;
  // No match here is remembered on the token (bit 3, bit 4 with credits): the tokens
  // after it never change, and detection asks again at the same token.
  const std::uint8_t none_bit = credits ? 16 : 8;
  if (t[i].lex & none_bit) return nullptr;
  // A match found here before is remembered too (bit 12, bit 13 with credits).
  const std::uint16_t hit_bit = credits ? 0x2000 : 0x1000;
  if (t[i].lex & hit_bit) {
    len = t[i].gaz_len[credits];
    return static_cast<const GazEntry*>(t[i].gaz_hit[credits]);
  }
  const GazEntry* best = nullptr;
  std::uint32_t node = t[i].gid >= 0 ? 1 + static_cast<std::uint32_t>(t[i].gid) : 0;  // the trie node of the key so far
  for (std::size_t k = 0; k < L.gaz_max && i + k < t.size(); ++k) {
    if (t[i + k].skip && !credits) break;
    const std::vector<GazEntry>* entries = nullptr;
    if (k) {
      // Past the first token only a prefix of some key can go on (one lookup for both).
      lex_bits(t[i + k]);
      if (t[i + k].gid < 0 || !node) break;
      node = L.gaz_edge((std::uint64_t{node} << 32) | static_cast<std::uint32_t>(t[i + k].gid));
      if (!node) break;
      entries = L.gaz_nodes[node];
    } else {
      entries = static_cast<const std::vector<GazEntry>*>(t[i].gaz);  // L.gaz at t[i].lower, set by lex_bits
    }
    if (!entries) continue;
    for (const auto& e : *entries) {
      if (e.exact_case) {
        std::string raw = surf(t, i, i + k + 1);
        std::string a, b;
        for (char c : raw)
          if (c != ' ') a += c;
        for (char c : e.raw)
          if (c != ' ') b += c;
        if (a != b) continue;
      } else if (!e.lower_ok && !t[i].cap && !(t[i].lower == "the" && k > 0 && t[i + 1].cap) &&
                 !article_cap(t, i)) {
        continue;
      }
      if (!e.lower_ok && t[i].lower == "the" && !(k > 0 && t[i + 1].cap)) continue;
      // Prefer a country over its demonym reading only by length; first entry wins.
      best = &e;
      len = k + 1;
      break;
    }
  }
  if (!best) {
    t[i].lex |= none_bit;
  } else {
    t[i].lex |= hit_bit;
    t[i].gaz_hit[credits] = best;
    t[i].gaz_len[credits] = static_cast<std::uint16_t>(len);
  }
  return best;
}

std::size_t DocExtractor::title_match(const Toks& t, std::size_t i) const {
  if (!t[i].word || !(lex_bits(t[i]) & 4)) return 0;
  // Found once per token (bit 14 of `lex`): the tokens never change.
  if (t[i].lex & 0x4000) return t[i].title_len;
  std::string key;
  std::size_t best = 0;
  for (std::size_t k = 0; k < L.title_max && i + k < t.size(); ++k) {
    if (k) key += ' ';
    key += t[i + k].lower;
    const auto pre = L.title_prefix.find(key);
    if (pre != L.title_prefix.end() && pre->second) best = k + 1;
    // "foreign minister-elect": a title to be taken is a title.
    else if (const std::string_view w = t[i + k].lower; w.size() > 6 && w.substr(w.size() - 6) == "-elect" &&
                                                          L.titles.count(key.substr(0, key.size() - 6)))
      best = k + 1;
    // No title goes on from here (every longer key has this one as its prefix).
    if (pre == L.title_prefix.end()) break;
  }
  t[i].lex |= 0x4000;
  t[i].title_len = static_cast<std::uint16_t>(best);
  return best;
}

bool DocExtractor::title_case_sentence(std::size_t si) const {
  // Every word but the short function words capitalised ("Montenegro Becomes 29th and
  // Newest NATO Member"); a sentence has lower-case verbs ("Jorge Salas met Peter Mensah").
  // A headline and its deck on one line ("Israel and Jordan Sign Peace Pact, Enter New Era :
  // Mideast: In desert ceremony, ..."): the words up to the first colon make the headline.
  std::size_t words = 0;
  const Toks& t = sents_[si].toks;
  for (std::size_t k = 1; k < t.size(); ++k) {
    if (t[k].lower == ":" && words >= 3) return true;
    if (!t[k].word || t[k].digit || headline_function_word(t[k].lower)) continue;
    if (!t[k].cap) return false;
    ++words;
  }
  return words >= 3;
}

// A word between a possessive and a title that takes nothing from it: "Haiti's new president".
bool title_adjective(WordView w) {
  return w == "new" || w == "next" || w == "first" || w == "interim" || w == "acting" || w == "newly" ||
         w == "elected" || w == "newly-elected" || w == "re-elected" || w == "incoming";
}

// How many title adjectives (one or two) end `items` right before a title at token tb.
std::size_t office_adjectives(const std::vector<Item>& items, std::size_t tb) {
  std::size_t k = 0;
  while (k < 2 && k < items.size() && title_adjective(items[items.size() - 1 - k].word) &&
         items[items.size() - 1 - k].te == (k == 0 ? tb : items[items.size() - k].tb))
    ++k;
  return k;
}

// A military rank word, abbreviated or not ("Lt. Col.", "Maj. Gen.", "Colonel").
bool military_rank(const Word& w) {
  static const std::unordered_set<std::string_view> kRanks = {
      "lt",      "lt.",     "col",       "col.",       "gen",      "gen.",    "maj",      "maj.",
      "capt",    "capt.",   "brig",      "brig.",      "sgt",      "sgt.",    "cpl",      "cpl.",
      "adm",     "adm.",    "cmdr",      "cmdr.",      "general",  "colonel", "major",    "captain",
      "lieutenant", "brigadier", "sergeant", "admiral", "commander", "-"};
  return kRanks.count(w) > 0;
}

// A plural noun of armed forces: "troops", "soldiers", "forces", "peacekeepers" ("British troops"
// names a country by its forces; "a Russian military academy" does not).
bool forces_noun(const Word& w) {
  return w == "troops" || w == "soldiers" || w == "forces" || w == "peacekeepers" || w == "police" ||
         w == "contingent" || w == "marines" || w == "paratroopers";
}

// The type of a place a lower-case noun before "of" names: "the town of Adwa" (city), "the
// province of Surin" (location); empty for any other word.
std::string_view place_noun(const Word& w) {
  if (w == "town" || w == "village" || w == "city" || w == "port" || w == "towns" || w == "villages")
    return "city";
  if (w == "province" || w == "region" || w == "district" || w == "enclave" || w == "island" || w == "islands" ||
      w == "county" || w == "municipality" || w == "valley")
    return "location";
  return {};
}

// Name particles: "Mohammed bin Salman", "Omar al-Bashir", "Ursula von der Leyen".
bool name_particle(const Word& w) {
  return w == "bin" || w == "ibn" || w == "bint" || w == "al" || w == "el" || w == "van" || w == "von" || w == "de" ||
         w == "da" || w == "di" || w == "dia" || w == "dos" || w == "der" || w == "abu";
}

// The words of a name in tokens [a, b), not counting particles and the parts a hyphen joins
// ("Khalid bin Ahmed al Khalifa" and "Sabah Al-Ahmad Al-Jaber Al-Sabah" have 3 and 4); with
// `cut`, the end of the first `cut` such words.
std::size_t name_words(const Toks& t, std::size_t a, std::size_t b, std::size_t cut = 0, std::size_t* end = nullptr) {
  std::size_t words = 0, k = a;
  for (; k < b; ++k) {
    if (!t[k].word) continue;
    bool joined = k > a && t[k - 1].lower == "-" && t[k - 1].e == t[k].b;
    if (joined || name_particle(t[k].lower)) continue;
    if (cut && words == cut) break;
    ++words;
  }
  if (end) *end = k;
  return words;
}

bool connector(const Word& w) {
  return w == "of" || w == "for" || w == "on" || w == "in" || w == "and" || w == "," || w == "&" || w == "de" ||
         w == "the" || w == "-";
}

void DocExtractor::detect(std::size_t si) {
  const Toks& t = sents_[si].toks;
  SentInfo& S = info_[si];
  std::size_t n = t.size();
  S.title_case = title_case_sentence(si);
  {
    // Room for the mentions at once (a vector grown one by one moves every mention's strings
    // at each step): about one a capitalised word, and a few more.
    std::size_t caps = 0;
    for (const Token& tk : t) caps += tk.cap;
    S.ms.reserve(caps / 2 + 2);
  }
  std::size_t last_title_end = static_cast<std::size_t>(-1);
  static const Word kNoCue;  // (Word: the cue's comparisons with literals are inline)
  auto cue_type_of = [&](std::size_t a, std::size_t b) -> const Word& {
    // Head cue: the word before the first connector (the head of "Convention on Fishing in the
    // Black Sea", "Ministerial Meeting of the Arctic Council"), else the last word; prefix cue:
    // the first word. (A token's kHeadCue / kPrefixCue bit says whether its word is a key: no
    // lookup otherwise.)
    for (std::size_t k = a + 1; k < b; ++k)
      if (t[k].lower == "of" || t[k].lower == "for" || t[k].lower == "on" || t[k].lower == "'s") {
        if (lex_bits(t[k - 1]) & Lexicon::kHeadCue)
          if (auto it = L.head_cue.find(t[k - 1].lower); it != L.head_cue.end()) return it->second;
        break;
      }
    if (lex_bits(t[b - 1]) & Lexicon::kHeadCue)
      if (auto it = L.head_cue.find(t[b - 1].lower); it != L.head_cue.end()) return it->second;
    if (b - a >= 2 && (lex_bits(t[a]) & Lexicon::kPrefixCue))
      if (auto it = L.prefix_cue.find(t[a].lower); it != L.prefix_cue.end()) return it->second;
    return kNoCue;
  };
  for (std::size_t i = 0; i < n;) {
    const Token& tk = t[i];
    if (tk.skip || !tk.word) {
      ++i;
      continue;
    }
    // Weapons: [kept/dropped modifiers] form.
    const GazEntry* g_at_i = nullptr;  // gaz_match(t, i) when the weapon check already ran it
    std::size_t len_at_i = 0;
    bool have_at_i = false;
    {
      std::size_t j = i;
      std::vector<std::string> kept;
      while (j < n && (lex_bits(t[j]) & Lexicon::kWeaponMod)) {
        if (lex_bits(t[j]) & Lexicon::kWeaponKeep) kept.push_back(t[j].lower);
        ++j;
      }
      std::size_t len = 0;
      if (j < n) {
        const GazEntry* g = gaz_match(t, j, len);
        if (j == i) g_at_i = g, len_at_i = len, have_at_i = true;
        if (g && g->type == "weapon") {
          Mention m;
          m.tb = i;
          m.te = j + len;
          m.type = "weapon";
          std::string name;
          for (auto& k : kept) name += k + " ";
          m.name = name + g->name;
          m.surface = surf(t, i, j + len);
          S.ms.push_back(std::move(m));
          i = j + len;
          continue;
        }
      }
    }
    std::size_t glen = len_at_i;
    const GazEntry* g = have_at_i ? g_at_i : gaz_match(t, i, glen);
    // "the North Korean action": a longer entry from the next word beats "the North".
    if (g && tk.lower == "the" && i + 1 < n) {
      std::size_t l2 = 0;
      if (gaz_match(t, i + 1, l2) && i + 1 + l2 > i + glen) g = nullptr, glen = 0;
    }
    // "Cabinet Secretary Aden Duale", "Foreign Minister Israel Katz": right after a title, a
    // place's name followed by another capitalised word is a given name.
    if (g && last_title_end == i && (g->type == "city" || g->type == "country") && i + glen < n &&
        is_title_case_word(t[i + glen]) && !L.is(t[i + glen], "nonname") && !t[i + glen].skip &&
        t[i + glen].nl_before == 0) {
      std::size_t l2 = 0;
      if (!gaz_match(t, i + glen, l2) && !title_match(t, i + glen)) g = nullptr, glen = 0;
    }
    // "National Congress", "National Palace": a word that alone names nothing ("national")
    // begins or continues a name that ends in an organisation's or a place's head word.
    auto org_run = [&](std::size_t from) -> bool {
      std::size_t q = from;
      while (q < n && is_title_case_word(t[q]) && !t[q].skip && (q == from || t[q].nl_before == 0) && q - from < 4) ++q;
      if (q <= from + 1 || !(lex_bits(t[q - 1]) & Lexicon::kHeadCue)) return false;
      const Word& head = L.head_cue.at(t[q - 1].lower);
      return head == "organization" || head == "location";
    };
    // The capitalised run from i.
    std::size_t r = i;
    bool has_cue = false, has_prep = false;
    // A verb or a reporting word, which in a title-case headline starts and ends no name ("...
    // Receives Sergey Sobianin", "India Responds To Trudeau's Charge").
    auto verb_like = [&](const Token& x) { return (lex_bits(x) & Lexicon::kVerbForm) || L.is(x, "report"); };
    const bool headline_verb = i > 0 && S.title_case && verb_like(tk);
    if (is_title_case_word(tk) && !headline_verb &&
        !(L.is(tk, "nonname") && !(i + 1 < n && is_title_case_word(t[i + 1]) && tk.lower == "the") && !org_run(i))) {
      r = i + 1;
      has_cue = (lex_bits(tk) & (Lexicon::kHeadCue | Lexicon::kPrefixCue)) != 0;
      // A name never runs over a blank line (a byline above a dateline, a credit above a caption).
      while (r < n && !t[r].skip && t[r].nl_before < 2) {
        // Nor over any line break: a caption or credit line ends above a name ("Photograph:
        // Office of the Prime Minister\nAnthony Albanese arrives ..."); a name wrapped over two
        // lines is rarer in scraped text than a credit line that ends in capitals.
        if (t[r].nl_before == 1) break;
        if (is_title_case_word(t[r]) && (!L.is(t[r], "nonname") || org_run(r) ||
                                         (connector(t[r - 1].lower) && r + 1 < n && t[r + 1].nl_before == 0 &&
                                          is_title_case_word(t[r + 1]) && !L.is(t[r + 1], "nonname")))) {
          // Nor over a headline's verb: "Peru, Ecuador Sign Peace Treaty".
          if (S.title_case && verb_like(t[r]) && !(lex_bits(t[r]) & Lexicon::kHeadCue)) break;
          if (!has_cue && r > i) {
            std::size_t gl = 0;
            const GazEntry* g2 = gaz_match(t, r, gl);
            // A name after a title may end in a word that alone names a body ("Foreign Minister,
            // Therese Kayikwamba Wagner, signed"): the name's last word, before a comma.
            // So may a given name's surname that is also a place ("Opposition leader Matthew
            // Wales' 18").
            const bool after_title = last_title_end == i || (i > 0 && last_title_end == i - 1 && t[i - 1].lower == ",");
            const bool name_ends = gl == 1 && (r + 1 >= n || !is_title_case_word(t[r + 1]) || t[r + 1].nl_before > 0);
            if (g2 && t[r - 1].lower != "-" &&
                !(after_title && name_ends &&
                  ((g2->type == "organization" && r + 1 < n && t[r + 1].lower == ",") ||
                   (r == i + 1 && L.is(t[i], "given_name") && g2->type != "country"))))
              break;
            // "Hassan Sheikh Mohamud": a style inside a name is part of it.
            const bool inner_style = t[r].lower == "sheikh" && r + 1 < n && is_title_case_word(t[r + 1]) &&
                                     t[r + 1].nl_before == 0 && !L.is(t[r - 1], "nonname");
            if (title_match(t, r) && !inner_style) break;
          } else if (has_cue && r - i >= 2) {
            // "Elysee Palace General Secretary Alexis Kohler", "Defence Ministry Spokesman Igor
            // Konashenkov": a title between the body and a name ends the body's name.
            if (std::size_t tl = title_match(t, r);
                tl && r + tl + 1 < n && t[r + tl].nl_before == 0 && is_title_case_word(t[r + tl]) &&
                is_title_case_word(t[r + tl + 1]) && !(lex_bits(t[r + tl]) & Lexicon::kHeadCue) &&
                !(lex_bits(t[r + tl + 1]) & Lexicon::kHeadCue))
              break;
          }
          // "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov": a given
          // name after a body's name begins a person's name.
          if (has_cue && !L.is(t[r - 1], "given_name") && L.is(t[r], "given_name") && r + 1 < n &&
              is_title_case_word(t[r + 1]) && t[r + 1].nl_before == 0 && !(lex_bits(t[r + 1]) & Lexicon::kHeadCue))
            break;
          if (lex_bits(t[r]) & Lexicon::kHeadCue) has_cue = true;
          ++r;
          continue;
        }
        const Word& w = t[r].lower;
        // "Status of Visiting Forces Agreement": one word, "of", then an agreement's name is
        // one agreement.
        if (w == "of" && !has_cue && r == i + 1) {
          std::size_t q = r + 1;
          while (q < n && is_title_case_word(t[q]) && t[q].nl_before == 0 && q - r <= 5) ++q;
          if (q > r + 2 && (lex_bits(t[q - 1]) & Lexicon::kHeadCue) && cue_type_of(r + 1, q) == "agreement") {
            r = q;
            has_cue = true;
            continue;
          }
        }
        // Name particles: "Mohammed bin Salman", "Omar al-Bashir", "George W. Bush".
        if (name_particle(w) && r + 1 < n && is_title_case_word(t[r + 1])) {
          ++r;
          continue;
        }
        if (t[r].word && !has_cue && (w.rfind("al-", 0) == 0 || w.rfind("el-", 0) == 0) && w.size() > 3 &&
            std::isupper(static_cast<unsigned char>(doc_.text[t[r].b + 3]))) {
          ++r;
          continue;
        }
        // Connectors inside names: "Academy of the General Staff", "Committee for
        // Cooperation in Trade, Economy, Science and Technology", "Workers' Party".
        // "Mohammed Shia' al-Sudani": a transliteration's closing apostrophe before a particle.
        auto al_word = [&](std::size_t q) {
          const Word& x = t[q].lower;
          return t[q].word && (x.rfind("al-", 0) == 0 || x.rfind("el-", 0) == 0) && x.size() > 3 &&
                 std::isupper(static_cast<unsigned char>(doc_.text[t[q].b + 3]));
        };
        if (w == "'" && r + 1 < n && (is_title_case_word(t[r + 1]) || (!has_cue && al_word(r + 1))) &&
            t[r].b == t[r - 1].e) {
          ++r;
          continue;
        }
        // ... and an initial glued to a name: "Kh.Battulga".
        if ((w == "-" || (w == "." && t[r - 1].lower.size() <= 3)) && r + 1 < n && is_title_case_word(t[r + 1]) &&
            t[r].b == t[r - 1].e && t[r + 1].b == t[r].e) {
          ++r;
          continue;
        }
        // A possessive inside an organisation's name: "Workers' Party of Korea's Central
        // Committee" (a body of an organisation, after a cue), "Republican People's Party",
        // "People's Liberation Army" (a collective noun's, before one): the capitalised words
        // after it must end in an organisation's head word.
        if (w == "'s" && r + 1 < n && is_title_case_word(t[r + 1]) &&
            (has_cue ? r + 2 < n
                     : (t[r - 1].lower == "people" || t[r - 1].lower == "peoples" || t[r - 1].lower == "workers" ||
                        t[r - 1].lower == "women" || t[r - 1].lower == "citizens" || t[r - 1].lower == "farmers"))) {
          std::size_t q = r + 1;
          while (q < n && is_title_case_word(t[q]) && (has_cue || t[q].nl_before == 0)) ++q;
          if (lex_bits(t[q - 1]) & Lexicon::kHeadCueOrg) {
            r = q;
            has_cue = true;
            continue;
          }
          if (has_cue) break;
        }
        // "Arctic Search and Rescue Agreement", "Trade and Investment Framework Agreement": "and"
        // joins two words of a name that ends, a word or two on, in an agreement's or a body's
        // head word.
        // (Not after a person's given name or a body's or country's name, nor over one: "Taro Aso
        // and Chief Cabinet ...", "NATO and Warsaw Pact".)
        if (w == "and" && !has_cue && r > i && !L.is(t[i], "given_name") &&
            !(g && g->type != "location" && g->type != "city")) {
          std::size_t q = r + 1;
          auto plain = [&](std::size_t k) {
            std::size_t gl = 0;
            return is_title_case_word(t[k]) && t[k].nl_before == 0 && !gaz_match(t, k, gl) && !title_match(t, k);
          };
          while (q < n && q <= r + 3 && plain(q) && !(lex_bits(t[q]) & Lexicon::kHeadCue)) ++q;
          if (q > r + 1 && q < n && q <= r + 3 && plain(q) && (lex_bits(t[q]) & Lexicon::kHeadCue)) {
            const std::string& head = cue_type_of(q, q + 1);
            if (head == "agreement" || head == "organization") {
              r = q + 1;
              has_cue = true;
              continue;
            }
          }
        }
        // "Summit of Heads of State and Government of ...": one phrase inside a name.
        if (has_cue && w == "of" && t[r - 1].lower == "heads" && r + 1 < n && t[r + 1].lower == "state") {
          r += 2;
          if (r + 1 < n && t[r].lower == "and" && t[r + 1].lower == "government") r += 2;
          continue;
        }
        if (has_cue && connector(w) && w != "-") {
          // "Al-Bilad Islamic Bank in Iraq": a named place after "in" is not part of the name.
          if (w == "in" || w == "at" || w == "near") {
            std::size_t gl = 0;
            const GazEntry* gp = r + 1 < n ? gaz_match(t, r + 1, gl) : nullptr;
            if (gp && (gp->type == "country" || gp->type == "city")) break;
            // "... Partnership in the Ukrainian capital": one capitalised word then lower case
            // qualifies a common noun, it continues no name.
            if (r + 3 < n && t[r + 1].lower == "the" && is_title_case_word(t[r + 2]) && t[r + 3].word &&
                !t[r + 3].cap)
              break;
          }
          std::size_t q = r;
          while (q < n && connector(t[q].lower) && q - r < 3) ++q;
          bool list = (w == "," || w == "and");
          // A comma continues a name only inside a list closed by "and" ("Trade, Economy,
          // Science and Technology"); "Central Bank of Iran, Ali Tarzali" is an apposition.
          bool closed = w != ",";
          for (std::size_t z = q; !closed && z < n && (is_title_case_word(t[z]) || t[z].lower == ","); ++z)
            closed = z + 1 < n && t[z + 1].lower == "and" && is_title_case_word(t[z]);
          // "Bank of Ruritania, Jorge Salas and Anna Weber": a list of people, not of topics.
          if (list && q + 1 < n && L.is(t[q], "given_name") && is_title_case_word(t[q + 1])) closed = false;
          // "Treaty on the Delimitation of National Boundaries": a word that alone names
          // nothing continues the name before another capitalised word.
          const bool named_next =
              q < n && is_title_case_word(t[q]) &&
              (!L.is(t[q], "nonname") ||
               (q + 1 < n && t[q + 1].nl_before == 0 && is_title_case_word(t[q + 1]) && !L.is(t[q + 1], "nonname")));
          if (named_next && (!list || has_prep) && closed) {
            if (w != "," && w != "and" && w != "the") has_prep = true;
            r = q;
            continue;
          }
        }
        break;
      }
    }
    // "The Senate voted", "A Department of Foreign Affairs spokesperson": an article opening the
    // sentence is no part of the name after it.
    if (r > i + 1 && i == 0 && glen == 0 && (tk.lower == "the" || tk.lower == "a") && !L.is(t[i + 1], "nonname") &&
        !cue_type_of(i + 1, r).empty()) {
      ++i;
      continue;
    }
    // "the Treaty", "The Agreement": an agreement's kind alone, capitalised, names none; it is the
    // agreement the text speaks of, as "the treaty" is.
    if (glen == 0 && r == i + 1 && agreement_kind(tk.lower) && !(r < n && t[r].cap)) {
      Mention m = unnamed_agreement(t, i, r, tk.lower);
      m.unknown = true;
      S.ms.push_back(std::move(m));
      i = r;
      continue;
    }
    std::size_t rlen = r - i;
    const Word& cue = rlen ? cue_type_of(i, r) : kNoCue;
    // "Government comment was not available": a sentence's first word that is only a body's
    // head word names no body.
    if (rlen == 1 && (cue == "organization" || cue == "location") && glen == 0 && (i == 0 || !t[i - 1].word) &&
        (lex_bits(tk) & Lexicon::kHeadCue)) {
      ++i;
      continue;
    }
    // "the national Army", "a Cabinet reshuffle": a lone head word after an adjective or
    // before a noun it qualifies is a common noun written with a capital, no body's name.
    if (rlen == 1 && cue == "organization" && glen == 0 && (lex_bits(tk) & Lexicon::kHeadCue)) {
      static const std::unordered_set<std::string> kFunction = {
          "the", "a",  "an", "its",  "his", "her",  "their", "our", "this", "that", "of",  "and",   "or",
          "in",  "on", "at", "to",   "for", "with", "from",  "by",  "as",   "has",  "had", "have",  "is",
          "was", "are", "were", "will", "would", "which", "who", "whose", "said", "says", "but", "than",
          // "after Congress voted out X": a clause's opener is no adjective
          "after", "before", "since", "until", "when", "while", "because", "if", "then", "also"};
      auto plain = [&](std::size_t k) {
        return k < n && t[k].word && !t[k].cap && !t[k].allcaps && !t[k].digit && t[k].nl_before == 0 &&
               !kFunction.count(t[k].lower) && !(lex_bits(t[k]) & Lexicon::kVerbForm);
      };
      // (A past tense after it is the body's act: "Parliament approved", "Congress voted".)
      const bool acts = i + 1 < n && t[i + 1].lower.size() > 4 && t[i + 1].lower.ends_with("ed");
      if ((i > 0 && plain(i - 1)) || (plain(i + 1) && !acts && !title_match(t, i + 1))) {
        ++i;
        continue;
      }
    }
    if (!cue.empty() && rlen > glen) {
      // Strip a leading country / demonym: "South Korean Unification Ministry".
      std::size_t a = i;
      // A country's own name before its body stays in the name ("U.S. Northern Command",
      // "Rwanda National Congress": that is how the body is named); an adjective is stripped
      // ("South Korean Unification Ministry"), and so is the country of a body every country
      // has ("Kenya Defence Forces": Kenya's).
      auto keeps_country = [&] {
        return !g->demonym && !L.is(phrase_key(collapse_ws(surf(t, i + glen, r))), "generic_body");
      };
      if (glen && (g->type == "country") && r - (i + glen) >= 1 && cue_type_of(i + glen, r) == cue &&
          !keeps_country()) {
        Mention dm;
        dm.tb = i;
        dm.te = i + glen;
        dm.type = "country";
        dm.name = g->name;
        dm.country = g->name;
        dm.demonym = g->demonym;
        dm.surface = surf(t, i, i + glen);
        S.ms.push_back(std::move(dm));
        a = i + glen;
      }
      const bool country_first = a > i;  // the leading country stripped above
      // "The Central Bank of Iran" opening a sentence: the article is not the name's.
      if (t[a].lower == "the" && r - a > 2) ++a;
      // A year names an agreement or an event with it: "the 2019 Supplementary Treaty", "the
      // 2005 Asia-Africa Summit".
      if ((cue == "agreement" || cue == "event") && a == i && a > 0 && t[a - 1].digit && t[a - 1].lower.size() == 4 &&
          (t[a - 1].lower[0] == '1' || t[a - 1].lower[0] == '2') && t[a].nl_before == 0 &&
          std::all_of(t[a - 1].lower.begin(), t[a - 1].lower.end(), [](char c) { return c >= '0' && c <= '9'; }))
        --a;
      // So does an ordinal an event: "the 48th Mercosur Summit", "the 16th BRICS Summit".
      if (cue == "event" && a == i && a > 0 && t[a].nl_before == 0 && t[a - 1].lower.size() >= 3 && t[a - 1].lower[0] >= '1' &&
          t[a - 1].lower[0] <= '9') {
        const Word& o = t[a - 1].lower;
        const std::string_view suf(o.data() + o.size() - 2, 2);
        if ((suf == "st" || suf == "nd" || suf == "rd" || suf == "th") &&
            std::all_of(o.begin(), o.end() - 2, [](char c) { return c >= '0' && c <= '9'; }))
          --a;
      }
      Mention m;
      m.tb = a;
      m.te = r;
      m.type = cue;
      m.surface = surf(t, a, r);
      m.name = collapse_ws(m.surface);
      // A name in capitals ("MINISTRY OF DEFENCE" in a headline) is written in title case; an
      // acronym inside a name ("SADC Extraordinary Summit") stays.
      if (r - a > 1 && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(a), t.begin() + static_cast<std::ptrdiff_t>(r),
                                   [](const Token& x) { return !x.word || x.allcaps; }))
        m.name = title_case(m.name);
      // "signed on behalf of her Government": a bare "Government" names no body.
      if (m.type == "organization" && r - a == 1 && t[a].lower == "government") {
        i = r;
        continue;
      }
      // "the Government of Rwanda": the country as a state's actor.
      if (m.type == "organization" && r - a >= 3 && t[a].lower == "government" && t[a + 1].lower == "of") {
        std::size_t q = a + 2, gl = 0;
        if (t[q].lower == "the") ++q;
        if (const GazEntry* gc = gaz_match(t, q, gl); gc && gc->type == "country" && !gc->demonym && q + gl == r) {
          m.type = "country";
          m.name = gc->name;
        }
      }
      // A body every country has ("Foreign Ministry", "Parliament": class generic_body) is
      // named with its country when the text gives one, "Russian Foreign Ministry" for
      // "Russian Foreign Ministry" and "Russia's Foreign Ministry": two countries' ministries
      // are two nodes.
      if (m.type == "organization" && L.is(phrase_key(m.name), "generic_body")) {
        std::string country;
        if (country_first) country = g->name;
        else if (a == i && i >= 2 && t[i - 1].lower == "'s" && !S.ms.empty() && S.ms.back().te == i - 1 &&
                 S.ms.back().type == "country" && !S.ms.back().demonym)
          country = S.ms.back().name;
        // Its alias too: a bare "Foreign Ministry" shared by two would join them. A body written
        // with its country's name keeps it ("Kenya Defence Forces" is that force's own name).
        if (country_first && !g->demonym)
          m.surface = m.name = collapse_ws(surf(t, i, r));
        else
          name_with_country(m, country);
      }
      // A lone "Summit" or "Elections" names no one event (a lone body that acts, "the Cabinet
      // approved", stays one).
      if (m.type == "event") {
        static const std::unordered_set<std::string> kBare = {"summit", "summits", "elections", "election",
                                                              "conference", "talks"};
        std::string key = phrase_key(m.name);
        if (key.rfind("the ", 0) == 0) key.erase(0, 4);
        if (kBare.count(key)) {
          i = r;
          continue;
        }
      }
      S.ms.push_back(std::move(m));
      i = r;
      continue;
    }
    if (g) {
      Mention m;
      m.tb = i;
      m.te = i + glen;
      m.type = g->type;
      m.name = g->name;
      m.country = g->country;
      m.demonym = g->demonym;
      m.capital = g->capital;
      m.contextual = g->contextual;
      m.modifier_only = g->modifier_only;
      m.kind = g->kind;
      m.surface = surf(t, i, i + glen);
      S.ms.push_back(std::move(m));
      i += glen;
      continue;
    }
    if (std::size_t tl = title_match(t, i)) {
      std::size_t a = i, b = i + tl;
      // "Natural Resources and Ecology Minister": capitalised words before the head.
      const Word& head = t[b - 1].lower;  // (a reference: no copy; its comparisons inline)
      bool ministerial = head == "minister" || head == "secretary" || head == "commissioner" || head == "director" ||
                         head == "ambassador" || head == "envoy" || head == "chief" || head == "spokesman" ||
                         head == "spokeswoman" || head == "spokesperson";
      // "Ethiopia's foreign affairs minister": the same in lower case, after a possessive.
      bool lower_portfolio = false;
      if (ministerial && !tk.cap) {
        std::size_t c = a;
        while (c > 0 && t[c - 1].word && !t[c - 1].cap && L.portfolio.count(t[c - 1].lower)) --c;
        // ... or after a named owner: "UN Middle East peace envoy".
        bool after_name = false;
        for (auto& m : S.ms)
          if (m.te == c && !(m.unknown && m.type == "person") && m.type != "person") after_name = true;
        lower_portfolio = c < a && c > 0 && (t[c - 1].lower == "'s" || after_name);
      }
      if (ministerial && (tk.cap || lower_portfolio)) {
        std::size_t c = a;
        while (c > 0) {
          const Token& p = t[c - 1];
          bool ok = ((is_title_case_word(p) && L.portfolio.count(p.lower)) ||
                     (lower_portfolio && p.word && !p.cap && L.portfolio.count(p.lower)) ||
                     (p.lower == "and" && c >= 2 && is_title_case_word(t[c - 2]))) &&
                    (p.lower == "and" || !L.is(p, "nonname"));
          if (!ok) break;
          std::size_t gl;
          if (is_title_case_word(p) && gaz_match(t, c - 1, gl)) break;
          bool in_mention = false;
          for (auto& m : S.ms)
            if (c - 1 >= m.tb && c - 1 < m.te && !(m.unknown && m.type == "person")) in_mention = true;
          if (in_mention) break;
          --c;
        }
        if (c < a && t[c].lower != "and") {
          a = c;
          // "Peace and Security Commissioner": the words were taken for a name before the
          // title was seen; they are the title's.
          S.ms.erase(std::remove_if(S.ms.begin(), S.ms.end(),
                                    [&](const Mention& m) {
                                      return m.unknown && m.type == "person" && m.tb >= a && m.te <= b;
                                    }),
                     S.ms.end());
        }
      }
      // "deputy national security adviser", "Vice President": the rank is the title's.
      const std::size_t before_rank = a;
      while (a > 0 && L.is(t[a - 1], "rank")) {
        bool taken = false;
        for (auto& m : S.ms)
          if (a - 1 >= m.tb && a - 1 < m.te) taken = true;
        if (taken) break;
        --a;
      }
      // "Minister of Natural Resources and Ecology": the portfolio after "of"/"for".
      if (ministerial && b + 1 < n && (t[b].lower == "of" || t[b].lower == "for")) {
        std::size_t q = b + 1;
        bool caps = t[q].cap;
        std::size_t end = b;
        while (q < n && q - b <= 8) {
          const Token& x = t[q];
          std::size_t gl;
          if (x.word && (caps ? x.cap : !x.cap) && L.portfolio.count(x.lower) && !gaz_match(t, q, gl)) {
            end = q + 1;
            ++q;
            continue;
          }
          if ((x.lower == "and" || x.lower == ",") && q + 1 < n && (caps ? t[q + 1].cap : t[q + 1].word)) {
            ++q;
            continue;
          }
          break;
        }
        if (end > b) b = end;
      }
      // "Finnish Ambassador to NATO Klaus Korhonen": the posting belongs to the title when a
      // name follows it.
      if ((head == "ambassador" || head == "envoy" || head == "representative") && b + 2 < n && t[b].lower == "to") {
        std::size_t q = b + 1, gl = 0;
        if (t[q].lower == "the") ++q;
        if (q < n && gaz_match(t, q, gl) && q + gl < n && is_title_case_word(t[q + gl]) &&
            !L.is(t[q + gl], "nonname"))
          b = q + gl;
      }
      std::string key;
      for (std::size_t k = i; k < i + tl; ++k) key += (k > i ? " " : "") + t[k].lower;
      // "minister-elect": the office's title, held (not led) until taken.
      const bool elect = !L.titles.count(key);
      if (elect) key.resize(key.size() - 6);
      // A deputy does not lead: "Vice President", "deputy leader" hold a position.
      std::string rel = L.titles.at(key);
      if (elect) rel = "holds_position";
      if (a < before_rank && rel == "leads") rel = "holds_position";
      // A head of a portfolio leads no country: "Chief of Cabinet", "foreign affairs chief".
      if (rel == "leads" && head == "chief" && (a < i || b > i + tl)) rel = "holds_position";
      S.titles.push_back({a, b, rel, surf(t, a, b)});
      last_title_end = b;
      i = b;
      continue;
    }
    // "a China-brokered agreement", "Saudi-led coalition": a compound adjective names nothing.
    if (rlen == 1) {
      const Word& w = t[i].lower;
      auto dash = w.rfind('-');
      if (dash != std::string::npos && dash + 3 < w.size() && w.compare(w.size() - 2, 2, "ed") == 0 &&
          std::islower(static_cast<unsigned char>(doc_.text[t[i].b + dash + 1]))) {
        ++i;
        continue;
      }
    }
    if (rlen) {
      // Event named before a lower-case event noun: "Freedom Edge military drills".
      std::string after;
      // An agreement's short name over more words: "the START-2 nuclear weapons reduction
      // treaty" (lower-case content words between, no verb or function word).
      bool plain = true;
      for (std::size_t k = r; k < std::min(n, r + 5); ++k) {
        if (lex_bits(t[k]) & Lexicon::kAfterCue) {
          if (k < r + 2 || (plain && L.after_cue.at(t[k].lower) == "agreement")) after = L.after_cue.at(t[k].lower);
          break;
        }
        plain = plain && !t[k].digit && lower_content_word(t[k]);
        if (!plain && k >= r + 1) break;
      }
      Mention m;
      m.tb = i;
      m.te = r;
      m.surface = surf(t, i, r);
      m.name = collapse_ws(m.surface);
      if (!after.empty() && i == 0 && r > i + 1 && t[i].lower == "the" && !L.is(t[i + 1], "nonname")) {
        // "The CFE treaty has been ratified": a sentence's opening "The" is no part of the name.
        m.type = after;
        m.tb = i + 1;
        m.surface = surf(t, i + 1, r);
        m.name = collapse_ws(m.surface);
      } else if (!after.empty() && i > 0 && !L.is(t[i], "nonname")) {
        m.type = after;
      } else if (dateline_place(t, si, i, r) || place_then_country(t, i, r)) {
        // "PORT-AU-PRINCE, Haiti (AP) --": a dateline's place the gazetteer lacks is a city;
        // so is one written "in Samawah, Iraq".
        m.type = "city";
        m.name = title_case(m.name);
      } else if (const std::string_view pn = i >= 2 && t[i - 1].lower == "of" && !t[i - 2].cap
                                                 ? place_noun(t[i - 2].lower)
                                                 : std::string_view();
                 !pn.empty() && !L.is(t[i], "nonname")) {
        // "the border town of Ras Adjir", "the province of Surin": a place the noun types.
        m.type = std::string(pn);
      } else if (r == i + 1 && t[i].allcaps && i > 0 && t[i - 1].lower == "the" && t[i].lower.size() >= 2 &&
                 t[i].lower.size() <= 6 && !(r < n && (t[r].lower == "(" || t[r].lower == "[")) &&
                 std::all_of(t[i].lower.begin(), t[i].lower.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        // "founding members of the RCD": an acronym after "the" in running text is a body (not
        // one the text explains in brackets: "the INF (nuclear treaty)").
        m.type = "organization";
        m.acronym = true;
      } else {
        m.unknown = true;
        m.type = "person";
        // A title-case headline: "Nursultan Nazarbayev Receives Sergey Sobianin": a name
        // ends before a verb.
        for (std::size_t k = i + 1; k < r; ++k)
          if (t[k].word && (lex_bits(t[k]) & Lexicon::kVerbForm)) {
            r = k;
            m.te = r;
            m.surface = surf(t, i, r);
            m.name = collapse_ws(m.surface);
            break;
          }
        bool honorific = i > 0 && L.is(t[i - 1], "honorific");
        m.person_cue = honorific || last_title_end == i ||
                       (i > 0 && last_title_end == i - 1 && t[i - 1].lower == "," && r < n && t[r].lower == ",");
        // "Prime Minister of Armenia Nikol Pashinyan": a name right after "<title> of <country>".
        if (!m.person_cue && !S.ms.empty() && S.ms.back().te == i && S.ms.back().type == "country" &&
            S.ms.back().tb >= 2 && t[S.ms.back().tb - 1].lower == "of" && last_title_end == S.ms.back().tb - 1)
          m.person_cue = true;
        // A title-case headline: "U.S. State Secretary Sign Agreements" names nobody.
        if (m.person_cue && !honorific && (lex_bits(tk) & Lexicon::kVerbForm)) m.person_cue = false;
        // "China's official CCTV said": an acronym alone is a body's, not a person's name.
        if (m.person_cue && !honorific && r == i + 1 && tk.allcaps && tk.lower.size() >= 2 && tk.lower.size() <= 6 &&
            !S.title_case)
          m.person_cue = false;
        if (m.person_cue && !honorific && !S.titles.empty()) m.title_word = t[S.titles.back().te - 1].lower;
        if (m.person_cue) {
          // A name after a title: at most four words, not counting particles and the parts
          // a hyphen joins ("Khalid bin Ahmed al Khalifa", "Sabah Al-Ahmad Al-Jaber Al-Sabah").
          name_words(t, m.tb, m.te, 4, &m.te);
          m.surface = surf(t, m.tb, m.te);
          m.name = collapse_ws(m.surface);
          if (t[i].allcaps) m.name = title_case(m.name);
          // "King Hussein", "Prince Charles", "Sheikh Hasina": one name after a style (not
          // "Crown Prince X") goes by it; "King Abdullah II" with its number.
          const bool numbered = m.te == m.tb + 2 && t[m.tb + 1].allcaps &&
                                t[m.tb + 1].lower.find_first_not_of("ivx") == std::string::npos;
          if (!honorific && m.tb > 0 && L.is(t[m.tb - 1], "styled") && (m.te == m.tb + 1 || numbered) &&
              !(m.tb > 1 && t[m.tb - 2].lower == "crown"))
            m.style = title_case(std::string(t[m.tb - 1].lower)), any_style_ = true;
        }
      }
      S.ms.push_back(std::move(m));
      i = r;
      continue;
    }
    // Lower-case bodies: "South Korea's unification ministry", "intergovernmental
    // committee for cooperation in trade, economy, science, and technology".
    if ((lex_bits(tk) & Lexicon::kHeadCueOrg) && !tk.cap) {
      std::size_t a = i;
      while (a > 0 && a + 2 > i && t[a - 1].word && !t[a - 1].cap && !L.is(t[a - 1], "nonname") &&
             t[a - 1].lower != "'s" && !t[a - 1].digit && !(lex_bits(t[a - 1]) & Lexicon::kVerbForm))
        --a;
      bool owner = a > 0 && (t[a - 1].lower == "'s" || (a >= 1 && !S.ms.empty() && S.ms.back().te == a &&
                                                          S.ms.back().type == "country"));
      // "Tajikistan's own armed forces", "the new cabinet": words that say which one of a
      // country's bodies, not its name.
      static const std::unordered_set<std::string_view> kNotName = {"own",    "new",     "interim", "ruling",
                                                                    "former", "current", "previous", "entire",
                                                                    "whole",  "white",   "great",   "next"};
      if (owner)
        while (a < i && kNotName.count(std::string_view(t[a].lower))) ++a;
      std::size_t b = i + 1;
      bool ok = false;
      if (b + 1 < n && (t[b].lower == "for" || t[b].lower == "on")) {
        std::size_t q = b + 1, words = 0, commas = 0;
        bool closed = false;
        while (q < n && q - b <= 12) {
          // A portfolio lists subjects ("for trade, economy, science, and technology"); an
          // article starts a phrase of its own ("forces on a remote island", "a reserve force
          // for the military").
          if (t[q].lower == "a" || t[q].lower == "an" || t[q].lower == "the") break;
          if (t[q].lower == "," && (q + 1 == n || t[q + 1].cap || t[q + 1].lower == "the" || t[q + 1].lower == "a" ||
                                    (lex_bits(t[q + 1]) & Lexicon::kVerbForm))) {
            closed = true;
            break;
          }
          if (!(t[q].word ? (!t[q].cap && !t[q].digit && !(lex_bits(t[q]) & Lexicon::kVerbForm)) : t[q].lower == ","))
            break;
          if (t[q].word) ++words;
          else ++commas;
          ++q;
        }
        // The list must end the clause: ", the", ".", ")" or the sentence end.
        std::size_t end = q;
        while (end > b + 1 && t[end - 1].lower == ",") --end;
        closed = closed || q == n || t[q].lower == "." || t[q].lower == ")" || t[q].lower == ";";
        if (closed && words >= 3 && commas >= 1 && a < i) {
          b = end;
          ok = true;
        }
      }
      if (!ok && owner && a < i) ok = true;
      if (ok && a > 0 && t[a - 1].lower == "'s" && S.ms.size() && S.ms.back().te + 1 == a &&
          S.ms.back().type != "country")
        ok = false;
      if (ok) {
        Mention m;
        m.tb = a;
        m.te = b;
        m.type = "organization";
        m.surface = surf(t, a, b);
        m.name = b == i + 1 ? title_case(m.surface) : collapse_ws(m.surface);
        // "Mexico's foreign ministry": a body every country has is its country's.
        if (a > 1 && t[a - 1].lower == "'s" && !S.ms.empty() && S.ms.back().te == a - 1 &&
            S.ms.back().type == "country" && !S.ms.back().demonym && L.is(phrase_key(m.name), "generic_body")) {
          m.name = title_case(m.name);
          name_with_country(m, S.ms.back().name);
        }
        S.ms.push_back(std::move(m));
        i = b;
        continue;
      }
    }
    // An election the text names by its kind: "the presidential election", "parliamentary
    // elections", "the presidential runoff" (an event; a bare "the election" names none).
    if ((tk.lower == "election" || tk.lower == "elections" || tk.lower == "runoff" || tk.lower == "run-off" ||
         tk.lower == "polls") &&
        i > 0 && election_kind(t[i - 1].lower)) {
      Mention m;
      m.tb = i - 1;
      m.te = i + 1;
      m.type = "event";
      m.surface = surf(t, i - 1, i + 1);
      m.name = t[i - 1].lower + " " + tk.lower;
      S.ms.push_back(std::move(m));
      ++i;
      continue;
    }
    // Unnamed agreements: "a strategic partnership treaty", "a defense pact", "a permanent
    // ceasefire" (not "a ceasefire agreement": the last head names it), "a joint statement" (a
    // statement or communique is an agreement only when joint).
    const bool ceasefire_head = (tk.lower == "ceasefire" || tk.lower == "cease-fire") &&
                                !(i + 1 < n && (t[i + 1].lower == "agreement" || t[i + 1].lower == "deal" ||
                                   t[i + 1].lower == "accord" || t[i + 1].lower == "pact" ||
                                   t[i + 1].lower == "line" || t[i + 1].lower == "talks" ||
                                   t[i + 1].lower == "violations" || t[i + 1].lower == "monitors"));
    const bool joint_text = (tk.lower == "statement" || tk.lower == "communique" || tk.lower == "communiqu\xc3\xa9") &&
                            i > 0 && t[i - 1].lower == "joint";
    // "a memorandum of understanding": a kind of agreement by its name.
    const bool mou =
        tk.lower == "memorandum" && i + 2 < n && t[i + 1].lower == "of" && t[i + 2].lower == "understanding";
    // "13 separate agreements", "agreements on water management, security and energy": a set of
    // unnamed agreements, counted or given a topic.
    const bool plural = tk.lower == "agreements" || tk.lower == "accords" || tk.lower == "deals" ||
                        tk.lower == "pacts" || tk.lower == "treaties" || tk.lower == "memorandums" ||
                        tk.lower == "memoranda" || tk.lower == "protocols";
    if (tk.lower == "treaty" || tk.lower == "pact" || tk.lower == "accord" || tk.lower == "deal" ||
        tk.lower == "memorandum" || tk.lower == "agreement" || tk.lower == "truce" || tk.lower == "armistice" ||
        tk.lower == "declaration" || ceasefire_head || joint_text || mou || plural) {
      std::size_t a = i;
      std::vector<std::string> mods, described;
      bool evaluative = false;
      bool joined = false;  // "an immediate and unconditional ceasefire": two qualifiers joined
      while (a > 0 && i - a < (joined ? 4u : 3u)) {
        const Token& p = t[a - 1];
        // (adjectives by their endings: "protocol and peace accord" joins two agreements)
        if (p.lower == "and" && !joined && !mods.empty() && a > 1 && lower_content_word(t[a - 2]) &&
            !t[a - 2].digit && adjective_like(t[a - 2].lower) && adjective_like(mods.front())) {
          joined = true;
          mods.insert(mods.begin(), p.lower);
          --a;
          continue;
        }
        if (p.digit || !lower_content_word(p)) break;
        // "the newly-signed security agreement": the signing is an event, not part of the name.
        if (p.lower.size() > 7 && p.lower.compare(p.lower.size() - 7, 7, "-signed") == 0) break;
        if (L.is(p, "evaluative")) {
          evaluative = true;
          if (L.is(p, "descriptive")) described.insert(described.begin(), p.lower);
        } else {
          mods.insert(mods.begin(), p.lower);
        }
        --a;
      }
      // "a historic agreement": with nothing else to name it by, the words that praise it do.
      const bool praised = mods.empty() && !described.empty();
      if (praised) mods = std::move(described);
      if (plural) {
        // Counted ("13 separate agreements", "three agreements") or on a topic; else a reference.
        if (a > 0 && t[a - 1].digit) --a;
        const bool counted = a < i && (t[a].digit || number_word(t[a].lower));
        const std::size_t topic = agreement_topic(t, i + 1);
        if (!counted && topic == i + 1) {
          ++i;
          continue;
        }
        std::string name = collapse_ws(surf(t, a, topic));
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        Mention m = unnamed_agreement(t, a, topic, std::move(name));
        m.distinct = true;
        i = m.te;
        S.ms.push_back(std::move(m));
        continue;
      }
      bool det = a > 0 && (t[a - 1].lower == "a" || t[a - 1].lower == "the" || t[a - 1].lower == "an" ||
                           t[a - 1].lower == "'s" || t[a - 1].lower == "this" || t[a - 1].lower == "\xe2\x80\x9c");
      if (det || !mods.empty() || evaluative) {
        std::string name;
        for (auto& x : mods) name += x + " ";
        const std::size_t end = mou ? i + 3 : i + 1;
        Mention m = unnamed_agreement(t, a, end, name + (mou ? "memorandum of understanding" : tk.lower));
        m.praised = praised;
        // Bare "the deal": only a reference; a bare "the truce" names its kind.
        m.unknown =
            mods.empty() && !evaluative && !ceasefire_head && !mou && tk.lower != "truce" && tk.lower != "armistice";
        // "an agreement on cross-border trade", "a treaty on defence and military cooperation":
        // the topic after "on" names the agreement.
        std::size_t into_name = end;
        if (const std::size_t topic = agreement_topic(t, end, &into_name); topic > end) {
          m.te = topic;
          m.name += " " + surf(t, end, topic);
          m.unknown = false;
          m.distinct = true;
          m.praised = false;
        }
        m.surface = surf(t, a, m.te);
        // "a declaration on the establishment of the Shanghai Cooperation Organisation": a topic
        // that ends in a name names the agreement with it (the name stays a mention of its own).
        if (into_name > end && (tk.lower == "declaration" || mods.empty())) {
          m.name += " " + surf(t, end, into_name);
          m.surface = surf(t, a, into_name);
          m.unknown = false;
          m.distinct = true;
          m.praised = false;
        }
        i = m.te;
        S.ms.push_back(std::move(m));
        continue;
      }
      ++i;
      continue;
    }
    ++i;
  }
  // "the Arab League summit", "the Central American summit": a body's or a region's summit is
  // an event of its own, named with the word; the body is still mentioned. (A place's, "the
  // Camp David summit", names where, not who.)
  // So is a region's ("a Middle East summit": a place in no one country, not Camp David).
  auto region = [&](const Mention& m) {
    if (m.type != "location") return false;
    const GazEntry* g = L.gaz_entry(m.name, "location");
    return g && g->country.empty();
  };
  for (auto& m : S.ms)
    if (!m.drop && m.te < n && t[m.te].lower == "summit" && !(m.te + 1 < n && t[m.te + 1].cap) &&
        (m.type == "organization" || m.demonym || region(m)) && !(m.tb > 0 && t[m.tb - 1].lower == "'s")) {
      m.inner_type = m.demonym ? "country" : m.type;
      m.inner_name = m.demonym ? m.country : m.name;
      m.type = "event";
      m.te += 1;
      m.surface = surf(t, m.tb, m.te);
      m.name = m.surface;
      m.country.clear();
      m.demonym = m.capital = false;
    }
  // "Colombian President X met his Venezuelan counterpart Y": a counterpart holds what the
  // title before it in the sentence holds (a president's leads).
  for (std::size_t k = 1; k < S.titles.size(); ++k) {
    const std::string key = phrase_key(S.titles[k].text);
    if (key.size() >= 11 && key.compare(key.size() - 11, 11, "counterpart") == 0) S.titles[k].rel = S.titles[k - 1].rel;
  }
  // "defense spokesman Lt. Col. Charles Karamba", "the Libyan leader, Col Muammar Gadafy": a
  // military rank between a title and its holder is the holder's; the title reaches the name.
  for (std::size_t k = 0; k + 1 < S.titles.size(); ++k) {
    TitleSpan& a = S.titles[k];
    const TitleSpan& b = S.titles[k + 1];
    if (a.te != b.tb && !(a.te + 1 == b.tb && t[a.te].lower == ",")) continue;
    bool rank = true;
    for (std::size_t q = b.tb; q < b.te && rank; ++q)
      rank = !t[q].word || military_rank(t[q].lower);
    if (!rank) continue;
    a.te = b.te;
    S.titles.erase(S.titles.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  // "Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh": two titles joined
  // by "and" are one person's, owned by what comes before the first.
  for (std::size_t k = 0; k + 1 < S.titles.size();) {
    TitleSpan& a = S.titles[k];
    const TitleSpan& b = S.titles[k + 1];
    if (a.te + 1 == b.tb && t[a.te].lower == "and" && !(b.te < t.size() && t[b.te].lower == "of")) {
      a.te = b.te;
      a.text = surf(t, a.tb, a.te);
      if (b.rel == "leads") a.rel = "leads";
      S.titles.erase(S.titles.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    } else {
      ++k;
    }
  }
  // A headline in title case capitalises every word: "... After Signing Accord" names no
  // agreement, it refers to one; nor does "Sign Peace Treaty" when the text says "peace treaty".
  if (S.title_case)
    for (auto& m : S.ms) {
      if (m.type != "agreement" || m.generic) continue;
      std::string lower;
      // "Sign Peace Pact" over a text of "a peace treaty": words the text writes in lower case
      // and the agreement's kind describe, they do not name.
      bool common = true;
      for (std::size_t k = m.tb; k < m.te; ++k) {
        lower += (k > m.tb ? " " : "") + t[k].lower;
        common = common && t[k].word && (agreement_kind(t[k].lower) || t[k].lower == "deal" ||
                                          doc_.text.find(" " + t[k].lower + " ") != std::string::npos);
      }
      if (m.te == m.tb + 1 || common || doc_.text.find(lower) != std::string::npos) {
        m.generic = true;
        m.name = lower;
      }
    }
}

std::size_t DocExtractor::agreement_topic(const Toks& t, std::size_t on, std::size_t* into_name) const {
  const std::size_t n = t.size();
  if (on + 1 >= n || t[on].lower != "on") return on;
  std::size_t q = on + 1, end = on, words = 0;
  if (t[q].lower == "the") ++q;
  while (q < n && words < 8) {
    const Token& w = t[q];
    // "... civil war which has devastated the country": a relative clause ends the topic.
    const bool relative = w.lower == "which" || w.lower == "that" || w.lower == "who" || w.lower == "whose" ||
                          w.lower == "where" || w.lower == "when" || w.lower == "while";
    if (lower_content_word(w) && !w.digit && !relative) {
      // "on the sidelines of", "on the eve of": when, not what.
      if (L.is(w, "not_topic")) return on;
      ++words;
      end = ++q;
      continue;
    }
    const bool list = w.lower == "," && q + 1 < n && lower_content_word(t[q + 1]);
    const bool joint = (w.lower == "and" || w.lower == "of") && q + 1 < n;
    if (!list && !joint) break;
    ++q;
    if (w.lower == "of" && q < n && (t[q].lower == "the" || t[q].lower == "a" || t[q].lower == "an")) ++q;
  }
  // A topic that runs on into a name ("on the establishment of the Shanghai Cooperation
  // Organisation") is cut short by it: no name rather than half of one.
  if (end < n && end + 1 < n && (t[end].lower == "of" || t[end].lower == "and") &&
      (t[end + 1].cap || (t[end + 1].lower == "the" && end + 2 < n && t[end + 2].cap))) {
    if (into_name && t[end].lower == "of") {
      std::size_t q = end + 1 + (t[end + 1].lower == "the");
      while (q < n && t[q].cap && t[q].word && t[q].nl_before == 0) ++q;
      *into_name = q;
    }
    return on;
  }
  return words > 0 ? end : on;
}

// ---- coreference within the document ----

// Calls f(a, b) for each word [a, b) of a name, split at spaces and hyphens.
template <typename F>
void for_each_word(const std::string& s, F&& f) {
  const std::size_t n = s.size();
  for (std::size_t a = 0; a < n;) {
    while (a < n && (s[a] == ' ' || s[a] == '-')) ++a;
    std::size_t b = a;
    while (b < n && s[b] != ' ' && s[b] != '-') ++b;
    if (b > a) f(a, b);
    a = b;
  }
}

// The words of a name, split at spaces and hyphens, ASCII-lower-cased (std::tolower in the C
// locale, which kg build keeps): each copied once from its run, lowered in place.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  for_each_word(s, [&](std::size_t a, std::size_t b) {
    std::string& w = out.emplace_back(s, a, b - a);
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return out;
}

// words_of(s).size(), without the words.
std::size_t word_count(const std::string& s) {
  std::size_t count = 0;
  bool in = false;
  for (char c : s) {
    const bool sep = c == ' ' || c == '-';
    count += !sep && !in;
    in = !sep;
  }
  return count;
}

// Each word of words_of(s) followed by a space, in one string.
std::string words_key(const std::string& s) {
  // Written through a pointer into room for the longest key (each word and a space), then
  // cut to its length: no capacity test a byte.
  std::string k(s.size() + 1, '\0');
  char* const k0 = k.data();
  char* o = k0;
  for_each_word(s, [&](std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i) *o++ = static_cast<char>(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    *o++ = ' ';
  });
  k.resize(static_cast<std::size_t>(o - k0));
  return k;
}


void DocExtractor::resolve_doc_mentions() {
  // A body the lexicons lack, spelt out before its acronym: "Multinational Security Support
  // Mission (MSS)". The capitalised words whose initials are the bracketed capitals are one
  // organisation, and the acronym is it (not a body elsewhere that the gazetteer abbreviates
  // the same way).
  for (std::size_t si = 0; si < info_.size(); ++si) {
    const Toks& t = sents_[si].toks;
    auto& ms = info_[si].ms;
    for (std::size_t p = 2; p + 2 < t.size(); ++p) {
      if (t[p].lower != "(" || t[p + 2].lower != ")" || !t[p + 1].allcaps) continue;
      const std::string& acr = t[p + 1].lower;
      if (acr.size() < 3 || acr.size() > 6 ||
          !std::all_of(acr.begin(), acr.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        continue;
      // The capitalised words before it (and the connectors inside names): from the earliest
      // one that opens the acronym, its letters in order among their initials, a word or so
      // left out ("Multinational Security Support Mission (MSS)").
      std::size_t run = p;
      while (run > 0 && p - run < 10) {
        const Token& w = t[run - 1];
        if (w.cap && w.word && !w.allcaps && w.nl_before < 2) --run;
        else if (run < p && (w.lower == "of" || w.lower == "and" || w.lower == "for" || w.lower == "the")) --run;
        else break;
      }
      std::size_t k = p;
      for (std::size_t st = run; st < p && k == p; ++st) {
        if (!t[st].cap || t[st].lower[0] != acr[0]) continue;
        std::size_t letter = 0, caps = 0;
        for (std::size_t q = st; q < p; ++q) {
          if (!t[q].cap) continue;
          ++caps;
          if (letter < acr.size() && t[q].lower[0] == acr[letter]) ++letter;
        }
        if (letter == acr.size() && caps <= acr.size() + 1) k = st;
      }
      if (k == p || p - k < 3) continue;  // no such run, or one too short to be a name
      // Words the lexicons know ("Kenya Defence Forces (KDF)": Kenya) or a title ("Chief of the
      // Defence Forces (CDF)") are left as they are; so is a name already known whole.
      const bool known = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
        return m.tb < p && m.te > k && !m.drop && !m.unknown;
      }) || std::any_of(info_[si].titles.begin(), info_[si].titles.end(), [&](const TitleSpan& T) {
        return T.tb < p && T.te > k;
      });
      if (known) continue;
      Mention org;
      org.tb = k;
      org.te = p;
      org.type = "organization";
      org.surface = surf(t, k, p);
      org.name = collapse_ws(org.surface);
      Mention ab = org;
      ab.tb = p + 1;
      ab.te = p + 2;
      ab.surface = surf(t, p + 1, p + 2);
      std::erase_if(ms, [&](const Mention& m) { return m.tb < p + 2 && m.te > k; });
      auto at_pos = std::find_if(ms.begin(), ms.end(), [&](const Mention& m) { return m.tb >= p + 2; });
      at_pos = ms.insert(at_pos, std::move(ab));
      ms.insert(at_pos, std::move(org));
    }
  }
  // Acronyms defined in the text: "Office of Foreign Assets Control (OFAC)". The acronym in
  // the brackets, and later bare uses of it ("the OFAC"), are that organisation or body.
  {
    std::map<std::string, const Mention*> acronym;
    for (std::size_t si = 0; si < info_.size(); ++si) {
      const Toks& t = sents_[si].toks;
      auto& ms = info_[si].ms;
      for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention& a = ms[k];
        Mention& b = ms[k + 1];
        if (a.drop || a.unknown || a.type == "person" || a.type == "country" || a.generic) continue;
        if (!b.unknown || b.te - b.tb != 1 || b.tb != a.te + 1 || b.te >= t.size()) continue;
        if (t[a.te].lower != "(" || t[b.te].lower != ")" || !t[b.tb].allcaps) continue;
        acronym.emplace(t[b.tb].lower, &a);
      }
    }
    if (!acronym.empty())
      for (std::size_t si = 0; si < info_.size(); ++si) {
        const Toks& t = sents_[si].toks;
        for (auto& m : info_[si].ms) {
          if (!(m.unknown && m.type == "person") && !m.acronym) continue;
          std::size_t b = m.tb;
          if (t[b].lower == "the" && b + 1 < m.te) ++b;
          if (m.te - b != 1) continue;
          auto it = acronym.find(t[b].lower);
          if (it == acronym.end()) continue;
          const Mention& def = *it->second;
          m.tb = b;
          m.type = def.type;
          m.name = def.name;
          m.kind = def.kind;
          m.surface = surf(t, b, m.te);
          m.unknown = false;
        }
      }
  }
  // Countries named outright (not through contextual aliases).
  std::set<std::string> named;
  std::map<std::string, int> country_count;
  for (auto& S : info_)
    for (auto& m : S.ms)
      if (m.type == "country" && !m.contextual) {
        named.insert(m.name);
        country_count[m.name]++;
      }
  for (auto& S : info_)
    for (auto& m : S.ms)
      if (m.contextual && !named.count(m.name)) m.drop = true;
  // Contextual aliases claimed by two named countries ("the North"): ambiguous.
  // Persons: full names from strong cues, then short forms.
  struct P {
    std::string name;
    std::vector<std::string> w;
    int count = 0;
    bool weak = false;  // named only by the given-name rule, never by a title or a verb
  };
  std::vector<P> persons;
  auto add_person = [&](const std::string& name, bool weak = false) {
    auto w = words_of(name);
    for (auto& p : persons)
      if (p.w == w) {
        p.count++;
        p.weak = p.weak && weak;
        return;
      }
    persons.push_back({name, w, 1, weak});
  };
  for (std::size_t si = 0; si < info_.size(); ++si)
    for (auto& m : info_[si].ms) {
      if (!m.unknown || m.type != "person") continue;
      const Toks& t = sents_[si].toks;
      bool strong = m.person_cue;
      std::size_t nw = name_words(t, m.tb, m.te);
      // ", who" / "said" / ", <title>" after a name of two or more words.
      if (!strong && nw >= 2 && nw <= 4 && m.te < t.size()) {
        const std::string& nx = t[m.te].lower;
        if (L.is(nx, "report") || nx == "says") strong = true;
        if (nx == "," && m.te + 1 < t.size()) {
          const std::string& nx2 = t[m.te + 1].lower;
          if (nx2 == "who" || title_match(t, m.te + 1)) strong = true;
          // "Name, the Head of ...", "Name, the commander of ..."
          // "Name, the elusive leader of ...": over up to two lower-case words.
          if (nx2 == "the" || nx2 == "a")
            for (std::size_t q = m.te + 2; q < t.size() && q <= m.te + 4 && !strong; ++q) {
              if (title_match(t, q)) strong = true;
              if (!t[q].word || t[q].cap || L.is(t[q], "nonname") || (lex_bits(t[q]) & Lexicon::kVerbForm)) break;
            }
          // "Name, Russia's minister of ...", "Name, Algeria's top diplomat", "Name, a senior
          // Kenyan official", "Name, South Africa's new envoy".
          {
            std::size_t q = m.te + 1, gl = 0;
            if (q < t.size() && (t[q].lower == "the" || t[q].lower == "a" || t[q].lower == "an")) ++q;
            if (q < t.size() && is_title_case_word(t[q]) && gaz_match(t, q, gl)) {
              q += gl;
              if (q < t.size() && t[q].lower == "'s") ++q;
            }
            while (q < t.size() && q <= m.te + 6 && (title_adjective(t[q].lower) || t[q].lower == "top" ||
                                                     t[q].lower == "former" || t[q].lower == "veteran"))
              ++q;
            if (q > m.te + 2 && q < t.size() && title_match(t, q)) strong = true;
          }
        }
      }
      // "Name has been sworn in as Haiti's new president": a title taken by the name.
      if (!strong && nw >= 2 && nw <= 4)
        for (std::size_t k = m.te; k < t.size() && k <= m.te + 5 && !strong; ++k) {
          if (t[k].lower != "as") continue;
          std::size_t q = k + 1, gl = 0;
          while (q < t.size() && (t[q].lower == "the" || t[q].lower == "a" || t[q].lower == "an")) ++q;
          if (q < t.size() && gaz_match(t, q, gl) && q + gl < t.size() && t[q + gl].lower == "'s") q += gl + 1;
          while (q < t.size() && title_adjective(t[q].lower)) ++q;
          strong = q < t.size() && title_match(t, q) > 0;
        }
      // A given name first ("sanctions against Ali Tarzali"), outside title-case headlines:
      // two to four words, none a verb form ("Kim Meets Putin") or a non-name word.
      // Or initials ("S. Jayakumar", "B.J. Habibie"): a person's, not a place's ("U.S. Steel").
      bool weak = false;
      const bool initials = initials_word(t[m.tb].lower) && t[m.tb].lower != "u.s." && t[m.tb].lower != "u.k." &&
                            t[m.tb].lower != "u.n." && t[m.tb].lower != "e.u.";
      if (!strong && nw >= 2 && nw <= 4 && (L.is(t[m.tb], "given_name") || initials) && !info_[si].title_case) {
        bool names = is_title_case_word(t[m.te - 1]) && !L.head_cue.count(t[m.te - 1].lower);
        for (std::size_t k = m.tb; k < m.te && names; ++k)
          names = !t[k].allcaps && !L.is(t[k], "nonname") && !(lex_bits(t[k]) & Lexicon::kVerbForm);
        weak = strong = names;
      }
      if (strong) {
        m.unknown = false;
        m.person_cue = true;
        add_person(m.name, weak);
      }
    }
  // One of a list of names each after its country's possessive, a cued one among them:
  // "Malaysia's Abdullah Badawi, Thailand's Prachuab Chaiyasan and ...".
  for (std::size_t si = 0; si < info_.size(); ++si)
    for (auto& m : info_[si].ms) {
      if (!m.unknown || m.type != "person" || m.drop || !possessed_name(si, m)) continue;
      const Toks& t = sents_[si].toks;
      const std::size_t nw = name_words(t, m.tb, m.te);
      if (nw < 2 || nw > 4 || info_[si].title_case || m.te >= t.size() ||
          !(t[m.te].lower == "," || t[m.te].lower == "and" || t[m.te].lower == "."))
        continue;
      if (std::none_of(info_[si].ms.begin(), info_[si].ms.end(), [&](const Mention& o) {
            return &o != &m && o.type == "person" && !o.unknown && !o.drop && possessed_name(si, o);
          }))
        continue;
      m.unknown = false;
      m.person_cue = true;
      add_person(m.name, true);
    }
  // A full name without a cue whose surname a cue confirmed ("Emmerson Mnangagwa" ... "Mr
  // Mnangagwa"): two to four title-case words, the last one that surname.
  {
    std::set<std::string> surnames;
    for (auto& p : persons) surnames.insert(p.w.back());
    for (std::size_t si = 0; si < info_.size(); ++si)
      for (auto& m : info_[si].ms) {
        if (!m.unknown || m.type != "person" || m.drop) continue;
        const Toks& t = sents_[si].toks;
        std::size_t nw = m.te - m.tb;
        if (nw < 2 || nw > 4) continue;
        bool names = true;
        for (std::size_t k = m.tb; k < m.te && names; ++k)
          names = t[k].word && is_title_case_word(t[k]) && !t[k].allcaps && !L.is(t[k], "nonname");
        auto w = words_of(m.name);
        if (!names || w.size() < 2 || !surnames.count(w.back())) continue;
        m.unknown = false;
        m.person_cue = true;
        add_person(m.name);
      }
  }
  // Where each full name is first seen (sentence index).
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t si = 0; si < info_.size(); ++si)
    for (auto& m : info_[si].ms)
      if (m.type == "person" && !m.unknown && word_count(m.name) >= 2) first_seen.emplace(m.name, si);
  std::map<std::string, std::set<std::string>> titles_of;
  for (auto& S : info_)
    for (auto& m : S.ms)
      if (m.type == "person" && !m.title_word.empty()) titles_of[m.name].insert(m.title_word);
  // A title-cued surname takes a full name seen before it, or one named later with
  // the same title ("President Xi" ... "President Xi Jinping"; not "first lady Laura Bush").
  auto seen_before = [&](const std::string& name, std::size_t si, const std::string& title) {
    auto it = first_seen.find(name);
    if (it != first_seen.end() && it->second <= si) return true;
    auto tt = titles_of.find(name);
    return tt != titles_of.end() && !title.empty() && tt->second.count(title) > 0;
  };
  // Resolve short and unknown runs against the full names.
  for (std::size_t si = 0; si < info_.size(); ++si)
    for (auto& m : info_[si].ms) {
      if (m.type != "person" || m.drop) continue;
      if (!m.unknown && word_count(m.name) != 1) continue;
      auto w = words_of(m.name);
      // The longest known name at the start of the run ("Kim Jong Un Meets With").
      const P* best = nullptr;
      std::size_t best_len = 0;
      for (auto& p : persons) {
        if (p.w.size() <= w.size() && std::equal(p.w.begin(), p.w.end(), w.begin()) && p.w.size() > best_len) {
          best = &p;
          best_len = p.w.size();
        }
      }
      if (best && best_len >= 2) {
        // Shrink the mention to the name's tokens.
        const Toks& t = sents_[si].toks;
        std::size_t k = m.tb, words = 0;
        while (k < m.te && words < best_len) {
          words += word_count(t[k].lower);
          ++k;
        }
        m.te = k;
        m.surface = surf(t, m.tb, m.te);
        m.name = best->name;
        m.unknown = false;
        continue;
      }
      if (w.size() == 1) {
        // A surname (or the first word of an East Asian name) of exactly one known
        // person; several: the most mentioned.
        const P* cand = nullptr;
        bool tie = false;
        for (auto& p : persons) {
          if (p.w.size() < 2) continue;
          // A title-cued surname ("President Bush") takes a full name seen before it only.
          if (!m.unknown && !seen_before(p.name, si, m.title_word)) continue;
          // Or its first word: East Asian names put the family name first ("Kim Jong Un",
          // "Xi said" for Xi Jinping), and a first name alone is the person too.
          bool match = p.w.back() == w[0] || p.w.front() == w[0];
          if (!match) continue;
          // The most mentioned; between equals, one a title or a verb named over one only a
          // given name did.
          if (!cand || p.count > cand->count || (p.count == cand->count && cand->weak && !p.weak)) {
            cand = &p;
            tie = false;
          } else if (p.count == cand->count && p.weak == cand->weak) {
            tie = true;
          }
        }
        if (cand && !tie) {
          m.name = cand->name;
          m.unknown = false;
        }
      }
    }
  for (auto& S : info_)
    for (auto& m : S.ms)
      if (m.unknown && m.type == "person") m.drop = true;
  // Person canonical names within the document: the most common spelling.
  (void)country_count;
}

// ---- items, titles and patterns ----

const std::set<std::string> kPlacePreps = {"in", "at", "to", "into", "near", "outside", "from", "toward",
                                           "towards", "across", "inside", "around", "via"};

void DocExtractor::explain_sentence(std::size_t si, const std::vector<Item>& items) const {
  const Toks& t = sents_[si].toks;
  const SentInfo& S = info_[si];
  std::string out = "kg-explain: " + doc_.info.id + " sentence " + std::to_string(si) + "\n";
  for (const auto& m : S.ms)
    out += "  mention [" + std::to_string(m.tb) + "," + std::to_string(m.te) + ") " + m.type + " '" + m.name + "'" +
           (m.drop ? " (dropped)" : "") + (m.demonym ? " (demonym)" : "") + "\n";
  for (const auto& T : S.titles)
    out += "  title [" + std::to_string(T.tb) + "," + std::to_string(T.te) + ") '" + T.text + "' " + T.rel + "\n";
  out += "  items:";
  for (const auto& it : items) {
    if (it.is_ent()) {
      out += " {";
      for (std::size_t k = 0; k < it.ents.size(); ++k) out += (k ? "|" : "") + ents_[it.ents[k]].name;
      out += "}";
    } else if (it.deleg >= 0) {
      out += " {delegation}";
    } else {
      out += " ";
      out += it.tb < t.size() ? std::string_view(t[it.tb].lower) : std::string_view(it.word);
    }
  }
  out += "\n";
  std::fputs(out.c_str(), stderr);
}

void DocExtractor::resolve_unowned_titles() {
  // "President X" with no owner takes the one country its sentence names, when no other
  // reading is open: X holds no owned title in the document, nobody else holds that title of
  // that country here, and no other person holds the same bare title (a US outlet's
  // "President Obama" beside "President Karzai" is ambiguous).
  std::set<int> owned;
  for (const std::size_t k : title_rels_) owned.insert(rels_[k].s);
  std::map<std::string, std::set<int>> bare_holders;
  for (const auto& u : unowned_) bare_holders[words_of(u.title).back()].insert(u.person);
  std::set<std::pair<int, std::string>> done;
  // "Iraqi President Abdul Latif Rashid and Prime Minister Mohammed Shia al-Sudani": a title
  // right after "and" and an owned title holder shares its owner, when the two titles differ (a
  // country has one president).
  for (const auto& u : unowned_) {
    if (owned.count(u.person) || u.tb == 0 || sents_[u.sent].toks[u.tb - 1].lower != "and" ||
        L.is(phrase_key(u.title), "consort"))  // "President Xi Jinping and first lady Peng Liyuan"
      continue;
    auto in_sent = title_rels_in_sent_.find(u.sent);
    if (in_sent == title_rels_in_sent_.end()) continue;
    for (const std::size_t k : in_sent->second) {
      const RawRel& r = rels_[k];
      if (r.te + 1 != u.tb || ents_[r.s].type != "person") continue;
      auto a = r.attrs.find("title");
      if (a == r.attrs.end() || words_of(a->second.as_string()).back() == words_of(u.title).back()) break;
      title_relation(u.person, r.o, u.title, u.rel, u.sent, u.tb, u.te, "title.shared");
      owned.insert(u.person);
      break;
    }
  }
  // "the rebel leader X ... Mr X's Mozambique National Resistance": a leader without an owner
  // leads the body the text calls his.
  std::map<int, int> his_body;  // person -> the one body called his (-2: more than one)
  const bool leaders = std::any_of(unowned_.begin(), unowned_.end(), [](const Unowned& u) { return u.rel == "leads"; });
  if (leaders)
    for (const auto& r : rels_)
      if (r.type == "member_of" && r.pattern == "member.possessive") {
        auto [it, fresh] = his_body.emplace(r.s, r.o);
        if (!fresh && it->second != r.o) it->second = -2;
      }
  for (const auto& u : unowned_) {
    if (owned.count(u.person) || u.rel != "leads" || words_of(u.title).back() != "leader") continue;
    const auto b = his_body.find(u.person);
    if (b == his_body.end() || b->second < 0) continue;
    const int body = b->second;
    title_relation(u.person, body, u.title, u.rel, u.sent, u.tb, u.te, "title.body");
    owned.insert(u.person);
  }
  // A title only one country has ("Secretary of State X" in running news, "Taoiseach X"):
  // that country, when the document names it.
  for (const auto& u : unowned_) {
    if (owned.count(u.person)) continue;
    auto tc = L.title_country.find(phrase_key(u.title));
    if (tc == L.title_country.end()) continue;
    if (!ent_index_.count(std::make_pair(std::string("country"), tc->second))) continue;
    int owner = entity("country", tc->second, tc->second, false);
    title_relation(u.person, owner, u.title, u.rel, u.sent, u.tb, u.te, "title.country");
    owned.insert(u.person);
  }
  for (const auto& u : unowned_) {
    if (owned.count(u.person)) continue;
    std::string word = words_of(u.title).back();
    // Heads of state and government only ("prime minister": leads, ending in "minister").
    if (u.rel != "leads" || !(L.is(word, "head_title") || word == "minister")) continue;
    if (bare_holders[word].size() != 1) continue;
    if (!done.insert({u.person, word}).second) continue;
    // "provided military support to President Salva Kiir": a holder on the other side of the
    // sentence's act is not the holder of its actor's office.
    if (u.tb > 0) {
      const Word& before = sents_[u.sent].toks[u.tb - 1].lower;
      if (before == "to" || before == "with" || before == "against") continue;
    }
    // Countries named in the sentence (a capital for its country), but not a dateline's
    // ("Kathmandu:" is where the report was filed), not a counterpart's ("his Nepalese
    // counterpart") and not one after "with", "to", "against" ("deals with Nepal"): the other side.
    std::set<std::string> countries;
    const Toks& st = sents_[u.sent].toks;
    // A country whose title someone else holds in this sentence is theirs
    // ("... X, the Head of the Administration of the President of the Russian Federation").
    std::set<std::string> others_owners;
    if (auto in_sent = title_rels_in_sent_.find(u.sent); in_sent != title_rels_in_sent_.end())
      for (const std::size_t k : in_sent->second)
        if (rels_[k].s != u.person) others_owners.insert(ents_[rels_[k].o].name);
    static const std::unordered_set<std::string> kOtherSide = {
        "with", "to", "against", "toward", "towards", "visited", "visits", "visiting", "toured", "touring", "by",
        "on"};  // "sanctions on Pakistan"
    for (const auto& m : info_[u.sent].ms) {
      // A country's own government body stands for it too ("ordered the Pentagon").
      const bool body = m.type == "organization" && !m.country.empty() && (m.kind == "gov" || m.kind == "military");
      if (m.drop || !(m.type == "country" || (m.capital && !m.country.empty()) || body)) continue;
      if (m.te < st.size() && (st[m.te].lower == "counterpart" || st[m.te].lower == "counterparts")) continue;
      if (m.tb > 0 && kOtherSide.count(st[m.tb - 1].lower)) continue;
      // Joined to another name: "the U.S.-Mexico border", "Russia-Ukraine talks".
      if ((m.te < st.size() && st[m.te].lower == "-" && st[m.te].b == st[m.te - 1].e) ||
          (m.tb > 0 && st[m.tb - 1].lower == "-" && st[m.tb - 1].e == st[m.tb].b))
        continue;
      if (m.capital && m.type != "country" && m.tb == 0 && m.te < st.size() &&
          (st[m.te].lower == ":" || st[m.te].lower == "," || st[m.te].lower == "("))
        continue;
      // A capital after "in"/"at" is a venue ("met ... in Vienna"), not the holder's country;
      // nor is a country arrived in ("arrived in Germany on Monday").
      if (m.capital && m.type != "country" && m.tb > 0 && (st[m.tb - 1].lower == "in" || st[m.tb - 1].lower == "at"))
        continue;
      // So is a country after "in" or "from" ("this regime\" in Chad, President X said").
      if (m.type == "country" && m.tb > 0 && (st[m.tb - 1].lower == "in" || st[m.tb - 1].lower == "from")) continue;
      if (m.tb > 1 && (st[m.tb - 1].lower == "in" || st[m.tb - 1].lower == "at") &&
          (st[m.tb - 2].lower == "arrived" || st[m.tb - 2].lower == "arrives" || st[m.tb - 2].lower == "arriving" ||
           st[m.tb - 2].lower == "landed"))
        continue;
      // So is a country that completes another title: "... the President of the Russian Federation".
      bool other_title = false;
      for (const auto& T : info_[u.sent].titles) {
        if (T.tb == u.tb) continue;
        std::size_t k = T.te;
        if (k < st.size() && st[k].lower == "of") ++k;
        else continue;
        if (k < st.size() && st[k].lower == "the") ++k;
        if (k == m.tb) other_title = true;
      }
      if (other_title) continue;
      // The object of a verb after the holder: "President X welcomed the vote, calling Japan
      // a true friend" (a country he speaks of, not his own; "said Kenya would" is his).
      if (m.tb > u.te && m.tb > 0) {
        const Token& v = st[m.tb - 1];
        const bool ing = v.lower.size() > 4 && v.lower.compare(v.lower.size() - 3, 3, "ing") == 0;
        if ((ing || (lex_bits(v) & Lexicon::kVerbForm)) && v.lower != "said" && v.lower != "says" && v.lower != "saying")
          continue;
      }
      // A possessor of something else: "to delay Cambodia's admission".
      if (m.te + 1 < st.size() && st[m.te].lower == "'s" && !title_match(st, m.te + 1)) continue;
      // An adjective after the holder that names others: "... in the presence of South African
      // mediators".
      if (m.demonym && m.tb > u.te && !(m.te < st.size() && (L.is(st[m.te], "group") || title_match(st, m.te))))
        continue;
      const std::string& c = m.type == "country" ? m.name : m.country;
      if (!others_owners.count(c)) countries.insert(c);
    }
    if (countries.size() != 1) continue;
    const std::string& c = *countries.begin();
    auto h = title_holder_.find(c + "|" + word);
    if (h != title_holder_.end() && h->second != u.person) continue;
    int owner = entity("country", c, c, false);
    title_relation(u.person, owner, u.title, u.rel, u.sent, u.tb, u.te, "title.context");
  }
}

void DocExtractor::plural_title_lists(std::size_t si) {
  if (possessed_.empty()) return;
  const Toks& t = sents_[si].toks;
  // The plural title before the list: "foreign ministers" is "foreign minister"s.
  std::string title, rel;
  std::size_t end = 0;
  for (std::size_t p = 0; p < possessed_[0].tb && title.empty(); ++p) {
    std::string key;
    for (std::size_t k = 0; k < L.title_max && p + k < possessed_[0].tb; ++k) {
      if (!t[p + k].word) break;
      if (k) key += ' ';
      const Word& w = t[p + k].lower;
      key += w;
      if (w.size() < 4 || w.back() != 's') continue;
      auto f = L.titles.find(key.substr(0, key.size() - 1));
      if (f != L.titles.end()) title = f->first, rel = f->second, end = p + k + 1;
    }
  }
  // "Gabon's X, whose coup ended ..., took oath as president": a possessed name sworn in as a
  // head of state or government leads the possessor.
  for (const auto& p : possessed_)
    for (std::size_t k = p.tb; k + 2 < t.size() && k < p.tb + 24; ++k) {
      const Word& w = t[k].lower;
      if (w == "." || w == ";") break;
      if (w != "oath" && w != "sworn" && w != "inaugurated") continue;
      std::size_t q = k + 1;
      if (q < t.size() && t[q].lower == "in") ++q;
      if (q >= t.size() || t[q].lower != "as") break;
      ++q;
      while (q < t.size() && (t[q].lower == "the" || title_adjective(t[q].lower) || t[q].lower == "country's")) ++q;
      if (q < t.size() && (t[q].lower == "president" || t[q].lower == "premier" || t[q].lower == "leader" ||
                           (t[q].lower == "prime" && q + 1 < t.size() && t[q + 1].lower == "minister")))
        title_relation(p.person, p.country, t[q].lower == "prime" ? "prime minister" : std::string(t[q].lower),
                       "leads", si, p.tb, q + 1, "title.sworn");
      break;
    }
  if (title.empty()) {
    // "Russian President X, Ukraine's Y, French President Z and German Chancellor W held talks":
    // a possessed name in a list of holders titled alike (all lead their countries, or all hold
    // a post) holds what they hold.
    const auto in = title_rels_in_sent_.find(si);
    if (in == title_rels_in_sent_.end() || in->second.size() < 2) return;
    std::string same, tt;
    std::set<int> titled;
    for (const std::size_t k : in->second) {
      const RawRel& r = rels_[k];
      if (ents_[r.s].type != "person" || ents_[r.o].type != "country" || (!same.empty() && same != r.type)) return;
      same = r.type;
      titled.insert(r.s);
      if (auto a = r.attrs.find("title"); a != r.attrs.end()) tt = a->second.as_string();
    }
    for (const auto& p : possessed_)
      if (p.tb > 0 && (t[p.tb - 1].lower == "," || t[p.tb - 1].lower == "and") && !titled.count(p.person))
        title_relation(p.person, p.country, tt, same, si, p.tb, p.tb + 1, "title.listed");
    return;
  }
  if (rel == "member_of") return;
  // The list is what the title's holders were: "... ministers attending the ceremony were A's
  // X, B's Y and C's Z", "leaders, including ...", "ministers: ..."; not the object of an act
  // ("Ministers criticised Russia's Putin").
  bool linked = false;
  for (std::size_t k = end; k < possessed_[0].tb; ++k) {
    const Word& w = t[k].lower;
    if (w == "were" || w == "are" || w == "included" || w == "include" || w == "including" || w == ":" ||
        w == "namely" || (w == "as" && k > 0 && t[k - 1].lower == "such"))
      linked = true;
    else if (linked || ((lex_bits(t[k]) & Lexicon::kVerbForm) && !w.ends_with("ing")))  // "attending" qualifies
      return;
  }
  if (!linked) return;
  // Each holder in turn, the list joined by commas and "and" only.
  std::size_t at = possessed_[0].tb;
  for (const auto& p : possessed_) {
    for (std::size_t k = at; k < p.tb; ++k)
      if (t[k].lower != "," && t[k].lower != "and" && t[k].lower != "the") return;
    title_relation(p.person, p.country, title, rel, si, end - 1, end, "title.plural");
    at = p.tb;
    while (at < t.size() && t[at].lower != "," && t[at].lower != "and") ++at;
  }
}

static const std::string kHoldsPosition = "holds_position";

void DocExtractor::title_relation(int person, int owner, const std::string& title, const std::string& rel,
                                  std::size_t si, std::size_t tb, std::size_t te, const char* pat) {
  if (person < 0 || owner < 0) return;
  const std::string& ot = ents_[owner].type;
  if (ot != "country" && ot != "organization") return;
  if (rel == "member_of" && ot != "organization") return;
  std::string tt = collapse_ws(title);
  const std::string head = words_of(tt).back();  // the title's last word, lower case
  // "the Russian commander in Chechnya": a commander or a chief of a country's holds a post in
  // it; he leads a force or a body, not the country.
  const bool post = ot == "country" && (head == "commander" || head == "chief");
  const std::string& type = post && rel == "leads" ? kHoldsPosition : rel;
  add_rel(type, pat, person, owner, si, tb, te).attrs.emplace("title", Value(tt));
  const std::size_t k = rels_.size() - 1;
  title_rels_in_sent_[si].push_back(k);
  if (title_seen_.insert(std::make_tuple(person, owner, tt, type)).second) title_rels_.push_back(k);
  title_holder_.emplace(ents_[owner].name + "|" + head, person);
}

// No person named right after a title ending at `te` ("his counterpart - Hugo Chavez" names one).
static bool unnamed_holder(const Toks& t, const std::vector<const Mention*>& at, std::size_t te) {
  for (std::size_t k = te; k < t.size() && k < te + 2; ++k) {
    if (at[k]) return at[k]->type != "person";
    if (t[k].word) return true;
  }
  return true;
}

std::vector<Item>& DocExtractor::items_for(std::size_t si) {
  const Toks& t = sents_[si].toks;
  SentInfo& S = info_[si];
  std::vector<Item>& items = items_buf_;
  items.clear();
  items.reserve(t.size());  // an item takes at least one token
  // (Buffers of the document, refilled a sentence: no allocation per sentence.)
  std::vector<const Mention*>& at = at_buf_;
  at.assign(t.size(), nullptr);
  for (auto& m : S.ms)
    if (!m.drop && m.tb < t.size()) at[m.tb] = &m;
  std::vector<int>& title_at = title_at_buf_;
  title_at.assign(t.size(), -1);
  for (std::size_t k = 0; k < S.titles.size(); ++k) title_at[S.titles[k].tb] = static_cast<int>(k);
  // An item of entities over tokens [tb, te).
  auto push_ents = [&](std::size_t tb, std::size_t te, std::vector<int> ents) {
    Item& it = items.emplace_back();  // built in place
    it.tb = tb;
    it.te = te;
    it.ents = std::move(ents);
  };
  // "the Somali capital", "the East Timor capital": the country's capital city as the item over
  // [i, k], the country its alternative.
  auto capital_item = [&](Item& it, const std::string& country, int id, std::size_t k) {
    const std::size_t i = it.tb;
    ents_[id].mentions--;
    it.ents = {entity("city", L.country_capital.at(country), "")};
    it.alt = id;
    // After a place preposition, over "the" and lower-case adjectives ("to the war-torn
    // Somali capital").
    std::size_t b = i;
    while (b > 0 && i - b < 5 && (t[b - 1].lower == "the" || t[b - 1].lower == "-" ||
                                  (t[b - 1].word && !t[b - 1].cap && !kPlacePreps.count(t[b - 1].lower) &&
                                   !(lex_bits(t[b - 1]) & Lexicon::kVerbForm))))
      --b;
    it.place = b > 0 && kPlacePreps.count(t[b - 1].lower);
    it.te = k + 1;
  };
  auto ent_of = [&](const Mention& m) {
    if (m.generic) {
      if (generic_agreement_ < 0) {
        // A bare "an agreement" before the text describes it ("signed an agreement ... the peace
        // agreement") is the one it describes later.
        if (m.unknown && first_generic_name_.empty()) return -1;
        // A praise before the description names it no better than "the accord"; nor does a
        // title-case headline's "Peace Pact" name what the text calls "a peace treaty".
        const bool ref = m.unknown || ((m.praised || S.title_case) && !first_generic_name_.empty());
        const std::string& name = ref ? first_generic_name_ : m.name;
        const std::string& surface = ref ? first_generic_surface_ : m.surface;
        generic_agreement_ = entity("agreement", name, surface, !ref);
        generic_distinct_ = m.distinct;
        if (m.distinct) distinct_nodes_.insert(generic_agreement_);
        if (ref) {
          ents_[generic_agreement_].mentions++;
          ents_[generic_agreement_].surfaces[collapse_ws(m.surface)]++;
        }
        generic_nodes_.push_back({generic_agreement_, {}});
        return generic_current_ = generic_agreement_;
      }
      // A description with a partner the agreements described so far do not have ("a defense
      // agreement with Turkey" in a story of Ethiopia's port deal with Somaliland) is another
      // agreement; any other is the one the text speaks of ("the deal", "a defence pact").
      int to = generic_current_;
      // "an agreement on energy" after "an agreement on trade": each topic (or count) its own
      // agreement.
      if (m.distinct) {
        to = entity("agreement", m.name, m.surface, true);
        if (!is_generic_node(to)) generic_nodes_.push_back({to, {}});
        distinct_nodes_.insert(to);
        return generic_current_ = to;
      }
      // A description after one told apart by its topic ("a memorandum on energy cooperation ...
      // a peace deal") is not that one: the first plain description's, else its own.
      if (distinct_nodes_.count(to) && !m.unknown) {
        to = generic_distinct_ || generic_agreement_ < 0 ? entity("agreement", m.name, m.surface, true) : generic_agreement_;
        if (to == generic_agreement_) {
          ents_[to].mentions++;
          ents_[to].surfaces[collapse_ws(m.surface)]++;
        }
        if (!is_generic_node(to)) generic_nodes_.push_back({to, {}});
        return generic_current_ = to;
      }
      // "Russia and Latvia signed a similar accord in May": another agreement by its word.
      if (!m.unknown) {
        const std::string first = m.name.substr(0, m.name.find(' '));
        if (first == "similar" || first == "another" || first == "separate" || first == "parallel" ||
            first == "second") {
          to = entity("agreement", m.name, m.surface, true);
          generic_nodes_.push_back({to, {}});
          return generic_current_ = to;
        }
      }
      if (!m.unknown && m.te + 1 < t.size() && t[m.te].lower == "with") {
        std::size_t q = m.te + 1;
        if (t[q].lower == "the" && q + 1 < t.size()) ++q;
        if (at[q] && at[q]->type == "country" && !at[q]->demonym && !at[q]->drop) {
          const std::string& partner = at[q]->name;
          // The first agreement's parties: the countries the text has named most so far.
          const std::vector<std::string> top = most_named_countries(2);
          bool known = std::find(top.begin(), top.end(), partner) != top.end();
          for (const auto& g : generic_nodes_) known |= g.second.count(partner) > 0;
          if (!known) {
            to = entity("agreement", m.name, m.surface, true);
            generic_nodes_.push_back({to, {partner}});
            return generic_current_ = to;
          }
        }
      }
      DocEnt& e = ents_[to];
      e.mentions++;
      e.surfaces[collapse_ws(m.surface)]++;
      return generic_current_ = to;
    }
    static const std::string kCountry = "country";
    if (!m.inner_type.empty()) entity(m.inner_type, m.inner_name, surf(t, m.tb, m.te - 1));
    return m.demonym ? entity(kCountry, m.country, m.surface) : entity(m.type, m.name, m.surface);
  };
  static const std::set<std::string> kTwo = {"the two countries", "both countries", "the two nations",
                                             "both nations",      "the two sides",  "both sides",
                                             "the two neighbours", "the two neighbors", "both governments"};
  for (std::size_t i = 0; i < t.size();) {
    // "the leaders of Russia and China", "the presidents of A, B and C": the person the text
    // titled as leading each country, else the country.
    if (i + 3 < t.size() && t[i].lower == "the" &&
        (t[i + 1].lower == "leaders" || t[i + 1].lower == "presidents" || t[i + 1].lower == "heads")) {
      std::size_t k = i + 2 + of_state(t, i + 1);
      std::vector<int> members;
      std::size_t end = k;  // after the last country of the list
      if (k < t.size() && t[k].lower == "of") {
        ++k;
        while (k < t.size() && at[k] && !at[k]->drop && at[k]->type == "country" && !at[k]->demonym) {
          const int c = entity("country", at[k]->name, at[k]->surface);
          const int lead = leader_of(c);
          members.push_back(lead >= 0 ? lead : c);
          end = k = at[k]->te;
          if (k + 1 < t.size() && t[k].lower == "," && t[k + 1].lower == "and") k += 2;
          else if (k < t.size() && (t[k].lower == "," || t[k].lower == "and")) ++k;
          else break;
        }
      }
      if (members.size() >= 2) {
        push_ents(i, end, members);
        i = end;
        continue;
      }
    }
    // "The Clinton administration", "the Sharif government": the person the text names so.
    if (i + 1 < t.size() && t[i].cap && !at[i] &&
        (t[i + 1].lower == "administration" || t[i + 1].lower == "government") &&
        !(i > 0 && t[i - 1].cap && t[i - 1].lower != "the"))
      if (const int who = person_by_surname(t[i].lower); who >= 0) {
        push_ents(i, i + 2, {who});
        // As an actor a state's administration is its state, when the text has said whose.
        for (const auto& r : rels_)
          if (r.s == who && r.type == "leads" && ents_[r.o].type == "country") items.back().alt = r.o;
        i += 2;
        continue;
      }
    // "the country's new finance minister": the country the document is about.
    if (i + 2 < t.size() && t[i].lower == "the" && (t[i + 1].lower == "country" || t[i + 1].lower == "nation") &&
        t[i + 2].lower == "'s" && !at[i + 1])
      if (const std::string& c = main_country();
          !c.empty() && std::none_of(S.ms.begin(), S.ms.end(), [&](const Mention& m) {
            // Another country named before it in the sentence is the likelier one.
            return m.tb < i && !m.drop && (m.type == "country" || m.demonym) && (m.demonym ? m.country : m.name) != c;
          })) {
        push_ents(i, i + 2, {entity("country", c, "", false)});
        i += 2;
        continue;
      }
    // "the two countries": the document's two most mentioned countries.
    // (Every phrase below has one of these second words: no strings built for any other.)
    auto two_second = [](const Word& w) {
      return w == "two" || w == "countries" || w == "nations" || w == "sides" || w == "governments" ||
             w == "leaders" || w == "heads" || w == "presidents" || w == "ministers" || w == "premiers" ||
             w == "delegations";
    };
    if (i + 2 < t.size() && (t[i].lower == "the" || t[i].lower == "both") && two_second(t[i + 1].lower)) {
      std::string tri = t[i].lower + " " + t[i + 1].lower + " " + t[i + 2].lower;
      std::string bi = t[i].lower + " " + t[i + 1].lower;
      std::size_t len = kTwo.count(tri) ? 3 : kTwo.count(bi) ? 2 : 0;
      // "the two leaders", "the two foreign ministers": the two most mentioned persons so far.
      static const std::set<std::string> kTwoPersons = {"the two leaders", "both leaders", "the two presidents",
                                                        "the two ministers", "the two men", "the two women",
                                                        "the two heads", "both heads", "both presidents",
                                                        "both ministers"};
      bool persons = false;
      if (!len) {
        if (kTwoPersons.count(tri)) len = 3;
        else if (kTwoPersons.count(bi)) len = 2;
        else if (i + 3 < t.size() && t[i + 1].lower == "two" && (t[i + 3].lower == "ministers" || t[i + 3].lower == "leaders"))
          len = 4;  // "the two foreign ministers", "the two prime ministers"
        persons = len > 0;
        // "both heads of state", "the two heads of government"
        if (persons) len += of_state(t, i + len - 1);
      }
      // "The ministers signed", "The two with their team met": the same pair, but only when
      // the sentence before named both (the two people the text is telling of).
      bool recent = false;
      if (!len) {
        static const std::set<std::string> kPlural = {"the ministers", "the leaders", "the presidents",
                                                      "the premiers", "the delegations"};
        if (kPlural.count(bi)) len = 2;
        else if (t[i + 1].lower == "two" &&
                 ((lex_bits(t[i + 2]) & Lexicon::kVerbForm) || t[i + 2].lower == "with" || t[i + 2].lower == "also" ||
                  t[i + 2].lower == "later" || t[i + 2].lower == "then" || t[i + 2].lower == "jointly"))
          len = 2;
        persons = recent = len > 0;
      }
      // "The ministers signed", "the two presidents met": the two people the document titles
      // so, if there are two.
      const bool two_titled = persons && len == 3 && t[i + 1].lower == "two" &&
                              (t[i + 2].lower == "presidents" || t[i + 2].lower == "ministers" ||
                               t[i + 2].lower == "premiers" || t[i + 2].lower == "leaders");
      // "Hun Sen held talks with Wen Jiabao ... After their meeting, the two leaders signed":
      // the two people who met in the last few sentences, before the two the titles name (not
      // for "the two presidents": a title says which two).
      if (persons && !recent && !(two_titled && t[i + 2].lower != "leaders")) {
        const RawRel* met = nullptr;
        for (auto r = rels_.rbegin(); r != rels_.rend() && !met && r->sent + 6 >= si; ++r)
          if (r->type == "met_with" && ents_[r->s].type == "person" && ents_[r->o].type == "person") met = &*r;
        if (met) {
          push_ents(i, i + len, {met->s, met->o});
          i += len;
          continue;
        }
      }
      if ((recent && bi != "the delegations" && t[i + 1].lower != "two") || two_titled) {
        const Word& plural = two_titled ? t[i + 2].lower : t[i + 1].lower;
        std::string noun = plural.substr(0, plural.size() - 1);  // "minister"
        std::set<int> holders;
        for (const std::size_t k : title_rels_)
          if (const RawRel& r = rels_[k]; ents_[r.s].type == "person") {
            auto a = r.attrs.find("title");
            // The title's head: "Prime Minister", "Minister of Foreign Affairs" -> minister.
            std::string tw;
            if (a != r.attrs.end()) {
              std::vector<std::string> w = words_of(a->second.as_string());
              auto of = std::find(w.begin(), w.end(), "of");
              if (of != w.begin()) tw = *(of - 1);
              if (of - w.begin() >= 2 && *(of - 2) == "prime") tw.clear();  // "the ministers" are not premiers
            }
            if (tw == noun || (noun == "leader" && r.type == "leads")) holders.insert(r.s);
          }
        if (holders.size() == 2) {
          push_ents(i, i + len, {*holders.begin(), *holders.rbegin()});
          i += len;
          continue;
        }
      }
      if (len && !(i + len < t.size() && t[i + len].lower == "'")) {
        if (auto pair = standout_pair(persons ? "person" : "country", recent); pair.first >= 0) {
          push_ents(i, i + len, {pair.first, pair.second});
          i += len;
          continue;
        }
      }
    }
    // "These three nations", "the three countries", "all four states": the last list of that
    // many countries the text named.
    if (i + 2 < t.size() && !at[i] &&
        (t[i].lower == "these" || t[i].lower == "the" || t[i].lower == "all" || t[i].lower == "those")) {
      static const std::unordered_map<std::string_view, std::size_t> kNumber = {
          {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}};
      auto num = kNumber.find(std::string_view(t[i + 1].lower));
      const Word& noun = t[i + 2].lower;
      if (num != kNumber.end() &&
          (noun == "nations" || noun == "countries" || noun == "states" || noun == "governments" ||
           noun == "neighbours" || noun == "neighbors") &&
          !(i + 3 < t.size() && t[i + 3].lower == "'"))
        if (const CountryList* l = country_list(si, num->second, 8)) {
          push_ents(i, i + 3, l->ents);
          i += 3;
          continue;
        }
      // "The member-countries also signed the Shanghai Convention": the member countries of the
      // last list of countries the text named (a few sentences back at most).
      if (t[i].lower == "the" &&
          (t[i + 1].lower == "member-countries" || t[i + 1].lower == "member-states" ||
           t[i + 1].lower == "member-nations" ||
           (t[i + 1].lower == "member" && (t[i + 2].lower == "countries" || t[i + 2].lower == "states" ||
                                           t[i + 2].lower == "nations"))) &&
          !(i + 3 < t.size() && (t[i + 3].lower == "of" || t[i + 3].lower == "'")) &&
          !(t[i + 1].lower != "member" && (t[i + 2].lower == "of" || t[i + 2].lower == "'")))
        if (const CountryList* l = country_list(si, 0, 6); l && l->ents.size() >= 2) {
          const std::size_t len = t[i + 1].lower == "member" ? 3 : 2;
          push_ents(i, i + len, l->ents);
          i += len;
          continue;
        }
      // "the admission of these countries to NATO": "these" or "those" with no number, the last
      // list of the sentence before or this one.
      if ((t[i].lower == "these" || t[i].lower == "those") &&
          (t[i + 1].lower == "countries" || t[i + 1].lower == "nations" || t[i + 1].lower == "states") &&
          !(t[i + 2].lower == "'")) {
        // The last list earlier in this sentence, else the sentence before's.
        const std::vector<CountryList> here = country_lists_in(si, items);
        const CountryList* l = !here.empty() ? &here.back() : country_list(si, 0, 1);
        if (l) {
          push_ents(i, i + 2, l->ents);
          i += 2;
          continue;
        }
      }
    }
    // "Instead, they formed their own alliance": "they" as a clause's subject, the countries
    // listed as the subject of the sentence before.
    if (t[i].lower == "they" && !at[i] && (i == 0 || t[i - 1].lower == ",") && si > 0)
      if (const CountryList* l = country_list(si, 0, 1); l && l->subject) {
        push_ents(i, i + 1, l->ents);
        ++i;
        continue;
      }
    // "..., charging it with financing militant groups": "it" after a verb of accusing is
    // the last country or organisation the sentence named that is not its subject.
    if (t[i].lower == "it" && i > 0 && !at[i] &&
        (t[i - 1].lower == "charging" || t[i - 1].lower == "accusing" || t[i - 1].lower == "blaming")) {
      int found = -1;
      const std::size_t subject = first_entity(items);
      for (std::size_t k = items.size(); k-- > subject + 1;)
        if (items[k].is_ent() && items[k].ents.size() == 1) {
          const int e = items[k].alt >= 0 ? items[k].alt : items[k].ents[0];
          if (ents_[e].type == "country" || ents_[e].type == "organization") found = e;
          break;
        }
      if (found >= 0) {
        push_ents(i, i + 1, {found});
        ++i;
        continue;
      }
    }
    // "arrived here": the dateline's city.
    if (t[i].lower == "here" && i > 0 && !dateline_city_.empty() && !at[i] &&
        (t[i - 1].lower == "arrived" || t[i - 1].lower == "arrives" || t[i - 1].lower == "arriving" ||
         t[i - 1].lower == "landed")) {
      push_ents(i, i + 1, {entity("city", dateline_city_, "", false)});
      ++i;
      continue;
    }
    // "They" opening a sentence: the two people that stand out in the document, when the
    // sentence before named both ("Duale and Ogolla were in Somalia ...
    // They later received a briefing").
    if (i == 0 && t[i].lower == "they" && t.size() > 1) {
      if (auto pair = standout_pair("person", true); pair.first >= 0) {
        push_ents(0, 1, {pair.first, pair.second});
        i = 1;
        continue;
      }
    }
    // "the organization's", "the alliance": the one organisation this sentence or the one
    // before named ("... NATO on Monday. The US is one of the organization's founding members").
    if (i + 1 < t.size() && t[i].lower == "the" && !at[i] && !at[i + 1] && title_at[i + 1] < 0 &&
        (t[i + 1].lower == "organization" || t[i + 1].lower == "organisation" || t[i + 1].lower == "alliance" ||
         t[i + 1].lower == "bloc") &&
        !(i + 2 < t.size() && (is_title_case_word(t[i + 2]) || t[i + 2].lower == "of" || t[i + 2].lower == "for"))) {
      std::set<int> orgs = recent_orgs(items);
      // Of two or more, the one this sentence names, if it names one ...
      if (orgs.size() > 1) {
        std::set<int> here(folded_orgs_.begin(), folded_orgs_.end());
        for (const auto& x : items)
          for (int e : x.ents)
            if (ents_[e].type == "organization") here.insert(e);
        if (here.size() == 1) orgs = here;
      }
      // ... else the one whose name says so ("North Atlantic Treaty Organization").
      if (orgs.size() > 1) {
        std::set<int> named;
        std::string noun = t[i + 1].lower == "organisation" ? "organization" : std::string(t[i + 1].lower);
        for (int e : orgs) {
          auto w = words_of(ents_[e].name);
          for (auto& x : w)
            if (x == noun || (noun == "organization" && x == "organisation")) named.insert(e);
        }
        orgs = named;
      }
      if (orgs.size() == 1) {
        push_ents(i, i + 2, {*orgs.begin()});
        i += 2;
        continue;
      }
    }
    // "the court", "the council", "the party": the one organisation this sentence or the one
    // before named whose name ends in that word ("the International Criminal Court ...
    // Mongolia is a member of the court").
    if (i + 1 < t.size() && t[i].lower == "the" && !at[i] && !at[i + 1] && title_at[i + 1] < 0 &&
        !(i + 2 < t.size() && (is_title_case_word(t[i + 2]) || t[i + 2].lower == "of" || t[i + 2].lower == "for" ||
                               t[i + 2].lower == "'s"))) {
      static const std::unordered_set<std::string_view> kHeads = {
          "court", "council", "bank", "union", "agency", "commission", "assembly", "tribunal", "fund",
          "community", "league", "movement", "party", "group", "front", "coalition", "ministry", "parliament"};
      if (kHeads.count(std::string_view(t[i + 1].lower))) {
        int found = -1, count = 0;
        for (int e : recent_orgs(items)) {
          auto w = words_of(ents_[e].name);
          if (w.size() > 1 && w.back() == t[i + 1].lower) found = e, ++count;
        }
        if (count == 1) {
          push_ents(i, i + 2, {found});
          i += 2;
          continue;
        }
      }
    }
    // "the summit", "the conference": the one event of the document so named before
    // ("the SADC Extraordinary Summit ... Among those who attended the summit are ...").
    if (i + 1 < t.size() && t[i].lower == "the" && !at[i] && !at[i + 1] && title_at[i + 1] < 0 &&
        (t[i + 1].lower == "summit" || t[i + 1].lower == "conference" || t[i + 1].lower == "forum") &&
        !(i + 2 < t.size() && (is_title_case_word(t[i + 2]) || t[i + 2].lower == "'s" || t[i + 2].lower == "of"))) {
      // One such event, or one with a name of more than the bare noun ("Summit" said alone
      // is that one too).
      int found = -1, count = 0, named = -1, named_count = 0;
      for (std::size_t e = 0; e < ents_.size(); ++e) {
        if (ents_[e].type != "event") continue;
        auto w = words_of(ents_[e].name);
        if (w.back() != t[i + 1].lower) continue;
        found = static_cast<int>(e);
        ++count;
        if (w.size() > 1) named = static_cast<int>(e), ++named_count;
      }
      if (count > 1 && named_count == 1) found = named, count = 1;
      if (count == 1) {
        push_ents(i, i + 2, {found});
        i += 2;
        continue;
      }
    }
    if (title_at[i] >= 0) {
      const TitleSpan& T = S.titles[title_at[i]];
      // The owner: the item before (a country, demonym, organisation), possibly with 's.
      int owner = -1;
      std::size_t start = T.tb;
      std::size_t pop = 0;
      if (items.size() >= 2 && items.back().is_ent() && items.back().te == T.tb && items.back().ents.size() == 1 &&
          ents_[items.back().ents[0]].type == "location" && items[items.size() - 2].is_ent() &&
          items[items.size() - 2].te == items.back().tb && items[items.size() - 2].ents.size() == 1 &&
          (ents_[items[items.size() - 2].ents[0]].type == "organization" ||
           ents_[items[items.size() - 2].ents[0]].type == "country")) {
        // "UN Middle East peace envoy": the organisation, not the region of the portfolio.
        auto& oi = items[items.size() - 2];
        owner = oi.alt >= 0 ? oi.alt : oi.ents[0];
        start = oi.tb;
        pop = 2;
      } else if (const std::size_t z = items.size();
                 z >= 4 && items[z - 1].word == ")" && items[z - 1].te == T.tb && items[z - 3].word == "(" &&
                 items[z - 2].is_ent() && items[z - 4].is_ent() && items[z - 4].te == items[z - 3].tb &&
                 items[z - 4].ents.size() == 1 && items[z - 2].ents == items[z - 4].ents) {
        // "African Union (AU) Chairperson X": the body named with its acronym in brackets.
        owner = items[z - 4].alt >= 0 ? items[z - 4].alt : items[z - 4].ents[0];
        start = items[z - 4].tb;
        pop = 4;
      } else if (!items.empty() && items.back().is_ent() && items.back().te == T.tb && items.back().ents.size() == 1) {
        owner = items.back().alt >= 0 ? items.back().alt : items.back().ents[0];
        start = items.back().tb;
        pop = 1;
        // "His foreign minister, Yvan Gil": the title is of the country the person leads (not
        // a counterpart's, which is the other side's).
        if (ents_[owner].type == "person" && (t[start].lower == "his" || t[start].lower == "her")) {
          const int led = phrase_key(T.text).find("counterpart") == std::string::npos ? country_led_by(owner) : -1;
          owner = led >= 0 ? led : -1;
          if (owner < 0) pop = 0, start = T.tb;
        }
      } else if (items.size() >= 2 && items.back().word == "'s" && items[items.size() - 2].is_ent() &&
                 items[items.size() - 2].ents.size() == 1) {
        auto& oi = items[items.size() - 2];
        owner = oi.alt >= 0 ? oi.alt : oi.ents[0];
        start = oi.tb;
        pop = 2;
      } else if (const std::size_t z = items.size(), adj = office_adjectives(items, T.tb);
                 adj && z >= adj + 2 && items[z - adj - 1].word == "'s" && items[z - adj - 2].is_ent() &&
                 items[z - adj - 2].ents.size() == 1 && T.te < t.size() && at[T.te] && at[T.te]->type == "person") {
        // "Argentina's new president Javier Milei", "... newly elected president ...": adjectives of
        // the office between owner and title, the holder right after it.
        const Item& oi = items[z - adj - 2];
        owner = oi.alt >= 0 ? oi.alt : oi.ents[0];
        start = oi.tb;
        pop = adj + 2;
      } else if (items.size() >= 2 && items.back().word == "'s" && T.tb >= 2) {
        // "the academy's President": the last organisation with that head word.
        const WordView w = items[items.size() - 2].word;
        for (int e = static_cast<int>(ents_.size()) - 1; e >= 0; --e)
          if (ents_[e].type == "organization" && !w.empty() && word_count(ents_[e].name) > 1) {
            auto ws = words_of(ents_[e].name);
            if (std::find(ws.begin(), ws.end(), w) != ws.end()) {
              owner = e;
              break;
            }
          }
        if (owner >= 0) {
          pop = 2;
          start = items[items.size() - 2].tb;
          if (items.size() >= 3 && items[items.size() - 3].word == "the") {
            pop = 3;
            start = items[items.size() - 3].tb;
          }
        }
      }
      // "the Duma ... and met its chairman X": the one organisation this sentence or the one
      // before named owns the title.
      // "African troops entered The Gambia to bolster its new President Adama Barrow": else
      // the one country this sentence named before it.
      {
        const std::size_t z = items.size();
        const std::size_t its = z >= 1 && items[z - 1].word == "its" && items[z - 1].te == T.tb ? z - 1
                                : z >= 2 && items[z - 2].word == "its" && title_adjective(items[z - 1].word) &&
                                          items[z - 1].te == T.tb
                                    ? z - 2
                                    : z;
        if (owner < 0 && its < z) {
          // The one body this sentence named before "its", else its one country, else the one
          // body of the sentence before.
          std::set<int> orgs_here(folded_orgs_.begin(), folded_orgs_.end()), countries_here;
          for (std::size_t k = 0; k < its; ++k)
            if (items[k].is_ent() && items[k].ents.size() == 1 && !items[k].modifier) {
              const int e = items[k].alt >= 0 ? items[k].alt : items[k].ents[0];
              if (ents_[e].type == "organization") orgs_here.insert(e);
              if (ents_[e].type == "country") countries_here.insert(e);
            }
          if (orgs_here.size() == 1) {
            owner = *orgs_here.begin();  // "the Duma, Russia's lower house, ... its chairman"
          } else if (orgs_here.empty() && countries_here.size() == 1) {
            owner = *countries_here.begin();
          } else if (orgs_here.empty() && countries_here.empty()) {
            std::set<int> orgs = recent_orgs(items);
            if (orgs.size() == 1) owner = *orgs.begin();
          }
          if (owner >= 0) {
            start = items[its].tb;
            pop = z - its;
          }
        }
      }
      // "Federal Government of Somalia's President": the government's country owns the title.
      if (owner >= 0 && ents_[owner].type == "organization") {
        const std::string& on = ents_[owner].name;
        if (auto p = on.find("Government of "); p != std::string::npos) {
          std::string rest = on.substr(p + 14);
          if (rest.rfind("the ", 0) == 0) rest = rest.substr(4);
          if (const GazEntry* c = L.gaz_entry(rest, "country")) owner = entity("country", c->name, rest, false);
        }
      }
      // The holder: right after the title, or after ", " and an honorific ("minister, Dr X").
      const Mention* pm = nullptr;
      {
        std::size_t q = T.te;
        // "Ecuador's ambassador to Mexico, Roberto Canseco": the post's place, then the holder.
        if (q + 2 < t.size() && t[q].lower == "to" && at[q + 1] && at[q + 1]->type == "country" &&
            at[q + 1]->te < t.size() && t[at[q + 1]->te].lower == ",")
          q = at[q + 1]->te;
        // "the acting Russian commander in Chechnya, General X": where the post is, then the holder.
        else if (q + 2 < t.size() && t[q].lower == "in" && at[q + 1] && !at[q + 1]->drop &&
                 (at[q + 1]->type == "location" || at[q + 1]->type == "country" || at[q + 1]->type == "city") &&
                 at[q + 1]->te + 1 < t.size() && t[at[q + 1]->te].lower == "," && owner >= 0)
          q = at[q + 1]->te;
        // "his Venezuelan counterpart, X", "... counterpart - X", "... counterpart: X"
        if (q < t.size() && (t[q].lower == "," || t[q].lower == ":" ||
                             ((t[q].lower == "-" || t[q].lower == "\xe2\x80\x94" || t[q].lower == "\xe2\x80\x93") &&
                              t[q].b > t[q - 1].e)))
          ++q;
        if (q < t.size() && L.is(t[q], "honorific")) ++q;
        // A style that is also a title: "Foreign Minister Sheikh X", "Foreign Minister Prince X".
        if (q < t.size() && title_at[q] >= 0) {
          const TitleSpan& T2 = S.titles[title_at[q]];
          const Word& sw = t[q].lower;
          // So is a military rank: "RPF Chairman Colonel Alexis Kanyarengwe".
          static const std::unordered_set<std::string> kStyles = {
              "sheikh",  "sheikha",   "prince",  "princess", "colonel", "general", "lieutenant", "major",
              "captain", "brigadier", "admiral", "marshal",  "col.",    "gen.",    "lt.",        "maj.",
              "commodore"};
          if (T2.te == q + 1 && kStyles.count(sw) && T2.te < t.size() && at[T2.te] && at[T2.te]->type == "person")
            q = T2.te;
        }
        if (q < t.size() && (q == T.te || (at[q] && at[q]->type == "person"))) pm = at[q];
      }
      if (pm && pm->type == "person" && !pm->drop) {
        int person = entity("person", pm->name, pm->surface);
        // "Prime Minister Carlos Ortega of Spain": the owner after the name.
        std::size_t end = pm->te;
        std::size_t oc = end + 1;  // "... of the Republic of Korea"
        if (oc + 1 < t.size() && t[oc].lower == "the") ++oc;
        // "Speaker Wesley Simina of the FSM Congress": an organisation too.
        if (owner < 0 && oc < t.size() && t[end].lower == "of" && at[oc] && !at[oc]->drop &&
            (at[oc]->type == "country" || at[oc]->type == "organization") && !at[oc]->demonym &&
            !(at[oc]->te < t.size() && (t[at[oc]->te].lower == "'s" || title_at[at[oc]->te] >= 0))) {
          owner = ent_of(*at[oc]);
          end = at[oc]->te;
          // "... of the Republic of Korea (ROK)": the acronym in brackets is the owner's too.
          if (end + 2 < t.size() && t[end].lower == "(" && at[end + 1] && at[end + 1]->type == "country" &&
              at[end + 1]->name == at[oc]->name && at[end + 1]->te < t.size() && t[at[end + 1]->te].lower == ")")
            end = at[end + 1]->te + 1;
        }
        // "his Czech counterpart, Milos Zeman": the counterpart of a person who leads a country
        // leads his own.
        std::string rel = T.rel;
        if (rel == "holds_position" && start > 0 && phrase_key(T.text).ends_with("counterpart")) {
          std::size_t k = items.size();
          while (k > 0 && items[k - 1].tb >= start) --k;  // the items before the owner's
          if (k > 0 && items[k - 1].is_ent() && items[k - 1].ents.size() == 1 &&
              (t[items[k - 1].tb].lower == "his" || t[items[k - 1].tb].lower == "her") &&
              country_led_by(items[k - 1].ents[0]) != -1)
            rel = "leads";
        }
        if (owner < 0) unowned_.push_back({person, T.text, rel, si, T.tb, pm->te});
        title_relation(person, owner, T.text, rel, si, start, end, pop == 2 ? "title.possessive" : "title.owner");
        for (std::size_t k = 0; k < pop; ++k) items.pop_back();
        {
          // "his Southern counterpart X", "his Chinese counterpart X": the possessive and its
          // adjectives are the title's.
          std::size_t k = items.size(), adj = 0;
          while (k > 0 && adj < 2 && !items[k - 1].is_ent() && items[k - 1].deleg < 0 && items[k - 1].title < 0 &&
                 !items[k - 1].word.empty() && std::isalpha(static_cast<unsigned char>(items[k - 1].word[0])) &&
                 items[k - 1].word != "and" && items[k - 1].word != "or" && !L.verb_forms.count(std::string(items[k - 1].word))) {
            --k;
            ++adj;
          }
          const WordView pw = k > 0 ? items[k - 1].word : WordView();
          if (pw == "his" || pw == "her" || pw == "their" || pw == "its") {
            start = items[k - 1].tb;
            items.resize(k - 1);
          }
        }
        push_ents(start, end, {person});
        i = end;
        continue;
      }
      // "... as the country's prime minister", "sworn in as Haiti's president": a title taken
      // is no reference to its holder so far.
      const bool taken = start > 0 && (t[start - 1].lower == "as" ||
                                       (start > 1 && t[start - 1].lower == "the" && t[start - 2].lower == "as"));
      if (owner >= 0 && !taken) {
        // "the North Korean leader": the person named with that title before; "the Russian
        // leader" (a title that leads): the one person the text titled as leading that owner.
        std::string key = ents_[owner].name + "|" + words_of(T.text).back();
        int holder = -1;
        if (auto h = title_holder_.find(key); h != title_holder_.end()) holder = h->second;
        else if (T.rel == "leads") holder = leader_of(owner);
        if (holder >= 0) {
          for (std::size_t k = 0; k < pop; ++k) items.pop_back();
          push_ents(start, T.te, {holder});
          i = T.te;
          continue;
        }
      }
      // "The president later met X": a bare title after "the" is the one person the text has
      // titled so before (none or several: no reading).
      if (owner < 0 && !taken && T.tb > 0 && t[T.tb - 1].lower == "the" && T.tb == i &&
          !(T.te < t.size() && (t[T.te].lower == "of" || t[T.te].lower == "'s" || at[T.te])))
        if (const int holder = bare_title_holder(T.text); holder >= 0) {
          push_ents(i, T.te, {holder});
          i = T.te;
          continue;
        }
      Item& it = items.emplace_back();  // built in place
      it.tb = i;
      it.te = i + 1;
      it.word = t[i].lower;
      it.title = title_at[i];
      ++i;
      continue;
    }
    if (const Mention* m = at[i]) {
      int id = ent_of(*m);
      if (id < 0) {
        Item& it = items.emplace_back();  // built in place
        it.tb = i;
        it.te = m->te;
        it.word = t[i].lower;
        i = m->te;
        continue;
      }
      // "Argentina's Cristina Fernandez de Kirchner" in a list of leaders: the country's
      // possessive is the person's modifier, one item (a coordination of such holds together).
      // ("the Philippines' Domingo Siazon": a plural's bare apostrophe is its possessive.)
      if (m->type == "person" && items.size() >= 2 &&
          (items.back().word == "'s" ||
           (items.back().word == "'" && t[items.back().tb - 1].lower.back() == 's')) &&
          items.back().te == m->tb) {
        const Item& c = items[items.size() - 2];
        if (c.is_ent() && c.ents.size() == 1 && ents_[c.alt >= 0 ? c.alt : c.ents[0]].type == "country" &&
            c.te == items.back().tb && title_at[m->tb] < 0) {
          const std::size_t tb = c.tb;
          possessed_.push_back({tb, id, c.alt >= 0 ? c.alt : c.ents[0]});
          items.pop_back();
          items.pop_back();
          push_ents(tb, m->te, {id});
          i = m->te;
          continue;
        }
        // "the PRI's Francisco Labastida": a party's person is its member (a body's person may
        // lead it or work for it: "NATO's Jens Stoltenberg" says nothing so plain); "his
        // Democratic Progressive Party" below.
        if (c.is_ent() && c.ents.size() == 1 && c.te == items.back().tb && title_at[m->tb] < 0) {
          const DocEnt& org = ents_[c.ents[0]];
          if (org.type == "organization" && is_party(org.name))
            add_rel("member_of", "member.possessive", id, c.ents[0], si, c.tb, m->te);
        }
      }
      // "His Democratic Progressive Party": the party of the person the pronoun stands for.
      if (m->type == "organization" && !items.empty() && items.back().te == m->tb &&
          (items.back().word == "his" || items.back().word == "her") && items.back().ents.size() == 1 &&
          ents_[items.back().ents[0]].type == "person" && is_party(ents_[id].name))
        add_rel("member_of", "member.pronoun", items.back().ents[0], id, si, items.back().tb, m->te);
      // "NATO member Turkey", "OPEC member-nation Venezuela", "EU member states France and
      // Germany": each country a member of the body, and the phrase stands for the country.
      if (m->type == "organization" && m->te + 1 < t.size()) {
        std::size_t q = m->te;
        if (t[q].lower == "fellow") ++q;
        const Word& mw = t[q].lower;
        if (mw == "member" || mw == "members" || mw == "member-nation" || mw == "member-state" ||
            mw == "member-country" || mw == "member-states" || mw == "member-nations" || mw == "member-countries") {
          ++q;
          if (q < t.size() && (t[q].lower == "states" || t[q].lower == "nations" || t[q].lower == "countries")) ++q;
          // "the Mercosur member countries - Argentina, Brazil, ...": a dash or colon before the list.
          if (q + 1 < t.size() && (t[q].lower == "-" || t[q].lower == "\xe2\x80\x94" || t[q].lower == "\xe2\x80\x93" ||
                                   t[q].lower == ":"))
            ++q;
          std::vector<const Mention*> members;
          while (q < t.size() && at[q] && at[q]->type == "country" && !at[q]->demonym && !at[q]->drop) {
            members.push_back(at[q]);
            q = at[q]->te;
            if (q + 1 < t.size() && t[q].lower == "," && t[q + 1].lower == "and") q += 2;
            else if (q < t.size() && (t[q].lower == "," || t[q].lower == "and")) ++q;
            else break;
          }
          if (!members.empty()) {
            for (const Mention* c : members) {
              add_rel("member_of", "member.prenominal", ent_of(*c), id, si, m->tb, c->te);
            }
            folded_orgs_.insert(id);
            push_ents(m->tb, members[0]->te, {ent_of(*members[0])});
            i = members[0]->te;
            continue;
          }
        }
      }
      Item it;
      it.tb = m->tb;
      it.te = m->te;
      it.ents = {id};
      if (m->capital) {
        // After a verb of going: "visited Moscow", "toured Beijing" name the city.
        static const std::unordered_set<std::string_view> kVisitVerbs = {"visited", "visiting", "visits", "visit",
                                                                          "toured",  "touring",  "tours"};
        bool place = (i > 0 && (kPlacePreps.count(t[i - 1].lower) || kVisitVerbs.count(std::string_view(t[i - 1].lower))) &&
                      !(m->te < t.size() && t[m->te].lower == "'s")) ||
                     (i > 1 && t[i - 1].lower == "the" && kPlacePreps.count(t[i - 2].lower));
        // "left for Washington", "bound for Moscow": a destination.
        if (i > 1 && t[i - 1].lower == "for" &&
            (t[i - 2].lower == "left" || t[i - 2].lower == "leaves" || t[i - 2].lower == "leaving" ||
             t[i - 2].lower == "departed" || t[i - 2].lower == "departs" || t[i - 2].lower == "bound" ||
             t[i - 2].lower == "headed" || t[i - 2].lower == "heading"))
          place = true;
        // A dateline ("SEOUL, Nov 19", "Pyongyang, North Korea", "VIENNA/WASHINGTON:") names a place.
        // Further down, a comma after the city must be followed by a date ("Buenos Aires, Jan 22
        // (Prensa Latina)"): "Kiev, along with the Western countries, has long accused ..." is
        // the capital as an actor.
        const bool comma_dateline =
            si < 4 || (m->te + 1 < t.size() && (t[m->te + 1].digit || (t[m->te + 1].cap && month_of(t[m->te + 1].lower) > 0)));
        if (m->te < t.size() && ((i == 0 && (t[m->te].lower != "," || comma_dateline)) || t[i].allcaps) &&
            (t[m->te].lower == "," || t[m->te].lower == "(" || t[m->te].lower == "\xe2\x80\x94" ||
             t[m->te].lower == "\xe2\x80\x93" || t[m->te].lower == "-" || t[m->te].lower == ":" ||
             t[m->te].lower == "/"))
          place = true;
        // "Thailand's Bangkok", "Malaysia's Kuala Lumpur": a country's city is a place.
        if (items.size() >= 2 && items.back().word == "'s" && items[items.size() - 2].is_ent() &&
            ents_[items[items.size() - 2].ents[0]].type == "country")
          place = true;
        if (m->te + 1 < t.size() && t[m->te].lower == ",") {
          std::size_t gl;
          const GazEntry* g2 = gaz_match(t, m->te + 1, gl);
          if (g2 && g2->type == "country" && !g2->demonym && !g2->contextual &&
              (m->te + 1 + gl >= t.size() || !t[m->te + 1 + gl].word))
            place = true;
        }
        // Named as a capital: "the capital, Phnom Penh", "the Liberian capital Monrovia",
        // "Suva, the capital", "Freetown, the country's capital": a place, and the capital of
        // its country.
        bool named_capital = (i > 0 && t[i - 1].lower == "capital") ||
                             (i > 1 && t[i - 1].lower == "," && t[i - 2].lower == "capital");
        if (!named_capital && m->te + 2 < t.size() && t[m->te].lower == "," &&
            (t[m->te + 1].lower == "the" || t[m->te + 1].lower == "its")) {
          for (std::size_t k = m->te + 2; k < t.size() && k <= m->te + 5 && !named_capital; ++k) {
            if (t[k].lower == "capital") named_capital = true;
            if (!t[k].word && t[k].lower != "'s") break;
          }
        }
        if (named_capital) {
          place = true;
          const int country = entity("country", m->country, "", false);
          RawRel& r = add_rel("capital_of", "capital.named", id, country, si,
                              i > 1 && t[i - 1].lower == "," ? i - 2 : (i > 0 && t[i - 1].lower == "capital" ? i - 1 : m->tb),
                              m->te);
          if (r.tb == m->tb)
            for (std::size_t k = m->te; k < t.size(); ++k)
              if (t[k].lower == "capital") {
                r.te = k + 1;
                break;
              }
        }
        if (place) {
          it.alt = entity("country", m->country, "", false);
          it.place = true;
        } else {
          // The capital as an actor: its country ("Moscow sent", "Pyongyang's").
          ents_[id].mentions--;
          auto sf = ents_[id].surfaces.find(collapse_ws(m->surface));
          if (sf != ents_[id].surfaces.end() && --sf->second <= 0) ents_[id].surfaces.erase(sf);
          it.ents = {entity("country", m->country, m->surface)};
        }
      }
      // "US troops", "Kenya Defence Forces troops": a country's name before its forces.
      if (!m->demonym && m->type == "country" && m->te < t.size() &&
          forces_noun(t[m->te].lower)) {
        it.troops = true;  // the word stays its own item: "US troops deployed to ..." (troops.deployed)
      }
      if (m->demonym) {
        // "the Ecuadoran and Peruvian presidents": each country's holder of the title named
        // before, else the country itself.
        std::vector<int> countries{id};
        std::size_t k = m->te;
        while (k + 1 < t.size() && (t[k].lower == "and" || t[k].lower == ",") && at[k + 1] && at[k + 1]->demonym &&
               !at[k + 1]->drop) {
          countries.push_back(entity("country", at[k + 1]->country, at[k + 1]->surface));
          k = at[k + 1]->te;
          if (k < t.size() && t[k].lower == "," && k + 1 < t.size() && t[k + 1].lower == "and") ++k;
        }
        std::size_t head = k;
        while (head < t.size() && head < k + 2 && t[head].word && !t[head].cap && L.portfolio.count(t[head].lower)) ++head;
        if (head < t.size() && t[head].lower == "prime" ) ++head;
        static const std::unordered_set<std::string> kPluralTitles = {"presidents", "leaders",  "premiers",
                                                                      "ministers",  "counterparts", "kings"};
        if (countries.size() >= 2 && head < t.size() && kPluralTitles.count(t[head].lower)) {
          std::string noun = t[head].lower.substr(0, t[head].lower.size() - 1);
          it.ents.clear();
          for (int c : countries) {
            auto h = title_holder_.find(ents_[c].name + "|" + noun);
            const int lead = h == title_holder_.end() && noun == "leader" ? leader_of(c) : -1;
            it.ents.push_back(h != title_holder_.end() ? h->second : lead >= 0 ? lead : c);
          }
          it.te = head + 1;
          i = it.te;
          items.push_back(std::move(it));
          continue;
        }
      }
      if (m->demonym) {
        // "Russian forces": the country as actor; "North Korean capital": its capital.
        std::size_t k = m->te;
        // "a Guatemalan official, Manuel Martinez": a title with its holder, not a group.
        bool titled = false;
        if (k < t.size() && title_at[k] >= 0) {
          std::size_t h = S.titles[title_at[k]].te;
          if (h < t.size() && t[h].lower == ",") ++h;
          titled = h < t.size() && at[h] && at[h]->type == "person";
        }
        // "the Libyan border town of Ras Adjir", "a Thai border province": a place noun after a
        // lower-case modifier.
        if (k + 1 < t.size() && lower_content_word(t[k]) && !L.is(t[k], "group") && !place_noun(t[k + 1].lower).empty())
          ++k;
        // "Israeli fighter jets", "US combat troops": one lower-case word before armed forces.
        if (k + 1 < t.size() && lower_content_word(t[k]) && !L.is(t[k], "group") &&
            (t[k + 1].lower == "troops" || t[k + 1].lower == "soldiers" || t[k + 1].lower == "forces" ||
             t[k + 1].lower == "jets" || t[k + 1].lower == "warplanes" || t[k + 1].lower == "aircraft" ||
             t[k + 1].lower == "drones" || t[k + 1].lower == "warships"))
          ++k;
        if (k < t.size() && L.is(t[k], "group") && !titled) {
          // "Kenyan military forces", "Chinese army troops": the forces of a service.
          if ((t[k].lower == "military" || t[k].lower == "army" || t[k].lower == "navy") && k + 1 < t.size() &&
              (t[k + 1].lower == "troops" || t[k + 1].lower == "soldiers" || t[k + 1].lower == "forces"))
            ++k;
          it.te = k + 1;
          // Plural forces only: "a Russian military academy" is no troops.
          it.troops = forces_noun(t[k].lower);
        } else if (k < t.size() && title_at[k] >= 0 && !titled && S.titles[title_at[k]].rel == "leads" &&
                   unnamed_holder(t, at, S.titles[title_at[k]].te) && leader_of(id) >= 0) {
          // "the Canadian PM's allegations": a leader the text does not name here is the one it
          // titled so before (none known: the words only qualify).
          const int lead = leader_of(id);
          ents_[id].mentions--;
          it.ents = {lead};
          ents_[lead].mentions++;
          it.te = S.titles[title_at[k]].te;
        } else if (k < t.size() && t[k].lower == "capital" && items.size() >= 3 && items.back().word == "the" &&
                   items[items.size() - 2].word == "," && items[items.size() - 3].ents.size() == 1 &&
                   ents_[items[items.size() - 3].ents[0]].type == "city") {
          // "Riyadh, the Saudi capital": the city is the country's capital.
          add_rel("capital_of", "capital.apposition", items[items.size() - 3].ents[0], id, si, items[items.size() - 3].tb, k + 1);
          it.te = k + 1;
          it.modifier = true;
        } else if (k < t.size() && t[k].lower == "capital" && L.country_capital.count(m->country)) {
          capital_item(it, m->country, id, k);
        } else {
          // "Thai and Cambodian troops", "US, British and French forces": the demonyms of a list
          // share its last one's group noun.
          std::size_t j = k;
          while (j < t.size() && (t[j].lower == "and" || t[j].lower == "," || (at[j] && at[j]->demonym)))
            j = at[j] ? at[j]->te : j + 1;
          const bool shared = j > k && j < t.size() && t[j - 1].lower != "and" && t[j - 1].lower != "," &&
                              L.is(t[j], "group");
          it.modifier = !shared;
          if (shared) it.troops = forces_noun(t[j].lower);
        }
      } else if (m->type == "country" && m->te < t.size() && t[m->te].lower == "capital" && m->tb > 0 &&
                 !(m->te + 1 < t.size() && (t[m->te + 1].cap || t[m->te + 1].lower == "of" || t[m->te + 1].lower == ",")) &&
                 L.country_capital.count(m->name)) {
        // "flew into the devastated East Timor capital": the country's capital, as the
        // demonym's ("the Somali capital") is.
        capital_item(it, m->name, id, m->te);
      } else if (m->type == "country" && m->te + 1 < t.size() && t[m->te].lower == "'s") {
        // "Thailand's army accused ...", "Russia's government said": the country as actor.
        static const std::unordered_set<std::string> kActors = {
            "army", "military", "government", "forces", "troops", "soldiers", "navy", "police", "authorities",
            "parliament", "legislature", "lawmakers", "legislators"};
        const Word& g = t[m->te + 1].lower;
        // Not a noun it modifies: "Sierra Leone's military government" is a body of its own.
        static const std::unordered_set<std::string> kHeads = {
            "government", "regime", "junta",     "leadership", "command",     "academy",
            "officials",  "chief",  "commander", "spokesman",  "spokeswoman", "intelligence"};
        const bool modifies = m->te + 2 < t.size() && kHeads.count(t[m->te + 2].lower);
        if (kActors.count(g) && !t[m->te + 1].cap && title_at[m->te + 1] < 0 && !modifies) {
          it.te = m->te + 2;
          it.troops = g == "troops" || g == "soldiers" || g == "forces";
        }
      }
      i = it.te;
      items.push_back(std::move(it));
      continue;
    }
    const Word& w = t[i].lower;
    if (w == "delegation" || w == "delegations") {
      int id = -1;
      for (std::size_t k = i; k > 0 && i - k < 5; --k) {
        const std::string& p = t[k - 1].lower;
        if (p == "a" || p == "an" || p == "another" || p == "one") {
          id = -2;
          break;
        }
        if (p == "the" || p == "this" || p == "that" || p == "its" || p == "his" || p == "her") break;
      }
      if (id == -2 || delegs_.empty()) {
        delegs_.push_back({});
        id = static_cast<int>(delegs_.size()) - 1;
      } else {
        id = static_cast<int>(delegs_.size()) - 1;
      }
      Item& it = items.emplace_back();  // built in place
      it.tb = i;
      it.te = i + 1;
      it.word = w;
      it.deleg = id;
      ++i;
      continue;
    }
    if (w == "he" || w == "she" || w == "his" || w == "her" || w == "him") {
      // The nearest person before, in this or the previous sentence.
      int found = -1;
      for (auto k = items.rbegin(); k != items.rend() && found < 0; ++k)
        if (k->is_ent() && k->ents.size() == 1 && ents_[k->ents[0]].type == "person") found = k->ents[0];
      // A fronted clause names its person after the comma: "During his visit to Kenya, Pope
      // Francis met ...", "After she arrived, the Chancellor ...".
      if (found < 0 && i < 8) {
        if (kFrontWords.count(t[0].lower)) {
          std::size_t comma = i;
          while (comma < t.size() && t[comma].lower != ",") ++comma;
          for (const auto& m : S.ms)
            if (m.tb > comma && m.tb <= comma + 4 && !m.drop && m.type == "person" && !m.unknown) {
              auto f = ent_index_.find({"person", m.name});
              found = f != ent_index_.end() ? f->second : entity("person", m.name, "", false);
              break;
            }
        }
      }
      // From the sentence before: a sentence's subject pronoun ("He was also scheduled to ...")
      // continues its subject, the first person it named; any other the last one named.
      if (found < 0 && si > 0) {
        const bool subject = (w == "he" || w == "she") && (i == 0 || !t[i - 1].word);
        auto pick = [&](const Mention& m) {
          if (m.drop || m.type != "person" || m.unknown) return false;
          auto f = ent_index_.find({"person", m.name});
          if (f != ent_index_.end()) found = f->second;
          return true;
        };
        const auto& prev = info_[si - 1].ms;
        if (subject) {
          // Its subject after a fronted clause: "After meeting Putin, Xi said ... He".
          const Toks& pt = sents_[si - 1].toks;
          std::size_t from = 0;
          if (!pt.empty() && (kFrontWords.count(pt[0].lower) || pt[0].lower.ends_with("ing")))
            while (from < pt.size() && pt[from].lower != ",") ++from;
          if (from == pt.size()) from = 0;
          for (const auto& m : prev)
            if (m.tb >= from && pick(m)) break;
        } else {
          for (auto k = prev.rbegin(); k != prev.rend(); ++k)
            if (pick(*k)) break;
        }
      }
      // ... or the one the last pronoun stood for, a sentence or two ago ("He accused Russia
      // ... Later he met Rice").
      if (found < 0 && pronoun_person_ >= 0 && si <= pronoun_sent_ + 2) found = pronoun_person_;
      if (found >= 0) pronoun_person_ = found, pronoun_sent_ = si;
      Item& it = items.emplace_back();  // built in place
      it.tb = i;
      it.te = i + 1;
      it.word = w;
      if (found >= 0) it.ents = {found};
      ++i;
      continue;
    }
    // "Mr Chissano and Mr Dhlakama embraced": an honorific is its person's, no word between
    // the person and what the pattern wants next.
    if (i + 1 < t.size() && at[i + 1] && !at[i] && at[i + 1]->type == "person" && L.is(t[i], "honorific")) {
      ++i;
      continue;
    }
    Item& it = items.emplace_back();  // built in place
    it.tb = i;
    it.te = i + 1;
    it.word = w;
    ++i;
  }
  // Appositions: "Name, president of the Academy", "Name, Russia's minister of ...". Not in
  // a headline, where a comma stands for "and" ("Minister Cho, Japanese counterpart hold talks").
  const bool headline = si == 0 && !doc_.info.title.empty();
  // What the passes below look for, in one walk over the items: a pass that needs an item the
  // sentence lacks (a one-entity item, a person's, a title, two entity items) is skipped. The
  // passes before the titles' (which inserts and erases items) change no item.
  bool has_single = false, has_person = false, has_title = false;
  std::size_t n_ent = 0;
  for (const Item& x : items) {
    n_ent += x.is_ent();
    if (x.ents.size() == 1) {
      has_single = true;
      has_person |= ents_[x.ents[0]].type == "person";
    }
    has_title |= x.title >= 0;
  }
  for (std::size_t k = 0; k + 2 < items.size() && !headline && has_person; ++k) {
    if (!items[k].is_ent() || items[k].ents.size() != 1 || ents_[items[k].ents[0]].type != "person") continue;
    if (items[k + 1].word != ",") continue;
    std::size_t q = k + 2;
    int owner = -1;
    bool by_demonym = false;  // "Name, the British head of ...": the demonym says whose the person is
    // "Name, who is also Ghana's foreign minister, ...": a relative clause that says the title.
    if (q + 2 < items.size() && items[q].word == "who" && items[q + 1].word == "is") {  // not "who was": a former one
      q += 2;
      if (items[q].word == "also" || items[q].word == "now" || items[q].word == "currently") ++q;
    }
    // "Name, the deputy head of ...", "Name, the Italian diplomat ..."
    if (q + 1 < items.size() && items[q].word == "the" && (items[q + 1].title >= 0 || items[q + 1].is_ent())) ++q;
    // "Name, the elusive leader of ...": over up to two lower-case words before the title.
    if (q + 2 < items.size() && (items[q].word == "the" || items[q].word == "a")) {
      std::size_t r = q + 1;
      while (r < items.size() && r <= q + 2 && !items[r].is_ent() && items[r].title < 0 && t[items[r].tb].word &&
             !t[items[r].tb].cap && !L.is(t[items[r].tb], "nonname") && !(lex_bits(t[items[r].tb]) & Lexicon::kVerbForm))
        ++r;
      if (r > q + 1 && r < items.size() && items[r].title >= 0) q = r;
    }
    // "Name, Algeria's top diplomat": adjectives between the possessive and the title.
    std::size_t adj = q + 2;
    while (adj < items.size() && adj < q + 4 &&
           (title_adjective(items[adj].word) || items[adj].word == "top" || items[adj].word == "former"))
      ++adj;
    if (adj < items.size() && items[q].is_ent() && items[q + 1].word == "'s" && items[adj].title >= 0) {
      owner = items[q].alt >= 0 ? items[q].alt : items[q].ents[0];
      q = adj;
    } else if (q + 1 < items.size() && items[q].is_ent() && items[q].modifier && items[q + 1].title >= 0) {
      owner = items[q].ents[0];
      by_demonym = true;
      q += 1;
    } else if (q + 1 < items.size() && items[q].is_ent() && items[q].ents.size() == 1 && items[q + 1].title >= 0 &&
               (ents_[items[q].ents[0]].type == "organization" || ents_[items[q].ents[0]].type == "country")) {
      // "Name, ECOWAS President"
      owner = items[q].alt >= 0 ? items[q].alt : items[q].ents[0];
      by_demonym = L.demonym_country.count(phrase_key(text(t[items[q].tb].b, t[items[q].te - 1].e))) > 0;
      q += 1;
    }
    if (q >= items.size() || items[q].title < 0) continue;
    const TitleSpan& T = S.titles[items[q].title];
    std::size_t e = q;
    while (e < items.size() && items[e].tb < T.te) ++e;
    // "Name, the British head of the UN Mission": the body a title is of is its owner, not the
    // holder's nationality.
    if (by_demonym && e + 2 < items.size() && items[e].word == "of") {
      std::size_t f = e + 1;
      if (items[f].word == "the") ++f;
      if (f < items.size() && items[f].is_ent() && items[f].ents.size() == 1 && !items[f].modifier &&
          ents_[items[f].ents[0]].type == "organization")
        owner = -1;
    }
    if (owner < 0 && e + 1 < items.size() && (items[e].word == "of" || items[e].word == "for")) {
      std::size_t f = e + 1;
      if (f < items.size() && (items[f].word == "the" || items[f].word == "a")) ++f;
      // Not a demonym before more words ("chief of the Ukrainian Foreign Affairs Ministry's
      // Department ..."): the title is of something the country has.
      if (f < items.size() && items[f].is_ent() && items[f].ents.size() == 1 && !items[f].modifier)
        owner = items[f].alt >= 0 ? items[f].alt : items[f].ents[0];
      // "speaker of the Russian State Duma": the body the adjective qualifies (not one whose
      // part follows: "... Ministry's Department").
      else if (f + 1 < items.size() && items[f].is_ent() && items[f].modifier && items[f + 1].is_ent() &&
               items[f + 1].ents.size() == 1 && ents_[items[f + 1].ents[0]].type == "organization" &&
               !(f + 2 < items.size() && items[f + 2].word == "'s") &&
               ents_[items[f + 1].ents[0]].name.find("'s") == std::string::npos)
        owner = items[f + 1].ents[0];
    }
    title_relation(items[k].ents[0], owner, T.text, T.rel, si, items[k].tb, T.te, "title.apposition");
  }
  // A plural title before a list of holders and their countries: "Foreign ministers Sergei
  // Lavrov of Russia and Wang Yi of China", "Foreign secretaries S. Jaishankar of India and ...".
  for (std::size_t k = 1; k + 2 < items.size() && !headline && has_person; ++k) {
    if (!items[k].is_ent() || items[k].ents.size() != 1 || ents_[items[k].ents[0]].type != "person") continue;
    if (items[k + 1].word != "of" || !items[k + 2].is_ent() || items[k + 2].ents.size() != 1 ||
        ents_[items[k + 2].ents[0]].type != "country")
      continue;
    static const std::unordered_map<std::string_view, std::pair<const char*, const char*>> kPlural = {
        {"ministers", {"minister", "holds_position"}},     {"secretaries", {"secretary", "holds_position"}},
        {"presidents", {"president", "leads"}},           {"leaders", {"leader", "leads"}},
        {"envoys", {"envoy", "holds_position"}},           {"ambassadors", {"ambassador", "holds_position"}},
        {"prime", {"prime minister", "leads"}}};
    for (std::size_t z = k; z-- > 0 && k - z <= 12;) {
      const Item& x = items[z];
      if (x.word == "." || x.word == ";" || x.verb) break;
      auto pl = kPlural.find(x.word);
      if (pl == kPlural.end() || (x.word == "prime" && !(z + 1 < k && items[z + 1].word == "ministers"))) continue;
      // "Foreign ministers": the portfolio before the plural.
      std::string title = pl->second.first;
      if (z > 0 && L.portfolio.count(std::string(items[z - 1].word))) title = std::string(items[z - 1].word) + " " + title;
      title_relation(items[k].ents[0], items[k + 2].ents[0], title, pl->second.second, si, items[k].tb,
                     items[k + 2].te, "title.plural");
      break;
    }
  }
  // A title and its holder joined by "is": "Japan's new Foreign Minister is Toshimitsu Motegi".
  for (std::size_t k = 0; k + 4 < items.size() && !headline && has_single; ++k) {
    if (!items[k].is_ent() || items[k].ents.size() != 1 || items[k + 1].word != "'s") continue;
    const std::string& ot = ents_[items[k].ents[0]].type;
    if (ot != "country" && ot != "organization") continue;
    std::size_t q = k + 2;
    while (q < items.size() && (title_adjective(items[q].word) || items[q].word == "top")) ++q;
    if (q >= items.size() || items[q].title < 0) continue;
    const TitleSpan& T = S.titles[items[q].title];
    std::size_t e = q;
    while (e < items.size() && items[e].tb < T.te) ++e;
    if (e + 1 >= items.size() || (items[e].word != "is" && items[e].word != "was")) continue;
    const Item& h = items[e + 1];
    if (!h.is_ent() || h.ents.size() != 1 || ents_[h.ents[0]].type != "person") continue;
    int owner = items[k].alt >= 0 ? items[k].alt : items[k].ents[0];
    title_relation(h.ents[0], owner, T.text, T.rel, si, items[k].tb, h.te, "title.copula");
  }
  // A title taken: "Name has been sworn in as Haiti's new president", "Name was elected as
  // the party's leader".
  for (std::size_t k = 0; k + 4 < items.size() && !headline && has_person; ++k) {
    if (!items[k].is_ent() || items[k].ents.size() != 1 || ents_[items[k].ents[0]].type != "person") continue;
    std::size_t from = k + 1;
    // Over an apposition: "Name, a retired army general, was sworn in as ..." (not over a
    // comma before the verb: "Name, became ...").
    if (from + 1 < items.size() && items[from].word == "," && items[from + 1].word != "became")
      for (std::size_t z = from + 1; z < items.size() && z <= from + 8; ++z) {
        if (items[z].is_ent() && ents_[items[z].ents[0]].type == "person") break;
        if (items[z].word == ",") {
          from = z + 1;
          break;
        }
      }
    else if (from + 1 < items.size() && items[from].word == ",")
      ++from;
    for (std::size_t a = from; a < items.size() && a <= from + 6; ++a) {
      if (items[a].is_ent() || items[a].word == "," || items[a].word == ".") break;
      // "Name became the country's new finance minister".
      if (items[a].word != "as" && items[a].word != "became" && items[a].word != "becomes") continue;
      // Taken, not only called so: "sworn in as", "appointed as", not "recognized as".
      if (items[a].word == "as") {
        static const std::unordered_set<std::string_view> kTake = {
            "sworn",     "elected",  "re-elected", "reelected",   "appointed", "reappointed", "named",
            "installed", "inaugurated", "chosen",  "confirmed",   "served",    "serves",      "serving",
            "serve",     "over",     "took",       "takes",       "nominated", "designated",  "selected",
            "succeeded", "replaced", "became",   "appoint",    "reappoint",   "elect",     "name"};
        bool take = false;
        // Between the holder and "as", or just before the holder ("to reappoint X as").
        for (std::size_t z = k >= 2 ? k - 2 : 0; z < a && !take; ++z) take = kTake.count(items[z].word) > 0;
        if (!take) break;
      }
      std::size_t q = a + 1;
      if (q < items.size() && (items[q].word == "the" || items[q].word == "a")) ++q;
      if (q + 2 >= items.size() || !items[q].is_ent() || items[q].ents.size() != 1 || items[q + 1].word != "'s") break;
      int owner = items[q].alt >= 0 ? items[q].alt : items[q].ents[0];
      q += 2;
      while (q < items.size() && title_adjective(items[q].word)) ++q;
      if (q < items.size() && items[q].title >= 0) {
        const TitleSpan& T = S.titles[items[q].title];
        title_relation(items[k].ents[0], owner, T.text, T.rel, si, items[k].tb, T.te, "title.taken");
      }
      break;
    }
  }
  // Titles of an owner named after "of", then the holder: "the President of the ECOWAS
  // Commission, Name", "the President of Ghana and Chair of the ECOWAS, Name".
  for (std::size_t k = 0; k + 3 < items.size() && !headline && has_title; ++k) {
    if (items[k].title < 0 || (k > 0 && items[k - 1].title >= 0)) continue;
    std::vector<std::pair<std::size_t, int>> held;  // (title item, owner)
    std::size_t q = k;
    while (q + 2 < items.size() && items[q].title >= 0) {
      // A title of several words: its first word's item, then one item per word ("prime minister of").
      std::size_t e = q;
      while (e + 1 < items.size() && items[e + 1].tb < S.titles[items[q].title].te) ++e;
      if (e + 2 >= items.size() || items[e + 1].word != "of") break;
      std::size_t f = e + 2;
      if (f < items.size() && items[f].word == "the") ++f;
      if (f >= items.size() || !items[f].is_ent() || items[f].ents.size() != 1 || items[f].modifier) break;
      held.push_back({q, items[f].alt >= 0 ? items[f].alt : items[f].ents[0]});
      q = f + 1;
      if (q + 1 < items.size() && items[q].word == "and" && items[q + 1].title >= 0) ++q;
    }
    // The holder after a comma, or right after ("Prime Minister of Armenia Nikol Pashinyan").
    if (!held.empty() && q < items.size() && items[q].is_ent() && q > 0 && items[q - 1].is_ent()) --q;
    if (held.empty() || q + 1 >= items.size() || (items[q].word != "," && !items[q].is_ent()) ||
        !items[q + 1].is_ent() || items[q + 1].ents.size() != 1 || ents_[items[q + 1].ents[0]].type != "person")
      continue;
    // "ECOWAS Chairman and President of Nigeria, Name": an owned title before, joined by "and".
    std::size_t first = k;
    if (k >= 3 && items[k - 1].word == "and" && items[k - 2].title >= 0 && items[k - 3].is_ent() &&
        items[k - 3].ents.size() == 1 && items[k - 3].te == items[k - 2].tb && !items[k - 3].modifier &&
        (ents_[items[k - 3].ents[0]].type == "organization" || ents_[items[k - 3].ents[0]].type == "country")) {
      held.push_back({k - 2, items[k - 3].alt >= 0 ? items[k - 3].alt : items[k - 3].ents[0]});
      first = k - 3;
    }
    for (auto [ti, owner] : held) {
      const TitleSpan& T = S.titles[items[ti].title];
      title_relation(items[q + 1].ents[0], owner, T.text, T.rel, si, items[ti].tb, items[q + 1].te, "title.of_owner");
    }
    // The titles, their owners and the holder are one item: the holder ("a meeting with Prime
    // Minister of Armenia Nikol Pashinyan" met the person, not the country).
    Item holder = items[q + 1];
    holder.tb = items[first].tb;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(first), items.begin() + static_cast<std::ptrdiff_t>(q + 2));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(first), std::move(holder));
    k = first;
  }
  // "the Justice and Equality Movement (JEM)": the bracketed acronym of the same entity is
  // part of its item.
  // (The summary still holds unless the titles' pass ran: it alone changed the items.)
  const bool summary_holds = headline || !has_title;
  for (std::size_t k = 0; k + 3 < items.size() && (!summary_holds || n_ent >= 2); ++k)
    if (items[k].is_ent() && items[k + 1].word == "(" && items[k + 2].is_ent() && items[k + 2].ents == items[k].ents &&
        items[k + 3].word == ")") {
      items[k].te = items[k + 3].te;
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(k + 1), items.begin() + static_cast<std::ptrdiff_t>(k + 4));
    }
  // "Iran-backed Hezbollah", "Russian-backed separatists' leader X": the backer supports
  // what the compound qualifies, when that is an entity.
  for (std::size_t k = 0; k + 1 < items.size() && (!summary_holds || has_single); ++k) {
    const Item& x = items[k];
    if (x.is_ent() || x.te != x.tb + 1 || !items[k + 1].is_ent() || items[k + 1].ents.size() != 1) continue;
    const Word& w = t[x.tb].lower;
    const auto dash = w.rfind('-');
    if (dash == std::string::npos || dash == 0) continue;
    const std::string_view tail = std::string_view(w).substr(dash + 1);
    if (tail != "backed" && tail != "sponsored" && tail != "funded" && tail != "supported") continue;
    const std::string prefix = text(t[x.tb].b, t[x.tb].b + dash);
    if (!std::isupper(static_cast<unsigned char>(prefix[0]))) continue;
    int backer = -1;
    if (auto d = L.demonym_country.find(phrase_key(prefix)); d != L.demonym_country.end())
      backer = entity("country", d->second, prefix);
    else if (const GazEntry* c = L.gaz_entry(prefix, "country"))
      backer = entity("country", c->name, prefix);
    else if (const GazEntry* o = L.gaz_entry(prefix, "organization"))
      backer = entity("organization", o->name, prefix);
    const int backed = items[k + 1].ents[0];
    const std::string& bt = ents_[backed].type;
    if (backer < 0 || backer == backed || (bt != "organization" && bt != "person" && bt != "country")) continue;
    add_rel("supports", "support.compound", backer, backed, si, x.tb, items[k + 1].te);
  }
  // "the heads of six states – China, Russia, ... and Uzbekistan – signed": a plural noun's list
  // of countries between dashes is what the phrase stands for, one item.
  auto dash = [](WordView w) { return w == "\xe2\x80\x93" || w == "\xe2\x80\x94" || w == "-" || w == "--"; };
  for (std::size_t k = 0; k + 5 < items.size(); ++k) {
    const WordView w = items[k].word;
    if (!(w == "states" || w == "countries" || w == "nations" || w == "members" || w == "governments") ||
        !dash(items[k + 1].word))
      continue;
    std::vector<int> listed;
    std::size_t q = k + 2;
    for (; q < items.size(); ++q) {
      const Item& y = items[q];
      if (y.is_ent() && y.ents.size() == 1 && !y.modifier && ents_[y.alt >= 0 ? y.alt : y.ents[0]].type == "country")
        listed.push_back(y.alt >= 0 ? y.alt : y.ents[0]);
      else if (y.word != "," && y.word != "and")
        break;
    }
    if (listed.size() < 2 || q >= items.size() || !dash(items[q].word)) continue;
    // The phrase's start: back over its words to its article ("the heads of six states").
    std::size_t a = k;
    while (a > 0 && k - a < 5 && !items[a - 1].is_ent() && !items[a - 1].verb && items[a - 1].word != "," &&
           items[a].word != "the")
      --a;
    Item merged;
    merged.tb = items[a].tb;
    merged.te = items[q].te;
    merged.ents = std::move(listed);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(a) + 1, items.begin() + static_cast<std::ptrdiff_t>(q) + 1);
    items[a] = std::move(merged);
    k = a;
  }
  // "signed two protocols [Protocol on A; Protocol on B]", "three agreements (X, Y and Z)": a
  // counted set of agreements the text names in brackets is those agreements.
  for (std::size_t k = 0; k + 4 < items.size(); ++k) {
    Item& x = items[k];
    if (!x.is_ent() || x.ents.size() != 1 || ents_[x.ents[0]].type != "agreement" ||
        !(t[x.tb].digit || number_word(t[x.tb].lower)))
      continue;
    const auto open = items[k + 1].word;
    if (open != "(" && open != "[") continue;
    std::vector<int> named;
    std::size_t q = k + 2;
    for (; q < items.size(); ++q) {
      const Item& y = items[q];
      if (y.is_ent() && y.ents.size() == 1 && ents_[y.ents[0]].type == "agreement") named.push_back(y.ents[0]);
      else if (y.word != ";" && y.word != "," && y.word != "and") break;
    }
    if (named.size() >= 2 && q < items.size() && items[q].word == (open == "(" ? ")" : "]")) x.ents = named;
  }
  for (auto& x : items)
    if (!x.word.empty()) {
      // A one-token word's id and verb bit come with its token's (one lookup per token).
      // (The item's word is mostly a view of that token's word itself: no compare then.)
      if (x.te == x.tb + 1 && x.tb < t.size() &&
          ((x.word.data() == t[x.tb].lower.data() && x.word.size() == t[x.tb].lower.size()) ||
           x.word == t[x.tb].lower)) {
        x.verb = (lex_bits(t[x.tb]) & Lexicon::kVerbForm) != 0;
        x.wid = t[x.tb].wid;
      } else {
        x.wid = L.word_id(std::string(x.word));
        x.verb = L.verb_forms.count(std::string(x.word)) > 0;
      }
    }
  return items;
}

struct Match {
  std::vector<int> s, o;
  int s_deleg = -1, o_deleg = -1;
  std::size_t a = 0, b = 0;  // item range
  bool negated = false;
};

class Matcher {
 public:
  Matcher(const Lexicon& L, const std::vector<Item>& items, const std::vector<DocEnt>& ents,
          const std::vector<std::uint64_t>& ent_bits, const Pattern& p, const RelType& rt)
      : L(L), it(items), nit(items.size()), ents(ents), ent_bits(ent_bits), p(p), rt(rt) {}

  bool at(std::size_t start, Match& m) {
    m = Match{};
    m.a = start;
    return step(0, start, m);
  }

 private:
  const Lexicon& L;
  const std::vector<Item>& it;
  const std::size_t nit;  // it.size(), once (the items never change while a pattern is matched)
  const std::vector<DocEnt>& ents;
  const std::vector<std::uint64_t>& ent_bits;  // Lexicon::type_bit of each entity's type
  const Pattern& p;
  const RelType& rt;
  // Buffers of the slot fillers, one per element index (a slot's frame reuses its buffer from
  // one start to the next instead of allocating one per attempt; deeper frames use higher ones).
  // The buffers are the thread's, shared by its Matchers (one Matcher matches at a time; its
  // buffers' contents never outlive a step), so a Matcher allocates and frees none itself.
  static constexpr std::size_t kPool = 8;
  inline static thread_local std::vector<int> pool_[kPool];
  inline static thread_local std::vector<int> more_;  // the next coordinated item's fillers

  // Does a slot accept the type name with bit `bit` (`name`)?
  bool has(const PatElem& e, std::uint64_t bit, const char* name) const {
    return L.type_masks ? (e.slot_mask & bit) != 0 : e.slot_types.count(name) > 0;
  }

  // The entity id an item gives to a slot `e`, or -1.
  int accept(const Item& x, int ent, const PatElem& e) const {
    // Slot type "troops": a country named by its forces ("British troops arrived in ...").
    if (has(e, L.troops_bit, "troops")) return x.troops && ents[ent].type == "country" ? ent : -1;
    // Slot type "demonym": a country named by its adjective before a noun ("the Israeli attack",
    // "the Iranian consulate"); other types take no such modifier.
    if (x.modifier) return has(e, L.demonym_bit, "demonym") && ents[ent].type == "country" ? ent : -1;
    if (x.alt >= 0 && ent == x.ents[0]) {
      // A capital: a place after in/to/at, else its country as actor.
      bool city_ok = has(e, L.city_bit, "city"), country_ok = has(e, L.country_bit, "country");
      if (x.place && city_ok) return ent;
      if (country_ok) return x.alt;
      if (city_ok) return ent;
      return -1;
    }
    if (L.type_masks) return (e.slot_mask & ent_bits[ent]) ? ent : -1;
    return e.slot_types.count(ents[ent].type) ? ent : -1;
  }

  bool slot_item(const Item& x, const PatElem& e, std::vector<int>& out) const {
    if (!x.is_ent() || (x.modifier && !has(e, L.demonym_bit, "demonym"))) return false;
    for (int en : x.ents) {
      int a = accept(x, en, e);
      if (a < 0) return false;
      out.push_back(a);
    }
    return true;
  }

  bool step(std::size_t ei, std::size_t pos, Match& m) {
    if (ei == p.elems.size()) {
      m.b = pos;
      return true;
    }
    const PatElem& e = p.elems[ei];
    if (e.optional) {
      // try_elem never reads `optional`: try the element as required, without copying it.
      // A failed step or try_elem leaves `m` as it found it (a Slot restores what it set), so
      // no copy of the match is needed to backtrack.
      if (try_elem(e, ei, pos, m)) return true;
      return step(ei + 1, pos, m);
    }
    return try_elem(e, ei, pos, m);
  }

  // Is the pattern's next word element after element ei a verb ("S ...12 met O")?
  bool verb_follows(std::size_t ei) const {
    for (std::size_t k = ei + 1; k < p.elems.size(); ++k) {
      const PatElem& w = p.elems[k];
      if (w.kind != PatElem::Words) continue;
      return std::all_of(w.words.begin(), w.words.end(), [&](const std::string& x) { return L.verb_forms.count(x) > 0; });
    }
    return false;
  }
  bool try_elem(const PatElem& e, std::size_t ei, std::size_t pos, Match& m) {
    switch (e.kind) {
      case PatElem::Words:
        if (e.end) {
          // The end of a phrase: punctuation or the sentence end (consumes nothing).
          if (pos >= nit || (!it[pos].is_ent() && !it[pos].word.empty() &&
                             !std::isalnum(static_cast<unsigned char>(it[pos].word[0])) && it[pos].word != "'s"))
            return step(ei + 1, pos, m);
          return false;
        }
        if (pos < nit && !it[pos].is_ent() && it[pos].wid >= 0 && ((e.id_mask >> (it[pos].wid & 63)) & 1) &&
            std::binary_search(e.ids.begin(), e.ids.end(), it[pos].wid)) {
          // A participle used as an adjective is no verb: "a newly signed ceasefire" (unless the
          // pattern opens with it: "the newly signed pact between X and Y").
          const WordView w = it[pos].word;
          if (ei > 0 && pos > 0 && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) {
            const WordView p = it[pos - 1].word;
            if (p == "a" || p == "an" || p == "the" || p == "newly" || p == "freshly") return false;
          }
          return step(ei + 1, pos + 1, m);
        }
        return false;
      case PatElem::Gap:
      case PatElem::AnyGap: {
        // The element after the gap, when a required word ("S ...3 met O"): its test, inline, so
        // that a gap tries the step after it only where that word is (no call at every item).
        const PatElem* nx = ei + 1 < p.elems.size() ? &p.elems[ei + 1] : nullptr;
        const bool nx_word = nx && nx->kind == PatElem::Words && !nx->end && !nx->optional;
        auto may_step = [&](std::size_t q) {
          return !nx_word || (q < nit && !it[q].is_ent() && it[q].wid >= 0 &&
                              ((nx->id_mask >> (it[q].wid & 63)) & 1) &&
                              std::binary_search(nx->ids.begin(), nx->ids.end(), it[q].wid));
        };
        auto try_gap = [&](std::size_t from) -> bool {
          for (int k = 0; k <= e.n; ++k) {
            std::size_t q = from + k;
            if (q > nit) break;
            if (may_step(q) && step(ei + 1, q, m)) {  // a failed step leaves m unchanged
              // "did not meet", "never signed", "denied sending troops".
              for (std::size_t z = from; z < q; ++z)
                if (it[z].word == "not" || it[z].word == "n't" || it[z].word == "never" || it[z].word == "denied" ||
                    it[z].word == "denies" || it[z].word == "deny" || it[z].word == "denying")
                  m.negated = true;
              return true;
            }
            if (q < nit) {
              const Item& x = it[q];
              // "X said Y met Z" is Y's meeting; but in "X said (yesterday) after meeting with Z"
              // the meeting is X's.
              if (x.word == "said" || x.word == "says") {
                bool adverbial = false;
                // (Over "in a statement released", not over "that": "X said in a statement released
                // during a visit to Ukraine" is X's visit.)
                for (std::size_t z = q + 1; z < nit && z <= q + 6 && !it[z].is_ent() && it[z].word != "that"; ++z)
                  if (it[z].word == "after" || it[z].word == "before" || it[z].word == "following" ||
                      it[z].word == "while" || it[z].word == "during") {
                    adverbial = true;
                    break;
                  }
                // "The Indian government said on Wednesday that it had appointed X": "it" is X's
                // speaker, whose act it is.
                for (std::size_t z = q + 1; !adverbial && z < nit && z <= q + 5 && !it[z].is_ent(); ++z)
                  if ((it[z].word == "it" || it[z].word == "they") && it[z - 1].word == "that") adverbial = true;
                if (!adverbial) break;
              }
              if (x.word == ";" || x.word == ":" || (x.word == "that" && !(q + 1 < nit && (it[q + 1].word == "it" ||
                                                                                            it[q + 1].word == "they"))))
                break;
              // "denied accusations by Congo that it backs the M23": "it" is the accused, not the
              // accuser before "that".
              if (x.word == "that" && from >= 3 && (it[from - 2].word == "by" || it[from - 2].word == "from") &&
                  (it[from - 3].word == "accusations" || it[from - 3].word == "allegations" ||
                   it[from - 3].word == "claims" || it[from - 3].word == "charges" || it[from - 3].word == "reports"))
                break;
              // A place after "in"/"at" is where, not who: "Murmu in Mauritania met X".
              const bool venue = q > 0 && (it[q - 1].word == "in" || it[q - 1].word == "at") && x.ents.size() == 1 &&
                                 (ents[x.ents[0]].type == "city" || ents[x.ents[0]].type == "country" ||
                                  ents[x.ents[0]].type == "location");
              if (e.kind == PatElem::Gap && x.is_ent() && !x.modifier && !venue) break;
            }
          }
          return false;
        };
        if (try_gap(pos)) return true;
        // Over a relative clause after the subject: "Erdogan, whose last visit to Baghdad was in
        // 2011, met with ..." (its entities are the clause's, not the gap's).
        // So over an aside of where or when: "Djinnit, on a one-day visit to the Somali capital,
        // went straight into talks with X".
        if (ei == 1 && p.elems[0].kind == PatElem::Slot && p.elems[0].slot == 0 && pos + 3 < nit &&
            it[pos].word == "," &&
            (it[pos + 1].word == "who" || it[pos + 1].word == "whose" || it[pos + 1].word == "which" ||
             it[pos + 1].word == "on" || it[pos + 1].word == "during" || it[pos + 1].word == "while"))
          for (std::size_t z = pos + 2; z < nit && z <= pos + 25; ++z) {
            if (it[z].word == ";" || it[z].word == ":" || it[z].word == ".") break;
            if (it[z].word == ",") return try_gap(z + 1);
          }
        return false;
      }
      case PatElem::Slot: {
        if (pos >= nit) return false;
        if ((it[pos].word == "a" || it[pos].word == "an" || it[pos].word == "the") && pos + 1 < nit &&
            (it[pos + 1].is_ent() || it[pos + 1].deleg >= 0))
          ++pos;
        const Item& x = it[pos];
        // "Blinken, on his fourth trip to the region, met X": a possessive pronoun holds a noun
        // ("his talks with Abe", "his government's allegations"), it is no verb's subject.
        if (e.slot == 0 && (x.word == "his" || x.word == "her" || x.word == "its" || x.word == "their") &&
            verb_follows(ei))
          return false;
        // "In Zurich, Switzerland, X and Y signed": a fronted place, and its country after a
        // comma, are where, not who; the subject's list begins after them.
        if (e.slot == 0 && ei == 0 && x.is_ent() && x.ents.size() == 1 && pos > 0 && !has(e, L.city_bit, "city")) {
          const std::string& xt = ents[x.ents[0]].type;
          const bool place = xt == "city" || xt == "country" || xt == "location";
          const bool venue = it[pos - 1].word == "in" || it[pos - 1].word == "at";
          const bool of_venue = xt == "country" && pos >= 3 && it[pos - 1].word == "," && it[pos - 2].is_ent() &&
                                it[pos - 2].ents.size() == 1 && ents[it[pos - 2].ents[0]].type == "city" &&
                                (it[pos - 3].word == "in" || it[pos - 3].word == "at");
          if (place && (venue || of_venue) && pos + 1 < nit && it[pos + 1].word == ",") return false;
        }
        std::vector<int> own;
        std::vector<int>& got = ei < kPool ? pool_[ei] : own;
        got.clear();
        int deleg = -1;
        if (x.deleg >= 0 && (has(e, L.delegation_bit, "delegation") || has(e, L.person_bit, "person") ||
                             has(e, L.organization_bit, "organization"))) {
          deleg = x.deleg;
        } else if (e.slot == 0 && x.place && x.alt >= 0 && !has(e, L.city_bit, "city")) {
          return false;  // "flew to Seoul for talks with X": a capital named as a place acts for nobody
        } else if (!slot_item(x, e, got)) {
          return false;
        }
        // "a delegation from (Russia's) X": the delegation is the actor.
        if (deleg < 0 && e.slot == 0) {
          std::size_t b = pos;
          if (b >= 2 && it[b - 1].word == "'s" && it[b - 2].is_ent()) b -= 2;
          if (b >= 1 && (it[b - 1].word == "a" || it[b - 1].word == "the")) --b;
          if (b >= 2 && it[b - 1].word == "from" && it[b - 2].deleg >= 0 &&
              (has(e, L.person_bit, "person") || has(e, L.organization_bit, "organization"))) {
            deleg = it[b - 2].deleg;
            got.clear();
          }
        }
        std::size_t q = pos + 1;
        // Coordination: ", Y", "and Y", ", and Y"; caption markers ", left,".
        if (deleg < 0) {
          // A list joined by commas only counts when it ends with "and" ("X, Y and Z");
          // "X, the Y" is an apposition.
          std::size_t keep_q = q, keep_n = got.size();
          while (q < nit) {
            std::size_t r = q;
            // "the Muslim Brotherhood in Egypt and Hamas": a member's place is no member.
            if (r + 2 < nit && it[r].word == "in" && it[r + 1].is_ent() && it[r + 1].ents.size() == 1 &&
                it[r + 2].word == "and") {
              const auto& pt = ents[it[r + 1].ents[0]].type;
              if (pt == "country" || pt == "city" || pt == "location") r += 2;
            }
            // "Sergei Lavrov of Russia and Wang Yi of China met": a member's country after "of".
            if (r + 2 < nit && it[r].word == "of" && it[r + 1].is_ent() && it[r + 1].ents.size() == 1 &&
                (it[r + 2].word == "and" || it[r + 2].word == ",") &&
                (ents[it[r + 1].ents[0]].type == "country" || ents[it[r + 1].ents[0]].type == "organization") &&
                !got.empty() && ents[got.back()].type == "person")
              r += 2;
            // "X, a former rebel leader, and Y": a short apposition inside the coordination.
            if (r + 2 < nit && it[r].word == "," && !it[r + 1].is_ent())
              for (std::size_t z = r + 1; z + 1 < nit && z - r <= 7; ++z) {
                if (it[z].is_ent() || it[z].verb || it[z].word == "(" || it[z].word == "and") break;
                if (it[z].word == ",") {
                  if (it[z + 1].word == "and") r = z;
                  break;
                }
              }
            // "X, who is on a visit to Y, and Z": a relative clause inside the coordination.
            if (r + 1 < nit && it[r].word == "," && it[r + 1].word == "who")
              for (std::size_t z = r + 2; z + 1 < nit && z - r < 25; ++z)
                if (it[z].word == ",") {
                  if (it[z + 1].word == "and") r = z;
                  break;
                }
            if (r + 2 < nit && it[r].word == "," && L.is(std::string(it[r + 1].word), "caption") && it[r + 2].word == ",") r += 2;
            if (r < nit && (it[r].word == "(") && r + 2 < nit && L.is(std::string(it[r + 1].word), "caption") &&
                it[r + 2].word == ")")
              r += 3;
            std::size_t c = r;
            if (c < nit && it[c].word == ",") ++c;
            if (c < nit && it[c].word == "and") ++c;
            if (c == r) break;
            if (c < nit && (it[c].word == "a" || it[c].word == "an" || it[c].word == "the")) ++c;
            // "X and rebel leader Y", "X and former president Y": a word that qualifies a member.
            if (c + 1 < nit && it[c + 1].is_ent() &&
                (it[c].word == "rebel" || it[c].word == "opposition" || it[c].word == "former" ||
                 it[c].word == "guerrilla" || it[c].word == "separatist" || it[c].word == "militant" ||
                 it[c].word == "interim" || it[c].word == "acting" || it[c].word == "outgoing" ||
                 it[c].word == "incoming" || it[c].word == "exiled" || it[c].word == "ousted"))
              ++c;
            bool with_and = false;
            for (std::size_t z = r; z < c; ++z) with_and |= it[z].word == "and";
            std::vector<int>& more = more_;
            more.clear();
            // "and FNL chief Agathon Rwasa": a body whose title went to the name after it.
            if (c + 1 < nit && with_and && it[c].is_ent() && !it[c].modifier && it[c].ents.size() == 1 &&
                it[c + 1].is_ent() && it[c + 1].ents.size() == 1 && ents[it[c + 1].ents[0]].type == "person" &&
                ents[it[c].ents[0]].type != "person" && !slot_item(it[c], e, more)) {
              more.clear();
              ++c;
            }
            if (c < nit && slot_item(it[c], e, more)) {
              got.insert(got.end(), more.begin(), more.end());
              q = c + 1;
              if (with_and) keep_q = q, keep_n = got.size();
              continue;
            }
            // "President X and the Sri Lankan delegation were received by": a delegation beside
            // its head adds nobody.
            if (c + 1 < nit && it[c].modifier && it[c + 1].deleg >= 0) ++c;  // "the Sri Lankan delegation"
            if (c < nit && with_and && it[c].deleg >= 0 && !has(e, L.delegation_bit, "delegation")) {
              q = c + 1;
              keep_q = q, keep_n = got.size();
              continue;
            }
            break;
          }
          q = keep_q;
          got.resize(keep_n);
          // "... and Wang Yi of China met": the last member's country after "of".
          if (e.slot == 0 && keep_n >= 2 && q + 2 < nit && it[q].word == "of" && it[q + 1].is_ent() &&
              it[q + 1].ents.size() == 1 && ents[it[q + 1].ents[0]].type == "country" &&
              it[q + 2].verb &&
              std::all_of(got.begin(), got.end(), [&](int g) { return ents[g].type == "person"; }))
            q += 2;
        }
        // "met with Russia's minister": a possessor is not the object.
        if (q < nit && it[q].word == "'s" &&
            !(ei + 1 < p.elems.size() && p.elems[ei + 1].kind == PatElem::Words && p.elems[ei + 1].has_possessive)) {
          // Nor is one of a body: "supports Colombia's Marxist FARC guerrillas".
          for (std::size_t z = q + 1; z < nit && z <= q + 4; ++z) {
            if (it[z].title >= 0 || (it[z].is_ent() && ents[it[z].ents[0]].type == "person")) return false;
            if (it[z].is_ent()) {
              if (ents[it[z].ents[0]].type == "organization") return false;
              break;
            }
          }
        }
        // A failed step leaves `m` as it found it: swapping the fillers in and back out
        // restores it without a copy.
        std::vector<int>& slot_v = e.slot == 0 ? m.s : m.o;
        int& slot_d = e.slot == 0 ? m.s_deleg : m.o_deleg;
        slot_v.swap(got);
        std::swap(slot_d, deleg);
        if (step(ei + 1, q, m)) return true;
        // A relative clause after the subject: "Kozlov, who is leading ..., met with".
        if (e.slot == 0 && q + 1 < nit && it[q].word == "," && (it[q + 1].word == "who" || it[q + 1].word == "which")) {
          for (std::size_t r = q + 2; r + 1 < nit && r - q < 30; ++r) {
            if (it[r].word == "," && it[r + 1].verb) {
              if (step(ei + 1, r + 1, m)) return true;
              break;
            }
          }
        }
        // An apposition after the subject: "Ortega, Spain's foreign minister, met ...",
        // "Bellini, 64, visited ...": a short phrase without a verb between two commas, and
        // a verb right after it.
        if (e.slot == 0 && q + 2 < nit && it[q].word == ",") {
          for (std::size_t r = q + 1; r + 1 < nit && r - q <= 12; ++r) {
            if (!it[r].is_ent() && it[r].verb) break;
            if (it[r].word == "(" || it[r].word == ")" || it[r].word == "\"" || it[r].word == "and") break;
            if (it[r].word == "," ) {
              if (r > q + 1 && it[r + 1].verb && step(ei + 1, r + 1, m)) return true;
              break;
            }
          }
        }
        slot_v.swap(got);
        std::swap(slot_d, deleg);
        return false;
      }
    }
    return false;
  }
};

}  // namespace

void DocExtractor::match_patterns(std::size_t si, std::vector<Item>& items) {
  const Toks& t = sents_[si].toks;
  // Attribution in the sentence: "according to X", "X said", "reportedly".
  bool alleged = false;
  std::vector<int>& attributed = attributed_;
  attributed.clear();
  std::vector<std::size_t>& say_at = say_at_;  // the items of the speech verbs that made the sentence alleged
  say_at.clear();
  bool alleged_otherwise = false;   // "reportedly", "according to"
  static constexpr std::string_view kCues[] = {"reportedly", "allegedly", "purportedly", "according",
                                               "said",       "says",      "claimed",     "claims",
                                               "alleged",    "alleges",   "allege",      "claim",
                                               "reported"};
  // One of kCues (compared by length first: no hash per item). kCueLens: for each first byte,
  // the lengths of the cues that start with it (bit n: length n), so that most words are
  // rejected by one table load instead of a walk over the cues.
  static constexpr auto kCueLens = [] {
    std::array<std::uint32_t, 256> a{};
    for (std::string_view c : kCues) a[static_cast<unsigned char>(c[0])] |= std::uint32_t{1} << c.size();
    return a;
  }();
  auto is_cue = [](std::string_view w) {
    if (w.size() >= 32 || !((kCueLens[static_cast<unsigned char>(w[0])] >> w.size()) & 1)) return false;
    for (std::string_view c : kCues)
      if (c.size() == w.size() && c[0] == w[0] && c == w) return true;  // the first letter first: mostly no compare
    return false;
  };
  for (std::size_t k = 0; k < items.size(); ++k) {
    const WordView w = items[k].word;
    if (items[k].is_ent() || w.size() < 4 || !is_cue(w)) continue;  // every cue has 4+ letters
    if (w == "reportedly" || w == "allegedly" || w == "purportedly") alleged = alleged_otherwise = true;
    if (w == "according" && k + 1 < items.size() && items[k + 1].word == "to") {
      alleged = alleged_otherwise = true;
      for (std::size_t q = k + 2; q < items.size() && q < k + 7; ++q)
        if (items[q].is_ent()) {
          for (int e : items[q].ents) attributed.push_back(items[q].alt >= 0 ? items[q].alt : e);
          break;
        }
    }
    if (w == "said" || w == "says" || w == "claimed" || w == "claims" || w == "alleged" || w == "alleges" ||
        w == "allege" || w == "claim" || w == "reported") {
      // The speaker: the entity right before ("KCNA said", "X has said") or after ("said KCNA").
      int speaker = -1;
      std::vector<int> group;
      for (std::size_t q = k; q > 0 && k - q < 3; --q)
        if (items[q - 1].is_ent()) {
          group = items[q - 1].ents;
          break;
        }
      // Further back over a subject's phrase with no verb: "Nicaragua's Sandinista
      // government, meanwhile, claims".
      if (group.empty())
        for (std::size_t q = k; q > 0 && k - q < 8; --q) {
          const Item& x = items[q - 1];
          if (x.is_ent()) {
            group = x.ents;
            break;
          }
          if (x.verb || x.word == ";" || x.word == ":" || x.word == "that" || x.word == "\"") break;
        }
      // "Claims by X and Y allege"
      if (group.empty())
        for (std::size_t q = 0; q < k; ++q)
          if (items[q].word == "by" && q + 1 < k && items[q + 1].is_ent()) {
            for (std::size_t z = q + 1; z < k; ++z)
              if (items[z].is_ent()) group.insert(group.end(), items[z].ents.begin(), items[z].ents.end());
            break;
          }
      if (group.empty() && k + 1 < items.size() && items[k + 1].is_ent()) group = items[k + 1].ents;
      (void)speaker;
      // "Syrian media reported": a report is a source's only when the source is named.
      if (!group.empty() || (w != "said" && w != "reported")) {
        alleged = true;
        say_at.push_back(k);
        for (int e : group) attributed.push_back(e);
      }
    }
  }
  std::set<std::tuple<std::string, int, int>> seen;
  auto emit = [&](const Pattern& p, const Match& m, bool is_alleged, const std::vector<int>& attr,
                  const Map& attrs) {
    const RelType& rt = L.rel_type(p);
    std::vector<std::pair<int, int>> pairs;
    std::vector<std::pair<int, int>> dpairs;  // (subject deleg, object)
    if (p.pairwise) {
      // Every two members of the group; both ways for a relation with a direction ("X and Y
      // traded barbs": each criticized the other). A group naming two people or more is
      // theirs: "the defense ministers of the two countries, X and Y" met each other, the
      // countries did not meet them.
      std::vector<int> group = m.s;
      if (std::count_if(group.begin(), group.end(), [&](int e) { return ents_[e].type == "person"; }) >= 2)
        std::erase_if(group, [&](int e) { return ents_[e].type != "person"; });
      for (std::size_t x = 0; x < group.size(); ++x)
        for (std::size_t y = x + 1; y < group.size(); ++y) {
          pairs.push_back({group[x], group[y]});
          if (!rt.symmetric) pairs.push_back({group[y], group[x]});
        }
    } else if (m.s_deleg >= 0) {
      for (int o : m.o) dpairs.push_back({m.s_deleg, o});
      if (m.o_deleg >= 0) return;
    } else if (m.o_deleg >= 0) {
      // "S led a delegation", "the delegation led by S": the delegation's leader.
      if (p.relation == "leads")
        for (int s : m.s)
          if (ents_[s].type == "person") delegs_[m.o_deleg].leader = s;
      return;
    } else {
      for (int s : m.s)
        for (int o : m.o) pairs.push_back({s, o});
    }
    // The match starts at its subject ("X met Y") or at its object ("Y was received by X").
    const bool subject_first = !p.elems.empty() && p.elems[0].kind == PatElem::Slot && p.elems[0].slot == 0;
    const bool object_first = !p.elems.empty() && p.elems[0].kind == PatElem::Slot && p.elems[0].slot == 1;
    // "Zorvan Teslik, the chairman of the African Union, visited X": the body inside a
    // person's apposition is no subject of the person's verb.
    std::size_t sa = m.a + (m.a < items.size() && !items[m.a].is_ent() ? 1 : 0);  // over "the"
    if (subject_first && sa >= 3 &&
        sa + 1 < items.size() && items[sa + 1].word == "," &&
        (items[sa - 1].word == "of" || (items[sa - 1].word == "the" && items[sa - 2].word == "of"))) {
      std::size_t k = items[sa - 1].word == "of" ? sa - 1 : sa - 2;
      while (k > 0 && !items[k - 1].is_ent() && items[k - 1].word != "," && sa - k < 6) --k;
      if (k >= 2 && items[k - 1].word == "," && items[k - 2].is_ent() && items[k - 2].ents.size() == 1 &&
          ents_[items[k - 2].ents[0]].type == "person")
        return;
    }
    // Flag `lead`: the subject is the sentence's first entity ("Sudan severed ties with Chad
    // on Sunday, accusing Ndjamena of ...": Sudan's accusation, not Chad's).
    if (p.lead && first_entity(items) != sa) return;
    // "Uganda has a history in South Sudan and has long provided support to X": a verb after
    // "and" shares its clause's subject, not the last entity before it.
    if (subject_first && sa + 2 < m.b && items[sa + 1].word == "and" && first_entity(items) < sa &&
        (items[sa + 2].verb || items[sa + 2].word == "has" || items[sa + 2].word == "have" ||
         items[sa + 2].word == "had" || items[sa + 2].word == "was" || items[sa + 2].word == "is"))
      return;
    // "X visited Japan to attend the summit": the object of a verb is not the subject of the
    // infinitive after it (X attended, not Japan).
    if (subject_first && sa > 0 && sa + 1 < m.b && !p.pairwise &&
        (items[sa - 1].verb || (sa > 1 && items[sa - 1].word == "the" && items[sa - 2].verb))) {
      const std::size_t q = sa + 1;
      if (items[q].word == "to" && q + 1 < m.b && items[q + 1].verb) return;
    }
    // "Sergei Lavrov of Russia and Wang Yi met": a country after a person's "of" is his, no
    // subject of its own.
    if (subject_first && m.a > 1 && items[m.a - 1].word == "of" && items[m.a - 2].is_ent() &&
        items[m.a - 2].ents.size() == 1 && ents_[items[m.a - 2].ents[0]].type == "person")
      return;
    // "rebel factions from the Democratic Republic of Congo have signed": a subject after
    // "from" qualifies the real subject, which is no entity.
    if (subject_first && m.a > 0 &&
        (items[m.a - 1].word == "from" || (m.a > 1 && items[m.a - 1].word == "the" && items[m.a - 2].word == "from")))
      return;
    // "joined the ASEAN leaders for the signing": a body before a noun of people qualifies the
    // people, and joining them is no membership.
    if (p.relation == "member_of" && !p.elems.empty() && p.elems.back().kind == PatElem::Slot &&
        p.elems.back().slot == 1 && m.b < items.size()) {
      static const std::unordered_set<std::string_view> kPeople = {
          "leaders", "officials", "ministers", "delegates", "delegation", "delegations", "counterparts",
          "envoys",  "representatives", "heads", "troops", "forces", "soldiers", "peacekeepers"};
      if (kPeople.count(std::string_view(items[m.b].word))) return;
    }
    // "after state visits to Trinidad and Tobago, Costa Rica and Mexico, as well as a meeting
    // with X": a pattern that opens with its subject takes none that a preposition governs.
    if (!p.elems.empty() && p.elems[0].kind == PatElem::Slot && p.elems[0].slot == 0 && m.a > 0) {
      std::size_t first = m.a;  // the coordination the subject may be the tail of
      auto type_of = [&](const Item& x) -> const Word& { return ents_[x.alt >= 0 ? x.alt : x.ents[0]].type; };
      while (first >= 2 && (items[first - 1].word == "," || items[first - 1].word == "and") &&
             items[first - 2].is_ent() && items[m.a].is_ent() && type_of(items[first - 2]) == type_of(items[m.a]))
        first -= 2;
      const WordView before = first > 0 ? items[first - 1].word : items[m.a - 1].word;
      // A possessor is not governed so: "Prior to his visit to China", "prior to Abe's visit".
      const Word& sw = t[items[m.a].tb].lower;
      const bool possessor = sw == "his" || sw == "her" || sw == "its" || sw == "their" ||
                             (m.a + 1 < items.size() && items[m.a + 1].word == "'s");
      if (!possessor &&
          (before == "to" || before == "against" || before == "toward" || before == "towards" || before == "into"))
        return;
    }
    // "the Duma, Russia's lower house of parliament, on Wednesday, and met": a possessor
    // followed by its noun phrase and a comma before the verb is inside an apposition.
    if (subject_first && sa + 1 < m.b && items[sa].is_ent() && items[sa + 1].word == "'s")
      for (std::size_t k = sa + 2; k < m.b && !items[k].verb && !items[k].is_ent(); ++k)
        if (items[k].word == ",") return;
    std::size_t tb = items[m.a].tb, te = items[m.b - 1].te;
    // A speech verb inside the match is the subject's own act: "X alleged that Y ..." (the
    // accusation is X's, asserted; only what it claims is alleged), "X said after meeting Y".
    // So is a speech verb right after the match: the match is the speaker's apposition
    // ("X, a member of the Y party, said ...").
    // Not when the match starts at its object: "Nicaragua ... claims Costa Rica has invaded its
    // territory" is Nicaragua's claim about Costa Rica.
    if (is_alleged && !alleged_otherwise && !say_at.empty() && !object_first &&
        std::all_of(say_at.begin(), say_at.end(), [&](std::size_t k) {
          return (k >= m.a && k < m.b) || k == m.b || (k == m.b + 1 && items[m.b].word == ",");
        }))
      is_alleged = false;
    // What a speaker says comes after "said that": a match before it is the writer's ("In a
    // statement after his meeting with Maduro, Petro said that ...").
    if (is_alleged && !alleged_otherwise && !say_at.empty() &&
        std::all_of(say_at.begin(), say_at.end(), [&](std::size_t k) {
          return k >= m.b && k + 1 < items.size() && items[k + 1].word == "that";
        }))
      is_alleged = false;
    // A condition states no fact: "if the US attacked Iran", "unless X signs".
    bool negated_before = false;
    {
      const Toks& tt = sents_[si].toks;
      // "to consider not signing the proposed security agreement with China": negated.
      negated_before = tb > 0 && (tt[tb - 1].lower == "not" || tt[tb - 1].lower == "never" || tt[tb - 1].lower == "without");
      for (std::size_t k = tb; k-- > 0 && tb - k <= 3;) {
        const Word& w = tt[k].lower;
        if (w == "if" || w == "unless" || w == "whether") return;
        if (w == "," || w == ";" || w == ":") break;
      }
      // A plan is not an event yet: "X will meet Y", "X is scheduled to visit Y", "X plans
      // to sign". (Negation and attribution are judged elsewhere; a plan gives no edge.)
      if (!rt.state)
        for (std::size_t k = tb; k < te && k + 1 < tt.size(); ++k) {
          const Word& w = tt[k].lower;
          if (w == "will" || w == "'ll") return;
          if ((w == "scheduled" || w == "expected" || w == "due" || w == "plans" || w == "planned" ||
               w == "planning" || w == "intends" || w == "hopes") &&
              tt[k + 1].lower == "to")
            return;
        }
    }
    for (auto [s, o] : pairs) {
      if (s == o) continue;
      std::string type = p.relation;
      if (rt.symmetric && s > o) std::swap(s, o);
      if (!seen.insert({type, s, o}).second) continue;
      RawRel r;
      r.type = type;
      r.pattern = p.id;
      r.s = s;
      r.o = o;
      r.sent = si;
      r.tb = tb;
      r.te = te;
      const bool negated = m.negated || negated_before;
      r.status = negated ? "negated" : is_alleged ? "alleged" : "asserted";
      if (is_alleged && !negated) r.attributed = attr;
      r.attrs = attrs;
      rels_.push_back(std::move(r));
    }
    for (auto [d, o] : dpairs) {
      RawRel r;
      r.type = p.relation;
      r.pattern = p.id;
      r.s_deleg = d;
      r.o = o;
      r.sent = si;
      r.tb = tb;
      r.te = te;
      r.status = is_alleged ? "alleged" : "asserted";
      if (is_alleged) r.attributed = attr;
      r.attrs = attrs;
      rels_.push_back(std::move(r));
    }
  };
  auto clause_end = [&](std::size_t from) {
    std::size_t q = from;
    while (q < items.size() && items[q].word != "," && items[q].word != ";" && items[q].word != "." &&
           items[q].word != "\xe2\x80\x94")
      ++q;
    return q;
  };
  auto count_in = [&](std::size_t a, std::size_t b, Map& attrs) {
    for (std::size_t q = a; q < b && q < items.size(); ++q) {
      const Token& tk = t[items[q].tb];
      if (!items[q].is_ent() && tk.digit) {
        std::string d;
        for (char c : tk.lower)
          if (std::isdigit(static_cast<unsigned char>(c))) d += c;
          else if (c != ',') { d.clear(); break; }
        if (!d.empty() && d.size() < 10 && std::atoll(d.c_str()) >= 10) {
          attrs.emplace("count", Value(static_cast<std::int64_t>(std::atoll(d.c_str()))));
          return;
        }
      }
    }
  };
  // Only the patterns whose anchor word is in the sentence; claims (embed) first.
  // A match passes its anchor at or after its start (no element moves back): a pattern is
  // tried only at the starts up to its anchor's last item (`limit`: that item + 1).
  // pat_limit_[k] is 1 + pattern k's limit while it is on (0: off), listed in pat_on_: both
  // kept from sentence to sentence (reset below), so a sentence costs what its words name,
  // not a pass over every pattern.
  if (pat_limit_.size() != L.patterns.size()) pat_limit_.assign(L.patterns.size(), 0);
  pat_on_.clear();
  auto turn_on = [&](std::size_t k, std::size_t lim) {
    if (!pat_limit_[k]) pat_on_.push_back(k);
    pat_limit_[k] = std::max(pat_limit_[k], lim + 1);
  };
  for (std::size_t k : L.unanchored) turn_on(k, items.size());
  // Every anchor is a word a pattern names: the item's word id finds its patterns. word_last_
  // gets each pattern word's last item in this sentence (reset below).
  // A required slot takes an item only when the slot's types meet what the item can give (its
  // entities' types; a capital's country; a delegation; troops): a pattern with a required slot
  // that no item of the sentence can fill is not tried. can_fill: what the items can give.
  if (word_last_.size() != L.anchor_by_id.size()) word_last_.assign(L.anchor_by_id.size(), -1);
  while (ent_bits_.size() < ents_.size()) ent_bits_.push_back(L.type_bit(ents_[ent_bits_.size()].type));
  std::uint64_t can_fill = 0;
  for (std::size_t q = 0; q < items.size(); ++q) {
    const Item& x = items[q];
    if (x.is_ent()) {
      for (int e : x.ents) can_fill |= ent_bits_[e];
    } else if (x.wid >= 0 && static_cast<std::size_t>(x.wid) < L.anchor_by_id.size()) {
      word_last_[x.wid] = static_cast<int>(q);
      for (std::size_t k : L.anchor_by_id[x.wid]) turn_on(k, q + 1);
    }
    if (x.alt >= 0) can_fill |= L.city_bit | L.country_bit;
    if (x.deleg >= 0) can_fill |= L.delegation_bit | L.person_bit | L.organization_bit;
    if (x.troops) can_fill |= L.troops_bit;
    if (x.modifier) can_fill |= L.demonym_bit;
  }
  std::sort(pat_on_.begin(), pat_on_.end());  // the patterns' own order
  // The starts a pattern is tried at: up to the last item of each of its required word elements
  // (0: the sentence lacks one, or a required slot cannot be filled; Lexicon::PatternFilter).
  auto limit = [&](const Lexicon::PatternFilter& f, std::size_t lim) -> std::size_t {
    for (std::uint32_t i = f.masks_at; i < f.masks_end; ++i)
      if (!(L.filter_masks[i] & can_fill)) return 0;
    const int* w = L.filter_words.data();
    for (std::uint32_t i = f.words_at; i < f.words_end && lim;) {
      int last = -1;
      for (int n = w[i++]; n > 0; --n) last = std::max(last, word_last_[w[i++]]);
      lim = std::min(lim, static_cast<std::size_t>(last + 1));
    }
    return lim;
  };
  std::vector<std::pair<const Pattern*, std::size_t>>& order = order_;  // (pattern, limit)
  order.clear();
  for (int pass = 0; pass < 2; ++pass)  // claims (embed) first
    for (std::size_t k : pat_on_) {
      const Lexicon::PatternFilter& f = L.pattern_filters[k];
      if (f.embed != (pass == 0)) continue;
      if (const std::size_t lim = limit(f, pat_limit_[k] - 1)) order.emplace_back(&L.patterns[k], lim);
    }
  for (std::size_t k : pat_on_) pat_limit_[k] = 0;
  for (const Item& x : items)
    if (!x.is_ent() && x.wid >= 0 && static_cast<std::size_t>(x.wid) < word_last_.size()) word_last_[x.wid] = -1;
  if (order.empty()) return;  // most sentences
  // The starts of each pattern, once per sentence instead of once per pattern: every item, and
  // the items a pattern that opens with a required slot can start at (an entity, a delegation,
  // or "a/an/the" before one).
  std::vector<std::size_t>& all_starts = all_starts_;
  std::vector<std::size_t>& slot_starts = slot_starts_;
  all_starts.resize(items.size());
  slot_starts.clear();
  for (std::size_t k = 0; k < items.size(); ++k) {
    all_starts[k] = k;
    const Item& x = items[k];
    const bool det = (x.word == "a" || x.word == "an" || x.word == "the") && k + 1 < items.size() &&
                     (items[k + 1].is_ent() || items[k + 1].deleg >= 0);
    if (x.is_ent() || x.deleg >= 0 || det) slot_starts.push_back(k);
  }
  for (const auto& [pp, starts] : order) {
    const Pattern& p = *pp;
    const RelType& rt = L.rel_type(p);
    Matcher mt(L, items, ents_, ent_bits_, p, rt);
    const bool slot_first = !p.elems.empty() && p.elems[0].kind == PatElem::Slot && !p.elems[0].optional;
    for (const std::size_t start : slot_first ? slot_starts : all_starts) {
      if (start >= starts) break;
      Match m;
      if (!mt.at(start, m)) continue;
      if (p.counted && !(m.a > 0 && !items[m.a - 1].is_ent() && t[items[m.a - 1].tb].digit)) continue;
      Map attrs;
      if (p.count) count_in(p.counted ? m.a - 1 : m.a, clause_end(m.b), attrs);
      if (p.relation == "met_with")
        for (std::size_t q = m.a; q < std::min(items.size(), m.b + 12); ++q)
          if (items[q].word == "in" && q + 1 < items.size() && items[q + 1].is_ent() &&
              ents_[items[q + 1].ents[0]].type == "city") {
            attrs.emplace("place", Value(ents_[items[q + 1].ents[0]].name));
            break;
          }
      if (p.charge) {
        // The charge: the rest of the clause ("sending over 10,000 soldiers to aid ...").
        std::size_t ce = m.b;
        while (ce < items.size() && items[ce].word != ";" && items[ce].word != "." &&
               !(items[ce].word == "," && ce + 1 < items.size() &&
                 (items[ce + 1].word == "with" || items[ce + 1].word == "which" || items[ce + 1].word == "and" ||
                  items[ce + 1].word == "but" || items[ce + 1].word == "while" || items[ce + 1].word == "saying")))
          ++ce;
        if (ce > m.b) attrs.emplace("charge", Value(collapse_ws(text(t[items[m.b].tb].b, t[items[ce - 1].te - 1].e))));
      }
      emit(p, m, alleged, attributed, attrs);
      if (p.embed && !m.o.empty() && m.b < items.size()) {
        // The claim: the rest of the clause with the accused as its subject.
        std::size_t ce = m.b;
        while (ce < items.size() && items[ce].word != ";" && items[ce].word != ".") ++ce;
        std::vector<Item> sub;
        Item v;
        v.tb = items[m.b].tb;
        v.te = items[m.b].tb;
        v.ents = {m.o[0]};
        sub.push_back(v);
        sub.insert(sub.end(), items.begin() + m.b, items.begin() + ce);
        std::vector<int> attr = m.s;
        for (const Pattern& q : L.patterns) {
          if (q.embed || q.pairwise) continue;
          const RelType& rq = L.rel_type(q);
          Matcher mq(L, sub, ents_, ent_bits_, q, rq);
          Match mm;
          if (!mq.at(0, mm)) continue;
          mm.a = m.a;
          mm.b = m.b + (mm.b - 1);
          Map at2;
          if (q.count) {
            for (std::size_t z = 1; z < sub.size(); ++z) {
              const Token& tk = t[sub[z].tb];
              if (!sub[z].is_ent() && tk.digit) {
                std::string d;
                for (char c : tk.lower)
                  if (std::isdigit(static_cast<unsigned char>(c))) d += c;
                if (!d.empty() && d.size() < 10 && std::atoll(d.c_str()) >= 10) {
                  at2.emplace("count", Value(static_cast<std::int64_t>(std::atoll(d.c_str()))));
                  break;
                }
              }
            }
          }
          // Index range over the original items for the evidence span.
          Match span = mm;
          span.a = m.a;
          span.b = std::min(items.size(), m.b + (mm.b > 0 ? mm.b - 1 : 0));
          if (span.b <= span.a) span.b = m.b;
          emit(q, span, true, attr, at2);
        }
      }
    }
  }
}

void DocExtractor::dismissed_accusations(std::size_t si, const std::vector<Item>& items) {
  for (std::size_t k = 1; k < items.size(); ++k) {
    const auto& v = items[k].word;
    if (v != "rejected" && v != "denied" && v != "dismissed" && v != "refuted" && v != "rejects" && v != "denies")
      continue;
    // The accusation named by its noun alone: "the accusation", "these allegations" (one by
    // someone the text names, "accusations by X", is dismiss.charges').
    std::size_t q = k + 1;
    while (q < items.size() && q <= k + 3 && !items[q].is_ent() && items[q].word != "accusation" &&
           items[q].word != "accusations" && items[q].word != "allegation" && items[q].word != "allegations" &&
           items[q].word != "charge" && items[q].word != "charges" && items[q].word != "claim" &&
           items[q].word != "claims" && items[q].word != "involvement" &&
           items[q].word != "responsibility" && items[q].word != "wrongdoing")
      ++q;
    if (q >= items.size() || q > k + 3 || items[q].is_ent()) continue;
    if (q + 1 < items.size() && (items[q + 1].word == "by" || items[q + 1].word == "of" || items[q + 1].word == "from"))
      continue;
    // Its subject: the entity right before the verb (over an adverb or two).
    std::size_t b = k;
    while (b > 0 && k - b < 3 && !items[b - 1].is_ent()) --b;
    if (b == 0 || !items[b - 1].is_ent() || items[b - 1].ents.size() != 1) continue;
    const int who = items[b - 1].ents[0];
    // The accused, or the country the denier leads ("Serbian President X denied any involvement").
    const int led = ents_[who].type == "person" ? country_led_by(who) : -1;
    // (Relations come in sentence order: the walk back stops ten sentences before this one.)
    for (auto r = rels_.rbegin(); r != rels_.rend() && r->sent + 10 >= si; ++r)
      if (r->type == "accused" && (r->o == who || (led >= 0 && r->o == led)) && r->sent < si && r->s != who) {
        add_rel("dismissed", "dismiss.accusation", who, r->s, si, items[b - 1].tb, items[q].te);
        break;
      }
  }
}

void DocExtractor::member_lists(std::size_t si, const std::vector<Item>& items) {
  // "Brunei joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997": the
  // countries after "followed by" joined the body the sentence's joiner joined, each at the date
  // beside it.
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    if (items[k].word != "followed" || items[k + 1].word != "by") continue;
    int org = -1;
    for (const auto& r : rels_)
      if (r.sent == si && r.type == "member_of" && r.pattern.rfind("join.", 0) == 0 && r.te <= items[k].tb) org = r.o;
    if (org < 0) break;
    for (std::size_t q = k + 2; q < items.size(); ++q) {
      const Item& x = items[q];
      if (x.is_ent()) {
        const int e = x.alt >= 0 ? x.alt : x.ents[0];
        if (x.ents.size() != 1 || ents_[e].type != "country") break;
        RawRel& r = add_rel("member_of", "join.followed", e, org, si, x.tb, x.te);
        // "Laos and Myanmar in 1997": the date after the coordination is each member's.
        for (std::size_t d = q + 1; d + 1 < items.size() && items[d].word != ","; ++d)
          if (items[d].word == "in") {
            r.te = items[d + 1].te;
            break;
          }
      } else if (!(x.word == "," || x.word == "and" || x.word == "in" || (!x.word.empty() && std::isdigit(static_cast<unsigned char>(x.word[0]))))) {
        break;
      }
    }
    break;
  }
  // "fellow member states Kuwait, Oman, Bahrain, the UAE and Qatar", "its members, X and Y":
  // each country listed is a member of the one organisation named in this sentence or the one
  // before (no other reading is open when there are two).
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    const WordView w = items[k].word;
    bool members = w == "members" || (w == "member" && (items[k + 1].word == "states" || items[k + 1].word == "countries" ||
                                                         items[k + 1].word == "nations"));
    if (!members) continue;
    std::size_t q = k + (w == "member" ? 2 : 1);
    if (q < items.size() && (items[q].word == "," || items[q].word == ":")) ++q;
    std::vector<int> listed;
    std::size_t tb = items[k].tb, te = items[k].te;
    bool closed = false;
    while (q < items.size()) {
      if (items[q].word == "the") ++q;
      if (q >= items.size() || !items[q].is_ent() || items[q].modifier) break;
      for (int e : items[q].ents)
        if (ents_[e].type == "country") listed.push_back(items[q].alt >= 0 ? items[q].alt : e);
      te = items[q].te;
      ++q;
      if (q < items.size() && items[q].word == ",") ++q;
      if (q < items.size() && items[q].word == "and") {
        closed = true;
        ++q;
      } else if (closed) {
        break;
      }
    }
    if (listed.size() < 2 || !closed) continue;
    std::set<int> orgs = recent_orgs(items);
    if (orgs.size() != 1) continue;
    for (int c : listed) {
      add_rel("member_of", "member.list", c, *orgs.begin(), si, tb, te);
    }
  }
  // "Croatia is the first new EU member since Bulgaria and Romania joined in 2007": countries
  // that joined, no body after the verb, joined the one organisation the sentence names.
  for (std::size_t k = 1; k < items.size(); ++k) {
    const WordView w = items[k].word;
    if (w != "joined" && w != "rejoined") continue;
    if (k + 1 < items.size() && (items[k + 1].is_ent() || items[k + 1].word == "the" || items[k + 1].word == "a" ||
                                 items[k + 1].word == "forces" || items[k + 1].word == "hands"))
      continue;
    std::vector<std::size_t> joiners;
    for (std::size_t q = k; q-- > 0;) {
      const Item& x = items[q];
      if (x.is_ent() && x.ents.size() == 1 && !x.modifier && ents_[x.alt >= 0 ? x.alt : x.ents[0]].type == "country")
        joiners.push_back(q);
      else if (x.word != "and" && x.word != ",")
        break;
    }
    if (joiners.empty()) continue;
    std::set<int> orgs;
    for (const auto& x : items)
      for (int e : x.ents)
        if (ents_[e].type == "organization") orgs.insert(e);
    if (orgs.size() != 1) continue;
    for (const std::size_t q : joiners) {
      const Item& x = items[q];
      add_rel("member_of", "join.elided", x.alt >= 0 ? x.alt : x.ents[0], *orgs.begin(), si, x.tb, items[k].te);
    }
  }
}

void DocExtractor::note_country_lists(std::size_t si, const std::vector<Item>& items) {
  for (auto& l : country_lists_in(si, items)) country_lists_.push_back(std::move(l));
}

std::vector<DocExtractor::CountryList> DocExtractor::country_lists_in(std::size_t si,
                                                                      const std::vector<Item>& items) const {
  std::vector<CountryList> lists;
  for (std::size_t k = 0; k < items.size();) {
    auto country = [&](std::size_t q) {
      return q < items.size() && items[q].is_ent() && items[q].ents.size() == 1 && !items[q].modifier &&
             ents_[items[q].alt >= 0 ? items[q].alt : items[q].ents[0]].type == "country";
    };
    // One item that stands for a list ("the heads of six states – A, B, ... –"): that list.
    if (items[k].ents.size() >= 2 && !items[k].modifier &&
        std::all_of(items[k].ents.begin(), items[k].ents.end(), [&](int e) { return ents_[e].type == "country"; })) {
      std::vector<int> ents = items[k].ents;
      std::sort(ents.begin(), ents.end());
      ents.erase(std::unique(ents.begin(), ents.end()), ents.end());
      lists.push_back({si, std::move(ents), k == 0 || items[k - 1].word == ","});
      ++k;
      continue;
    }
    if (!country(k)) {
      ++k;
      continue;
    }
    const std::size_t first = k;
    std::vector<int> ents;
    bool closed = false;
    std::size_t q = k;
    while (country(q)) {
      ents.push_back(items[q].alt >= 0 ? items[q].alt : items[q].ents[0]);
      k = ++q;
      if (closed) break;
      if (q < items.size() && items[q].word == ",") ++q;
      if (q < items.size() && items[q].word == "and" && country(q + 1)) closed = true, ++q;
      else if (q == k) break;  // neither comma nor "and": the list ends
    }
    std::sort(ents.begin(), ents.end());
    ents.erase(std::unique(ents.begin(), ents.end()), ents.end());
    // The list is the clause's subject when it opens the sentence or follows a comma
    // ("Additionally, last year, Mali, Burkina Faso and Niger withdrew"), not a preposition.
    const bool subject = first == 0 || items[first - 1].word == ",";
    if (closed && ents.size() >= 2) lists.push_back({si, std::move(ents), subject});
  }
  return lists;
}

void DocExtractor::members_by_founding() {
  const std::size_t n = rels_.size();  // (add_rel appends: the signings are the relations before)
  for (std::size_t k = 0; k < n; ++k) {
    const RawRel& r = rels_[k];
    if (r.type != "signed" || r.s < 0 || r.o < 0 || ents_[r.s].type != "country" || ents_[r.o].type != "agreement")
      continue;
    const std::string& name = ents_[r.o].name;
    std::size_t at = name.find("establishment of ");
    if (at != std::string::npos) at += 17;
    else if ((at = name.find("establishing ")) != std::string::npos) at += 13;
    else continue;
    std::string_view body = std::string_view(name).substr(at);
    if (body.starts_with("the ")) body.remove_prefix(4);
    auto e = ent_index_.find(std::make_pair(std::string_view("organization"), body));
    if (e == ent_index_.end()) continue;
    const int country = r.s, body_id = e->second;  // (r may move with the append)
    const std::size_t sent = r.sent, tb = r.tb, te = r.te;
    add_rel("member_of", "member.founding_act", country, body_id, sent, tb, te);
  }
}

void DocExtractor::allies_by_pact() {
  // Countries that sign a defence pact in one sentence are allies: "Mali, Burkina Faso and
  // Niger signed a mutual defence pact".
  static const char* kPacts[] = {"defence pact",  "defense pact",  "mutual defence", "mutual defense", "security pact",
                                 "defence treaty", "defense treaty", "military alliance", "defence alliance",
                                 "defense alliance", "alliance treaty", "allied relations"};
  struct Signing {
    std::set<int> countries;
    std::size_t tb, te;  // the span of a signing, for the evidence
  };
  std::map<std::pair<std::size_t, int>, Signing> signings;  // (sentence, pact)
  for (const auto& r : rels_) {
    if (r.type != "signed" || r.status != "asserted" || ents_[r.s].type != "country") continue;
    std::string name = ents_[r.o].name;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool pact = false;
    for (const char* k : kPacts) pact |= name.find(k) != std::string::npos;
    if (!pact) continue;
    Signing& g = signings[{r.sent, r.o}];
    g.countries.insert(r.s);
    g.tb = r.tb, g.te = r.te;  // the evidence span: the last country's signing
  }
  for (const auto& [key, g] : signings)
    for (auto x = g.countries.begin(); x != g.countries.end(); ++x)
      for (auto y = std::next(x); y != g.countries.end(); ++y) {
        RawRel a;
        a.type = "allied_with";
        a.pattern = "ally.pact";
        a.s = *x;
        a.o = *y;
        a.sent = key.first;
        a.tb = g.tb;
        a.te = g.te;
        rels_.push_back(std::move(a));
      }
}

void DocExtractor::find_dateline() {
  // A first line "City, Country" or "CITY, Mon DD" / "CITY (AGENCY) —".
  for (std::size_t si = 0; si < sents_.size() && si < 6; ++si) {
    const Toks& t = sents_[si].toks;
    for (std::size_t i = 0; i < t.size() && i < 40; ++i) {
      std::size_t len;
      const GazEntry* g = gaz_match(t, i, len);
      if (!g || g->type != "city") continue;
      if (!(t[i].allcaps || (i == 0))) continue;
      std::size_t k = i + len;
      if (k < t.size() && (t[k].lower == "," || t[k].lower == "(" || t[k].lower == "\xe2\x80\x94")) {
        std::string country = g->country;
        if (k + 1 < t.size()) {
          std::size_t l2;
          const GazEntry* g2 = gaz_match(t, k + 1, l2);
          if (g2 && g2->type == "country" && !g2->demonym) country = g2->name;
        }
        dateline_country_ = country;
        dateline_city_ = g->name;
        return;
      }
    }
  }
}

DocumentFacts DocExtractor::run() {
  DocumentFacts facts;
  facts.doc = doc_.info;
  // Room for a document's entities at once (~25 in a news article): the vector grown one by
  // one moved every entity's strings and surface map at each step, the index rehashed.
  ents_.reserve(64);
  ent_index_.reserve(64);
  sents_ = split_sentences(doc_.text);
  info_.resize(sents_.size());
  {
    // Every word's lexicon facts, in one pass over the document before anything asks for them:
    // the word table's slots are prefetched kAhead words early (the table is larger than the
    // caches), not waited for one by one.
    // (Each word hashed once: the hash of the word prefetched is kept for its lookup.)
    std::vector<const Token*> words;
    for (const auto& S : sents_)
      for (const Token& tk : S.toks)
        if (tk.word) words.push_back(&tk);
    constexpr std::size_t kAhead = 16;
    std::uint64_t hashes[kAhead];
    for (std::size_t k = 0; k < words.size() && k < kAhead; ++k) {
      hashes[k] = Lexicon::word_hash(words[k]->lower);
      L.prefetch_hash(hashes[k]);
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::uint64_t h = hashes[k % kAhead];
      if (k + kAhead < words.size()) {
        hashes[k % kAhead] = Lexicon::word_hash(words[k + kAhead]->lower);
        L.prefetch_hash(hashes[k % kAhead]);
      }
      if (!(words[k]->lex & 1)) lex_lookup(*words[k], h);
    }
  }
  find_dateline();
  // Publisher: a news organisation named by the URL's domain, a trailing credit, the
  // dateline "(AFP)" or the page furniture.
  std::string publisher;
  if (!doc_.info.url.empty()) {
    std::string host = doc_.info.url;
    auto p = host.find("://");
    if (p != std::string::npos) host = host.substr(p + 3);
    host = host.substr(0, host.find('/'));
    for (std::string h = host; !h.empty();) {
      if (auto it = L.gaz.find("@domain " + h); it != L.gaz.end()) {
        publisher = it->second.front().name;
        break;
      }
      auto dot = h.find('.');
      if (dot == std::string::npos) break;
      h = h.substr(dot + 1);
    }
  }
  std::vector<std::string> news_seen;
  for (std::size_t si = 0; si < sents_.size(); ++si) {
    const Toks& t = sents_[si].toks;
    for (std::size_t i = 0; i < t.size(); ++i) {
      // A match is a key from this word on: none is a news organisation's unless one such key
      // starts with the word (no gazetteer walk for the others).
      if (!t[i].word || !(lex_bits(t[i]) & Lexicon::kNewsFirst)) continue;
      std::size_t len;
      const GazEntry* g = gaz_match(t, i, len, true);
      if (g && g->type == "organization" && g->kind == "news") {
        bool credit = t[i].skip || sents_[si].boilerplate ||
                      (i > 0 && t[i - 1].lower == "(" && i + len + 1 == t.size() && t[i + len].lower == ")");
        if (credit) news_seen.push_back(g->name);
      }
    }
  }
  if (publisher.empty() && !news_seen.empty()) publisher = news_seen.back();
  if (facts.doc.publisher.empty()) facts.doc.publisher = publisher;

  for (std::size_t si = 0; si < sents_.size(); ++si)
    if (!sents_[si].boilerplate) detect(si);
  // "signed a treaty known as the 'Falepili Union'", "an accord dubbed X": the name after is an
  // agreement's (whatever its words would make it), and the description is that agreement.
  {
    std::set<std::string> named;
    for (std::size_t si = 0; si < info_.size(); ++si) {
      auto& ms = info_[si].ms;
      const Toks& t = sents_[si].toks;
      for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
        Mention& g = ms[k];
        if (g.drop || g.type != "agreement" || !g.generic) continue;
        std::size_t q = g.te;
        if (q + 1 >= t.size() || !((t[q].lower == "known" && t[q + 1].lower == "as") || t[q].lower == "called" ||
                                   t[q].lower == "dubbed" || t[q].lower == "named"))
          continue;
        q += t[q].lower == "known" ? 2 : 1;
        while (q < t.size() && (t[q].lower == "the" || !t[q].word)) ++q;  // "the", a quote
        Mention& x = ms[k + 1];
        if (x.drop || x.tb != q || x.type == "person" || x.type == "country" || x.type == "city") continue;
        x.type = "agreement";
        x.generic = x.unknown = false;
        named.insert(x.name);
        g.generic = g.unknown = g.distinct = g.praised = false;  // the description names it too
        g.name = x.name;
        g.surface = x.surface;  // (its words, "a treaty", are no name of it for other documents)
      }
    }
    if (!named.empty())
      for (auto& S : info_)
        for (auto& m : S.ms)
          if (!m.drop && m.type == "organization" && named.count(m.name)) m.type = "agreement";
  }
  resolve_doc_mentions();
  // "King Hussein", "Prince Charles": a one-word name said after its style, that no fuller name
  // in the text resolves ("Prince Mohammed" is "Mohammed bin Salman"), goes by the style.
  if (any_style_) {
    std::map<std::string, std::string> styled;
    for (auto& S : info_)
      for (auto& m : S.ms)
        if (!m.style.empty() && !m.drop && m.type == "person" && m.name == collapse_ws(m.surface))
          styled.emplace(m.name, m.style + " " + m.name);
    if (!styled.empty())
      for (auto& S : info_)
        for (auto& m : S.ms)
          if (m.type == "person" && !m.drop)
            if (auto x = styled.find(m.name); x != styled.end()) m.name = x->second;
  }
  // "the Senate" in a text that names one country's senate ("The Philippine Senate
  // ratified ... The Senate has taken an important step"): that body.
  {
    std::map<std::string, std::set<std::string>> owned;  // lower body phrase -> full names
    std::vector<std::pair<Mention*, std::string>> orgs;   // organisation mentions and their keys
    for (auto& S : info_)
      for (auto& m : S.ms)
        if (!m.drop && m.type == "organization") {
          std::string key = phrase_key(m.name);
          // Each word-boundary suffix after the first word: "philippine senate" -> "senate".
          if (key.rfind("the ", 0) != 0)
            for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
              if (L.is(key.substr(sp + 1), "generic_body")) owned[key.substr(sp + 1)].insert(m.name);
          orgs.emplace_back(&m, std::move(key));
        }
    if (!owned.empty())
      for (auto& [m, key] : orgs) {
        auto o = owned.find(key.rfind("the ", 0) == 0 ? key.substr(4) : key);
        if (o != owned.end() && o->second.size() == 1 && !o->second.count(m->name)) m->name = *o->second.begin();
      }
  }
  // Person names: one spelling per person in the document (the most common among the
  // fullest forms).
  {
    std::map<std::string, std::map<std::string, int>> by_key;
    for (auto& S : info_)
      for (auto& m : S.ms)
        if (m.type == "person" && !m.drop) {
          std::string k = words_key(m.name);
          by_key[k][m.name]++;
        }
    std::map<std::string, std::string> canon;
    for (auto& [k, forms] : by_key) {
      std::string best;
      int bc = -1;
      for (auto& [f, c] : forms)
        if (c > bc) best = f, bc = c;
      for (auto& [f, c] : forms) canon[f] = best;
    }
    for (auto& S : info_)
      for (auto& m : S.ms)
        if (m.type == "person" && canon.count(m.name)) m.name = canon[m.name];
  }
  // The first agreement the text describes without naming it ("a peace agreement"); one only
  // praised ("a historic accord") when the text describes none otherwise.
  for (const bool praised : {false, true})
    for (std::size_t si = 0; si < sents_.size() && first_generic_name_.empty(); ++si) {
      if (sents_[si].boilerplate || info_[si].title_case) continue;
      for (const auto& m : info_[si].ms)
        if (m.generic && !m.unknown && !m.drop && m.praised == praised &&
            m.name.find(' ') != std::string::npos) {  // not "a previous agreement"
          first_generic_name_ = m.name;
          first_generic_surface_ = m.surface;
          break;
        }
    }
  for (std::size_t si = 0; si < sents_.size(); ++si) {
    if (sents_[si].boilerplate) continue;
    info_[si].dates = find_dates(sents_[si].toks, doc_.info.date);
    std::vector<Item>& items = items_for(si);
    if (explain_) explain_sentence(si, items);
    // Delegations: "a delegation from X".
    for (std::size_t k = 0; k + 2 < items.size(); ++k)
      if (items[k].deleg >= 0 && items[k + 1].word == "from" && items[k + 2].is_ent())
        delegs_[items[k].deleg].from = items[k + 2].ents[0];
    match_patterns(si, items);
    member_lists(si, items);
    dismissed_accusations(si, items);
    plural_title_lists(si);
    note_country_lists(si, items);
    prev_ents_.clear();
    for (const auto& it : items) prev_ents_.insert(prev_ents_.end(), it.ents.begin(), it.ents.end());
    prev_ents_.insert(prev_ents_.end(), folded_orgs_.begin(), folded_orgs_.end());
    std::sort(prev_ents_.begin(), prev_ents_.end());
    prev_ents_.erase(std::unique(prev_ents_.begin(), prev_ents_.end()), prev_ents_.end());
    folded_orgs_.clear();
    possessed_.clear();
  }
  resolve_unowned_titles();
  allies_by_pact();
  members_by_founding();
  // The publisher and the byline author as entities.
  if (!facts.doc.publisher.empty()) entity("organization", facts.doc.publisher, facts.doc.publisher);
  if (!doc_.info.author.empty()) {
    std::string a = doc_.info.author;
    std::size_t len = 0;
    auto at = tokenize(a);
    const GazEntry* g = at.empty() ? nullptr : gaz_match(at, 0, len);
    if (g && len == at.size()) {
      if (g->type == "organization") entity("organization", g->name, a);
    } else if (at.size() >= 2 && at.size() <= 4) {
      std::string name = title_case(a);
      entity("person", name, a);
      if (facts.doc.author.empty()) facts.doc.author = name;
    }
  }
  // Relations: delegation facts go to the delegation's leader.
  std::vector<RawRel> out;
  for (auto& r : rels_) {
    if (r.s_deleg >= 0) {
      int leader = delegs_[r.s_deleg].leader;
      if (leader < 0) continue;
      const RelType& rt = L.rel_types.at(r.type);
      if (!rt.subj.count("person")) continue;
      r.s = leader;
    }
    if (r.s < 0 || r.o < 0 || r.s == r.o) continue;
    out.push_back(r);
  }
  // A news organisation reports; it is no party to what it reports ("..., WAM said": the
  // agency is the credit, not the accuser).
  {
    std::set<int> news;
    for (const auto& S : info_)
      for (const auto& m : S.ms)
        if (!m.drop && m.type == "organization" && m.kind == "news")
          if (auto e = ent_index_.find(std::make_pair(m.type, m.name)); e != ent_index_.end()) news.insert(e->second);
    if (!news.empty()) std::erase_if(out, [&](const RawRel& r) { return news.count(r.s) || news.count(r.o); });
  }
  // Troops sent to a city are sent to its country ("deploying in Mogadishu"): the pattern
  // takes the city, the edge its country (the gazetteer's, else the one the text put it in:
  // "Samawah, Iraq"), or nothing when the city's country is unknown.
  {
    std::map<int, int> city_country;
    for (const auto& r : out)
      if (r.type == "located_in" && ents_[r.s].type == "city" && ents_[r.o].type == "country")
        city_country.emplace(r.s, r.o);
    std::erase_if(out, [&](RawRel& r) {
      if (r.type != "sent_troops" || ents_[r.o].type != "city") return false;
      if (const GazEntry* c = L.gaz_entry(ents_[r.o].name, "city"); c && !c->country.empty())
        r.o = entity("country", c->country, c->country, false);
      else if (auto k = city_country.find(r.o); k != city_country.end())
        r.o = k->second;
      else
        return true;
      return r.o == r.s;
    });
  }
  // A person appointed by a leader ("Ramaphosa appointed X as the new minister of
  // finance") holds a position of the country that leader leads, or of none the text says.
  std::erase_if(out, [&](RawRel& r) {
    if (r.type != "holds_position" || ents_[r.o].type != "person") return false;
    int country = -1;
    for (const auto& l : out)
      if (l.type == "leads" && l.s == r.o && ents_[l.o].type == "country") {
        if (country >= 0 && country != l.o) return true;
        country = l.o;
      }
    r.o = country;
    return country < 0 || country == r.s;
  });
  // Nobody meets their own country: "Officials from both sides welcomed Chinese Foreign
  // Minister Wang Yi" gives no China-met-Wang Yi.
  {
    std::set<std::pair<int, int>> office;
    for (const auto& r : out)
      if (r.type == "leads" || r.type == "holds_position") office.insert({r.s, r.o});
    // Nor visits it: "Obama visited the United States" is a misread of someone else's visit.
    std::erase_if(out, [&](const RawRel& r) {
      if (r.type == "met_with") return office.count({r.s, r.o}) || office.count({r.o, r.s});
      return (r.type == "visited" || r.type == "arrived_in") && office.count({r.s, r.o});
    });
  }
  // "the pact", "the accord" in a document that names exactly one agreement ("The Founding
  // Act upgrades ..."): that agreement.
  if (generic_agreement_ >= 0 && !generic_distinct_) {
    std::set<std::string> in_text;  // named outside a title-case headline
    for (const auto& S : info_)
      if (!S.title_case)
        for (const auto& m : S.ms)
          if (!m.drop && !m.generic && m.type == "agreement") in_text.insert(m.name);
    int named = -1, count = 0;
    for (std::size_t i = 0; i < ents_.size(); ++i)
      if (static_cast<int>(i) != generic_agreement_ && ents_[i].type == "agreement" && ents_[i].mentions > 0 &&
          in_text.count(ents_[i].name))
        named = static_cast<int>(i), ++count;
    if (count == 1) {
      for (auto& r : out) {
        if (r.o == generic_agreement_) r.o = named;
        if (r.s == generic_agreement_) r.s = named;
      }
      ents_[named].mentions += ents_[generic_agreement_].mentions;
      ents_[generic_agreement_].mentions = 0;
      std::erase_if(generic_nodes_, [&](const auto& g) { return g.first == generic_agreement_; });
      generic_agreement_ = -1;
      std::erase_if(out, [](const RawRel& r) { return r.s == r.o; });
    }
  }
  // Dates: the date expression nearest the match, not one that dates a report.
  // Without a document date a relative date waits for resolve() ("?on Monday").
  auto date_near = [&](std::size_t si, std::size_t tb, std::size_t te) {
    const Toks& t = sents_[si].toks;
    std::string found;
    int best = 1 << 30;
    bool undated = doc_.info.date.empty();
    for (const auto& d : info_[si].dates) {
      if (d.value.empty() && !undated) continue;
      std::size_t pre = d.tb;
      while (pre > 0 && (t[pre - 1].lower == "on" || t[pre - 1].lower == "reporters")) --pre;
      // A report's date is not the event's ("told reporters Tuesday"), unless the event is told
      // as the report's occasion: "said yesterday after meeting with X".
      const bool occasion = d.te < t.size() && (t[d.te].lower == "after" || t[d.te].lower == "following" ||
                                                t[d.te].lower == "during" || t[d.te].lower == "while");
      if (pre > 0 && L.is(t[pre - 1], "report") && !occasion) continue;
      if (pre > 0 && (t[pre - 1].lower == "taken" || t[pre - 1].lower == "released" || t[pre - 1].lower == "published"))
        continue;
      // "the first ... to visit Australia since 2017": the start of a span, not the event's date.
      if (t[d.tb].lower == "since" || (pre > 0 && t[pre - 1].lower == "since")) continue;
      int dist = d.te <= tb ? static_cast<int>(tb - d.te) : d.tb >= te ? static_cast<int>(d.tb - te) : 0;
      if (dist > 15) continue;
      // Inside the match, a date in a relative clause between commas dates that clause, not the
      // match: "Erdogan, whose last visit to Baghdad was in 2011, when he was prime minister,
      // met with ...".
      if (dist == 0) {
        bool relative = false;
        for (std::size_t k = d.tb; k-- > tb;) {
          if (t[k].lower == ",") {
            relative = k + 1 < t.size() && (t[k + 1].lower == "whose" || t[k + 1].lower == "which" ||
                                             t[k + 1].lower == "who" || t[k + 1].lower == "when");
            break;
          }
        }
        // ... and a comma closes the clause before the match ends.
        if (relative && std::none_of(t.begin() + static_cast<std::ptrdiff_t>(d.te), t.begin() + static_cast<std::ptrdiff_t>(te),
                                     [](const Token& x) { return x.lower == ","; }))
          relative = false;
        if (relative) continue;
      }
      if (dist < best) {
        best = dist;
        found = !d.value.empty() ? d.value : "?" + collapse_ws(text(t[d.tb].b, t[d.te - 1].e));
      }
    }
    return found;
  };
  // Where a place lies has no date ("Aktau in the Mangystau Region, on Sunday").
  for (auto& r : out)
    if (r.pattern.rfind("title.", 0) != 0 && r.type != "located_in" && r.type != "capital_of")
      if (std::string d = date_near(r.sent, r.tb, r.te); !d.empty()) r.date = d;
  // "Habibie ... was given the honor to meet Hun Sen immediately afterward": a sentence that
  // places its event right after the one before takes that one's date.
  for (auto& r : out) {
    if (!r.date.empty()) continue;
    const Toks& t = sents_[r.sent].toks;
    bool after = false;
    for (std::size_t k = 0; k < t.size() && !after; ++k)
      after = t[k].lower == "afterward" || t[k].lower == "afterwards" ||
              (k + 1 < t.size() && (t[k].lower == "that" || t[k].lower == "same") && t[k + 1].lower == "day");
    if (!after) continue;
    // The first date of the nearest sentence before that gives one.
    for (std::size_t si = r.sent; si-- > 0 && r.date.empty();)
      for (const auto& d : info_[si].dates)
        if (!d.value.empty()) {
          r.date = d.value;
          break;
        }
  }
  // Taking part in an event the text dated where it named it ("the Extraordinary Summit that
  // was held in Maputo on Wednesday"): the event's date, when the sentence of the taking part
  // gives none ("Among those who attended the summit are ...").
  std::map<int, std::string> event_dates;
  for (std::size_t si = 0; si < info_.size(); ++si)
    for (const auto& m : info_[si].ms) {
      if (m.drop || m.type != "event") continue;
      auto e = ent_index_.find(std::make_pair(m.type, m.name));
      if (e == ent_index_.end() || event_dates.count(e->second)) continue;
      if (std::string d = date_near(si, m.tb, m.te); !d.empty()) event_dates.emplace(e->second, d);
    }
  for (auto& r : out)
    if (r.date.empty() && r.type == "participated_in")
      if (auto d = event_dates.find(r.o); d != event_dates.end()) r.date = d->second;
  // The news day: an undated event told after the text dated its news a few days before the
  // report ("Yesterday, I joined Secretary Clinton ...", "... on Friday announced ...") happened
  // that day; background dated further back ("in 2011") carries no further.
  if (const Ymd today = parse_iso(doc_.info.date); today.y && today.m && today.d) {
    const std::string& latest = doc_.info.date;
    const std::string earliest = to_iso(add_days(today, -7));
    // "(5:47 p.m. Thursday GMT)": an aside, not the story's day.
    auto in_brackets = [](const Toks& t, const DateExpr& d) {
      for (std::size_t k = d.tb; k-- > 0;)
        if (t[k].lower == "(" || t[k].lower == ")") return t[k].lower == "(";
      for (std::size_t k = d.te; k < t.size(); ++k)
        if (t[k].lower == "(" || t[k].lower == ")") return t[k].lower == ")";
      return false;
    };
    auto news_day = [&](const DateExpr& d) {
      return d.value.size() == 10 && d.value >= earliest && d.value < latest;
    };
    // The day each sentence opens with (the last date said before it, if a news day), found in
    // one pass: a long document's relations do not each walk back over it.
    auto step = [&](std::size_t si, const DateExpr& d, const std::string*& day) {
      if (!d.value.empty() && !in_brackets(sents_[si].toks, d)) day = news_day(d) ? &d.value : nullptr;
    };
    std::vector<const std::string*> opens(info_.size(), nullptr);
    const std::string* day = nullptr;
    for (std::size_t si = 0; si < info_.size(); ++si) {
      opens[si] = day;
      for (const auto& d : info_[si].dates) step(si, d, day);
    }
    for (auto& r : out) {
      if (!r.date.empty() || L.rel_types.at(r.type).state) continue;
      const std::string* at = opens[r.sent];
      for (const auto& d : info_[r.sent].dates)
        if (d.te <= r.tb) step(r.sent, d, at);
      if (at) r.date = *at;
    }
  }
  // An event the text does not date is dated by its report (the document's date), marked
  // date_source=reported: the knowledge graph lets a date from the text replace it and never
  // splits an edge over it.
  if (!doc_.info.date.empty())
    for (auto& r : out)
      if (r.date.empty() && !L.rel_types.at(r.type).state) {
        r.date = doc_.info.date;
        r.attrs.emplace("date_source", Value("reported"));
      }
  // Facts: entities mentioned, and those only implied but standing at a relation's end.
  std::set<int> used;
  for (auto& r : out) used.insert(r.s), used.insert(r.o);
  // A gazetteer entity is named as the text names it (see text_name).
  std::vector<std::string> label(ents_.size());
  for (std::size_t i = 0; i < ents_.size(); ++i) label[i] = text_name(ents_[i]);
  auto name_of = [&](int i) -> const std::string& { return label[i].empty() ? ents_[i].name : label[i]; };
  for (std::size_t i = 0; i < ents_.size(); ++i) {
    auto& e = ents_[i];
    if (e.mentions <= 0 && !used.count(static_cast<int>(i))) continue;
    // An agreement the text only describes ("a joint statement said", "a nuclear treaty") is a
    // node when something is done with it (signed, ratified, left), not for being mentioned.
    if (is_generic_node(static_cast<int>(i)) && !used.count(static_cast<int>(i))) continue;
    EntityFact f;
    f.type = e.type;
    f.name = name_of(static_cast<int>(i));
    for (auto& [s, c] : e.surfaces) f.aliases.push_back(s);
    if (!label[i].empty()) f.aliases.push_back(e.name);  // the lexicon's name finds it too
    f.mentions = std::max(1, e.mentions);
    facts.entities.push_back(std::move(f));
  }
  for (const auto& node : generic_nodes_) {
    const int gi = node.first;
    // Name: the first description the text gives (a longer one said later, "a legally binding
    // security treaty" after "a new bilateral security agreement", is commonly the writer's
    // gloss); but a bare kind ("a ceasefire") takes the fullest description of its kind.
    // Parties: the two most mentioned countries (for another agreement than the first: the
    // countries that signed it).
    DocEnt& g = ents_[gi];
    std::string best = g.name;
    // Of the kind the first description named: "an immediate ceasefire" names the ceasefire
    // over "mutual agreement" said of it later; any description when none is of that kind.
    // (An agreement, accord, deal, pact or treaty is one kind.) Only a bare kind looks: a first
    // description of two words or more keeps its name.
    if (const std::vector<std::string> name_words = words_of(g.name); name_words.size() <= 1) {
      auto kind_of = [](const std::string& w) -> std::string {
        static const std::unordered_set<std::string_view> kAgreement = {
            "agreement", "agreements", "accord", "accords", "deal", "deals", "pact", "pacts", "treaty", "treaties"};
        return kAgreement.count(w) ? std::string("agreement") : w;
      };
      auto has_kind = [&](const std::vector<std::string>& ws, const std::string& k) {
        return std::any_of(ws.begin(), ws.end(), [&](const std::string& w) { return kind_of(w) == k; });
      };
      const std::string kind = name_words.empty() ? std::string() : kind_of(name_words.back());
      std::size_t bw = name_words.size();
      const bool kind_named = std::any_of(g.surfaces.begin(), g.surfaces.end(), [&](const auto& sc) {
        auto ws = words_of(sc.first);
        return ws.size() > 1 && has_kind(ws, kind);
      });
      for (auto& [s, c] : g.surfaces) {
        auto ws = words_of(s);
        if (kind_named && !has_kind(ws, kind)) continue;
        std::vector<std::string> keep;
        for (auto& w : ws)
          if (w != "a" && w != "an" && w != "the" && w != "this" && !L.is(w, "evaluative") && w != "\xe2\x80\x9c" &&
              w != "'s")
            keep.push_back(w);
        if (keep.size() > bw) {
          bw = keep.size();
          best.clear();
          for (auto& w : keep) best += (best.empty() ? "" : " ") + w;
        }
      }
    }
    std::string parties;
    if (gi == generic_agreement_) {
      const std::vector<std::string> c = most_named_countries(2);
      parties = c.size() == 2 ? std::min(c[0], c[1]) + "|" + std::max(c[0], c[1]) : c.size() == 1 ? c[0] : "";
    } else {
      std::set<std::string> signers;
      for (const auto& r : out)
        if (r.o == gi && r.type == "signed" && ents_[r.s].type == "country") signers.insert(ents_[r.s].name);
      for (const auto& x : signers) parties += (parties.empty() ? "" : "|") + x;
    }
    std::string old = g.name;
    for (auto& f : facts.entities)
      if (f.type == "agreement" && f.name == old) {
        f.name = best;
        f.parties = parties.empty() ? "-" : parties;
      }
    g.name = best;
  }
  for (auto& r : out) {
    RelationFact f;
    f.type = r.type;
    f.subject = {ents_[r.s].type, name_of(r.s)};
    f.object = {ents_[r.o].type, name_of(r.o)};
    f.symmetric = L.rel_types.count(r.type) && L.rel_types.at(r.type).symmetric;
    f.date = r.date;
    f.status = r.status;
    for (int a : r.attributed)
      if (a >= 0 && a < static_cast<int>(ents_.size()) &&
          std::find(f.attributed_to.begin(), f.attributed_to.end(), name_of(a)) == f.attributed_to.end())
        f.attributed_to.push_back(name_of(a));
    f.attrs = r.attrs;
    const Sentence& s = sents_[r.sent];
    f.evidence.doc = doc_.info.id;
    f.evidence.sentence = static_cast<std::int64_t>(r.sent);
    f.evidence.start = s.b;
    f.evidence.end = s.e;
    f.evidence.text = text(s.b, s.e);
    f.evidence.pattern = r.pattern;
    facts.relations.push_back(std::move(f));
  }
  return facts;
}

DocumentFacts Extractor::extract(const Document& doc) const {
  DocExtractor dx(impl_->lex, doc);
  return dx.run();
}

const Lexicon& Extractor::lexicon() const { return impl_->lex; }

void Extractor::resolve(std::vector<DocumentFacts>& batch, const PropertyGraph& existing) const {
  RelativeDates dates;
  for (const auto& f : batch) dates.add_document(f.doc.date);
  dates.resolve();
  for (auto& f : batch) dates.apply(f.relations);
  resolve_entities(impl_->lex, batch, existing);
}

}  // namespace kg::extract
