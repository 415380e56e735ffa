#include "query/errors.h"

namespace kg::query {

std::string QueryError::headline() const {
  std::string s = cls;
  if (!code.empty()) s += ": " + code;
  if (line > 0) s += ": line " + std::to_string(line) + ", column " + std::to_string(col);
  s += ": ";
  s += what();
  return s;
}

void syntax_error(const std::string& code, const std::string& msg, int line, int col) {
  throw QueryError("SyntaxError", code, msg, line, col, true);
}

void runtime_error(const std::string& cls, const std::string& code, const std::string& msg) {
  throw QueryError(cls, code, msg, 0, 0, false);
}

void type_error(const std::string& msg) { throw QueryError("TypeError", "InvalidArgumentType", msg, 0, 0, false); }

}  // namespace kg::query
