// Hostile query text: nesting limits of the parser and UTF-8 checks of the lexer
// (docs/RELIABILITY.md). Errors are SyntaxErrors with the line and column of the place.
#include <gtest/gtest.h>

#include <string>

#include "query/errors.h"
#include "query/lexer.h"
#include "query/parser.h"

using namespace kg::query;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

QueryError parse_error(const std::string& text) {
  try {
    parse_statement(text);
  } catch (const QueryError& e) {
    return e;
  }
  ADD_FAILURE() << "no error for a query of " << text.size() << " bytes";
  return QueryError("", "", "");
}

std::string source(const std::string& text, const ExprP& e) { return text.substr(e->begin, e->end - e->begin); }

}  // namespace

TEST(QueryInputLimits, BracketsNestUpTo400Levels) {
  EXPECT_NO_THROW(parse_statement("RETURN " + repeat("(", 399) + "1" + repeat(")", 399)));
  QueryError e = parse_error("RETURN " + repeat("(", 10000) + "1" + repeat(")", 10000));
  EXPECT_EQ(e.cls, "SyntaxError");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.col, 8 + 400);  // the 401st level
  EXPECT_NE(std::string(e.what()).find("nested too deeply"), std::string::npos) << e.what();
  e = parse_error("RETURN 1,\n  " + repeat("[", 500) + repeat("]", 500));
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.col, 3 + 400);
  e = parse_error("RETURN " + repeat("{a: ", 1000) + "1" + repeat("}", 1000));
  EXPECT_EQ(e.cls, "SyntaxError");
  e = parse_error("RETURN " + repeat("abs(", 1000) + "1" + repeat(")", 1000));
  EXPECT_EQ(e.cls, "SyntaxError");
}

TEST(QueryInputLimits, OperatorChainsUpTo10000Deep) {
  // 10,000 additions: accepted, and built left-associative.
  std::string sum = "RETURN 1" + repeat(" + 1", 10000) + " AS s";
  Statement st = parse_statement(sum);
  ExprP e = st.parts[0].clauses[0].proj.items[0].expr;
  int depth = 0;
  for (ExprP x = e; x->kind == EK::Binary; x = x->kids[0]) ++depth;
  EXPECT_EQ(depth, 10000);
  EXPECT_EQ(e->kids[1]->lit.as_int(), 1);
  // One more: refused at the operator that goes over (the 10,001st '+', column 8 + 4 * 10000 + 2).
  QueryError err = parse_error("RETURN 1" + repeat(" + 1", 10001));
  EXPECT_EQ(err.cls, "SyntaxError");
  EXPECT_EQ(err.line, 1);
  EXPECT_EQ(err.col, 8 + 4 * 10000 + 2);
  EXPECT_NE(std::string(err.what()).find("10000 operators deep"), std::string::npos) << err.what();
  // Every kind of chain counts.
  for (const std::string& q : {"RETURN true" + repeat(" AND true", 20000), "RETURN " + repeat("NOT ", 20000) + "true",
                               "RETURN " + repeat("-", 20000) + "x", "WITH {} AS m RETURN m" + repeat(".a", 20000),
                               "MATCH (n) SET n" + repeat(".a", 20000) + " = 1", "RETURN 2" + repeat(" ^ 2", 20000),
                               "RETURN [1]" + repeat("[0]", 20000), "RETURN 'a'" + repeat(" STARTS WITH 'a'", 20000),
                               "RETURN x" + repeat(" IS NULL", 20000)})
    EXPECT_EQ(parse_error(q).cls, "SyntaxError") << q.substr(0, 40);
}

TEST(QueryInputLimits, PrefixOperatorsParseWithoutRecursion) {
  std::string q = "RETURN NOT NOT NOT true AS a, - -1 AS b, -+-2.5 AS c";
  Statement st = parse_statement(q);
  auto& items = st.parts[0].clauses[0].proj.items;
  ExprP a = items[0].expr;
  EXPECT_EQ(source(q, a), "NOT NOT NOT true");
  EXPECT_EQ(source(q, a->kids[0]), "NOT NOT true");
  EXPECT_EQ(a->kind, EK::Unary);
  EXPECT_EQ(a->op, Op::Not);
  EXPECT_EQ(a->kids[0]->kids[0]->kids[0]->kind, EK::Literal);
  EXPECT_EQ(a->pos.col, 8);
  EXPECT_EQ(a->kids[0]->pos.col, 12);
  ExprP b = items[1].expr;  // Neg over the literal -1
  EXPECT_EQ(b->kind, EK::Unary);
  EXPECT_EQ(b->op, Op::Neg);
  EXPECT_EQ(b->kids[0]->kind, EK::Literal);
  EXPECT_EQ(b->kids[0]->lit.as_int(), -1);
  EXPECT_EQ(source(q, b), "- -1");
  ExprP c = items[2].expr;  // Neg(Pos(literal -2.5))
  EXPECT_EQ(c->op, Op::Neg);
  EXPECT_EQ(c->kids[0]->op, Op::Pos);
  EXPECT_EQ(c->kids[0]->kids[0]->kind, EK::Literal);
  EXPECT_DOUBLE_EQ(c->kids[0]->kids[0]->lit.as_float(), -2.5);
  EXPECT_EQ(source(q, c), "-+-2.5");
  // The smallest integer is still a literal.
  Statement m = parse_statement("RETURN -9223372036854775808 AS x");
  EXPECT_EQ(m.parts[0].clauses[0].proj.items[0].expr->lit.as_int(), INT64_MIN);
  // 10,000 minus signs are within the limit.
  EXPECT_NO_THROW(parse_statement("RETURN " + repeat("-", 10000) + "1"));
}

TEST(QueryInputLimits, InvalidUtf8IsRefusedWhereItIs) {
  struct Case {
    std::string text;
    int line, col;
    unsigned char byte;
  };
  for (const Case& c : std::vector<Case>{
           {"RETURN 'a\xff'", 1, 10, 0xFF},
           {"RETURN 1\n// caf\xc3\xa9 \xc0\xaf\nRETURN 2", 2, 9, 0xC0},     // overlong, in a comment
           {"RETURN '\xed\xa0\x80'", 1, 9, 0xED},                          // a surrogate
           {"RETURN '\xf4\x90\x80\x80'", 1, 9, 0xF4},                      // beyond U+10FFFF
           {"RETURN '\xe2\x82'", 1, 9, 0xE2},                              // truncated
           {"RETURN `\xe9t\xe9`", 1, 9, 0xE9},                             // Latin-1 in a name
           {"RETURN '\xf0\x9f\x98\x80' + '\x80'", 1, 15, 0x80},            // stray continuation
       }) {
    Utf8Problem p;
    ASSERT_TRUE(find_invalid_utf8(c.text, p)) << c.text;
    EXPECT_EQ(p.line, c.line) << c.text;
    EXPECT_EQ(p.col, c.col) << c.text;
    EXPECT_EQ(p.byte, c.byte) << c.text;
    try {
      lex(c.text);
      ADD_FAILURE() << "lexed " << c.text;
    } catch (const QueryError& e) {
      EXPECT_EQ(e.cls, "SyntaxError");
      EXPECT_EQ(e.line, c.line);
      EXPECT_EQ(e.col, c.col);
      EXPECT_NE(std::string(e.what()).find("not valid UTF-8"), std::string::npos) << e.what();
    }
  }
  Utf8Problem p;
  EXPECT_FALSE(find_invalid_utf8("RETURN 'caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80' AS `\xc3\xa9t\xc3\xa9`", p));
  EXPECT_NO_THROW(lex("RETURN 'caf\xc3\xa9 \xf0\x9f\x98\x80'"));
  EXPECT_EQ(printable_utf8("a\xff" "b\xc3\xa9"), "a\xef\xbf\xbd" "b\xc3\xa9");
}
