#include "graph/import_xml.h"

#include <cerrno>
#include <cstring>

#include "graph/export.h"

namespace kg::xml {

namespace {

constexpr std::size_t kChunk = 1 << 20;

bool is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_name_end(int c) { return c < 0 || is_space(c) || c == '/' || c == '>' || c == '=' || c == '<'; }

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

bool xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

Reader::Reader(const std::string& path) : path_(path) {
  f_ = std::fopen(path.c_str(), "rb");
  if (!f_) throw ExportError(path + ": cannot open: " + std::strerror(errno));
  buf_.resize(kChunk);
  // A UTF-8 byte order mark is allowed before the document.
  if (peek() == 0xEF) {
    if (end_ >= 3 && static_cast<unsigned char>(buf_[1]) == 0xBB && static_cast<unsigned char>(buf_[2]) == 0xBF)
      pos_ = 3;
  }
}

Reader::~Reader() {
  if (f_) std::fclose(f_);
}

bool Reader::refill() {
  if (eof_) return false;
  // Keep nothing: callers never look back.
  std::size_t n = std::fread(buf_.data(), 1, buf_.size(), f_);
  if (n == 0) {
    if (std::ferror(f_)) fail_here("read error");
    eof_ = true;
    pos_ = end_ = 0;
    return false;
  }
  pos_ = 0;
  end_ = n;
  return true;
}

void Reader::fail(std::uint64_t line, std::uint64_t col, const std::string& msg) const {
  throw ExportError(path_ + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + msg);
}

std::string_view Reader::local() const {
  std::string_view n = name_;
  auto c = n.rfind(':');
  return c == std::string_view::npos ? n : n.substr(c + 1);
}

const std::string* Reader::attr(std::string_view name) const {
  for (std::size_t i = 0; i < nattrs_; ++i)
    if (attrs_[i].first == name) return &attrs_[i].second;
  return nullptr;
}

void Reader::expect(char c, const char* what) {
  int got = peek();
  if (got != static_cast<unsigned char>(c)) {
    if (got < 0) fail_here(std::string("unexpected end of file, expected ") + what);
    fail_here(std::string("expected ") + what);
  }
  get();
}

void Reader::expect_str(const char* s) {
  for (; *s; ++s) expect(*s, (std::string("'") + *s + "'").c_str());
}

void Reader::skip_ws() {
  while (is_space(peek())) get();
}

void Reader::read_name(std::string& out) {
  out.clear();
  while (!is_name_end(peek())) out += static_cast<char>(get());
  if (out.empty()) fail_here("expected a name");
}

void Reader::append_char(std::string& out, int c) {
  if (c < 0x80) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      // Report at the character itself.
      fail(line_, col_ - 1, "character U+" + std::to_string(c) + " is not allowed in XML");
    }
    out += static_cast<char>(c);
    return;
  }
  std::uint32_t cp;
  int n;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3;
    cp = c & 0x07;
  } else {
    fail(line_, col_ - 1, "invalid UTF-8");
  }
  std::uint64_t l = line_, co = col_ - 1;
  out += static_cast<char>(c);
  for (int i = 0; i < n; ++i) {
    int d = peek();
    if (d < 0 || (d & 0xC0) != 0x80) fail(l, co, "invalid UTF-8");
    get();
    cp = (cp << 6) | (d & 0x3F);
    out += static_cast<char>(d);
  }
  if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || !xml_char(cp))
    fail(l, co, "invalid UTF-8 or a character XML does not allow");
}

void Reader::read_reference(std::string& out) {
  // '&' already read.
  std::uint64_t l = line_, c = col_ - 1;
  std::string ref;
  for (;;) {
    int ch = get();
    if (ch == ';') break;
    if (ch < 0 || ref.size() > 12 || is_space(ch) || ch == '<' || ch == '&') fail(l, c, "bad entity reference");
    ref += static_cast<char>(ch);
  }
  if (ref == "lt") out += '<';
  else if (ref == "gt") out += '>';
  else if (ref == "amp") out += '&';
  else if (ref == "quot") out += '"';
  else if (ref == "apos") out += '\'';
  else if (ref.size() > 1 && ref[0] == '#') {
    std::uint32_t cp = 0;
    bool hex = ref[1] == 'x';
    std::size_t i = hex ? 2 : 1;
    if (i >= ref.size()) fail(l, c, "bad character reference &" + ref + ";");
    for (; i < ref.size(); ++i) {
      char d = ref[i];
      int v;
      if (d >= '0' && d <= '9') v = d - '0';
      else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
      else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
      else fail(l, c, "bad character reference &" + ref + ";");
      cp = cp * (hex ? 16 : 10) + v;
      if (cp > 0x10FFFF) fail(l, c, "bad character reference &" + ref + ";");
    }
    if (!xml_char(cp)) fail(l, c, "character reference &" + ref + "; is not a character XML allows");
    append_utf8(out, cp);
  } else {
    fail(l, c, "unknown entity &" + ref + ";");
  }
}

void Reader::skip_until(const char* term, const char* what) {
  std::uint64_t l = ev_line_, c = ev_col_;
  const std::size_t n = std::strlen(term);
  char window[8] = {0};  // the last n bytes read
  std::size_t seen = 0;
  for (;;) {
    int ch = get();
    if (ch < 0) fail(l, c, std::string("unterminated ") + what);
    std::memmove(window, window + 1, n - 1);
    window[n - 1] = static_cast<char>(ch);
    if (++seen >= n && std::memcmp(window, term, n) == 0) return;
  }
}

void Reader::read_cdata(std::string& out) {
  std::uint64_t l = ev_line_, c = ev_col_;
  for (;;) {
    int ch = get();
    if (ch < 0) fail(l, c, "unterminated CDATA section");
    if (ch == ']' && peek() == ']') {
      // Look for "]]>": consume ']' runs.
      std::size_t brackets = 1;
      while (peek() == ']') {
        get();
        ++brackets;
      }
      if (peek() == '>') {
        get();
        out.append(brackets - 2, ']');
        return;
      }
      out.append(brackets, ']');
      continue;
    }
    if (ch == '\r') {
      if (peek() == '\n') get();
      out += '\n';
      continue;
    }
    append_char(out, ch);
  }
}

void Reader::skip_doctype() {
  std::uint64_t l = ev_line_, c = ev_col_;
  int depth = 0;
  char quote = 0;
  for (;;) {
    int ch = get();
    if (ch < 0) fail(l, c, "unterminated DOCTYPE");
    if (quote) {
      if (ch == quote) quote = 0;
    } else if (ch == '"' || ch == '\'') {
      quote = static_cast<char>(ch);
    } else if (ch == '[') {
      ++depth;
    } else if (ch == ']') {
      --depth;
    } else if (ch == '>' && depth <= 0) {
      return;
    }
  }
}

Reader::Event Reader::next() {
  if (pending_end_) {
    pending_end_ = false;
    stack_.pop_back();
    if (stack_.empty()) root_done_ = true;
    return Event::End;
  }
  for (;;) {
    ev_line_ = line_;
    ev_col_ = col_;
    int c = peek();
    if (c < 0) {
      if (!stack_.empty()) fail_here("unexpected end of file inside <" + stack_.back() + ">");
      if (!root_seen_) fail_here("no root element: not an XML document");
      return Event::Eof;
    }
    if (c != '<') {
      text_.clear();
      bool blank = true;
      while ((c = peek()) >= 0 && c != '<') {
        get();
        if (c == '&') {
          read_reference(text_);
          blank = false;
        } else if (c == '\r') {
          if (peek() == '\n') get();
          text_ += '\n';
        } else {
          if (!is_space(c)) blank = false;
          append_char(text_, c);
        }
      }
      if (stack_.empty()) {
        if (!blank) fail(ev_line_, ev_col_, "text outside the root element");
        continue;
      }
      return Event::Text;
    }
    get();  // '<'
    c = peek();
    if (c == '?') {
      skip_until("?>", "processing instruction");
      continue;
    }
    if (c == '!') {
      get();
      if (peek() == '-') {
        expect_str("--");
        skip_until("-->", "comment");
        continue;
      }
      if (peek() == '[') {
        expect_str("[CDATA[");
        if (stack_.empty()) fail(ev_line_, ev_col_, "CDATA outside the root element");
        text_.clear();
        read_cdata(text_);
        return Event::Text;
      }
      expect_str("DOCTYPE");
      skip_doctype();
      continue;
    }
    if (c == '/') {
      get();
      read_name(name_);
      skip_ws();
      expect('>', "'>'");
      if (stack_.empty() || stack_.back() != name_)
        fail(ev_line_, ev_col_,
             "closing tag </" + name_ + "> does not match " + (stack_.empty() ? "any open element" : "<" + stack_.back() + ">"));
      stack_.pop_back();
      if (stack_.empty()) root_done_ = true;
      return Event::End;
    }
    // Start tag.
    if (root_done_) fail(ev_line_, ev_col_, "a second root element");
    root_seen_ = true;
    read_name(name_);
    nattrs_ = 0;
    for (;;) {
      bool ws = is_space(peek());
      skip_ws();
      c = peek();
      if (c == '/') {
        get();
        expect('>', "'>' after '/'");
        pending_end_ = true;
        break;
      }
      if (c == '>') {
        get();
        break;
      }
      if (c < 0) fail(ev_line_, ev_col_, "unterminated tag <" + name_ + ">");
      if (!ws) fail_here("expected whitespace before an attribute");
      if (nattrs_ == attrs_.size()) attrs_.emplace_back();
      auto& [an, av] = attrs_[nattrs_];
      std::uint64_t al = line_, ac = col_;
      read_name(an);
      for (std::size_t i = 0; i < nattrs_; ++i)
        if (attrs_[i].first == an) fail(al, ac, "attribute '" + an + "' given twice");
      skip_ws();
      expect('=', "'=' after an attribute name");
      skip_ws();
      int q = peek();
      if (q != '"' && q != '\'') fail_here("expected a quoted attribute value");
      get();
      av.clear();
      for (;;) {
        int ch = get();
        if (ch < 0) fail(al, ac, "unterminated attribute value");
        if (ch == q) break;
        if (ch == '<') fail(line_, col_ - 1, "'<' in an attribute value");
        if (ch == '&') {
          read_reference(av);
        } else if (ch == '\r') {
          if (peek() == '\n') get();
          av += ' ';
        } else if (ch == '\n' || ch == '\t') {
          av += ' ';
        } else {
          append_char(av, ch);
        }
      }
      ++nattrs_;
    }
    stack_.push_back(name_);
    return Event::Start;
  }
}

}  // namespace kg::xml
