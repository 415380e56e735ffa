// export_graph / export_csv: dispatch to the writers in export_<format>.cpp.
#include "graph/export.h"

#include <filesystem>
#include <fstream>

#include "graph/export_util.h"

namespace kg {

const std::vector<std::string>& export_formats() {
  static const std::vector<std::string> f = {"graphml", "gexf", "json", "csv", "cypher", "dot", "cypher-neo4j"};
  return f;
}

void export_graph(const PropertyGraph& g, const Subgraph* sub, const std::string& format, std::ostream& out,
                  const ExportOptions& opts) {
  exp::Selection sel = exp::select(g, sub, opts);
  if (format == "graphml") {
    exp::write_graphml(g, sel, out);
  } else if (format == "gexf") {
    exp::write_gexf(g, sel, out);
  } else if (format == "json") {
    exp::write_json(g, sel, out);
  } else if (format == "csv") {
    // One stream cannot hold the two files neo4j-admin and Kuzu read: write the
    // nodes table, an empty line, then the relationships table (export_csv writes
    // the pair of files).
    exp::write_csv_nodes(g, sel, out);
    out << "\n";
    exp::write_csv_rels(g, sel, out);
  } else if (format == "cypher") {
    exp::write_cypher(g, sel, out, false);
  } else if (format == "cypher-neo4j") {
    exp::write_cypher(g, sel, out, true);
  } else if (format == "dot") {
    exp::write_dot(g, sel, out);
  } else {
    std::string known;
    for (const auto& f : export_formats()) known += (known.empty() ? "" : ", ") + f;
    throw ExportError("unknown export format '" + format + "' (known: " + known + ")");
  }
  out.flush();
  if (!out) throw ExportError("cannot write the " + format + " export");
}

void export_csv(const PropertyGraph& g, const Subgraph* sub, const std::string& dir, const ExportOptions& opts) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw ExportError(dir + ": cannot create the folder: " + ec.message());
  exp::Selection sel = exp::select(g, sub, opts);
  auto write = [&](const char* name, auto&& fn) {
    fs::path p = fs::path(dir) / name;
    fs::path tmp = p;
    tmp += ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      if (!f) throw ExportError(tmp.string() + ": cannot open for writing");
      fn(g, sel, f);
      f.flush();
      if (!f) throw ExportError(tmp.string() + ": write failed");
    }
    fs::rename(tmp, p, ec);
    if (ec) throw ExportError(p.string() + ": cannot write: " + ec.message());
  };
  write("nodes.csv", exp::write_csv_nodes);
  write("relationships.csv", exp::write_csv_rels);
}

}  // namespace kg
