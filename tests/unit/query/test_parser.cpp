#include <gtest/gtest.h>

#include "query/errors.h"
#include "query/parser.h"

using namespace kg::query;

TEST(QueryParser, ClausesPatternsAndPositions) {
  Statement st = parse_statement("MATCH p = (a:person {name: 'x'})-[r:knows|likes*1..3]->(b)\nWHERE a.age > 3 RETURN b");
  ASSERT_EQ(st.parts.size(), 1u);
  auto& cl = st.parts[0].clauses;
  ASSERT_EQ(cl.size(), 2u);
  EXPECT_EQ(cl[0].kind, Clause::Match);
  const PatternPart& p = *cl[0].patterns[0];
  EXPECT_EQ(p.path_var, "p");
  ASSERT_EQ(p.nodes.size(), 2u);
  EXPECT_EQ(p.nodes[0].labels, std::vector<std::string>{"person"});
  EXPECT_EQ(p.nodes[0].pos.col, 11);
  const RelPat& r = p.rels[0];
  EXPECT_EQ(r.types, (std::vector<std::string>{"knows", "likes"}));
  EXPECT_TRUE(r.varlen);
  EXPECT_EQ(r.min_hops, 1);
  EXPECT_EQ(r.max_hops, 3);
  EXPECT_EQ(r.dir, Dir::Out);
  ASSERT_TRUE(cl[0].where);
  EXPECT_EQ(cl[0].where->kind, EK::Compare);
  EXPECT_EQ(cl[0].where->pos.line, 2);
  EXPECT_EQ(cl[1].kind, Clause::Return);
}

TEST(QueryParser, OperatorPrecedence) {
  Statement st = parse_statement("RETURN 1 + 2 * 3 AS x, NOT true = false AS y, -2 ^ 2 AS z");
  auto& items = st.parts[0].clauses[0].proj.items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].expr->op, Op::Add);
  EXPECT_EQ(items[0].expr->kids[1]->op, Op::Mul);
  EXPECT_EQ(items[1].expr->kind, EK::Unary);
  EXPECT_EQ(items[1].expr->kids[0]->kind, EK::Compare);
  EXPECT_EQ(items[2].expr->op, Op::Pow);
  EXPECT_EQ(items[2].alias, "z");
}

TEST(QueryParser, ColumnNamesAreTheExpressionText) {
  Statement st = parse_statement("MATCH (n) RETURN n.name, count( * ), toUpper(n.x)");
  auto& items = st.parts[0].clauses[1].proj.items;
  EXPECT_EQ(items[0].alias, "n.name");
  EXPECT_EQ(items[1].alias, "count( * )");
  EXPECT_EQ(items[2].alias, "toUpper(n.x)");
}

TEST(QueryParser, ExpressionsOfAllKinds) {
  Statement st = parse_statement(
      "RETURN [x IN range(1, 3) WHERE x > 1 | x * 2], CASE WHEN true THEN 1 ELSE 2 END, {a: 1}.a, [1, 2][0..1], "
      "all(x IN [1] WHERE x = 1), reduce(s = 0, x IN [1] | s + x), $p, 'a' STARTS WITH 'b', 1 IS NOT NULL");
  auto& items = st.parts[0].clauses[0].proj.items;
  ASSERT_EQ(items.size(), 9u);
  EXPECT_EQ(items[0].expr->kind, EK::ListComp);
  EXPECT_EQ(items[1].expr->kind, EK::Case);
  EXPECT_EQ(items[2].expr->kind, EK::Prop);
  EXPECT_EQ(items[3].expr->kind, EK::Slice);
  EXPECT_EQ(items[4].expr->kind, EK::Quantifier);
  EXPECT_EQ(items[5].expr->kind, EK::Reduce);
  EXPECT_EQ(items[6].expr->kind, EK::Param);
  EXPECT_EQ(items[7].expr->op, Op::StartsWith);
  EXPECT_EQ(items[8].expr->op, Op::IsNotNull);
}

TEST(QueryParser, WritingClausesAndUnion) {
  Statement st = parse_statement(
      "MERGE (a {k: 1}) ON CREATE SET a.c = 1 ON MATCH SET a += {m: 2}, a:L WITH a DETACH DELETE a "
      "UNION ALL RETURN 1 AS x");
  ASSERT_EQ(st.parts.size(), 2u);
  EXPECT_TRUE(st.union_all[0]);
  auto& c = st.parts[0].clauses;
  EXPECT_EQ(c[0].kind, Clause::Merge);
  EXPECT_EQ(c[0].set_items.size(), 1u);
  EXPECT_EQ(c[0].on_match.size(), 2u);
  EXPECT_EQ(c[0].on_match[0].kind, SetItem::Merge);
  EXPECT_EQ(c[0].on_match[1].kind, SetItem::Labels);
  EXPECT_EQ(c[2].kind, Clause::Delete);
  EXPECT_TRUE(c[2].detach);
}

TEST(QueryParser, PatternPredicateVersusParenthesis) {
  Statement st = parse_statement("MATCH (a) WHERE (a)-->() AND (1 + 2) = 3 RETURN a");
  const Expr& w = *st.parts[0].clauses[0].where;
  EXPECT_EQ(w.op, Op::And);
  EXPECT_EQ(w.kids[0]->kind, EK::PatternPred);
  EXPECT_EQ(w.kids[1]->kind, EK::Compare);
}

TEST(QueryParser, ErrorsNameThePlace) {
  try {
    parse_statement("MATCH (a:person RETURN a");
    FAIL();
  } catch (const QueryError& e) {
    EXPECT_EQ(e.cls, "SyntaxError");
    EXPECT_EQ(e.code, "UnexpectedSyntax");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.col, 17);
    EXPECT_NE(std::string(e.what()).find("expected ')'"), std::string::npos);
  }
  EXPECT_THROW(parse_statement("RETURN 9223372036854775808"), QueryError);
  EXPECT_NO_THROW(parse_statement("RETURN -9223372036854775808"));
  EXPECT_THROW(parse_statement("MATCH (a)-[:x..2]->(b) RETURN a"), QueryError);
}

TEST(QueryParser, SplitStatements) {
  auto v = split_statements("CREATE (a); // x; y\nMATCH (n) RETURN ';' AS s;\n\n RETURN 1");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1].line, 2);
  EXPECT_NE(v[1].text.find("';'"), std::string::npos);
  EXPECT_EQ(v[2].line, 4);
}
