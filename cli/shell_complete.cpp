// Tab completion for `kg shell`: keywords, labels, relationship types, property keys,
// parameters and dot-commands, from the open graph.
#include <algorithm>
#include <cctype>
#include <map>

#include "cli/shell.h"

namespace kg::cli::shell {

namespace {

const std::vector<std::string>& keywords() {
  static const std::vector<std::string> k{
      "ALL",     "AND",      "AS",       "ASC",     "ASCENDING", "BY",     "CALL",     "CASE",
      "CONTAINS", "CREATE",  "DELETE",   "DESC",    "DESCENDING", "DETACH", "DISTINCT", "ELSE",
      "END",     "ENDS",     "EXISTS",   "EXPLAIN", "FALSE",     "FOREACH", "IN",      "IS",
      "LIMIT",   "MATCH",    "MERGE",    "NOT",     "NULL",      "ON",     "OPTIONAL", "OR",
      "ORDER",   "PROFILE",  "REMOVE",   "RETURN",  "SET",       "SKIP",   "STARTS",   "THEN",
      "TRUE",    "UNION",    "UNWIND",   "WHEN",    "WHERE",     "WITH",   "XOR",
  };
  return k;
}

const std::vector<std::string>& functions() {
  static const std::vector<std::string> f{
      "abs",        "acos",         "all",        "any",           "asin",           "atan",
      "atan2",      "avg",          "ceil",       "coalesce",      "collect",        "cos",
      "cot",        "count",        "degrees",    "e",             "elementId",      "endNode",
      "exists",     "exp",          "floor",      "haversin",      "head",           "id",
      "isEmpty",    "keys",         "labels",     "last",          "left",           "length",
      "log",        "log10",        "lower",      "ltrim",         "max",            "min",
      "nodes",      "none",         "percentileCont", "percentileDisc", "pi",       "properties",
      "radians",    "rand",         "range",      "reduce",        "relationships",  "replace",
      "reverse",    "right",        "round",      "rtrim",         "shortestPath",   "allShortestPaths",
      "sign",       "sin",          "single",     "size",          "split",          "sqrt",
      "startNode",  "stDev",        "stDevP",     "substring",     "sum",            "tail",
      "tan",        "timestamp",    "toBoolean",  "toBooleanOrNull", "toFloat",      "toFloatOrNull",
      "toInteger",  "toIntegerOrNull", "toLower", "toString",      "toStringOrNull", "toUpper",
      "trim",       "type",         "upper",      "valueType",
  };
  return f;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A name as it must be written in a query: backticks unless it is a plain identifier.
std::string quoted_name(const std::string& s) {
  bool plain = !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0]));
  for (char c : s)
    if (!is_ident_char(c)) plain = false;
  if (plain) return s;
  std::string o = "`";
  for (char c : s) {
    if (c == '`') o += '`';
    o += c;
  }
  return o + "`";
}

// Whether the text ends inside an unclosed '[' (a relationship pattern or a list).
bool inside_brackets(std::string_view before) {
  for (std::size_t i = before.size(); i-- > 0;) {
    char c = before[i];
    if (c == '[') return true;
    if (c == '(' || c == ')' || c == ']') return false;
  }
  return false;
}

// Whether the text ends inside a string literal or a comment.
bool inside_literal(std::string_view before) {
  char q = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    char c = before[i];
    if (q) {
      if (c == '\\' && q != '`') ++i;
      else if (c == q) q = 0;
    } else if (c == '\'' || c == '"' || c == '`') {
      q = c;
    } else if (c == '/' && i + 1 < before.size() && before[i + 1] == '/') {
      return true;
    }
  }
  return q != 0;
}

}  // namespace

const std::vector<std::string>& dot_commands() {
  static const std::vector<std::string> d{
      ".export", ".headers", ".help", ".maxwidth", ".mode", ".once",  ".open", ".output",
      ".param",  ".params",  ".quit", ".exit",     ".read", ".schema", ".stats", ".timer",
  };
  return d;
}

CompletionKind classify(std::string_view before, std::string_view word) {
  std::size_t first = before.find_first_not_of(" \t");
  if (first == std::string_view::npos && !word.empty() && word[0] == '.') return CompletionKind::DotCommand;
  if (first != std::string_view::npos && before[first] == '.') {
    std::string_view rest = before.substr(first);
    return rest.find_first_of(" \t") == std::string_view::npos ? CompletionKind::DotCommand
                                                               : CompletionKind::DotArgument;
  }
  if (inside_literal(before)) return CompletionKind::None;
  if (before.empty()) return CompletionKind::Keyword;
  char c = before.back();
  if (c == ':') return inside_brackets(before) ? CompletionKind::RelType : CompletionKind::Label;
  if (c == '|') return inside_brackets(before) ? CompletionKind::RelType : CompletionKind::None;
  if (c == '$') return CompletionKind::Parameter;
  if (c == '.') {
    // n.name, `x`.name, (n).name -- but not 1.5
    std::size_t i = before.size() - 1;
    if (i == 0) return CompletionKind::None;
    char p = before[i - 1];
    if (p == '`' || p == ')') return CompletionKind::PropertyKey;
    std::size_t j = i;
    while (j > 0 && is_ident_char(before[j - 1])) --j;
    if (j == i || std::isdigit(static_cast<unsigned char>(before[j]))) return CompletionKind::None;
    return CompletionKind::PropertyKey;
  }
  if (is_ident_char(c)) return CompletionKind::None;  // the word did not start at a break
  return CompletionKind::Keyword;
}

Vocabulary vocabulary_of(const PropertyGraph& g) {
  Vocabulary v;
  for (const auto& [l, n] : g.label_counts()) v.labels.push_back(l);
  for (const auto& [t, n] : g.type_counts()) v.rel_types.push_back(t);
  std::vector<bool> used(g.symbols().size(), false);
  for (NodeId n = 0; n < g.node_id_bound(); ++n)
    if (g.node_alive(n))
      for (const auto& [k, x] : g.node(n).props.entries()) used[k] = true;
  for (RelId r = 0; r < g.rel_id_bound(); ++r)
    if (g.rel_alive(r))
      for (const auto& [k, x] : g.rel(r).props.entries()) used[k] = true;
  for (SymId k = 0; k < used.size(); ++k)
    if (used[k]) v.property_keys.push_back(g.symbols().name(k));
  std::sort(v.property_keys.begin(), v.property_keys.end());
  return v;
}

std::vector<std::string> candidates(CompletionKind kind, std::string_view prefix, const Vocabulary& v,
                                    std::string_view before) {
  std::vector<std::string> out;
  auto names = [&](const std::vector<std::string>& from) {
    for (const auto& s : from) {
      std::string q = quoted_name(s);
      if (starts_with_ci(s, prefix) || starts_with_ci(q, prefix)) out.push_back(q);
    }
  };
  switch (kind) {
    case CompletionKind::Keyword: {
      bool lower = false, upper = false;
      for (char c : prefix) {
        if (std::islower(static_cast<unsigned char>(c))) lower = true;
        if (std::isupper(static_cast<unsigned char>(c))) upper = true;
      }
      for (const auto& k : keywords()) {
        if (!starts_with_ci(k, prefix)) continue;
        std::string s = k;
        if (lower && !upper)
          for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        out.push_back(s);
      }
      if (!prefix.empty())
        for (const auto& f : functions())
          if (starts_with_ci(f, prefix)) out.push_back(f);
      break;
    }
    case CompletionKind::Label: names(v.labels); break;
    case CompletionKind::RelType: names(v.rel_types); break;
    case CompletionKind::PropertyKey: names(v.property_keys); break;
    case CompletionKind::Parameter: names(v.parameters); break;
    case CompletionKind::DotCommand:
      for (const auto& d : dot_commands())
        if (starts_with_ci(d, prefix)) out.push_back(d);
      break;
    case CompletionKind::DotArgument: {
      std::size_t first = before.find_first_not_of(" \t");
      std::string_view rest = before.substr(first);
      std::string cmd(rest.substr(0, rest.find_first_of(" \t")));
      // which argument: count the words after the command
      std::size_t words = 0;
      bool in_word = false;
      for (char c : rest.substr(cmd.size())) {
        if (c == ' ' || c == '\t') in_word = false;
        else if (!in_word) in_word = true, ++words;
      }
      std::vector<std::string> opts;
      if (cmd == ".mode" && words == 0) opts = {"table", "csv", "tsv", "json", "jsonl", "markdown", "line"};
      else if ((cmd == ".headers" || cmd == ".timer") && words == 0) opts = {"on", "off"};
      else if (cmd == ".export" && words == 0) opts = {"graphml", "gexf", "json", "csv", "cypher", "dot"};
      else if (cmd == ".param" && words == 0) opts = v.parameters;
      else if (cmd == ".params" && words == 0) opts = {"clear", "unset"};
      for (const auto& o : opts)
        if (starts_with_ci(o, prefix)) out.push_back(o);
      break;
    }
    case CompletionKind::None: break;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::cli::shell
