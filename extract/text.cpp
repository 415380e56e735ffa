// Tokens, sentences, boilerplate and dates: hand-written scanners (no regex on the
// hot path).
#include "extract/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cstring>
#include <ctime>
#include <iterator>
#include <unordered_set>

namespace kg::extract {

namespace {

// Decodes one UTF-8 code point at s[i]; returns its length (1 for bad bytes).
int decode(std::string_view s, std::size_t i, std::int32_t& cp) {
  if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: what utf8proc_iterate gives, without the call
    cp = static_cast<unsigned char>(s[i]);
    return 1;
  }
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    cp = static_cast<unsigned char>(s[i]);
    return 1;
  }
  return static_cast<int>(n);
}

bool is_space_cp(std::int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x2009 || cp == 0x200B || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF || cp == 0x2002 ||
         cp == 0x2003;
}

bool is_word_cp(std::int32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');  // C-locale isalnum
  auto cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

bool is_upper_cp(std::int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}
bool is_lower_cp(std::int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_apos(std::int32_t cp) { return cp == '\'' || cp == 0x2019; }

// ASCII classes for the word scanner: 1 a digit, 3 a lower-case letter, 7 an upper-case one
// (bit 0: a word character, bit 1: a letter, bit 2: upper case); 0 for everything else.
constexpr auto kAsciiClass = [] {
  std::array<unsigned char, 128> a{};
  for (int c = '0'; c <= '9'; ++c) a[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) a[c] = 3;
  for (int c = 'A'; c <= 'Z'; ++c) a[c] = 7;
  return a;
}();

// The same classes as counts, for a run of ASCII word bytes summed in one 64-bit add a byte:
// bits 0-30 count letters, bits 31-61 upper-case letters; a digit adds only bit 62 (a byte's
// value is not 0: the run goes on; what carries out of bit 63 is dropped). 0: not such a byte
// (anything else, every byte >= 0x80).
constexpr auto kAsciiCount = [] {
  std::array<std::uint64_t, 256> a{};
  for (int c = '0'; c <= '9'; ++c) a[c] = std::uint64_t{1} << 62;
  for (int c = 'a'; c <= 'z'; ++c) a[c] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) a[c] = 1 | (std::uint64_t{1} << 31);
  return a;
}();

const std::unordered_set<std::string>& abbreviations() {
  static const std::unordered_set<std::string> a = {
      "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "lt",   "col",  "maj",  "capt", "sgt",  "adm",
      "gov",  "sen",  "rep",  "st",   "jr",   "sr",   "inc",  "corp", "co",   "ltd",  "no",   "vs",
      "jan",  "feb",  "mar",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",
      "etc",  "approx", "est", "dept", "univ", "assn", "bros", "mt",  "ft",   "pres", "fig",  "op",
      "brig", "cmdr", "cpl"};
  return a;
}

// A capitalised word that opens sentences and starts no name: "After", "The", "He".
bool sentence_opener(const std::string& lower) {
  static const std::unordered_set<std::string> w = {
      "the",   "a",     "an",    "he",     "she",   "it",    "they",    "we",       "this",   "that",
      "these", "those", "after", "before", "in",    "on",    "at",      "but",      "and",    "however",
      "meanwhile", "earlier", "later", "when", "while", "during", "his", "her", "their", "its",
      "there", "if",    "since", "also",   "both",  "for",   "with",    "according"};
  return w.count(lower) > 0;
}

// The lower-case form of s (ASCII letters lowered, curly apostrophes made straight) written
// to `o` (room for s.size() bytes: it is never longer); returns its length.
std::size_t lower_to(char* o, std::string_view s) {
  std::size_t i = 0;
  // Up to a curly apostrophe's first byte (mostly the whole word): one pass, byte for byte.
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2) break;
    o[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);  // C-locale tolower on ASCII
  }
  if (i == s.size()) return i;
  char* const o0 = o;
  o += i;
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      *o++ = '\'';
      i += 2;
      continue;
    }
    *o++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);  // C-locale tolower on ASCII
  }
  return static_cast<std::size_t>(o - o0);
}

// lower_of(s) written into `out` (its buffer reused: no temporary string).
void lower_into(std::string& out, std::string_view s) {
  out.resize(s.size());
  out.resize(lower_to(out.data(), s));
}

std::string lower_of(std::string_view s) {
  std::string out(s.size(), '\0');
  out.resize(lower_to(out.data(), s));
  return out;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s, std::uint32_t base) {
  std::vector<Token> out;
  out.reserve(s.size() / 4 + 8);  // at most about one token per 4 bytes of news text: no regrowth
  std::size_t i = 0;
  int nl = 0;
  while (i < s.size()) {
    // The common bytes first: a space, a line break (what is_space_cp says of them), an ASCII
    // letter or digit (no space).
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    if (b0 == ' ') {
      ++i;
      continue;
    }
    if (b0 == '\n') {
      ++nl;
      ++i;
      continue;
    }
    std::int32_t cp;
    int len = decode(s, i, cp);
    if (!(b0 < 0x80 && kAsciiClass[b0]) && is_space_cp(cp)) {
      if (cp == '\n') ++nl;
      i += len;
      continue;
    }
    Token& t = out.emplace_back();  // built in place (no move of a finished token)
    t.b = static_cast<std::uint32_t>(i);
    t.nl_before = nl;
    nl = 0;
    if (!is_word_cp(cp)) {
      // Possessive / contraction pieces: 's  'd  n't handled with the word before; a
      // lone apostrophe is its own token.
      if (is_apos(cp) && i + len < s.size()) {
        std::int32_t c2;
        int l2 = decode(s, i + len, c2);
        if ((c2 == 's' || c2 == 'S') && (i + len + l2 >= s.size() || !is_word_cp([&] {
                                            std::int32_t c3;
                                            decode(s, i + len + l2, c3);
                                            return c3;
                                          }()))) {
          i += len + l2;
          t.e = static_cast<std::uint32_t>(i);
          t.lower = "'s";
          t.word = false;
          t.b += base;
          t.e += base;
          continue;
        }
      }
      i += len;
      t.e = static_cast<std::uint32_t>(i);
      lower_into(t.lower, s.substr(t.b, t.e - t.b));
      t.b += base;
      t.e += base;
      continue;
    }
    // "n't" (from "didn't") is one token.
    if ((cp == 'n' || cp == 'N') && i + len < s.size()) {
      std::int32_t c2;
      int l2 = decode(s, i + len, c2);
      if (is_apos(c2) && i + len + l2 < s.size() && (s[i + len + l2] == 't' || s[i + len + l2] == 'T')) {
        std::size_t k = i + len + l2 + 1;
        std::int32_t c3 = 0;
        if (k < s.size()) decode(s, k, c3);
        if (k >= s.size() || !is_word_cp(c3)) {
          t.e = static_cast<std::uint32_t>(k);
          t.lower = "n't";
          t.word = true;
          t.b += base;
          t.e += base;
          i = k;
          continue;
        }
      }
    }
    // A word: letters/digits with internal hyphens, apostrophes, periods (U.S.) and
    // digit groups (10,000; 3.5).
    std::size_t j = i;
    std::int32_t first = cp;
    bool first_upper = is_upper_cp(cp);
    std::int32_t prev = 0;
    // The token's letters and upper-case letters, counted as the loop takes them (every code
    // point it takes is a word code point or a joiner, and no joiner is a letter).
    int letters = 0, uppers = 0;
    bool ascii = true;  // every byte taken is ASCII (no curly apostrophe either)
    while (j < s.size()) {
      {
        // A run of ASCII letters and digits (the common case), counted by table in one add a byte.
        std::uint64_t acc = 0;
        std::size_t k = j;
        for (std::uint64_t v; k < s.size() && (v = kAsciiCount[static_cast<unsigned char>(s[k])]) != 0; ++k) acc += v;
        if (k != j) {
          prev = static_cast<unsigned char>(s[k - 1]);
          j = k;
          letters += static_cast<int>(acc & 0x7fffffff);
          uppers += static_cast<int>((acc >> 31) & 0x7fffffff);
          if (j == s.size()) break;
        }
      }
      std::int32_t c;
      const unsigned char b = static_cast<unsigned char>(s[j]);
      ascii &= b < 0x80;  // (also for a byte that ends the word: the general lowering then, same result)
      int l = decode(s, j, c);
      if (is_word_cp(c)) {
        if (is_upper_cp(c)) ++uppers, ++letters;
        else if (is_lower_cp(c)) ++letters;
        prev = c;
        j += l;
        continue;
      }
      if (j + l < s.size()) {
        std::int32_t nx;
        decode(s, j + l, nx);
        if (c == '-' && is_word_cp(nx) && is_word_cp(prev)) {
          // Split "Pyongyang-Moscow", "Asia-Pacific"; keep "Tok-hun", "test-fired".
          if (first_upper && is_upper_cp(nx) && !std::isdigit(static_cast<unsigned char>(s[i]))) break;
          j += l;
          continue;
        }
        if ((c == ',' || c == '.') && std::isdigit(prev < 0x80 ? prev : 'a') && nx < 0x80 && std::isdigit(nx)) {
          j += l;
          continue;
        }
        if (c == '.' && is_word_cp(nx) && !is_lower_cp(nx) && j - i <= 3 && is_upper_cp(prev)) {
          // U.S.  D.P.R.K.
          j += l;
          continue;
        }
        if (is_apos(c) && is_word_cp(nx)) {
          // n't
          if ((prev == 'n' || prev == 'N') && (nx == 't' || nx == 'T')) break;
          // 's followed by a non-letter is a possessive: stop here.
          if (nx == 's' || nx == 'S') {
            std::size_t k = j + l + 1;
            std::int32_t after = 0;
            if (k < s.size()) decode(s, k, after);
            if (k >= s.size() || !is_word_cp(after)) break;
          }
          j += l;
          continue;
        }
      }
      break;
    }
    // n't as its own token.
    if (j > i + 1 && (s[j - 1] == 'n' || s[j - 1] == 'N') && j < s.size()) {
      std::int32_t c;
      int l = decode(s, j, c);
      if (is_apos(c) && j + l < s.size() && (s[j + l] == 't' || s[j + l] == 'T')) {
        --letters;  // the 'n' (or 'N') goes to "n't"
        if (s[j - 1] == 'N') --uppers;
        --j;
      }
    }
    // A trailing period belongs to abbreviations and initials.
    std::string_view w = s.substr(i, j - i);
    if (j < s.size() && s[j] == '.') {
      std::string lw = lower_of(w);
      bool initial = w.size() == 1 && first_upper;
      bool dotted = w.find('.') != std::string_view::npos;
      if (initial || dotted || abbreviations().count(lw)) ++j;
    }
    t.e = static_cast<std::uint32_t>(j);
    std::string_view tw = s.substr(i, j - i);
    if (ascii) {  // the common case: one copy, lowered in place (lower_into's result for ASCII)
      t.lower.assign(tw.data(), tw.size());
      // Every byte of an ASCII word was counted: no upper-case letter, nothing to lower.
      if (uppers > 0)
        for (char& ch : t.lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    } else {
      lower_into(t.lower, tw);
    }
    t.word = true;
    t.cap = first_upper;
    t.digit = first < 0x80 && std::isdigit(first);
    t.allcaps = letters >= 2 && uppers == letters;
    t.b += base;
    t.e += base;
    i = j;
  }
  return out;
}

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view trim_sv(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Lines that are page furniture, not article text.
// s contains `needle` (ASCII lower case) when both are lower-cased.
bool contains_ci(std::string_view s, std::string_view needle) {
  if (needle.size() > s.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size()) {
      unsigned char c = static_cast<unsigned char>(s[i + k]);
      if (static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) != needle[k]) break;
      ++k;
    }
    if (k == needle.size()) return true;
  }
  return false;
}

// contains_ci(s, "http://") || contains_ci(s, "https://") || contains_ci(s, "[email"), in one
// pass that looks further only at an 'h', 'H' or '['.
bool has_link(std::string_view s) {
  // "http://" or "https://": a "://" after "http" or "https" (found by memchr, not byte by byte).
  for (std::size_t p = s.find("://"); p != std::string_view::npos; p = s.find("://", p + 1)) {
    if (p >= 4 && contains_ci(s.substr(p - 4, 4), "http")) return true;
    if (p >= 5 && contains_ci(s.substr(p - 5, 5), "https")) return true;
  }
  for (std::size_t p = s.find('['); p != std::string_view::npos; p = s.find('[', p + 1))
    if (contains_ci(s.substr(p, 6), "[email")) return true;
  return false;
}

bool boilerplate_line(std::string_view line) {
  // What lower_of(trim(line)) minus its leading markup would be tested for, without
  // lower-casing the whole line: the markup and spaces are ASCII (lower_of keeps them and
  // their offsets), the prefixes are short, and the searched strings hold no apostrophe.
  std::string_view raw = trim_sv(line);
  std::size_t lead = 0;  // markup, then spaces
  while (lead < raw.size() && (raw[lead] == '*' || raw[lead] == '#' || raw[lead] == '>' || raw[lead] == '|')) ++lead;
  while (lead < raw.size() && raw[lead] == ' ') ++lead;
  raw.remove_prefix(lead);
  std::size_t lowered_size = raw.size();  // lower_of makes each curly apostrophe one byte
  for (std::size_t i = raw.find('\xe2'); i != std::string_view::npos && i + 2 < raw.size(); i = raw.find('\xe2', i + 1))
    if (static_cast<unsigned char>(raw[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(raw[i + 2]) == 0x99 || static_cast<unsigned char>(raw[i + 2]) == 0x98)) {
      lowered_size -= 2;
      i += 2;
    }
  // 64 bytes lower to at least 21, more than the longest prefix below.
  char lbuf[64];
  const std::string_view l(lbuf, lower_to(lbuf, raw.substr(0, 64)));
  static_assert(sizeof("all rights reserved") - 1 <= 21);
  static constexpr std::string_view prefixes[] = {"also read", "read also", "read more", "read full", "log in", "login", "sign in",
                                   "sign up", "subscribe", "follow ", "share", "copyright", "\xc2\xa9", "original url",
                                   "source:", "photo:", "photos:", "(with inputs", "with inputs", "watch:", "help-image",
                                   "to write comments", "all rights reserved", "click here", "advertisement",
                                   "related:", "related articles", "standards board", "<http", "http", "www."};
  if (starts_with(l, "by ") && lowered_size < 60) return true;
  if (!l.empty())
    for (std::string_view p : prefixes)  // the first byte first: mostly no call to compare
      if (p[0] == l[0] && starts_with(l, p)) return true;
  if (raw.find(" > ") != std::string_view::npos) return true;  // breadcrumbs
  // A short line with an at sign is a handle, contact or share line ("Follow us @x", "Email: a@b.org");
  // a long one is prose quoting a post ("President X @handle had a meeting with ..."), kept unless it
  // holds an address.
  if (std::size_t at = raw.find('@'); at != std::string_view::npos) {
    if (lowered_size < 120) return true;
    for (; at != std::string_view::npos; at = raw.find('@', at + 1))
      if (at > 0 && std::isalnum(static_cast<unsigned char>(raw[at - 1]))) return true;  // name@host
  }
  return has_link(raw);
}

bool terminal(const Token& t) {
  return t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "\xe2\x80\xa6";
}
bool closing_quote(const Token& t) {
  return t.lower == "\"" || t.lower == "'" || t.lower == "\xe2\x80\x9d" || t.lower == ")" || t.lower == "]";
}

}  // namespace

Sentences split_sentences(std::string_view text) {
  Sentences out;
  out.tokens = tokenize(text);
  std::vector<Token>& toks = out.tokens;
  // Line facts: for each token, the length of its line and whether the line is furniture.
  std::size_t n = toks.size();
  if (!n) return out;
  // Line starts, once; a token's line by binary search.
  std::vector<std::size_t> line_starts{0};
  for (const char* nl = static_cast<const char*>(std::memchr(text.data(), '\n', text.size())); nl;
       nl = static_cast<const char*>(std::memchr(nl + 1, '\n', text.size() - (nl + 1 - text.data()))))
    line_starts.push_back(static_cast<std::size_t>(nl + 1 - text.data()));
  // Each token's line (index in line_starts), found walking forward: tokens come in text order.
  std::vector<std::uint32_t> tok_line(n);
  for (std::size_t i = 0, li = 0; i < n; ++i) {
    while (li + 1 < line_starts.size() && line_starts[li + 1] <= toks[i].b) ++li;
    tok_line[i] = static_cast<std::uint32_t>(li);
  }
  auto line_at = [&](std::size_t li) {  // [start, end) of line li, without its '\n'
    std::size_t a = line_starts[li];
    std::size_t b = li + 1 == line_starts.size() ? text.size() : line_starts[li + 1] - 1;
    return std::pair<std::size_t, std::size_t>(a, b);
  };
  std::vector<char> boiler(n);
  {
    std::size_t cur_a = static_cast<std::size_t>(-1);
    bool cur = false;
    for (std::size_t i = 0; i < n; ++i) {
      auto [a, b] = line_at(tok_line[i]);
      if (a != cur_a) {
        cur_a = a;
        cur = boilerplate_line(text.substr(a, b - a));
      }
      boiler[i] = cur;
    }
  }
  // Credits: [ALL CAPS], **bold**, a trailing "— AGENCY" or "— X pic via Y".
  for (std::size_t i = 0; i < n; ++i) {
    if (toks[i].lower == "[") {
      std::size_t j = i + 1;
      bool caps = true;
      while (j < n && toks[j].lower != "]" && j - i < 8) {
        if (toks[j].word && !toks[j].allcaps && toks[j].lower.size() > 1) caps = false;
        ++j;
      }
      if (j < n && toks[j].lower == "]" && caps)
        for (std::size_t k = i; k <= j; ++k) toks[k].skip = true;
    }
    if (toks[i].lower == "*" && i + 1 < n && toks[i + 1].lower == "*" && toks[i + 1].b == toks[i].e) {
      std::size_t j = i + 2;
      while (j + 1 < n && !(toks[j].lower == "*" && toks[j + 1].lower == "*") && toks[j].nl_before == 0) ++j;
      if (j + 1 < n && toks[j].lower == "*")
        for (std::size_t k = i; k <= j + 1; ++k) toks[k].skip = true;
    }
  }
  // A " date YYYY-MM-DD" tag (a scraper's line giving the publication date) is furniture, and
  // ends a sentence even when the article's first words follow it on the same line.
  std::vector<char> tag_end(n + 1, 0);
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (toks[i].lower != "date" || (i > 0 && toks[i].nl_before == 0)) continue;
    std::size_t j = i + 1;
    while (j < n && toks[j].nl_before == 0 && (toks[j].digit || toks[j].lower == "-") && j - i <= 5) ++j;
    std::string_view v = text.substr(toks[i + 1].b, toks[j - 1].e - toks[i + 1].b);
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') continue;
    for (std::size_t k = i; k < j; ++k) toks[k].skip = true;
    tag_end[j] = true;
  }
  auto is_dash = [](const Token& t) {
    return t.lower == "\xe2\x80\x94" || t.lower == "\xe2\x80\x93" || t.lower == "-";
  };
  // Whether the line that ends before token `i` is a headline in title case ("PM Sheikh Hasina
  // Resigns, Leaves Bangladesh; Army Says Interim Government To Form"): every word capitalised
  // but the short function words, three at least. A long line without a stop ends there too.
  auto title_line = [&](std::size_t i) {
    std::size_t words = 0;
    for (std::size_t k = i; k-- > 0;) {
      const Token& x = toks[k];
      if (x.word && !x.digit && !headline_function_word(x.lower)) {
        if (!x.cap) return false;
        ++words;
      }
      if (x.nl_before > 0 || tag_end[k]) break;  // the line's start, or a tag line's date before it
    }
    return words >= 3;
  };
  // Sentence boundaries.
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 1; i < n; ++i) {
    const Token& t = toks[i];
    const Token& p = toks[i - 1];
    const char c0 = text[t.b];  // C-locale isalpha
    bool lower_next = !t.word ? false : (!t.cap && !t.digit && ((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z'));
    bool boundary = false;
    if (tag_end[i]) {
      boundary = true;
    } else if (t.nl_before >= 2) {
      boundary = !lower_next || terminal(p);
    } else if (t.nl_before == 1) {
      if (terminal(p) || closing_quote(p) || boiler[i] != boiler[i - 1]) {
        boundary = true;
      } else {
        auto [a, b] = line_at(tok_line[i - 1]);
        boundary = !lower_next && ((b - a) < 70 || title_line(i));
      }
    } else if (terminal(p)) {
      // ". The", ".\" The", "? ("; not an initial glued to a name ("Kh.Battulga").
      const bool glued_initial = p.lower == "." && t.b == p.e && t.word && i >= 2 && toks[i - 2].e == p.b &&
                                 toks[i - 2].word && toks[i - 2].cap && toks[i - 2].lower.size() <= 3;
      boundary = !glued_initial && (t.cap || t.digit || t.lower == "\"" || t.lower == "\xe2\x80\x9c" || t.lower == "(" ||
                                    t.lower == "[" || t.lower == "\xe2\x80\x94");
    } else if (closing_quote(p) && i >= 2 && terminal(toks[i - 2])) {
      boundary = t.cap || t.digit;

    } else if (is_dash(t) && i + 1 < n && toks[i + 1].allcaps) {
      // "... forces. — AFP": a trailing credit.
      std::size_t k = i + 1;
      while (k < n && toks[k].nl_before == 0 && (toks[k].word ? (toks[k].allcaps || toks[k].cap) : true) && k - i < 8) ++k;
      if (k == n || toks[k].nl_before > 0) {
        boundary = true;
        for (std::size_t m = i; m < k; ++m) toks[m].skip = true;
      }
    }
    // "... Wen told Hun Sen. After their meeting": an abbreviation's period ends the sentence
    // when a word that opens sentences, not a name, follows.
    if (!boundary && p.word && p.lower.size() > 2 && p.lower.back() == '.' && t.cap && sentence_opener(t.lower) &&
        abbreviations().count(p.lower.substr(0, p.lower.size() - 1)))
      boundary = true;
    if (boundary) starts.push_back(i);
  }
  // A run longer than kMaxSentenceTokens with no boundary (a text without punctuation,
  // a 50 MB line) is cut into pieces of that length: the later stages cost more than
  // linearly in a sentence's length, and no real sentence comes near it.
  constexpr std::size_t kMaxSentenceTokens = 256;
  {
    std::vector<std::size_t> capped;
    capped.reserve(starts.size());
    for (std::size_t s = 0; s < starts.size(); ++s) {
      capped.push_back(starts[s]);
      std::size_t end = s + 1 < starts.size() ? starts[s + 1] : n;
      for (std::size_t c = starts[s] + kMaxSentenceTokens; c < end; c += kMaxSentenceTokens) capped.push_back(c);
    }
    starts.swap(capped);
  }
  starts.push_back(n);
  for (std::size_t s = 0; s + 1 < starts.size(); ++s) {
    std::size_t a = starts[s], b = starts[s + 1];
    if (a >= b) continue;
    Sentence sent;
    sent.b = toks[a].b;
    sent.e = toks[b - 1].e;
    sent.toks = std::span<Token>(toks.data() + a, b - a);
    std::size_t nb = 0;
    for (std::size_t k = a; k < b; ++k) nb += boiler[k];
    sent.boilerplate = nb * 2 > (b - a);
    out.push_back(std::move(sent));
  }
  return out;
}

// ---- dates ----

int month_of(std::string_view w) {
  static constexpr std::string_view full[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3 || w.size() > 10 || w[0] < 'a' || w[0] > 's') return 0;
  // The months (0-based, in calendar order) whose name starts with each letter a..s; -1 ends a
  // list. Only these can pass the first test of the loop below.
  static constexpr signed char kByFirst[19][4] = {
      {3, 7, -1, -1},  {-1, -1, -1, -1}, {-1, -1, -1, -1}, {11, -1, -1, -1}, {-1, -1, -1, -1},
      {1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {0, 5, 6, -1},
      {-1, -1, -1, -1}, {-1, -1, -1, -1}, {2, 4, -1, -1},  {10, -1, -1, -1}, {9, -1, -1, -1},
      {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {8, -1, -1, -1}};
  const signed char* cand = kByFirst[w[0] - 'a'];
  if (cand[0] < 0) return 0;
  std::string_view l = w;
  if (!l.empty() && l.back() == '.') l.remove_suffix(1);
  if (l.size() < 3) return 0;  // no month name or abbreviation is shorter
  for (; *cand >= 0; ++cand) {
    const int i = *cand;
    std::string_view f = full[i];
    if (f[0] != l[0] || f[1] != l[1] || f[2] != l[2]) continue;  // both tests below need this
    if (l == f) return i + 1;
    if (l.size() >= 3 && l.size() < f.size() && f.substr(0, l.size()) == l && (l.size() == 3 || l == "sept"))
      return i + 1;
  }
  return 0;
}

bool headline_function_word(std::string_view w) {
  static constexpr std::string_view kFunction[] = {"a",  "an", "the", "and", "or", "of",   "in", "on",
                                                   "at", "to", "for", "with", "by", "as", "from", "'s"};
  return std::find(std::begin(kFunction), std::end(kFunction), w) != std::end(kFunction);
}

int weekday_of(std::string_view w) {
  static constexpr std::string_view d[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == d[i]) return i;
  return -1;
}

Ymd parse_iso(std::string_view s) {
  Ymd v;
  auto num = [&](std::size_t a, std::size_t len) {
    int x = 0;
    for (std::size_t i = a; i < a + len; ++i) {
      if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
      x = x * 10 + (s[i] - '0');
    }
    return x;
  };
  if (s.size() >= 4) v.y = std::max(0, num(0, 4));
  if (s.size() >= 7 && s[4] == '-') v.m = std::max(0, num(5, 2));
  if (s.size() >= 10 && s[7] == '-') v.d = std::max(0, num(8, 2));
  return v;
}

std::string to_iso(const Ymd& v) {
  if (v.y <= 0) return {};
  // What printf's "%04d-%02d-%02d" writes for these positive numbers, without printf.
  std::string out;
  auto put = [&](int x, std::size_t width) {
    char b[12];
    const std::size_t n = static_cast<std::size_t>(std::to_chars(b, b + sizeof b, x).ptr - b);
    if (n < width) out.append(width - n, '0');
    out.append(b, n);
  };
  put(v.y, 4);
  if (v.m <= 0) return out;
  out += '-';
  put(v.m, 2);
  if (v.d <= 0) return out;
  out += '-';
  put(v.d, 2);
  return out;
}

namespace {
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Ymd{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}
bool valid_day(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  Ymd back = civil_from_days(days_from_civil(y, m, d));
  return back.m == m && back.d == d;
}
}  // namespace

int weekday(int y, int m, int d) {
  long z = days_from_civil(y, m, d);
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

Ymd add_days(Ymd v, int n) { return civil_from_days(days_from_civil(v.y, v.m, v.d) + n); }

namespace {
// Whether the clause before token `end` speaks of the future ("will", "is due to", "is scheduled
// to", "plans to"): walked back to the clause's start (a comma, a semicolon, a colon, a quote).
bool future_clause(std::span<const Token> t, std::size_t end) {
  for (std::size_t k = end; k-- > 0;) {
    const Word& w = t[k].lower;
    if (w == "," || w == ";" || w == ":" || w == "\"" || w == "." || end - k > 12) return false;
    if (w == "will" || w == "'ll" || w == "shall") return true;
    if (w == "to" && k > 0 &&
        (t[k - 1].lower == "due" || t[k - 1].lower == "scheduled" || t[k - 1].lower == "expected" ||
         t[k - 1].lower == "set" || t[k - 1].lower == "plans" || t[k - 1].lower == "planned" ||
         t[k - 1].lower == "is" || t[k - 1].lower == "are"))
      return true;
  }
  return false;
}
}  // namespace

std::vector<DateExpr> find_dates(std::span<const Token> t, std::string_view doc_date) {
  std::vector<DateExpr> out;
  Ymd D = parse_iso(doc_date);
  bool full = D.y > 0 && D.m > 0 && D.d > 0;
  auto year_of = [](const Token& k) {
    if (!k.digit || k.lower.size() != 4) return 0;
    int y = std::atoi(k.lower.c_str());
    return (y >= 1900 && y <= 2100) ? y : 0;
  };
  auto day_of = [](const Token& k) {
    if (!k.digit) return 0;
    std::string s = k.lower;
    for (const char* suf : {"st", "nd", "rd", "th"})
      if (s.size() > 2 && s.substr(s.size() - 2) == suf) s = s.substr(0, s.size() - 2);
    for (char c : s)
      if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    int d = std::atoi(s.c_str());
    return (d >= 1 && d <= 31 && s.size() <= 2) ? d : 0;
  };
  // Month and day without a year: the year of the document date, or the year before
  // when that would put it more than a week after the document.
  auto md_value = [&](int m, int d) -> std::string {
    if (D.y <= 0) return {};
    int y = D.y;
    if (full && valid_day(y, m, d) && days_from_civil(y, m, d) > days_from_civil(D.y, D.m, D.d) + 7) --y;
    if (!valid_day(y, m, d)) return {};
    return to_iso({y, m, d});
  };
  std::size_t n = t.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = t[i].lower;
    auto push = [&](std::size_t a, std::size_t b, std::string v) {
      out.push_back({a, b, std::move(v)});
      i = b - 1;
    };
    // A month or a weekday counts only written with a capital: no name lookup for other words.
    int mon = t[i].word && (t[i].cap || t[i].allcaps) ? month_of(w) : 0;
    // "May" is a month before a day or a year, or after "in", "since", "until", "last", "early",
    // "late", "mid" ("signed a similar accord in May"); else it may be the verb.
    const bool may_month =
        w != "may" || (i + 1 < n && (day_of(t[i + 1]) || year_of(t[i + 1]))) ||
        (i > 0 && (t[i - 1].lower == "in" || t[i - 1].lower == "since" || t[i - 1].lower == "until" ||
                   t[i - 1].lower == "last" || t[i - 1].lower == "early" || t[i - 1].lower == "late" ||
                   t[i - 1].lower == "mid"));
    if (mon && may_month) {
      // Month [day][,] [year]
      std::size_t j = i + 1;
      int d = 0, y = 0;
      if (j < n && day_of(t[j])) d = day_of(t[j++]);
      if (j < n && t[j].lower == "," && j + 1 < n && year_of(t[j + 1])) ++j;
      if (j < n && year_of(t[j])) y = year_of(t[j++]);
      if (d && y && valid_day(y, mon, d)) push(i, j, to_iso({y, mon, d}));
      else if (d) {
        std::string v = md_value(mon, d);
        push(i, j, v);
      } else if (y) {
        push(i, j, to_iso({y, mon, 0}));
      } else if (i > 0 && (t[i - 1].lower == "in" || t[i - 1].lower == "since" || t[i - 1].lower == "until" ||
                           t[i - 1].lower == "last" || t[i - 1].lower == "early" || t[i - 1].lower == "late" ||
                           t[i - 1].lower == "mid")) {
        if (D.y > 0) {
          int yy = D.y;
          if (D.m > 0 && mon > D.m) --yy;
          if (t[i - 1].lower == "last" && D.m > 0 && mon >= D.m) yy = D.y - 1;
          push(i - 1, i + 1, to_iso({yy, mon, 0}));
        } else {
          push(i - 1, i + 1, std::string());
        }
      }
      continue;
    }
    // day Month [year]
    if (day_of(t[i]) && i + 1 < n && month_of(t[i + 1].lower) && t[i + 1].cap) {
      int d = day_of(t[i]), m = month_of(t[i + 1].lower);
      if (i + 2 < n && year_of(t[i + 2]) && valid_day(year_of(t[i + 2]), m, d)) {
        push(i, i + 3, to_iso({year_of(t[i + 2]), m, d}));
      } else {
        push(i, i + 2, md_value(m, d));
      }
      continue;
    }
    int wd = t[i].word && t[i].cap ? weekday_of(w) : -1;
    if (wd >= 0) {
      std::size_t a = i, b = i + 1;
      if (i > 0 && (t[i - 1].lower == "on" || t[i - 1].lower == "last" || t[i - 1].lower == "this")) a = i - 1;
      // "Monday (Nov 18)" / "Monday, Nov. 18": the explicit date wins.
      std::size_t j = i + 1;
      if (j < n && (t[j].lower == "(" || t[j].lower == ",")) ++j;
      if (j + 1 < n && month_of(t[j].lower) && t[j].cap && day_of(t[j + 1])) {
        int m = month_of(t[j].lower), d = day_of(t[j + 1]);
        std::size_t e = j + 2;
        int y = 0;
        if (e < n && t[e].lower == "," && e + 1 < n && year_of(t[e + 1])) ++e;
        if (e < n && year_of(t[e])) y = year_of(t[e++]);
        if (e < n && t[e].lower == ")") ++e;
        push(a, e, y && valid_day(y, m, d) ? to_iso({y, m, d}) : md_value(m, d));
        continue;
      }
      std::string v;
      if (full) {
        int back = (weekday(D.y, D.m, D.d) - wd + 7) % 7;
        if (a < i && t[a].lower == "last" && back == 0) back = 7;
        // "a ceasefire will begin on Sunday", "talks are due to resume next Monday": a weekday
        // of the future in its clause is the next such day, not the last.
        if (i > 0 && (t[i - 1].lower == "next" || future_clause(t, a)))
          back = -((wd - weekday(D.y, D.m, D.d) + 7) % 7);
        v = to_iso(add_days(D, -back));
      }
      push(a, b, v);
      continue;
    }
    if (w == "yesterday" || w == "today" || w == "tonight") {
      push(i, i + 1, full ? to_iso(add_days(D, w == "yesterday" ? -1 : 0)) : std::string());
      continue;
    }
    // the previous day / the day before / a day earlier
    if ((w == "the" || w == "a") && i + 2 < n &&
        ((t[i + 1].lower == "previous" && t[i + 2].lower == "day") ||
         (t[i + 1].lower == "day" && (t[i + 2].lower == "before" || t[i + 2].lower == "earlier")))) {
      push(i, i + 3, full ? to_iso(add_days(D, -1)) : std::string());
      continue;
    }
    if ((w == "last" || w == "this" || w == "next") && i + 1 < n &&
        (t[i + 1].lower == "week" || t[i + 1].lower == "month" || t[i + 1].lower == "year")) {
      std::string v;
      const std::string& unit = t[i + 1].lower;
      int sign = w == "last" ? -1 : w == "next" ? 1 : 0;
      if (unit == "week" && full) {
        Ymd x = add_days(D, 7 * sign);
        Ymd mon_of_week = add_days(x, -weekday(x.y, x.m, x.d));
        Ymd sun_of_week = add_days(mon_of_week, 6);
        if (mon_of_week.m == sun_of_week.m || sign == 0) v = to_iso({x.y, x.m, 0});
        else v = to_iso({x.y, x.m, 0});
      } else if (unit == "month" && D.m > 0) {
        int m = D.m + sign, y = D.y;
        if (m < 1) m = 12, --y;
        if (m > 12) m = 1, ++y;
        v = to_iso({y, m, 0});
      } else if (unit == "year" && D.y > 0) {
        v = to_iso({D.y + sign, 0, 0});
      }
      std::size_t a = i;
      if (i >= 2 && t[i - 1].lower == "earlier" ) a = i - 1;
      push(a, i + 2, v);
      continue;
    }
    if (w == "earlier" && i + 2 < n && t[i + 1].lower == "this" &&
        (t[i + 2].lower == "month" || t[i + 2].lower == "year")) {
      push(i, i + 3, t[i + 2].lower == "month" ? to_iso({D.y, D.m, 0}) : to_iso({D.y, 0, 0}));
      continue;
    }
    // in 2022 / since 2022
    if (int y = year_of(t[i]); y && i > 0 &&
                               (t[i - 1].lower == "in" || t[i - 1].lower == "since" || t[i - 1].lower == "of" ||
                                t[i - 1].lower == "until" || t[i - 1].lower == "by")) {
      push(i - 1, i + 1, to_iso({y, 0, 0}));
      continue;
    }
  }
  return out;
}

std::string infer_date_from_weekday(std::string_view text, std::string_view today) {
  std::vector<Token> t = tokenize(text.substr(0, std::min<std::size_t>(text.size(), 4000)));
  Ymd T = parse_iso(today);
  if (T.y <= 0) return {};
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    int wd = weekday_of(t[i].lower);
    if (wd < 0 || !t[i].cap) continue;
    std::size_t j = i + 1;
    if (t[j].lower == "(" || t[j].lower == ",") ++j;
    if (j + 1 >= t.size()) continue;
    int m = month_of(t[j].lower);
    if (!m || !t[j].cap || !t[j + 1].digit) continue;
    int d = std::atoi(t[j + 1].lower.c_str());
    for (int y = T.y; y > T.y - 30; --y) {
      if (!valid_day(y, m, d)) continue;
      if (days_from_civil(y, m, d) > days_from_civil(T.y, T.m, T.d)) continue;
      if (weekday(y, m, d) == wd) return to_iso({y, m, d});
    }
  }
  return {};
}

}  // namespace kg::extract
