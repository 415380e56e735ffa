// Result formatting shared by `kg query` and `kg shell`: table, csv, tsv, json, jsonl
// (shared/CLI.md "Query results"). Nodes, relationships and paths are written with
// their ids, labels/type and properties read from the graph.
#pragma once

#include <ostream>
#include <string>

#include "graph/property_graph.h"
#include "query/session.h"

namespace kg::query {

enum class Format { Table, Csv, Tsv, Json, Jsonl };

// Parses "table", "csv", ... ; returns false for an unknown name.
bool parse_format(const std::string& name, Format& out);

// One value as JSON (CLI.md rules: ints without '.', floats with '.' or exponent,
// NaN/Infinity bare, node/relationship/path objects with exact key sets).
void append_value_json(std::string& out, const Value& v, const PropertyGraph& g);

// A value as text for table/csv cells (strings unquoted at top level).
std::string value_text(const Value& v, const PropertyGraph& g);

void write_result(const Result& r, const PropertyGraph& g, Format f, std::ostream& out);

}  // namespace kg::query
