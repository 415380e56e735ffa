// The part of the graph a query result holds: for `kg export --query`, `kg query
// --format graphml` and the shell's .export.
#pragma once

#include "graph/export.h"
#include "query/session.h"

namespace kg::query {

// Every node, relationship and path in the result's rows (also inside lists and maps).
Subgraph subgraph_of(const Result& r);

}  // namespace kg::query
