// Exporters: the whole graph, or a subgraph, as GraphML, GEXF, node-link JSON,
// Neo4j-import CSV, Cypher or DOT (docs/EXPORTS.md); importers for GraphML and CSV.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/property_graph.h"

namespace kg {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ExportOptions {
  bool with_documents = false;  // include `document` nodes and their `mentions` links
};

// A selection of nodes and relationships. A relationship whose ends are not in
// `nodes` brings its ends along.
struct Subgraph {
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
};

// The formats export_graph knows: graphml, gexf, json, csv, cypher, dot.
const std::vector<std::string>& export_formats();

// Writes `g` (or `sub` of it, when not null) in `format` to `out`. For csv, `out`
// receives nodes.csv and relationships.csv is written beside `csv_dir`; see
// export_csv. Throws ExportError for an unknown format.
void export_graph(const PropertyGraph& g, const Subgraph* sub, const std::string& format, std::ostream& out,
                  const ExportOptions& opts = {});

// The Neo4j-import CSV pair, written into folder `dir` (created when missing).
void export_csv(const PropertyGraph& g, const Subgraph* sub, const std::string& dir, const ExportOptions& opts = {});

// Importers (throw ExportError naming file, line and column of what is wrong).
PropertyGraph import_graphml(const std::string& path);
PropertyGraph import_csv(const std::string& nodes_csv, const std::string& rels_csv);

}  // namespace kg
