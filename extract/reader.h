// Reading news documents: decoding checks, and the document's metadata (date,
// publisher, author, URL, dateline, title) from the text as scraped.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "graph/knowledge.h"

namespace kg::extract {

// An input problem that names its place: "FILE:LINE:COL: message".
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, int line, int col, const std::string& msg)
      : std::runtime_error(line > 0 ? file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + msg
                                    : file + ": " + msg),
        file_(std::move(file)), line_(line), col_(col) {}
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int col() const { return col_; }

 private:
  std::string file_;
  int line_, col_;
};

struct Document {
  DocumentInfo info;
  std::string path;  // where it was read from ("-" for standard input)
  // The text exactly as in the file, less a leading UTF-8 BOM. Offsets in evidence
  // are byte offsets into this text. Line ends (LF or CRLF) are kept as they are.
  std::string text;
};

// Checks UTF-8 (overlong forms, surrogates and NUL bytes are errors); throws
// InputError naming the first bad byte's line and column (columns count characters).
void check_utf8(const std::string& file, std::string_view bytes);

// Builds a Document from bytes: strips a BOM, checks UTF-8, finds the metadata.
// `id` is the file name without extension (a content hash for standard input).
Document make_document(const std::string& path, const std::string& id, std::string bytes);

// Reads one file. Throws InputError (line 0 col 0 when the file cannot be read).
Document read_document(const std::string& path);

// Expands inputs: a file, a folder (every .txt in it, sorted), or "-" for stdin.
// Throws InputError for a missing path.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

// 64-bit FNV-1a of the text, as 16 hex digits.
std::string content_hash(std::string_view text);

// Metadata found in the text (exposed for tests).
std::string find_document_date(std::string_view text);
std::string find_url(std::string_view text);

}  // namespace kg::extract
