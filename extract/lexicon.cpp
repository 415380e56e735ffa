// Loading lexicon and pattern files (tab-separated, '#' comments).
#include "extract/lexicon.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/reader.h"
#include "extract/text.h"

namespace kg::extract {

namespace fs = std::filesystem;

std::string phrase_key(const std::string& phrase) {
  // A phrase of ASCII letters, digits and spaces (most names) tokenizes into its runs of
  // letters and digits: the key is those runs lower-cased, one space between them (what the
  // loop below makes of it), written without tokens.
  bool plain = true;
  for (char c : phrase)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ')) {
      plain = false;
      break;
    }
  if (plain) {
    // Written through a pointer into room for the whole phrase (the key is never longer),
    // then cut to its length: no capacity test a byte.
    std::string k(phrase.size(), '\0');
    char* const k0 = k.data();
    char* o = k0;
    for (std::size_t i = 0; i < phrase.size();) {
      if (phrase[i] == ' ') {
        ++i;
        continue;
      }
      if (o != k0) *o++ = ' ';
      for (; i < phrase.size() && phrase[i] != ' '; ++i) {
        const char c = phrase[i];
        *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
    }
    k.resize(static_cast<std::size_t>(o - k0));
    return k;
  }
  std::string k;
  for (const auto& t : tokenize(phrase)) {
    if (!k.empty()) k += ' ';
    k += t.lower;
  }
  return k;
}

const GazEntry* Lexicon::gaz_entry(const std::string& name, std::string_view type) const {
  auto g = gaz.find(phrase_key(name));
  if (g == gaz.end()) return nullptr;
  for (const auto& e : g->second)
    if (e.type == type && !e.demonym) return &e;
  return nullptr;
}

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t a = 0;
  for (std::size_t p = s.find(sep); p != std::string::npos; a = p + 1, p = s.find(sep, a))
    out.emplace_back(s, a, p - a);  // each field copied at once (not a byte at a time)
  out.emplace_back(s, a, std::string::npos);
  return out;
}

std::string trim(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\r')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r')) --b;
  return s.substr(a, b - a);
}

std::vector<std::string> alts(const std::string& s) {
  std::vector<std::string> out;
  for (auto& x : split(s, '|'))
    if (!trim(x).empty()) out.push_back(trim(x));
  return out;
}

bool is_acronym(const std::string& s) {
  int up = 0, low = 0;
  for (unsigned char c : s) {
    if (std::isupper(c)) ++up;
    if (std::islower(c)) ++low;
  }
  return up >= 2 && low == 0;
}

// Reads a TSV file: calls f(fields, line_no) for each non-comment line.
template <class F>
void read_tsv(const fs::path& p, F&& f) {
  std::ifstream in(p);
  if (!in) throw InputError(p.string(), 0, 0, "cannot read");
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // trim(line)'s first byte, without the copy: skip a blank line or a comment.
    const std::size_t first = line.find_first_not_of(" \r");
    if (first == std::string::npos || line[first] == '#') continue;
    f(split(line, '\t'), no);
  }
}

}  // namespace

void Lexicon::index_patterns() {
  unanchored.clear();
  for (auto& p : patterns)
    for (auto& e : p.elems) {
      e.ids.clear();
      for (const auto& w : e.words) {
        auto [it, fresh] = word_ids.emplace(w, static_cast<int>(word_ids.size()));
        e.ids.push_back(it->second);
      }
      std::sort(e.ids.begin(), e.ids.end());
      e.id_mask = 0;
      for (int id : e.ids) e.id_mask |= std::uint64_t{1} << (id & 63);
      e.has_possessive = e.words.count("'s") > 0;
    }
  type_bits.clear();
  type_masks = true;
  for (const auto& p : patterns)
    for (const auto& e : p.elems)
      for (const auto& ty : e.slot_types)
        if (!type_bits.count(ty)) {
          if (type_bits.size() == 64) type_masks = false;
          else type_bits.emplace(ty, std::uint64_t{1} << type_bits.size());
        }
  pattern_filters.assign(patterns.size(), {});
  filter_masks.clear();
  filter_words.clear();
  for (std::size_t k = 0; k < patterns.size(); ++k) {
    Pattern& p = patterns[k];
    PatternFilter& f = pattern_filters[k];
    f.embed = p.embed;
    f.masks_at = static_cast<std::uint32_t>(filter_masks.size());
    f.words_at = static_cast<std::uint32_t>(filter_words.size());
    p.anchor.clear();
    // The anchor: the required word element likeliest to be rare in a sentence. An element is
    // as common as its commonest word, and short words are the common ones ("in", "and", ",",
    // "was"): the element whose shortest word is longest, then the one with fewest words.
    std::size_t anchor_short = 0, anchor_n = 0;
    const PatElem* anchor = nullptr;
    for (auto& e : p.elems) {
      e.slot_mask = 0;
      for (const auto& ty : e.slot_types) e.slot_mask |= type_bit(ty);
      if (e.kind == PatElem::Slot && !e.optional && type_masks) filter_masks.push_back(e.slot_mask);
      if (e.kind == PatElem::Words && !e.optional && !e.end) {
        filter_words.push_back(static_cast<int>(e.ids.size()));
        filter_words.insert(filter_words.end(), e.ids.begin(), e.ids.end());
        std::size_t shortest = std::string::npos;
        for (const auto& w : e.words) shortest = std::min(shortest, w.size());
        if (!anchor || shortest > anchor_short || (shortest == anchor_short && e.words.size() < anchor_n))
          anchor = &e, anchor_short = shortest, anchor_n = e.words.size();
      }
    }
    if (anchor) p.anchor.assign(anchor->words.begin(), anchor->words.end());
    f.masks_end = static_cast<std::uint32_t>(filter_masks.size());
    f.words_end = static_cast<std::uint32_t>(filter_words.size());
  }
  troops_bit = type_bit("troops");
  demonym_bit = type_bit("demonym");
  city_bit = type_bit("city");
  country_bit = type_bit("country");
  delegation_bit = type_bit("delegation");
  person_bit = type_bit("person");
  organization_bit = type_bit("organization");
  anchor_by_id.assign(word_ids.size(), {});
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    auto rt = rel_types.find(patterns[i].relation);
    patterns[i].rt = rt == rel_types.end() ? nullptr : &rt->second;
    if (patterns[i].anchor.empty()) unanchored.push_back(i);
    for (const auto& w : patterns[i].anchor) anchor_by_id[word_ids.at(w)].push_back(i);
  }
}

void Lexicon::load_dir(const std::string& dir) {
  fs::path lex = fs::path(dir) / "lexicons";
  fs::path pat = fs::path(dir) / "patterns";
  // A folder given with --lexicons may hold the files directly.
  if (!fs::is_directory(lex) && !fs::is_directory(pat)) lex = pat = fs::path(dir);

  auto add = [&](const std::string& form, GazEntry e) {
    std::string f = form;
    if (!f.empty() && f[0] == '~') {
      e.contextual = true;
      f = f.substr(1);
    }
    e.raw = f;
    if (is_acronym(f)) e.exact_case = true;
    std::string k = phrase_key(f);
    if (k.empty()) return;
    auto& v = gaz[k];
    for (auto& x : v)
      if (x.type == e.type && x.name == e.name && x.demonym == e.demonym) {
        // "Mercosur" and its alias "MERCOSUR" share a key: the name written in mixed case
        // matches in any case, the acronym alone only as written.
        const bool any_case = !x.exact_case || !e.exact_case;
        std::string raw = !x.exact_case ? x.raw : e.raw;
        x = e;
        if (any_case) x.exact_case = false, x.raw = raw;
        return;
      }
    v.push_back(std::move(e));
    gaz_first.insert(k.substr(0, k.find(' ')));
    for (std::size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1))
      gaz_keys.try_emplace(k.substr(0, sp), nullptr);
    gaz_keys[k] = &v;  // a reference into gaz stays valid as gaz grows
    // The form's length in tokens: for a form of ASCII letters, digits and spaces only, its
    // words (what the tokenizer makes of it: no joiner, apostrophe or period), else tokenized.
    const bool plain = std::all_of(f.begin(), f.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    });
    gaz_max = std::max(gaz_max, plain ? 1 + static_cast<std::size_t>(std::count(k.begin(), k.end(), ' ')) : tokenize(f).size());
  };
  auto file = [&](const fs::path& base, const char* name) { return base / name; };

  if (auto p = file(lex, "countries.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.empty() || trim(f[0]).empty()) throw InputError(p.string(), no, 1, "a country needs a name");
      std::string name = trim(f[0]);
      GazEntry e;
      e.type = "country";
      e.name = name;
      e.country = name;
      add(name, e);
      if (f.size() > 1)
        for (auto& a : alts(f[1])) add(a, e);
      if (f.size() > 2)
        for (auto& d : alts(f[2])) {
          GazEntry de = e;
          de.demonym = true;
          std::string dd = d;
          if (dd[0] == '~') {
            de.modifier_only = true;
            dd = dd.substr(1);
          }
          add(dd, de);
          demonym_country.emplace(phrase_key(dd), name);
          country_demonym.emplace(name, dd);
        }
      if (f.size() > 3) {
        bool first = true;
        for (auto& c : alts(f[3])) {
          GazEntry ce;
          ce.type = "city";
          ce.name = c;
          ce.country = name;
          ce.capital = true;
          add(c, ce);
          country_of_city[c] = name;
          if (first) country_capital[name] = c;
          first = false;
        }
      }
    });
  }
  if (auto p = file(lex, "cities.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 2 || trim(f[0]).empty()) throw InputError(p.string(), no, 1, "expected: name <TAB> country");
      GazEntry e;
      e.type = "city";
      e.name = trim(f[0]);
      e.country = trim(f[1]);
      add(e.name, e);
      country_of_city[e.name] = e.country;
      if (f.size() > 2)
        for (auto& a : alts(f[2])) add(a, e);
    });
  }
  if (auto p = file(lex, "places.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 2 || trim(f[0]).empty()) throw InputError(p.string(), no, 1, "expected: name <TAB> type");
      GazEntry e;
      e.type = trim(f[1]);
      e.name = trim(f[0]);
      if (f.size() > 2) e.country = trim(f[2]);
      add(e.name, e);
      if (f.size() > 3)
        for (auto& a : alts(f[3])) add(a, e);
    });
  }
  if (auto p = file(lex, "organizations.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (trim(f[0]).empty()) throw InputError(p.string(), no, 1, "an organisation needs a name");
      GazEntry e;
      e.type = "organization";
      e.name = trim(f[0]);
      if (f.size() > 2) e.kind = trim(f[2]);
      if (f.size() > 4) e.country = trim(f[4]);
      add(e.name, e);
      if (f.size() > 1)
        for (auto& a : alts(f[1])) add(a, e);
      if (f.size() > 3)
        for (auto& d : alts(f[3])) {
          GazEntry de = e;
          de.kind = "domain";
          gaz["@domain " + d].push_back(de);
        }
    });
  }
  if (auto p = file(lex, "titles.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 2) throw InputError(p.string(), no, 1, "expected: title <TAB> leads|holds_position");
      std::string rel = trim(f[1]);
      if (rel != "leads" && rel != "holds_position" && rel != "member_of")
        throw InputError(p.string(), no, static_cast<int>(f[0].size() + 2),
                         "relation must be leads, holds_position or member_of");
      // "secretary-general" is one token in lower case but three in "Secretary-General" (the
      // tokenizer splits capitalised hyphen compounds): register both spellings.
      std::string raw = trim(f[0]), capped = raw;
      for (std::size_t c = 0; c < capped.size(); ++c)
        if (c == 0 || capped[c - 1] == '-' || capped[c - 1] == ' ')
          capped[c] = static_cast<char>(std::toupper(static_cast<unsigned char>(capped[c])));
      // An optional third column: the one country whose office the title names when it stands
      // alone ("secretary of state": the United States').
      const std::string country = f.size() > 2 ? trim(f[2]) : std::string();
      for (const std::string& k : {phrase_key(raw), phrase_key(capped)}) {
        titles[k] = rel;
        if (!country.empty())
          title_country[k] = country;
        else
          title_country.erase(k);
        title_first.insert(k.substr(0, k.find(' ')));
        title_max = std::max(title_max, tokenize(k).size());
      }
    });
  }
  if (auto p = file(lex, "cues.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 3) throw InputError(p.string(), no, 1, "expected: word <TAB> type <TAB> head|prefix|after");
      std::string pos = trim(f[2]);
      std::string w = phrase_key(trim(f[0]));
      if (pos == "head") head_cue[w] = trim(f[1]);
      else if (pos == "prefix") prefix_cue[w] = trim(f[1]);
      else if (pos == "after") after_cue[w] = trim(f[1]);
      else throw InputError(p.string(), no, static_cast<int>(f[0].size() + f[1].size() + 3), "position must be head, prefix or after");
    });
  }
  if (auto p = file(lex, "portfolios.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int) { portfolio.insert(phrase_key(trim(f[0]))); });
  }
  if (auto p = file(lex, "weapon_modifiers.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int) {
      weapon_mods[phrase_key(trim(f[0]))] = f.size() < 2 || trim(f[1]) != "no";
    });
  }
  if (auto p = file(lex, "weapons.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (trim(f[0]).empty()) throw InputError(p.string(), no, 1, "a weapon needs a name");
      GazEntry e;
      e.type = "weapon";
      e.name = trim(f[0]);
      e.lower_ok = true;
      std::vector<std::string> forms{e.name};
      if (f.size() > 1)
        for (auto& a : alts(f[1])) forms.push_back(a);
      for (auto& fm : forms) {
        add(fm, e);
        if (fm.back() != 's') add(fm + "s", e);
      }
    });
  }
  for (const char* name : {"words.tsv", "names.tsv"})
    if (auto p = file(lex, name); fs::exists(p)) {
      read_tsv(p, [&](const std::vector<std::string>& f, int no) {
        if (f.size() < 2) throw InputError(p.string(), no, 1, "expected: word <TAB> class");
        // A word listed twice has both classes ("army": group and generic_body).
        auto [it, fresh] = word_class.try_emplace(phrase_key(trim(f[0])), trim(f[1]));
        if (!fresh && ("|" + it->second + "|").find("|" + trim(f[1]) + "|") == std::string::npos)
          it->second += "|" + trim(f[1]);
      });
    }
  if (auto p = file(pat, "verbs.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 2) throw InputError(p.string(), no, 1, "expected: lemma <TAB> forms");
      auto& v = verbs[trim(f[0])];
      for (auto& x : alts(f[1])) {
        v.push_back(x);
        verb_forms.insert(x);
      }
    });
  }
  if (auto p = file(pat, "relation_types.tsv"); fs::exists(p)) {
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 3) throw InputError(p.string(), no, 1, "expected: relation <TAB> subject types <TAB> object types");
      RelType rt;
      for (auto& x : split(f[1], ',')) rt.subj.insert(trim(x));
      for (auto& x : split(f[2], ',')) rt.obj.insert(trim(x));
      rt.symmetric = f.size() > 3 && trim(f[3]) == "yes";
      rt.state = f.size() > 4 && trim(f[4]) == "state";
      rel_types[trim(f[0])] = rt;
    });
  }
  if (auto p = file(pat, "relations.tsv"); fs::exists(p)) {
    std::map<std::string, int> ids_here;  // a pattern id twice in one file is a mistake
    read_tsv(p, [&](const std::vector<std::string>& f, int no) {
      if (f.size() < 3) throw InputError(p.string(), no, 1, "expected: id <TAB> relation <TAB> pattern [<TAB> flags]");
      Pattern pt;
      pt.id = trim(f[0]);
      if (auto [it, fresh] = ids_here.emplace(pt.id, no); !fresh)
        throw InputError(p.string(), no, 1,
                         "pattern id '" + pt.id + "' already used on line " + std::to_string(it->second) +
                             " (a later --lexicons folder may override an id; one file may not repeat it)");
      pt.relation = trim(f[1]);
      if (!rel_types.count(pt.relation))
        throw InputError(p.string(), no, static_cast<int>(f[0].size() + 2),
                         "unknown relation '" + pt.relation + "' (declare it in relation_types.tsv)");
      int col = static_cast<int>(f[0].size() + f[1].size() + 3);
      std::istringstream ss(f[2]);
      std::string w;
      bool has_s = false;
      while (ss >> w) {
        PatElem e;
        if (w.size() > 1 && w.back() == '?') {
          e.optional = true;
          w.pop_back();
        }
        if (w.rfind("...", 0) == 0 || w.rfind("~", 0) == 0) {
          e.kind = w[0] == '~' ? PatElem::AnyGap : PatElem::Gap;
          std::string num = w.substr(w[0] == '~' ? 1 : 3);
          e.n = num.empty() ? 4 : std::atoi(num.c_str());
          if (e.n <= 0 || e.n > 40) throw InputError(p.string(), no, col, "bad gap length in '" + w + "'");
        } else if (w == "S" || w == "O" || w.rfind("S:", 0) == 0 || w.rfind("O:", 0) == 0) {
          e.kind = PatElem::Slot;
          e.slot = w[0] == 'S' ? 0 : 1;
          has_s |= e.slot == 0;
          if (w.size() > 2)
            for (auto& t : split(w.substr(2), ',')) e.types.push_back(t);
        } else if (w[0] == '@') {
          auto it = verbs.find(w.substr(1));
          if (it == verbs.end()) throw InputError(p.string(), no, col, "unknown verb lemma '" + w + "' (add it to verbs.tsv)");
          e.kind = PatElem::Words;
          for (auto& x : it->second) e.words.insert(x);
        } else {
          e.kind = PatElem::Words;
          for (auto& x : split(w, '|')) e.words.insert(phrase_key(x));
          e.end = e.words.count("$") > 0;
        }
        pt.elems.push_back(std::move(e));
        col += static_cast<int>(w.size() + 1);
      }
      if (!has_s) throw InputError(p.string(), no, static_cast<int>(f[0].size() + f[1].size() + 3), "a pattern needs an S slot");
      if (f.size() > 3)
        for (auto& fl : split(f[3], ',')) {
          std::string x = trim(fl);
          if (x == "pairwise") pt.pairwise = true;
          else if (x == "embed") pt.embed = true;
          else if (x == "charge") pt.charge = true;
          else if (x == "count") pt.count = true;
          else if (x == "counted") pt.counted = pt.count = true;
          else if (x == "lead") pt.lead = true;
          else if (!x.empty()) throw InputError(p.string(), no, 1, "unknown flag '" + x + "'");
        }
      const RelType& rt = rel_types.at(pt.relation);
      for (auto& e : pt.elems) {
        if (e.kind == PatElem::Slot) {
          if (!e.types.empty()) e.slot_types.insert(e.types.begin(), e.types.end());
          else e.slot_types = e.slot == 0 ? rt.subj : rt.obj;
        }
      }
      // A later folder overrides a pattern with the same id.
      for (auto& q : patterns)
        if (q.id == pt.id) {
          q = pt;
          return;
        }
      patterns.push_back(std::move(pt));
    });
  }
  index_patterns();
  word_flags.clear();
  for (const auto& w : gaz_first) word_flags[w].flags |= kFirstGaz;
  for (const auto& w : title_first) word_flags[w].flags |= kFirstTitle;
  for (const auto& [w, keep] : weapon_mods) word_flags[w].flags |= kWeaponMod | (keep ? kWeaponKeep : 0);
  for (const auto& w : verb_forms) word_flags[w].flags |= kVerbForm;
  for (const auto& [w, type] : head_cue) word_flags[w].flags |= kHeadCue | (type == "organization" ? kHeadCueOrg : 0);
  for (const auto& [w, type] : prefix_cue) word_flags[w].flags |= kPrefixCue;
  for (const auto& [w, type] : after_cue) word_flags[w].flags |= kAfterCue;
  for (const auto& [w, id] : word_ids) word_flags[w].wid = id;
  title_prefix.clear();
  for (const auto& [k, rel] : titles) {
    for (std::size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1)) title_prefix.try_emplace(k.substr(0, sp), false);
    title_prefix[k] = true;
  }
  for (const auto& [k, v] : gaz_keys)
    if (v && std::any_of(v->begin(), v->end(), [](const GazEntry& e) { return e.type == "organization" && e.kind == "news"; }))
      word_flags[k.substr(0, k.find(' '))].flags |= kNewsFirst;
  // The gazetteer trie (see lexicon.h): every word of every key gets a gid, every prefix a node.
  {
    // Words as views of the keys of gaz_keys (its nodes stay put): no string built a word.
    // (std::hash gives a view the hash of its string: the same table, walked in the same order.)
    std::unordered_map<std::string_view, int> gword;
    auto for_words = [](std::string_view key, auto&& f) {
      std::size_t a = 0;
      for (std::size_t sp = key.find(' '); sp != std::string_view::npos; a = sp + 1, sp = key.find(' ', a))
        f(key.substr(a, sp - a));
      f(key.substr(a));
    };
    for (const auto& [k, v] : gaz_keys)
      for_words(k, [&](std::string_view w) { gword.emplace(w, static_cast<int>(gword.size())); });
    gaz_nodes.assign(gword.size() + 1, nullptr);
    gaz_edges.clear();
    for (const auto& [k, v] : gaz_keys) {
      std::uint32_t node = 0;
      bool first = true;
      for_words(k, [&](std::string_view w) {
        if (first) {
          node = 1 + static_cast<std::uint32_t>(gword.at(w));
          first = false;
          return;
        }
        const std::uint64_t edge = (std::uint64_t{node} << 32) | static_cast<std::uint32_t>(gword.at(w));
        auto [it, fresh] = gaz_edges.try_emplace(edge, static_cast<std::uint32_t>(gaz_nodes.size()));
        if (fresh) gaz_nodes.push_back(nullptr);
        node = it->second;
      });
      gaz_nodes[node] = v;
    }
    for (const auto& [w, id] : gword) word_flags[std::string(w)].gid = id;
    std::size_t size = 16;
    while (size < 2 * gaz_edges.size()) size *= 2;  // at most half full
    gaz_edge_slots.assign(size, EdgeSlot{});
    for (const auto& [key, node] : gaz_edges) {
      std::size_t i = edge_hash(key) & (size - 1);
      while (gaz_edge_slots[i].key != ~std::uint64_t{0}) i = (i + 1) & (size - 1);
      gaz_edge_slots[i] = EdgeSlot{key, node};
    }
  }
  for (const auto& [w, cls] : word_class) word_flags[w].cls = &cls;
  for (auto& [w, x] : word_flags)
    if (auto g = gaz.find(w); g != gaz.end()) x.gaz = &g->second;
  {
    std::size_t size = 16;
    while (size < 2 * word_flags.size()) size *= 2;  // at most half full: short probe sequences
    word_slots.assign(size, WordSlot{});
    for (const auto& [w, x] : word_flags) {
      const std::uint64_t h = word_hash(w);
      std::size_t i = h & (size - 1);
      while (word_slots[i].key) i = (i + 1) & (size - 1);
      WordSlot& s = word_slots[i];
      s.hash = h;
      s.key = w.data();
      s.len = static_cast<std::uint32_t>(w.size());
      std::memcpy(s.head, w.data(), std::min(w.size(), kHead));
      s.val = x;
    }
  }
}

}  // namespace kg::extract
