#include <gtest/gtest.h>

#include "query/errors.h"
#include "query/lexer.h"

using namespace kg::query;

TEST(QueryLexer, TokensCarryKindTextAndPosition) {
  auto t = lex("MATCH (n:`my label`)\n  RETURN n.x, 'a\\'b', $p, 0x1F, 2.5e1");
  ASSERT_GE(t.size(), 10u);
  EXPECT_EQ(t[0].kind, Tok::Ident);
  EXPECT_EQ(t[0].text, "MATCH");
  EXPECT_EQ(t[1].text, "(");
  EXPECT_EQ(t[4].kind, Tok::Ident);
  EXPECT_TRUE(t[4].quoted);
  EXPECT_EQ(t[4].text, "my label");
  EXPECT_EQ(t[6].text, "RETURN");
  EXPECT_EQ(t[6].line, 2);
  EXPECT_EQ(t[6].col, 3);
  bool saw_string = false, saw_param = false, saw_hex = false, saw_float = false;
  for (auto& k : t) {
    if (k.kind == Tok::String && k.text == "a'b") saw_string = true;
    if (k.kind == Tok::Param && k.text == "p") saw_param = true;
    if (k.kind == Tok::Int && k.uval == 31) saw_hex = true;
    if (k.kind == Tok::Float && k.fval == 25.0) saw_float = true;
  }
  EXPECT_TRUE(saw_string && saw_param && saw_hex && saw_float);
  EXPECT_EQ(t.back().kind, Tok::End);
}

TEST(QueryLexer, TwoCharacterPunctuationAndComments) {
  auto t = lex("a <> b // comment\n<= >= =~ += .. /* x */ !=");
  std::vector<std::string> p;
  for (auto& k : t)
    if (k.kind == Tok::Punct) p.push_back(k.text);
  EXPECT_EQ(p, (std::vector<std::string>{"<>", "<=", ">=", "=~", "+=", "..", "!="}));
}

TEST(QueryLexer, UnicodeEscapesAndErrors) {
  auto t = lex("'\\u00e9'");
  EXPECT_EQ(t[0].text, "\xc3\xa9");
  EXPECT_THROW(lex("'unterminated"), QueryError);
  try {
    lex("RETURN 'x' \xe2\x80\x94 1");
    FAIL() << "expected an error";
  } catch (const QueryError& e) {
    EXPECT_EQ(e.cls, "SyntaxError");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.col, 12);
  }
  // an invalid number becomes a Bad token the parser reports
  auto b = lex("0x1G");
  EXPECT_EQ(b[0].kind, Tok::Bad);
  auto o = lex("9223372036854775808");
  EXPECT_TRUE(o[0].int_overflow);
}
