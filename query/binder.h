// Stage 4: the binder. Resolves variables to row slots, checks scopes (undefined and
// redeclared variables, type conflicts), aggregation rules, projection rules and write
// pattern rules. Errors are QueryError SyntaxError/SemanticError with TCK detail codes.
#pragma once

#include <string_view>

#include "query/ast.h"

namespace kg::query {

// Binds `st` in place (slots, aliases, bound flags). `text` is the statement's source
// (for expression texts). Throws QueryError.
void bind_statement(Statement& st, std::string_view text);

// Lower-case names of the scalar and list functions the executor knows.
bool is_known_function(const std::string& lower_name);

}  // namespace kg::query
