// Stage 2: the parser. Recursive descent over the tokens of lexer.h, producing the AST
// of ast.h. Keywords are case-insensitive. Throws QueryError (SyntaxError) with the
// line/column of the offending token.
#pragma once

#include <string_view>
#include <vector>

#include "query/ast.h"

namespace kg::query {

// One statement (no ';').
Statement parse_statement(std::string_view text);

// Splits a script into statements at ';' outside strings, quoted names and comments.
// Each piece keeps its starting line so errors can name the line in the script.
struct ScriptPiece {
  std::string text;
  int line = 1;  // line of the piece's first character within the script
};
std::vector<ScriptPiece> split_statements(std::string_view script);

}  // namespace kg::query
