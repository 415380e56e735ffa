// The statement splitter of `kg shell`: ';' ends a statement unless it is inside a
// string ('...', "...", `...`) or a comment (// to the end of the line, /* ... */).
#include <cctype>

#include "cli/shell.h"

namespace kg::cli::shell {

std::vector<Statement> Splitter::feed(std::string_view text) {
  std::vector<Statement> out;
  for (char c : text) {
    // position of c
    int cl = line_, cc = col_;
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++col_;
    }
    if (buf_.empty()) {
      start_line_ = cl;
      start_col_ = cc;
    }
    char prev = prev_;
    prev_ = c;
    if (quote_) {
      buf_ += c;
      if (escape_) escape_ = false;
      else if (c == '\\' && quote_ != '`') escape_ = true;
      else if (c == quote_) quote_ = 0;
      continue;
    }
    if (line_comment_) {
      buf_ += c;
      if (c == '\n') line_comment_ = false;
      continue;
    }
    if (block_comment_) {
      buf_ += c;
      if (c == '/' && prev == '*') {
        block_comment_ = false;
        prev_ = 0;  // "*/*" does not reopen
      }
      continue;
    }
    if (c == '/' && prev == '/') {
      // the first '/' was taken as content; it is the start of a comment
      line_comment_ = true;
      pending_slash_ = false;
      buf_ += c;
      continue;
    }
    if (c == '*' && prev == '/') {
      block_comment_ = true;
      pending_slash_ = false;
      buf_ += c;
      prev_ = 0;  // "/*/" does not close
      continue;
    }
    if (c == ';') {
      if (pending_slash_) has_content_ = true;
      pending_slash_ = false;
      if (has_content_) out.push_back({buf_, start_line_, start_col_});
      buf_.clear();
      has_content_ = false;
      prev_ = 0;
      continue;
    }
    buf_ += c;
    if (c == '\'' || c == '"' || c == '`') {
      quote_ = c;
      has_content_ = true;
    } else if (c == '/') {
      // content only if no comment follows; decided when the next character comes
      pending_slash_ = true;
      continue;
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      has_content_ = true;
    }
    if (pending_slash_) {
      has_content_ = true;  // a '/' that did not start a comment
    }
    pending_slash_ = false;
  }
  // a buffer that holds nothing but space is dropped so positions restart cleanly
  if (!pending()) buf_.clear();
  return out;
}

std::vector<Statement> Splitter::finish() {
  std::vector<Statement> out;
  if (pending_slash_) has_content_ = true;
  if (has_content_) out.push_back({buf_, start_line_, start_col_});
  discard();
  return out;
}

void Splitter::discard() {
  buf_.clear();
  quote_ = 0;
  escape_ = false;
  line_comment_ = false;
  block_comment_ = false;
  has_content_ = false;
  pending_slash_ = false;
  prev_ = 0;
}

}  // namespace kg::cli::shell
