// Lexicons and relation patterns, loaded from data folders (datasets/lexicons,
// datasets/patterns, and any --lexicons DIR). Format: docs/EXTRACTION.md.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/text.h"

namespace kg::extract {

struct GazEntry {
  Word type;            // country, city, organization, weapon, location, event, agreement, person
  std::string name;     // canonical name
  std::string country;  // the country of a city / demonym / organisation
  std::string kind;     // organisations: news, intl, gov, ...
  std::string raw;      // the lexicon form as written (for exact-case entries)
  bool exact_case = false;   // acronyms: the text must match case exactly
  bool contextual = false;   // used only when the document names `name` otherwise
  bool demonym = false;      // "Russian": the country as modifier or actor
  bool modifier_only = false;
  bool capital = false;      // a capital city (stands for its country as an actor)
  bool lower_ok = false;     // may appear in lower case (weapons)
  std::string weapon_mod;    // weapons: kept modifiers are added by the scanner
};

struct PatElem {
  enum Kind { Slot, Words, Gap, AnyGap } kind = Words;
  bool optional = false;
  int slot = 0;  // 0 = S, 1 = O
  std::vector<std::string> types;  // slot type filter (empty: the relation's)
  std::set<std::string> slot_types;  // resolved at load: the filter or the relation's ends
  std::uint64_t slot_mask = 0;       // slot_types as bits of Lexicon::type_bit (set by index_patterns)
  std::unordered_set<std::string> words;
  std::vector<int> ids;  // the words as ids of Lexicon::word_ids, sorted
  std::uint64_t id_mask = 0;  // bit (id % 64) of each of `ids`: most words not in `ids` fail it
  bool has_possessive = false;  // "'s" is among the words (set by index_patterns)
  bool end = false;      // "$": punctuation or the sentence end
  int n = 4;
};

struct RelType;

struct Pattern {
  std::string id, relation;
  std::vector<PatElem> elems;
  bool pairwise = false, embed = false, charge = false, count = false;
  bool counted = false;  // the subject must follow a number ("2,000 Russian troops in Estonia")
  bool lead = false;  // the subject is the sentence's first entity (a clause-final participle's)
  // Words of one required word element (set by index_patterns): a sentence without any of
  // them cannot match, so only a sentence with one tries the pattern.
  std::vector<std::string> anchor;
  const RelType* rt = nullptr;  // rel_types[relation], set by index_patterns
};

struct RelType {
  std::set<std::string> subj, obj;
  bool symmetric = false;
  bool state = false;  // a standing state (leads, member_of), not an event: no date of report
};

struct Lexicon {
  // Gazetteer: key = token lower forms joined by ' '.
  std::unordered_map<std::string, std::vector<GazEntry>> gaz;
  // The gazetteer's entry of `type` for a name written out ("Somalia", "Mogadishu"), not a
  // demonym; nullptr when it lists none.
  const GazEntry* gaz_entry(const std::string& name, std::string_view type) const;
  // The types whose entities one gazetteer entry names under several names (a country, an
  // organisation, a city, a place): their names of one entry are one entity.
  static bool names_by_entry(std::string_view type) {
    return type == "country" || type == "organization" || type == "city" || type == "location";
  }
  std::unordered_set<std::string> gaz_first;  // first tokens of keys
  // Every token prefix of every key, with its gaz entries when it is a key itself (nullptr:
  // a prefix only), so that a gazetteer match extends by one lookup a token.
  std::unordered_map<std::string, const std::vector<GazEntry>*> gaz_keys;
  std::size_t gaz_max = 1;
  // Titles: key -> relation (leads | holds_position).
  std::unordered_map<std::string, std::string> titles;
  std::unordered_map<std::string, std::string> title_country;  // title -> the country it names alone
  std::size_t title_max = 1;
  std::unordered_set<std::string> title_first;  // first words of titles
  // Every key of titles and every word-boundary prefix of one (true: the key of a title), so
  // that a title match stops at the first word no title goes on with. Rebuilt by load_dir.
  std::unordered_map<std::string, bool> title_prefix;
  std::unordered_map<std::string, Word> head_cue, prefix_cue, after_cue;  // word -> type (Word: inline == with a literal)
  std::unordered_set<std::string> portfolio;  // words of a ministerial portfolio
  std::unordered_map<std::string, bool> weapon_mods;  // modifier -> keep
  // One lookup for what the extractor asks of every token (rebuilt by load_dir from the
  // sets above): kFirstGaz: in gaz_first, kFirstTitle: in title_first, kWeaponMod: in
  // weapon_mods, kWeaponKeep: weapon_mods says keep.
  // kVerbForm: in verb_forms; kHeadCue: a head_cue key, kHeadCueOrg: one of type
  // "organization"; kPrefixCue: a prefix_cue key; kAfterCue: an after_cue key; kNewsFirst:
  // the first word of a gaz_keys key that has an organisation of kind "news".
  enum : std::uint16_t {
    kFirstGaz = 2,
    kFirstTitle = 4,
    kWeaponMod = 32,
    kWeaponKeep = 64,
    kVerbForm = 128,
    kHeadCue = 256,
    kHeadCueOrg = 512,
    kPrefixCue = 1024,
    kAfterCue = 2048,
    kNewsFirst = 0x8000  // the first word of a gazetteer key with a news organisation's entry
  };
  struct WordLex {  // 32 bytes (half a word_slots slot)
    std::uint16_t flags = 0;
    int wid = -1;  // word_ids of the word (-1: no pattern names it)
    int gid = -1;                                // the word's id among the words of gazetteer keys (-1: in no key)
    const std::vector<GazEntry>* gaz = nullptr;  // gaz entries of the word as a whole key
    const std::string* cls = nullptr;            // word_class of the word (nullptr: none)
  };
  // The gazetteer keys as a trie over word gids, so that a match extends by one integer lookup
  // a token (no key string built and hashed): node 1 + gid is the one-word prefix of word gid;
  // gaz_edges maps (node << 32 | gid) to the node of the longer prefix; gaz_nodes[node] is
  // gaz_keys at that prefix (nullptr: a prefix only). Rebuilt by load_dir from gaz_keys.
  std::vector<const std::vector<GazEntry>*> gaz_nodes;
  std::unordered_map<std::uint64_t, std::uint32_t> gaz_edges;
  // gaz_edges again as an open-addressing table (what gaz_match reads): key ~0 marks an empty slot.
  struct EdgeSlot {
    std::uint64_t key = ~std::uint64_t{0};
    std::uint32_t node = 0;
  };
  std::vector<EdgeSlot> gaz_edge_slots;
  static std::uint64_t edge_hash(std::uint64_t key) {
    std::uint64_t h = key * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
  }
  // gaz_edges at `key` (0: no such edge; node 0, the root, is nobody's child).
  std::uint32_t gaz_edge(std::uint64_t key) const {
    if (gaz_edge_slots.empty()) return 0;
    const std::size_t mask = gaz_edge_slots.size() - 1;
    for (std::size_t i = edge_hash(key) & mask;; i = (i + 1) & mask) {
      const EdgeSlot& s = gaz_edge_slots[i];
      if (s.key == key) return s.node;
      if (s.key == ~std::uint64_t{0}) return 0;
    }
  }
  std::unordered_map<std::string, WordLex> word_flags;
  // word_flags again as an open-addressing table (a cheap hash of the word, a power-of-two
  // mask, one probe sequence in one array): what the extractor looks up once per token.
  // Built by load_dir from word_flags: its keys point into word_flags, its values are copies.
  // A slot is one cache line holding the word's facts and its first bytes (a hit reads
  // nothing else for a word of up to kHead bytes).
  static constexpr std::size_t kHead = 12;
  struct alignas(64) WordSlot {
    std::uint64_t hash = 0;
    const char* key = nullptr;  // nullptr: an empty slot
    std::uint32_t len = 0;
    char head[kHead] = {};  // the key's first bytes (all of it when len <= kHead)
    WordLex val;
  };
  static_assert(sizeof(WordSlot) == 64, "one word slot, one cache line");
  std::vector<WordSlot> word_slots;
  static std::uint64_t word_hash(std::string_view w) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ w.size();
    std::size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
      std::uint64_t v;
      std::memcpy(&v, w.data() + i, 8);
      h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
    }
    // The last bytes in at most two loads (overlapping ones: every byte read, none past the end):
    // with the length in the seed, two words hash alike only by chance.
    const std::size_t rest = w.size() - i;
    const char* p = w.data() + i;
    std::uint64_t v = 0;
    if (w.size() >= 8 && rest) {
      std::memcpy(&v, w.data() + w.size() - 8, 8);
    } else if (rest >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + rest - 4, 4);
      v = lo | (std::uint64_t{hi} << 32);
    } else if (rest) {
      v = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[rest / 2])} << 8) |
          (std::uint64_t{static_cast<unsigned char>(p[rest - 1])} << 16);
    }
    h = (h ^ v) * 0x94d049bb133111ebull;
    h ^= h >> 32;
    return h;
  }
  // word_flags.find(w) as a pointer (nullptr: not there).
  const WordLex* word_lex(std::string_view w) const { return word_lex(w, word_hash(w)); }
  // The same with word_hash(w) already computed.
  const WordLex* word_lex(std::string_view w, std::uint64_t h) const {
    if (word_slots.empty()) return nullptr;
    const std::size_t mask = word_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const WordSlot& s = word_slots[i];
      if (!s.key) return nullptr;
      if (s.hash == h && s.len == w.size() &&
          (w.size() <= kHead ? same_bytes(s.head, w.data(), w.size()) : same_bytes(s.key, w.data(), w.size())))
        return &s.val;
    }
  }
  // Brings the first slot word_lex(w) reads into the cache (a hint only: the table is larger
  // than the caches, and the lookups of a sentence's tokens come one after another).
  void prefetch_word(std::string_view w) const { prefetch_hash(word_hash(w)); }
  void prefetch_hash(std::uint64_t h) const {
    if (!word_slots.empty()) __builtin_prefetch(&word_slots[h & (word_slots.size() - 1)]);
  }
  // memcmp(a, b, n) == 0 inline, 8 bytes a step: words are short, and a call costs more.
  static bool same_bytes(const char* a, const char* b, std::size_t n) {
    for (; n >= 8; a += 8, b += 8, n -= 8) {
      std::uint64_t x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      if (x != y) return false;
    }
    for (; n; --n)
      if (*a++ != *b++) return false;
    return true;
  }
  std::unordered_map<std::string, std::string> word_class;  // lower word/phrase -> class
  std::unordered_map<std::string, std::string> country_capital;  // country -> first capital
  std::unordered_map<std::string, std::string> country_of_city;
  std::unordered_map<std::string, std::string> demonym_country;  // lower demonym -> country
  std::unordered_map<std::string, std::string> country_demonym;  // country -> its first demonym
  std::unordered_map<std::string, std::vector<std::string>> verbs;  // lemma -> forms
  std::unordered_set<std::string> verb_forms;
  std::map<std::string, RelType> rel_types;
  std::vector<Pattern> patterns;
  std::vector<std::size_t> unanchored;  // patterns without an anchor word
  // What the matcher asks of a pattern before trying it in a sentence, packed (a Pattern and
  // its elements lie far apart in memory, and a sentence asks this of many patterns):
  // filter_masks[masks_at, masks_end) are the type masks of its required slots, and
  // filter_words[words_at, words_end) its required word elements (not optional, not "$"),
  // each as a count followed by that many word ids. A match passes each required word element
  // at or after its start: a sentence without the words of one cannot match, nor can a start
  // after the last item of one.
  struct PatternFilter {
    std::uint32_t masks_at = 0, masks_end = 0, words_at = 0, words_end = 0;
    bool embed = false;
  };
  std::vector<PatternFilter> pattern_filters;  // one per pattern (set by index_patterns)
  std::vector<std::uint64_t> filter_masks;
  std::vector<int> filter_words;
  std::unordered_map<std::string, int> word_ids;  // every word a pattern names
  // Anchor word (by its id in word_ids) -> the patterns that need it.
  std::vector<std::vector<std::size_t>> anchor_by_id;
  // Every type name a slot accepts, as one bit each (at most 64; type_masks false beyond),
  // so that a slot tests an entity's type with one AND instead of a std::set lookup.
  std::unordered_map<std::string, std::uint64_t> type_bits;
  bool type_masks = true;
  // The bits of the type names the matcher asks a slot for by name (0: no slot accepts it).
  std::uint64_t troops_bit = 0, demonym_bit = 0, city_bit = 0, country_bit = 0, delegation_bit = 0, person_bit = 0,
                organization_bit = 0;
  std::uint64_t type_bit(const std::string& type) const {
    auto it = type_bits.find(type);
    return it == type_bits.end() ? 0 : it->second;
  }
  int word_id(const std::string& w) const {
    auto it = word_ids.find(w);
    return it == word_ids.end() ? -1 : it->second;
  }
  void index_patterns();
  // The relation type a pattern gives (looked up once by index_patterns).
  const RelType& rel_type(const Pattern& p) const { return p.rt ? *p.rt : rel_types.at(p.relation); }

  template <std::size_t N>
  bool is(const std::string& lower, const char (&cls)[N]) const {  // cls: a literal, compared inline
    auto it = word_class.find(lower);
    return it != word_class.end() && class_is(&it->second, cls);
  }
  // The same for a token, its class looked up once and kept on the token.
  template <std::size_t N>
  bool is(const Token& tk, const char (&cls)[N]) const {
    if (!tk.cls_known) {
      auto it = word_class.find(tk.lower);
      tk.cls = it == word_class.end() ? nullptr : &it->second;
      tk.cls_known = true;
    }
    return tk.cls && class_is(tk.cls, cls);
  }
  template <std::size_t N>
  static bool class_is(const std::string* klass, const char (&cls)[N]) {
    const std::string_view c(cls, N - 1), v = *klass;
    // A word of several classes ("army": group|generic_body) lists them joined by '|'. An
    // honorific ("mr", "dr") is also a nonname: it never starts a name.
    for (std::size_t b = 0; b <= v.size();) {
      std::size_t e = v.find('|', b);
      if (e == std::string_view::npos) e = v.size();
      const std::string_view one = v.substr(b, e - b);
      if (one == c || (one == std::string_view("honorific") && c == std::string_view("nonname"))) return true;
      b = e + 1;
    }
    return false;
  }
  void load_dir(const std::string& dir);  // throws InputError
};

// Lower-case key of a phrase as the tokenizer sees it.
std::string phrase_key(const std::string& phrase);

}  // namespace kg::extract
