// kg export: the whole graph, or the subgraph a query returns, in a file format.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/shell.h"
#include "graph/export.h"
#include "graph/store.h"
#include "query/session.h"
#include "query/subgraph.h"

namespace kg::cli {

Command add_export_command(CLI::App& app) {
  struct Opts {
    std::string store, format = "graphml", out, query;
    bool with_documents = false;
  };
  auto o = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("export", "write the graph (or the subgraph a query returns) as graphml, gexf, json, "
                                           "csv, cypher or dot");
  sub->add_option("-g,--graph", o->store, "the store")->required();
  sub->add_option("--format", o->format, "graphml (default), gexf, json, csv, cypher, dot")
      ->check(CLI::IsMember(export_formats()));
  sub->add_option("-o,--output", o->out, "output file (a folder for csv); default: standard output");
  sub->add_option("--query", o->query, "export only the nodes and relationships this query returns");
  sub->add_flag("--with-documents", o->with_documents, "include document nodes and their mentions links");
  // On the query commands' large stack: a --query may nest as deeply as kg query allows.
  return {sub, [o] { return shell::run_on_large_stack([o]() -> int {
            try {
              PropertyGraph g = load_store(o->store);
              ExportOptions eo;
              eo.with_documents = o->with_documents;
              std::unique_ptr<Subgraph> subg;
              if (!o->query.empty()) {
                query::Session session(g);
                try {
                  auto result = session.run(o->query, {}, /*read_only=*/true);
                  subg = std::make_unique<Subgraph>(query::subgraph_of(result));
                } catch (const query::QueryError& e) {
                  std::cerr << e.headline() << std::endl;
                  return e.compile_time ? kExitUsage : kExitRuntime;
                }
              }
              if (o->format == "csv") {
                if (o->out.empty()) {
                  print_error("--format csv writes nodes.csv and relationships.csv: give a folder with -o");
                  return kExitUsage;
                }
                export_csv(g, subg.get(), o->out, eo);
                return kExitOk;
              }
              if (o->out.empty() || o->out == "-") {
                export_graph(g, subg.get(), o->format, std::cout, eo);
                std::cout.flush();
                return std::cout ? kExitOk : kExitRuntime;
              }
              // Write beside the target and rename, so a failed export leaves no half file.
              std::string tmp = o->out + ".tmp";
              {
                std::ofstream f(tmp, std::ios::binary);
                if (!f) {
                  print_error(o->out + ": cannot write");
                  return kExitRuntime;
                }
                export_graph(g, subg.get(), o->format, f, eo);
                f.flush();
                if (!f) {
                  print_error(o->out + ": write failed");
                  std::filesystem::remove(tmp);
                  return kExitRuntime;
                }
              }
              std::filesystem::rename(tmp, o->out);
              return kExitOk;
            } catch (const std::exception& e) {
              print_error(e.what());
              return kExitRuntime;
            }
          }); }};
}

}  // namespace kg::cli

namespace kg::cli {

Command add_import_command(CLI::App& app) {
  struct Opts {
    std::string graphml, nodes, rels, out;
  };
  auto o = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("import", "read a GraphML file or a Neo4j-import CSV pair into a new store");
  sub->require_subcommand(1);
  auto* gm = sub->add_subcommand("graphml", "import a GraphML file (one kg wrote, or one edited in Gephi)");
  gm->add_option("FILE", o->graphml, "the GraphML file")->required();
  gm->add_option("-o,--output", o->out, "the store to write")->required();
  auto* csv = sub->add_subcommand("csv", "import nodes.csv and relationships.csv (neo4j-admin import headers)");
  csv->add_option("NODES", o->nodes, "nodes.csv")->required();
  csv->add_option("RELS", o->rels, "relationships.csv")->required();
  csv->add_option("-o,--output", o->out, "the store to write")->required();
  return {sub, [o, gm] {
            try {
              PropertyGraph g = gm->parsed() ? import_graphml(o->graphml) : import_csv(o->nodes, o->rels);
              save_store(g, o->out);
              std::cerr << "kg: imported " << g.node_count() << " nodes and " << g.rel_count()
                        << " relationships -> " << o->out << std::endl;
              return kExitOk;
            } catch (const std::exception& e) {
              print_error(e.what());
              return kExitRuntime;
            }
          }};
}

}  // namespace kg::cli
