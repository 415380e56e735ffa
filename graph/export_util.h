// Shared pieces of the exporters and importers (graph/export_*.cpp, graph/import_*.cpp):
// what to export, how each property key is typed, text clean-up and number formatting.
// Internal to graph/; the public API is graph/export.h.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/export.h"
#include "graph/property_graph.h"

namespace kg::exp {

inline constexpr const char* kDocumentLabel = "document";
inline constexpr const char* kMentionsType = "mentions";

// The nodes and relationships to write, ascending ids. Without opts.with_documents,
// `document` nodes, `mentions` relationships and any relationship touching a left-out
// node are dropped.
struct Selection {
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
};
Selection select(const PropertyGraph& g, const Subgraph* sub, const ExportOptions& opts);

// What the values of one property key look like across the exported elements.
struct ColumnStats {
  std::size_t count = 0;
  bool has_bool = false, has_int = false, has_float = false, has_string = false;
  bool has_list = false, has_map = false, has_other = false;
  std::int64_t min_int = 0, max_int = 0;
  // Over list elements.
  bool el_bool = false, el_int = false, el_float = false, el_string = false, el_nested = false;
  bool el_delim = false;  // a string element holds the CSV array delimiter ';'

  void add(const Value& v);
};

// The one type a key gets in the typed formats.
enum class ColType { Bool, Int, Long, Double, String, Json };
// GraphML / GEXF typing: scalars keep their type, any list or map makes the whole key
// JSON text, mixed scalars fall back to string.
ColType scalar_col_type(const ColumnStats& s, ColType if_empty = ColType::String);

// Valid UTF-8: invalid sequences become U+FFFD. With `xml`, also what XML 1.0 cannot
// carry: C0 control characters other than tab, LF and CR are dropped, and U+FFFE /
// U+FFFF become U+FFFD.
std::string clean_utf8(std::string_view s, bool xml);
bool is_clean_utf8(std::string_view s, bool xml);

// Escapes for XML text (`attr` = false) or a double-quoted attribute value; input is
// cleaned first. CR (and in attributes LF and tab) become character references so
// that a parser gives them back unchanged.
void append_xml(std::string& out, std::string_view s, bool attr);

// Shortest round-trip decimal, always with a '.' or exponent; NaN, Infinity, -Infinity.
std::string format_double(double d);

// Text for a scalar in a string-typed column (strings as is, numbers and booleans as
// their literal); lists and maps as JSON.
std::string scalar_text(const Value& v);

// JSON text of a value, strict (non-finite floats become null) and valid UTF-8.
void append_json(std::string& out, const Value& v);
std::string to_json(const Value& v);

// Parses one JSON value (also NaN, Infinity, -Infinity) without the allocation cost of
// a DOM per call; integers that fit stay Int. False (and `err` says why) when it is not
// JSON or not valid UTF-8.
bool parse_json(std::string_view text, Value& out, std::string& err);

// The first label of a node in name order, or "".
std::string primary_label(const PropertyGraph& g, NodeId n);

// Parses text written by format_double / integers; false when it is not a number.
bool parse_int(std::string_view s, std::int64_t& out);
bool parse_double(std::string_view s, double& out);

// The attribute columns of the exported nodes and relationships, sorted by name.
//
// Naming (GraphML, GEXF, JSON; `rename`): a node's `name` is `label`, its first label
// is `type`, all its labels (when it has two or more) are `kg:labels`; a relationship's
// type is `label`. A property whose name is reserved (`label`, `type` on nodes, `label`
// on relationships, anything starting with `kg:`) is written as `kg:prop:<name>`.
// Without `rename` (CSV, Cypher) columns are the property names as they are.
class Schema {
 public:
  struct Col {
    std::string name;
    ColumnStats stats;
  };
  // One element's attributes, ascending column index.
  struct Attrs {
    std::vector<std::pair<int, const Value*>> items;
    Value type_v, labels_v;
  };

  Schema(const PropertyGraph& g, const Selection& sel, bool rename,
         const std::vector<std::string>& node_always = {}, const std::vector<std::string>& rel_always = {});

  std::vector<Col> node_cols, rel_cols;
  int node_col(std::string_view name) const;
  int rel_col(std::string_view name) const;

  void node_attrs(NodeId n, Attrs& out) const;
  void rel_attrs(RelId r, Attrs& out) const;

 private:
  const PropertyGraph& g_;
  bool rename_;
  std::vector<int> node_col_of_sym_, rel_col_of_sym_;
  int col_label_ = -1, col_type_ = -1, col_labels_ = -1, rel_col_label_ = -1;
};

// Inverse of the renaming above: the property a node / relationship attribute name
// stands for ("" for the reserved `label`, `type`, `kg:labels`).
std::string node_prop_of_attr(std::string_view attr);
std::string rel_prop_of_attr(std::string_view attr);

// Fill colours and shapes by entity type (GEXF viz, DOT).
struct Rgb {
  int r, g, b;
};
Rgb type_color(std::string_view type);
std::string hex_color(Rgb c);

// An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, anything after the day ignored) as the
// first and last day it covers; false when it is not such a date.
bool date_span(std::string_view iso, std::string& first, std::string& last);

// Buffered writing to an ostream (one flush per ~1 MiB).
class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) { buf_.reserve(1 << 20); }
  ~Out() {
    try {
      flush();
    } catch (...) {
    }
  }
  std::string& buf() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= (1u << 20)) flush();
  }
  void flush();

 private:
  std::ostream& os_;
  std::string buf_;
};

// The writers behind export_graph (one per file graph/export_<format>.cpp).
void write_graphml(const PropertyGraph& g, const Selection& sel, std::ostream& out);
void write_gexf(const PropertyGraph& g, const Selection& sel, std::ostream& out);
void write_json(const PropertyGraph& g, const Selection& sel, std::ostream& out);
void write_csv_nodes(const PropertyGraph& g, const Selection& sel, std::ostream& out);
void write_csv_rels(const PropertyGraph& g, const Selection& sel, std::ostream& out);
// Maps and lists of lists or maps become JSON strings (no CREATE can store them); with
// `neo4j` also lists holding nulls or mixed types.
void write_cypher(const PropertyGraph& g, const Selection& sel, std::ostream& out, bool neo4j);
void write_dot(const PropertyGraph& g, const Selection& sel, std::ostream& out);

}  // namespace kg::exp
