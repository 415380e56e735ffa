// `kg shell`: the interactive query shell (and its scripted use from a pipe).
//
// Pieces, each in its own file so they can be read (and reasoned about) alone:
//   shell_text.cpp     display width (utf8proc), truncation, result rendering in every .mode
//   shell_input.cpp    the statement splitter (';' outside strings and comments, positions kept)
//   shell_complete.cpp completion candidates from the open graph, and the readline glue
//   shell.cpp          the Shell: the REPL loop, signals, history, dot-commands, saving
#pragma once

#include <chrono>
#include <cstddef>
#include <fstream>
#include <functional>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "query/errors.h"
#include "query/session.h"

namespace kg::cli::shell {

// ---------------------------------------------------------------- stack (shell_stack.cpp)

// Runs f() on a thread with a large stack (256 MB, 1 GB under AddressSanitizer; only the
// pages used are ever touched) and returns what it returns; an exception is passed back.
// The binder, planner and evaluator walk an expression tree recursively and the parser
// lets a tree be 10,000 operators deep, which the 8 MB main stack cannot hold under ASan.
// While f runs the calling thread blocks every signal, so signal handlers (SIGINT
// cancels a statement) run on f's thread. `kg query` and `kg shell` run inside it.
int run_on_large_stack(const std::function<int()>& f);

// ---------------------------------------------------------------- text (shell_text.cpp)

// Columns a terminal gives `s` (UTF-8): per grapheme cluster the widest code point's
// utf8proc_charwidth (so a base letter with combining marks is 1, a CJK ideograph or an
// emoji 2); control characters 0; a byte that is not valid UTF-8 counts 1.
std::size_t display_width(std::string_view s);

// `s` cut to at most `max` columns, whole grapheme clusters only, ending with "…" when
// something was cut. max == 0: no limit.
std::string truncate_to_width(std::string_view s, std::size_t max);

enum class Mode { Table, Csv, Tsv, Json, Jsonl, Markdown, Line };
bool parse_mode(std::string_view name, Mode& out);
const char* mode_name(Mode m);
// "table|csv|tsv|json|jsonl|markdown|line"
std::string mode_names();

struct RenderOptions {
  Mode mode = Mode::Table;
  bool headers = true;
  std::size_t max_width = 60;   // per table cell, in columns; 0 = no limit
  std::size_t term_width = 0;   // shrink wide columns of a table to fit; 0 = do not
  bool unicode_box = false;     // box-drawing characters instead of +-|
  bool color = false;           // bold headers
};

// Writes the rows of `r` in `o.mode` (no footer). A statement without columns writes
// nothing; EXPLAIN/PROFILE output (r.is_plan) is written as lines of text in every mode
// but json/jsonl.
void render(const query::Result& r, const PropertyGraph& g, const RenderOptions& o, std::ostream& out);

// "3 rows", "1 row, 2 nodes created", "1 node created, 1 property set", "(no changes, no records)"
std::string summary(const query::Result& r);
// "0.42 ms", "12.3 ms", "1.25 s"
std::string format_duration(std::chrono::nanoseconds d);

// The error as CLI.md shows it: the headline, then when the position is known the line
// of `source` it names and a caret under the column (display width, tabs kept).
// `line_offset` / `col_offset` map a position in the statement to one in `source`
// (the statement started at line_offset+1, and on its first line at col_offset+1).
std::string format_error(const query::QueryError& e, std::string_view source, int line_offset = 0,
                         int col_offset = 0);

// ---------------------------------------------------------------- input (shell_input.cpp)

// One statement cut out of the input: its text (from just after the previous ';', so
// positions inside it map back with line/col) and where it started in the source.
struct Statement {
  std::string text;
  int line = 1;  // 1-based line of text[0] in the source
  int col = 1;   // 1-based column (code points) of text[0] in its line
};

// Splits input at ';' outside '...' "..." `...` strings, // and /* */ comments, fed
// piece by piece (a line at a time in the shell). Keeps the unfinished rest.
class Splitter {
 public:
  // Appends `text` and returns the statements it completed (blank ones dropped).
  std::vector<Statement> feed(std::string_view text);
  // The unfinished rest as a statement (end of input); nullopt-like empty text when blank.
  std::vector<Statement> finish();
  // Whether an unfinished statement is pending (text, or an open string or comment).
  bool pending() const { return has_content_ || quote_ || block_comment_ || pending_slash_; }
  // Forget the unfinished rest (Ctrl-C); positions go on counting.
  void discard();
  // Lines fed so far (the next line fed is line() + 1 when the last piece ended with '\n').
  int line() const { return line_; }
  // Skip a line the caller handled itself (a dot-command) so positions stay right.
  void skip_line() { ++line_, col_ = 1; }

 private:
  std::string buf_;
  int start_line_ = 1, start_col_ = 1;
  int line_ = 1, col_ = 1;
  char quote_ = 0;
  bool escape_ = false, line_comment_ = false, block_comment_ = false, has_content_ = false;
  bool pending_slash_ = false;  // a '/' that may start a comment
  char prev_ = 0;
};

// ---------------------------------------------------------------- completion (shell_complete.cpp)

enum class CompletionKind { Keyword, Label, RelType, PropertyKey, Parameter, DotCommand, DotArgument, None };

// What the word being completed (`word`, with `before` all the line left of it) is:
// after ':' a label or (inside [...]) a relationship type, after '.' a property key,
// after '$' a parameter; a word starting with '.' at the start of the line a dot-command.
CompletionKind classify(std::string_view before, std::string_view word);

// The candidates for a word `prefix` of kind `kind` (case-insensitive prefix match;
// keywords come back in the case the prefix was typed in).
struct Vocabulary {
  std::vector<std::string> labels, rel_types, property_keys, parameters;
};
Vocabulary vocabulary_of(const PropertyGraph& g);
std::vector<std::string> candidates(CompletionKind kind, std::string_view prefix, const Vocabulary& v,
                                    std::string_view before);
const std::vector<std::string>& dot_commands();

// ---------------------------------------------------------------- the shell (shell.cpp)

struct ShellOptions {
  std::string store;     // -g; empty: an in-memory graph
  bool read_only = false;
  std::string mode;      // initial .mode; empty: table on a terminal, else json
};

// Runs the shell; returns the exit status (CLI.md).
int run_shell(const ShellOptions& o);

}  // namespace kg::cli::shell
