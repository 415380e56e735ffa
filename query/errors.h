// Query errors: the openCypher error class, the TCK detail code, a position in the query
// text, and the phase (compile time -> exit 2, runtime -> exit 1).
#pragma once

#include <stdexcept>
#include <string>

namespace kg::query {

class QueryError : public std::runtime_error {
 public:
  QueryError(std::string cls, std::string code, std::string msg, int line = 0, int col = 0,
             bool compile_time = true)
      : std::runtime_error(msg), cls(std::move(cls)), code(std::move(code)), line(line), col(col),
        compile_time(compile_time) {}
  std::string cls;   // SyntaxError, SemanticError, TypeError, ArgumentError, EntityNotFound, ...
  std::string code;  // TCK detail code (UndefinedVariable, ...) or empty
  int line = 0, col = 0;  // 1-based; 0 when unknown
  bool compile_time = true;

  // "SyntaxError: UndefinedVariable: line 1, column 8: message"
  std::string headline() const;
};

// Helpers for the common cases.
[[noreturn]] void syntax_error(const std::string& code, const std::string& msg, int line, int col);
[[noreturn]] void runtime_error(const std::string& cls, const std::string& code, const std::string& msg);
[[noreturn]] void type_error(const std::string& msg);  // runtime TypeError: InvalidArgumentType

}  // namespace kg::query
