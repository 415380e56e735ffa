// Text stages of the extractor, exposed for the unit tests: tokens, sentences,
// boilerplate, date expressions and their resolution against a document date.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

// Hash and equality of a pair of strings (std::string or std::string_view, mixed), such as an
// entity's (type, name): for unordered maps that are only found, never walked, and looked up by
// views (no key copies per lookup).
struct StringPairHash {
  using is_transparent = void;
  template <class A, class B>
  std::size_t operator()(const std::pair<A, B>& k) const {
    const std::size_t h = std::hash<std::string_view>()(std::string_view(k.first));
    const std::size_t h2 = std::hash<std::string_view>()(std::string_view(k.second));
    return h ^ (h2 + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
  }
};
struct StringPairEq {
  using is_transparent = void;
  template <class A, class B>
  bool operator()(const A& a, const B& b) const {
    return std::string_view(a.first) == std::string_view(b.first) &&
           std::string_view(a.second) == std::string_view(b.second);
  }
};

// A std::string whose comparison with a string literal ("the", "'s") is inline:
// std::string's operator==(const char*) calls strlen and compare out of line, and the
// extractor makes millions of such comparisons per megabyte. Otherwise a std::string.
struct Word : std::string {
  using std::string::string;
  using std::string::operator=;
  Word() = default;
  Word(const std::string& s) : std::string(s) {}
  Word(std::string&& s) noexcept : std::string(std::move(s)) {}
  template <std::size_t N>
  [[gnu::always_inline]] bool operator==(const char (&lit)[N]) const noexcept {
    const std::size_t n = std::char_traits<char>::length(lit);  // folded for a literal
    return size() == n && std::memcmp(data(), lit, n) == 0;
  }
};

struct Token {
  // (Fields ordered so that the small ones share words: 104 bytes, 112 before.)
  std::uint32_t b = 0, e = 0;  // byte offsets in the document text
  Word lower;                  // ASCII-lower-cased text, curly apostrophes made straight
  bool word = false;           // letters or digits (else punctuation)
  bool cap = false;            // starts with an upper-case letter
  bool allcaps = false;        // every letter upper case (and at least two letters)
  bool digit = false;          // starts with a digit
  int nl_before = 0;           // line breaks in the space before the token
  bool skip = false;           // credit, caption marker: text, never an entity
  // The token's word class (Lexicon::word_class of `lower`), looked up on first use: `cls`,
  // nullptr for none; valid while cls_known.
  mutable bool cls_known = false;
  // The extractor's per-token lexicon facts, computed on first use (one hash of `lower`
  // per token instead of one per lookup): bit 0 known, bit 1 may start a gazetteer
  // entry, bit 2 may start a title. A document's tokens belong to one thread.
  mutable std::uint16_t lex = 0;  // (with the Lexicon::word_flags bits above 64)
  mutable int wid = -1;            // Lexicon::word_ids of `lower`, set with `lex`
  mutable int gid = -1;  // Lexicon::WordLex::gid of `lower`, set with `lex`
  // The extractor's gazetteer match at this token, found once ([0]: credits skipped, [1]: read;
  // valid while `lex` has the extractor's bit for it): the entry and its length in tokens.
  mutable std::uint16_t gaz_len[2] = {0, 0};
  mutable std::uint16_t title_len = 0;  // the extractor's title match here (valid with its bit in `lex`)
  mutable const void* gaz = nullptr;  // Lexicon::gaz entries at `lower`, set with `lex`
  mutable const std::string* cls = nullptr;
  mutable const void* gaz_hit[2] = {nullptr, nullptr};
};

struct Sentence {
  std::uint32_t b = 0, e = 0;  // byte offsets of the sentence text
  std::span<Token> toks;       // its tokens: a view of its Sentences' `tokens`
  bool boilerplate = false;    // "Also read |", "Log in ..." footers, URLs, bylines
};

// A document's sentences and the one vector of tokens they view (no token moved or copied
// into a vector of its own per sentence). Moved, never copied: a move keeps the tokens'
// buffer, and so the views.
struct Sentences : std::vector<Sentence> {
  std::vector<Token> tokens;  // every token of the text, in order
  Sentences() = default;
  Sentences(Sentences&&) noexcept = default;
  Sentences& operator=(Sentences&&) noexcept = default;
  Sentences(const Sentences&) = delete;
  Sentences& operator=(const Sentences&) = delete;
};

std::vector<Token> tokenize(std::string_view text, std::uint32_t base = 0);

// Splits into sentences with byte offsets; survives abbreviations (Nov., U.S.,
// N. Korea, Mr.), keeps a sentence that runs over a blank line when the next line
// starts in lower case, and ends headings at their line end.
Sentences split_sentences(std::string_view text);

// A civil date; y==0 when unknown. m==0 / d==0 for partial dates.
struct Ymd {
  int y = 0, m = 0, d = 0;
};
Ymd parse_iso(std::string_view iso);
std::string to_iso(const Ymd& v);
int weekday(int y, int m, int d);  // 0 = Monday
Ymd add_days(Ymd v, int n);

// A date expression found in a token range, resolved against `doc_date` (ISO,
// possibly empty). `value` is ISO as precise as the text allows, or empty when it
// cannot be resolved (a weekday without a document date).
struct DateExpr {
  std::size_t tb = 0, te = 0;  // token range [tb, te)
  std::string value;
};
std::vector<DateExpr> find_dates(std::span<const Token> toks, std::string_view doc_date);

// For a document without a year: a weekday with a month and day ("Monday (Nov 18)")
// gives the most recent year, not after `today` (ISO), in which they agree.
std::string infer_date_from_weekday(std::string_view text, std::string_view today);

int month_of(std::string_view lower_word);    // 1..12 or 0
int weekday_of(std::string_view lower_word);  // 0..6 or -1

// A short function word a title-case headline leaves in lower case ("Talks With the Leader of
// Mali"): every other word of such a headline is capitalised.
bool headline_function_word(std::string_view lower_word);

}  // namespace kg::extract
