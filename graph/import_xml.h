// A small streaming XML pull parser for the importers (graph/import_graphml.cpp): reads
// the file in 1 MiB chunks, never builds a tree, and reports what is wrong as
// FILE:LINE:COL. Handles the XML declaration, processing instructions, comments,
// DOCTYPE (skipped), CDATA, the five predefined entities and character references,
// attribute-value and line-end normalisation; checks well-formedness (matching tags,
// one root, valid UTF-8, characters XML allows). Namespace prefixes are kept in
// qname(); local() strips them.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace kg::xml {

class Reader {
 public:
  enum class Event { Start, End, Text, Eof };

  explicit Reader(const std::string& path);  // throws kg::ExportError
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // The next event. After Start of an empty element (<a/>) comes its End.
  Event next();

  const std::string& qname() const { return name_; }
  std::string_view local() const;
  // Attributes of the last Start: the value of `name` (qualified as written), or null.
  const std::string* attr(std::string_view name) const;
  std::size_t attr_count() const { return nattrs_; }
  const std::string& attr_name(std::size_t i) const { return attrs_[i].first; }
  // Character data of the last Text event (entities decoded, CDATA included).
  const std::string& text() const { return text_; }
  // Where the last event starts (1-based).
  std::uint64_t line() const { return ev_line_; }
  std::uint64_t col() const { return ev_col_; }
  std::size_t depth() const { return stack_.size(); }

  [[noreturn]] void fail(std::uint64_t line, std::uint64_t col, const std::string& msg) const;
  [[noreturn]] void fail_here(const std::string& msg) const { fail(line_, col_, msg); }

 private:
  bool refill();
  int peek() {
    if (pos_ == end_ && !refill()) return -1;
    return static_cast<unsigned char>(buf_[pos_]);
  }
  int get() {
    if (pos_ == end_ && !refill()) return -1;
    unsigned char c = static_cast<unsigned char>(buf_[pos_++]);
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col_;
    }
    return c;
  }
  void expect(char c, const char* what);
  void expect_str(const char* s);
  void skip_ws();
  void read_name(std::string& out);
  // Appends one character of content (c already read) to out: validates UTF-8 and
  // the characters XML allows.
  void append_char(std::string& out, int c);
  void read_reference(std::string& out);
  void skip_until(const char* terminator, const char* what);
  void read_cdata(std::string& out);
  void skip_doctype();

  std::string path_;
  std::FILE* f_ = nullptr;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  std::uint64_t line_ = 1, col_ = 1, ev_line_ = 1, ev_col_ = 1;
  std::vector<std::string> stack_;
  std::string name_, text_;
  std::vector<std::pair<std::string, std::string>> attrs_;
  std::size_t nattrs_ = 0;
  bool pending_end_ = false, root_seen_ = false, root_done_ = false;
};

}  // namespace kg::xml
