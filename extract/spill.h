// A document's facts in a compact binary form, and the temporary file kg build writes them to
// as they are extracted, so that they need not be held in memory until they are merged
// (docs/DESIGN.md, "kg build").
//
// The form of one document (a record): the fields in declaration order, each string as its
// length and its bytes, each list as its count and its items; lengths, counts and integers as
// varints (7 bits a byte, low bits first; integers zigzagged), flags as one byte. An evidence
// entry's document id is a flag byte when it is the document's own (always, from the extractor).
// A relation's attributes are values: a kind byte, then the value (a float as its 8 bytes as the
// machine holds them: the file is read back by the process that wrote it, never kept).
#pragma once

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "graph/knowledge.h"

namespace kg::extract {

// A record that ends before its last field, or a spill file shorter than what was written.
class SpillError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Appends the record of `f` to `out`.
void encode_facts(const DocumentFacts& f, std::string& out);

// Reads a record into `f`, every field overwritten; `f`'s strings and vectors keep their
// storage, so reading many records into one object allocates little. Throws SpillError when
// the record is short or does not end where its last field does (`f` is then unspecified).
void decode_facts(std::string_view record, DocumentFacts& f);

// A temporary file of records: created in `dir` and its name removed at once, so that it is
// gone when the process ends, however it ends. append() may be called from several threads.
class SpillFile {
 public:
  struct Ref {
    std::uint64_t offset = 0, size = 0;
  };
  explicit SpillFile(const std::string& dir);
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  // Writes a record; throws SpillError when it cannot (a full disk).
  Ref append(std::string_view record);
  // Reads a record into `buf`; throws SpillError when the file ends before it.
  void read(const Ref& r, std::string& buf) const;

  std::uint64_t size() const { return end_.load(); }
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
  std::atomic<std::uint64_t> end_{0};
};

}  // namespace kg::extract
