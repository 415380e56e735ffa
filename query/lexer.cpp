#include "query/lexer.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <utf8proc.h>

#include "query/errors.h"

namespace kg::query {

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Non-ASCII identifier characters: letters, marks, digits and connector punctuation.
bool unicode_ident(std::string_view s, std::size_t i) {
  utf8proc_int32_t cp;
  auto k = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (k <= 0) return false;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_PC: return true;
    default: return false;
  }
}

class Lexer {
  bool ident_start(unsigned char c) const {
    if (c < 0x80) return std::isalpha(c) || c == '_';
    return unicode_ident(s_, i_);
  }
  bool ident_char(unsigned char c) const {
    if (c < 0x80) return std::isalnum(c) || c == '_';
    if ((c & 0xC0) == 0x80) return true;  // continuation byte of an accepted character
    return unicode_ident(s_, i_);
  }
  bool at_ident_char(std::size_t j) const {
    unsigned char c = s_[j];
    if (c < 0x80) return std::isalnum(c) || c == '_';
    if ((c & 0xC0) == 0x80) return true;
    return unicode_ident(s_, j);
  }

 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    for (;;) {
      skip_space();
      Token t;
      t.line = line_;
      t.col = col_;
      t.offset = i_;
      if (i_ >= s_.size()) {
        t.kind = Tok::End;
        t.end = i_;
        out.push_back(t);
        return out;
      }
      unsigned char c = s_[i_];
      if (ident_start(c)) {
        std::size_t b = i_;
        while (i_ < s_.size() && ident_char(s_[i_])) adv();
        t.kind = Tok::Ident;
        t.text = std::string(s_.substr(b, i_ - b));
      } else if (c == '`') {
        adv();
        t.kind = Tok::Ident;
        t.quoted = true;
        for (;;) {
          if (i_ >= s_.size()) syntax_error("UnexpectedSyntax", "unterminated quoted name", t.line, t.col);
          if (s_[i_] == '`') {
            if (i_ + 1 < s_.size() && s_[i_ + 1] == '`') {
              t.text += '`';
              adv();
              adv();
              continue;
            }
            adv();
            break;
          }
          t.text += s_[i_];
          adv();
        }
      } else if (std::isdigit(c) || (c == '.' && i_ + 1 < s_.size() && std::isdigit((unsigned char)s_[i_ + 1]))) {
        number(t);
      } else if (c == '\'' || c == '"') {
        string(t, c);
      } else if (c == '$') {
        adv();
        t.kind = Tok::Param;
        if (i_ < s_.size() && s_[i_] == '`') {
          adv();
          while (i_ < s_.size() && s_[i_] != '`') {
            t.text += s_[i_];
            adv();
          }
          if (i_ < s_.size()) adv();
        } else {
          while (i_ < s_.size() && ident_char(s_[i_])) {
            t.text += s_[i_];
            adv();
          }
        }
        if (t.text.empty()) syntax_error("UnexpectedSyntax", "expected a parameter name after '$'", t.line, t.col);
      } else {
        t.kind = Tok::Punct;
        static const char* two[] = {"..", "<>", "!=", "<=", ">=", "=~", "+="};
        bool done = false;
        for (const char* p : two) {
          if (s_.substr(i_, 2) == p) {
            t.text = p;
            adv();
            adv();
            done = true;
            break;
          }
        }
        if (!done) {
          static const std::string_view one = "()[]{},.:;|+-*/%^=<>";
          if (one.find(static_cast<char>(c)) == std::string_view::npos) {
            std::size_t n = 1;
            while (i_ + n < s_.size() && (static_cast<unsigned char>(s_[i_ + n]) & 0xC0) == 0x80) ++n;
            std::string shown(s_.substr(i_, n));
            syntax_error(c >= 0x80 ? "InvalidUnicodeCharacter" : "UnexpectedSyntax",
                         "unexpected character '" + shown + "'", t.line, t.col);
          }
          t.text = std::string(1, static_cast<char>(c));
          adv();
        }
      }
      t.end = i_;
      out.push_back(std::move(t));
    }
  }

 private:
  void adv() {
    if (s_[i_] == '\n') {
      ++line_;
      col_ = 1;
    } else if ((static_cast<unsigned char>(s_[i_]) & 0xC0) != 0x80) {
      ++col_;
    }
    ++i_;
  }

  void skip_space() {
    for (;;) {
      if (i_ >= s_.size()) return;
      unsigned char c = s_[i_];
      if (std::isspace(c)) {
        adv();
      } else if (s_.substr(i_, 2) == "//") {
        while (i_ < s_.size() && s_[i_] != '\n') adv();
      } else if (s_.substr(i_, 2) == "/*") {
        int l = line_, cc = col_;
        adv();
        adv();
        while (i_ < s_.size() && s_.substr(i_, 2) != "*/") adv();
        if (i_ >= s_.size()) syntax_error("UnexpectedSyntax", "unterminated comment", l, cc);
        adv();
        adv();
      } else if (s_.substr(i_, 3) == "\xc2\xa0") {  // no-break space
        adv();
        adv();
      } else {
        return;
      }
    }
  }

  void number(Token& t) {
    std::size_t b = i_;
    bool is_bad = false;
    auto bad = [&]() {
      while (i_ < s_.size() && ident_char(s_[i_])) adv();
      t.kind = Tok::Bad;
      t.text = std::string(s_.substr(b, i_ - b));
      is_bad = true;
    };
    if (s_[i_] == '0' && i_ + 1 < s_.size() && (s_[i_ + 1] == 'x' || s_[i_ + 1] == 'X' || s_[i_ + 1] == 'o' ||
                                                 s_[i_ + 1] == 'O')) {
      int base = (s_[i_ + 1] == 'x' || s_[i_ + 1] == 'X') ? 16 : 8;
      adv();
      adv();
      std::size_t db = i_;
      while (i_ < s_.size() && std::isalnum((unsigned char)s_[i_])) adv();
      std::string digits(s_.substr(db, i_ - db));
      if (digits.empty()) {
        bad();
        return;
      }
      unsigned __int128 v = 0;
      bool over = false;
      for (char ch : digits) {
        int d;
        if (std::isdigit((unsigned char)ch)) d = ch - '0';
        else if (std::isalpha((unsigned char)ch)) d = std::tolower(ch) - 'a' + 10;
        else d = 99;
        if (d >= base) {
          bad();
          return;
        }
        v = v * base + d;
        if (v > (unsigned __int128)UINT64_MAX) over = true;
      }
      t.kind = Tok::Int;
      set_int(t, v, over);
      return;
    }
    bool is_float = false;
    while (i_ < s_.size() && std::isdigit((unsigned char)s_[i_])) adv();
    if (i_ < s_.size() && s_[i_] == '.' && i_ + 1 < s_.size() && std::isdigit((unsigned char)s_[i_ + 1])) {
      is_float = true;
      adv();
      while (i_ < s_.size() && std::isdigit((unsigned char)s_[i_])) adv();
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      std::size_t save = i_;
      int sl = line_, sc = col_;
      adv();
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) adv();
      if (i_ < s_.size() && std::isdigit((unsigned char)s_[i_])) {
        is_float = true;
        while (i_ < s_.size() && std::isdigit((unsigned char)s_[i_])) adv();
      } else {
        i_ = save;
        line_ = sl;
        col_ = sc;
      }
    }
    if (i_ < s_.size() && ident_char(s_[i_])) {
      bad();
      return;
    }
    (void)is_bad;
    std::string txt(s_.substr(b, i_ - b));
    t.text = txt;
    if (is_float) {
      t.kind = Tok::Float;
      errno = 0;
      t.fval = std::strtod(txt.c_str(), nullptr);
      if (std::isinf(t.fval))
        syntax_error("FloatingPointOverflow", "float literal out of range: " + txt, t.line, t.col);
    } else {
      t.kind = Tok::Int;
      unsigned __int128 v = 0;
      bool over = false;
      for (char ch : txt) {
        v = v * 10 + (ch - '0');
        if (v > (unsigned __int128)UINT64_MAX) {
          over = true;
          v = (unsigned __int128)UINT64_MAX + 1;
        }
      }
      set_int(t, v, over);
    }
  }

  void set_int(Token& t, unsigned __int128 v, bool over) {
    if (over || v > (unsigned __int128)INT64_MAX + 1) {
      t.int_overflow = true;
      t.uval = UINT64_MAX;
    } else if (v == (unsigned __int128)INT64_MAX + 1) {
      t.int_overflow = true;  // only valid when negated
      t.uval = static_cast<std::uint64_t>(v);
    } else {
      t.uval = static_cast<std::uint64_t>(v);
    }
    if (t.text.empty()) t.text = std::string(s_.substr(t.offset, i_ - t.offset));
  }

  void string(Token& t, char q) {
    adv();
    t.kind = Tok::String;
    for (;;) {
      if (i_ >= s_.size()) syntax_error("UnexpectedSyntax", "unterminated string literal", t.line, t.col);
      char c = s_[i_];
      if (c == q) {
        adv();
        return;
      }
      if (c == '\\') {
        int el = line_, ec = col_;
        adv();
        if (i_ >= s_.size()) syntax_error("UnexpectedSyntax", "unterminated string literal", t.line, t.col);
        char e = s_[i_];
        adv();
        switch (e) {
          case 'n': t.text += '\n'; break;
          case 't': t.text += '\t'; break;
          case 'r': t.text += '\r'; break;
          case 'b': t.text += '\b'; break;
          case 'f': t.text += '\f'; break;
          case '0': t.text += '\0'; break;
          case '\\': t.text += '\\'; break;
          case '\'': t.text += '\''; break;
          case '"': t.text += '"'; break;
          case 'u':
          case 'U': {
            int n = e == 'u' ? 4 : 8;
            std::uint32_t cp = 0;
            for (int k = 0; k < n; ++k) {
              if (i_ >= s_.size() || !std::isxdigit((unsigned char)s_[i_]))
                syntax_error("InvalidUnicodeLiteral", "invalid unicode escape", el, ec);
              char h = s_[i_];
              cp = cp * 16 + (std::isdigit((unsigned char)h) ? h - '0' : std::tolower(h) - 'a' + 10);
              adv();
            }
            if (cp > 0x10FFFF) syntax_error("InvalidUnicodeLiteral", "invalid unicode escape", el, ec);
            append_utf8(t.text, cp);
            break;
          }
          default:
            t.text += '\\';
            t.text += e;
        }
        continue;
      }
      t.text += c;
      adv();
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int line_ = 1, col_ = 1;
};

}  // namespace

namespace {

// Length of the valid UTF-8 sequence at s[i], 0 when invalid.
std::size_t utf8_len(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n;
  std::uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
  else return 0;  // continuation byte, C0/C1 (overlong), F5..FF
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0;
  return n;
}

}  // namespace

bool find_invalid_utf8(std::string_view s, Utf8Problem& where) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // the common case
      if (c == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
      ++i;
      continue;
    }
    std::size_t n = utf8_len(s, i);
    if (n == 0) {
      where = Utf8Problem{i, line, col, c};
      return true;
    }
    i += n;
    ++col;
  }
  return false;
}

void check_utf8(std::string_view text, const std::string& what) {
  Utf8Problem p;
  if (!find_invalid_utf8(text, p)) return;
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", p.byte);
  syntax_error("InvalidUnicodeCharacter",
               what + " is not valid UTF-8: byte " + hex + " at byte offset " + std::to_string(p.offset), p.line,
               p.col);
}

std::string printable_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_len(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::vector<Token> lex(std::string_view text) {
  check_utf8(text);
  return Lexer(text).run();
}

}  // namespace kg::query
