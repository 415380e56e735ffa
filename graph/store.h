// The store: one JSON file holding a PropertyGraph (format in docs/STORE.md).
//
// save() writes a temporary file beside the target, flushes it to disk and renames it
// over the target, so a failed or killed run leaves the previous store whole.
// load() reports a damaged or foreign file as a StoreError naming the file and what
// is wrong (with the byte offset for JSON syntax errors); it never crashes.
#pragma once

#include <stdexcept>
#include <string>

#include "graph/property_graph.h"

namespace kg {

inline constexpr const char* kStoreFormat = "kg-store";
inline constexpr int kStoreVersion = 1;

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws StoreError.
PropertyGraph load_store(const std::string& path);
void save_store(const PropertyGraph& g, const std::string& path);

// Value <-> JSON text, shared with the exporters and the query results.
// Floats always carry a decimal point or exponent; NaN and infinities are the bare
// tokens NaN, Infinity, -Infinity.
std::string value_to_json(const Value& v);
// Appends JSON for a string (quoted, escaped, valid UTF-8 kept as is).
void append_json_string(std::string& out, std::string_view s);
// Parses one JSON value (NaN/Infinity accepted). Throws StoreError on bad input.
Value value_from_json(std::string_view text);

}  // namespace kg
