// `kg query`: run openCypher statements against a store (shared/CLI.md).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "cli/shell.h"
#include "graph/export.h"
#include "graph/store.h"
#include "query/binder.h"
#include "query/format.h"
#include "query/lexer.h"
#include "query/parser.h"
#include "query/session.h"

namespace kg::cli {

namespace {

struct QueryOptions {
  std::string store;
  bool read_only = false;
  std::string format;
  std::vector<std::string> param;
  std::string params;
  std::string expr;
  std::string positional;
  std::string file;
  double timeout = 0;
  std::uint64_t max_rows = 0;
};

// Prints the error headline, the offending query line and a caret under the column.
void report(const query::QueryError& e, const std::string& text, int line_offset) {
  query::QueryError shown = e;
  if (shown.line > 0) shown.line += line_offset;
  std::cerr << shown.headline() << '\n';
  if (e.line > 0) {
    std::istringstream in(text);
    std::string l;
    for (int i = 1; std::getline(in, l); ++i) {
      if (i == e.line) {
        l = query::printable_utf8(l);  // never echo bytes that are not UTF-8
        std::cerr << l << '\n';
        std::string caret;
        // column counts code points; keep tabs so the caret lines up
        int col = 1;
        for (std::size_t k = 0; k < l.size() && col < e.col; ++k) {
          unsigned char c = l[k];
          if ((c & 0xC0) == 0x80) continue;
          caret += c == '\t' ? '\t' : ' ';
          ++col;
        }
        std::cerr << caret << "^\n";
        break;
      }
    }
  } else {
    std::cerr << query::printable_utf8(text) << '\n';
  }
}

// Whether any statement of the script compiles to one that writes. A statement that does
// not compile stops the script there, so the ones after it do not count.
bool script_writes(const std::vector<query::ScriptPiece>& pieces) {
  for (const auto& p : pieces) {
    try {
      query::Statement st = query::parse_statement(p.text);
      query::bind_statement(st, p.text);
      if (st.writes) return true;
    } catch (const std::exception&) {
      return false;
    }
  }
  return false;
}

void collect_subgraph(const Value& v, Subgraph& sub) {
  switch (v.kind()) {
    case Value::Kind::Node: sub.nodes.push_back(v.as_node().id); break;
    case Value::Kind::Rel: sub.rels.push_back(v.as_rel().id); break;
    case Value::Kind::Path:
      for (auto n : v.as_path().nodes) sub.nodes.push_back(n);
      for (auto r : v.as_path().rels) sub.rels.push_back(r);
      break;
    case Value::Kind::List:
      for (const auto& x : v.as_list()) collect_subgraph(x, sub);
      break;
    case Value::Kind::Map:
      for (const auto& [k, x] : v.as_map()) collect_subgraph(x, sub);
      break;
    default: break;
  }
}

int run_query(const QueryOptions& o) {
  // the statements
  std::string text;
  int sources = (!o.expr.empty()) + (!o.positional.empty()) + (!o.file.empty());
  if (sources != 1) {
    print_error("query: give exactly one of -e QUERY, QUERY or -f FILE");
    return kExitUsage;
  }
  if (!o.file.empty()) {
    std::ifstream in(o.file, std::ios::binary);
    if (!in) {
      print_error(o.file + ": cannot read file");
      return kExitRuntime;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  } else {
    text = !o.expr.empty() ? o.expr : o.positional;
  }
  // Not UTF-8: refused before anything runs, at the first bad byte.
  try {
    query::check_utf8(text, o.file.empty() ? "the query" : "the query file " + o.file);
  } catch (const query::QueryError& e) {
    report(e, text, 0);
    return kExitUsage;
  }
  // the format
  std::string fmt = o.format;
  if (fmt.empty()) fmt = isatty(STDOUT_FILENO) ? "table" : "json";
  query::Format format = query::Format::Json;
  bool graphml = fmt == "graphml";
  if (!graphml && !query::parse_format(fmt, format)) {
    print_error("query: unknown format '" + fmt + "' (table, csv, tsv, json, jsonl, graphml)");
    return kExitUsage;
  }
  // parameters
  Map params;
  try {
    if (!o.params.empty()) {
      Value v = value_from_json(o.params);
      if (!v.is_map()) {
        print_error("query: --params must be a JSON object");
        return kExitUsage;
      }
      params = v.as_map();
    }
    for (const auto& p : o.param) {
      auto eq = p.find('=');
      if (eq == std::string::npos || eq == 0) {
        print_error("query: --param expects NAME=JSON, got '" + p + "'");
        return kExitUsage;
      }
      params[p.substr(0, eq)] = value_from_json(p.substr(eq + 1));
    }
  } catch (const StoreError& e) {
    print_error(std::string("query: bad parameter JSON: ") + e.what());
    return kExitUsage;
  }
  std::vector<query::ScriptPiece> pieces;
  if (!o.file.empty()) {
    pieces = query::split_statements(text);
  } else {
    pieces = query::split_statements(text);
    if (pieces.size() <= 1) pieces = {{text, 1}};
  }
  if (pieces.empty()) {
    print_error("query: no statement to run");
    return kExitUsage;
  }
  // A script that may write holds the store's writer lock from before it reads the store
  // until after its last save: a second writer waits, then reads what this one wrote.
  std::optional<StoreLock> lock;
  if (!o.read_only && !o.store.empty() && script_writes(pieces)) {
    try {
      lock.emplace(o.store);
    } catch (const std::exception& e) {
      print_error(e.what());
      return kExitRuntime;
    }
  }
  // the graph
  PropertyGraph g;
  bool exists = !o.store.empty() && std::filesystem::exists(o.store);
  if (exists) {
    try {
      g = load_store(o.store);
    } catch (const std::exception& e) {
      print_error(e.what());
      return kExitRuntime;
    }
  }
  query::Session session(g);
  session.set_limits(query::Limits{o.timeout, o.max_rows});
  query::Result last;
  for (const auto& piece : pieces) {
    try {
      last = session.run(piece.text, params, o.read_only);
    } catch (const query::QueryError& e) {
      report(e, piece.text, piece.line - 1);
      if (e.code == "TimeLimitExceeded") std::cerr << "(raise or drop --timeout to let it finish)\n";
      if (e.code == "RowLimitExceeded") std::cerr << "(raise or drop --max-rows to let it finish)\n";
      return e.compile_time ? kExitUsage : kExitRuntime;
    } catch (const std::bad_alloc&) {
      std::cerr << "ResourceError: OutOfMemory: the statement needs more memory than the process may use\n"
                << piece.text << "\n(--max-rows caps the rows a statement holds)\n";
      return kExitRuntime;
    } catch (const std::exception& e) {
      std::cerr << "Error: " << e.what() << '\n';
      return kExitRuntime;
    }
    if (session.last_changed() && !o.store.empty()) {
      try {
        save_store(g, o.store);
      } catch (const std::exception& e) {
        print_error(e.what());
        return kExitRuntime;
      }
    }
  }
  lock.reset();  // every change is saved: other writers may go on while this one prints
  if (graphml) {
    Subgraph sub;
    for (const auto& row : last.rows)
      for (const auto& v : row) collect_subgraph(v, sub);
    std::sort(sub.nodes.begin(), sub.nodes.end());
    sub.nodes.erase(std::unique(sub.nodes.begin(), sub.nodes.end()), sub.nodes.end());
    std::sort(sub.rels.begin(), sub.rels.end());
    sub.rels.erase(std::unique(sub.rels.begin(), sub.rels.end()), sub.rels.end());
    try {
      kg::export_graph(g, &sub, "graphml", std::cout, ExportOptions{});
    } catch (const std::exception& e) {
      print_error(e.what());
      return kExitRuntime;
    }
    return kExitOk;
  }
  query::write_result(last, g, format, std::cout);
  std::cout.flush();
  return kExitOk;
}

}  // namespace

Command add_query_command(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* sub = app.add_subcommand("query", "Run openCypher statements (separated by ';') against a store");
  sub->add_option("-g,--graph", o->store, "the store (a JSON file; created at the first write when missing)");
  sub->add_flag("--read-only", o->read_only, "fail on statements that write; never save");
  sub->add_option("--format", o->format, "table|csv|tsv|json|jsonl|graphml (default: table on a terminal, else json)");
  sub->add_option("--param", o->param, "a parameter NAME=JSON (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--params", o->params, "parameters as one JSON object");
  sub->add_option("-e,--execute", o->expr, "the statements to run");
  sub->add_option("-f,--file", o->file, "a file of statements ('//' comments allowed)");
  sub->add_option("query", o->positional, "the statements to run");
  sub->add_option("--timeout", o->timeout,
                  "stop a statement that runs longer than SECONDS (exit 1, nothing written; default: no limit)")
      ->option_text("SECONDS")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--max-rows", o->max_rows,
                  "stop a statement that holds more than N rows in memory at once: sort, DISTINCT and "
                  "write buffers, aggregation groups, collected values, the result (exit 1; default: no limit)")
      ->option_text("N");
  return Command{sub, [o]() { return shell::run_on_large_stack([o]() { return run_query(*o); }); }};
}

}  // namespace kg::cli
