// The store: one JSON file holding a PropertyGraph (format in docs/STORE.md).
//
// save() writes a temporary file beside the target, flushes it to disk and renames it
// over the target, so a failed or killed run leaves the previous store whole.
// load() reports a damaged or foreign file as a StoreError naming the file and what
// is wrong (with the byte offset for JSON syntax errors); it never crashes.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

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
// The same into an existing graph, replacing what it held (left empty on error). Use it
// rather than `g = load_store(path)`: a PropertyGraph move swaps Boost's adjacency_list,
// and adjacency_list::swap copies the whole graph three times (at a million
// relationships that costs more than the load itself).
void load_store_into(const std::string& path, PropertyGraph& g);
// The same from the store's text; `name` stands for the file in error messages.
PropertyGraph load_store_from_string(std::string_view text, const std::string& name);
// The buffer the store's text is written into: a growing array written through a pointer
// (a std::string's append is an out-of-line call with its checks for every piece; the
// store is written in millions of small pieces).
class JsonOut {
 public:
  JsonOut() = default;
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  // Room for n more bytes at the end: write there, then commit() the end of what was written.
  char* room(std::size_t n) {
    if (cap_ - n_ < n) grow(n);
    return buf_.get() + n_;
  }
  void commit(const char* end) { n_ = static_cast<std::size_t>(end - buf_.get()); }
  void put(char c) { *room(1) = c, ++n_; }
  void put(const char* s, std::size_t n) {
    std::memcpy(room(n), s, n);
    n_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }
  // A literal: its length known where it is called, so the copy is inlined.
  template <std::size_t N>
  void lit(const char (&s)[N]) {
    put(s, N - 1);
  }
  void reserve(std::size_t n) { room(n); }
  std::size_t size() const { return n_; }
  std::string_view view() const { return {buf_.get(), n_}; }
  void clear() { n_ = 0; }

 private:
  void grow(std::size_t n);
  std::unique_ptr<char[]> buf_;
  std::size_t n_ = 0, cap_ = 0;
};
// The JSON text of a string (quoted, escaped as append_json_string), an integer and a value
// (as value_to_json), appended to a JsonOut.
void append_json_string(JsonOut& out, std::string_view s);
void append_json_int(JsonOut& out, std::int64_t i);
void append_json_value(JsonOut& out, const Value& v);

// Writes the value of one relationship property itself, in place of the value the graph
// holds for it (which still decides the property's place among the others). kg build keeps
// the evidence of its relationships compact until the save and writes it through one
// (KnowledgeGraph::evidence_writer()); the text must be what the stored value would be.
class RelPropWriter {
 public:
  virtual ~RelPropWriter() = default;
  // The property key it may write (other keys are never offered).
  virtual SymId key() const = 0;
  // Appends the JSON value of r's property and returns true, or returns false (appending
  // nothing) to have the stored value written.
  virtual bool write(RelId r, JsonOut& out) const = 0;
  // A property of r that the graph does not hold (it must not), written among r's properties
  // in its place by name: its value, and its key in `key`; nullptr when r has none.
  virtual const Value* extra(RelId r, SymId& key) const { return nullptr; }
};

// Under the store's lock (StoreLock; taken here unless this process holds it): refuses
// to replace a store that another process replaced since this process loaded it (a lost
// update), removes `STORE.tmp.PID` files left by killed writers, then writes and renames.
void save_store(const PropertyGraph& g, const std::string& path, const RelPropWriter* writer = nullptr);
// The text save_store writes.
std::string store_to_string(const PropertyGraph& g, const RelPropWriter* writer = nullptr);

// Writers of one store take turns: an exclusive advisory lock (flock) on `STORE.lock`
// beside the store, removed on release. A second writer waits for the first; after
// `timeout_s` seconds (negative: $KG_LOCK_TIMEOUT, else 60) it throws StoreError
// naming the store. A command that reads, changes and writes a store should hold one
// from before load_store to after save_store; save_store alone takes it for the save.
// Readers never need it: a save renames a whole file into place.
class StoreLock {
 public:
  explicit StoreLock(const std::string& store_path, double timeout_s = -1);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  std::string key_, lock_path_;
  int fd_ = -1;
};

// Value <-> JSON text, shared with the exporters and the query results.
// Floats always carry a decimal point or exponent; NaN and infinities are the bare
// tokens NaN, Infinity, -Infinity.
std::string value_to_json(const Value& v);
// Appends JSON for a string (quoted, escaped, valid UTF-8 kept as is).
void append_json_string(std::string& out, std::string_view s);
// Parses one JSON value (NaN/Infinity accepted). Throws StoreError on bad input.
Value value_from_json(std::string_view text);

}  // namespace kg
