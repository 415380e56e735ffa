// Stage 1: the lexer. Turns query text into tokens with line/column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

enum class Tok {
  End,
  Ident,     // name or `quoted name` (quoted = true); keywords are identifiers too
  Int,       // text holds the literal digits (sign-less); ival set when it fits
  Float,
  Bad,       // an invalid number literal (text = the literal); reported by the parser
  String,    // text holds the decoded string
  Param,     // $name, text = name
  Punct,     // text holds the punctuation: ( ) [ ] { } , . .. : ; | + - * / % ^ = <> != < > <= >= =~ += $
};

struct Token {
  Tok kind = Tok::End;
  std::string text;
  bool quoted = false;
  bool int_overflow = false;  // Int literal larger than INT64_MAX (valid only as -9223372036854775808)
  std::uint64_t uval = 0;     // Int magnitude
  double fval = 0;
  int line = 1, col = 1;
  std::size_t offset = 0, end = 0;  // byte range in the source
};

// Throws QueryError (SyntaxError) on bad input, invalid UTF-8 included.
std::vector<Token> lex(std::string_view text);

// The first byte of `text` that is not part of valid UTF-8 (an overlong form, a
// surrogate, a code point above U+10FFFF, a stray or missing continuation byte), with
// its line and column (columns count code points, as the lexer's do); false when the
// text is valid.
struct Utf8Problem {
  std::size_t offset = 0;
  int line = 1, col = 1;
  unsigned char byte = 0;
};
bool find_invalid_utf8(std::string_view text, Utf8Problem& where);
// Throws SyntaxError InvalidUnicodeCharacter at the first invalid byte; `what` names the
// text in the message ("the query", "query file x.cypher").
void check_utf8(std::string_view text, const std::string& what = "the query");
// The text with each invalid byte replaced by U+FFFD (for echoing a line in an error).
std::string printable_utf8(std::string_view text);

}  // namespace kg::query
