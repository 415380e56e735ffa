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

// Throws QueryError (SyntaxError) on bad input.
std::vector<Token> lex(std::string_view text);

}  // namespace kg::query
