// kg stats: documents, nodes and edges by type, top entities.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "graph/knowledge.h"
#include "graph/store.h"

namespace kg::cli {

Command add_stats_command(CLI::App& app) {
  struct Opts {
    std::string store;
    std::size_t top = 10;
    bool json = false;
  };
  auto o = std::make_shared<Opts>();
  auto* sub = app.add_subcommand("stats", "documents, nodes and edges by type, top entities");
  sub->add_option("-g,--graph", o->store, "the store")->required();
  sub->add_option("--top", o->top, "how many top entities to list (default 10)");
  sub->add_flag("--json", o->json, "print the figures as one JSON object");
  return {sub, [o] {
            try {
              PropertyGraph g = load_store(o->store);
              auto ents = KnowledgeGraph::entity_nodes(g);
              std::vector<std::pair<std::int64_t, NodeId>> top;
              for (NodeId n : ents) {
                Value m = g.node_prop(n, "mentions");
                top.emplace_back(m.is_int() ? m.as_int() : 0, n);
              }
              std::sort(top.begin(), top.end(), [](auto& a, auto& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
              });
              if (top.size() > o->top) top.resize(o->top);
              auto name = [&](NodeId n) { return g.node_prop(n, "name").to_display(); };
              std::size_t docs = g.nodes_with_label("document").size();
              if (o->json) {
                std::string s = "{\"documents\":" + std::to_string(docs) + ",\"nodes\":" +
                                std::to_string(g.node_count()) + ",\"relationships\":" + std::to_string(g.rel_count()) +
                                ",\"labels\":{";
                bool first = true;
                for (const auto& [l, c] : g.label_counts()) {
                  s += (first ? "" : ",") + value_to_json(Value(l)) + ":" + std::to_string(c);
                  first = false;
                }
                s += "},\"types\":{";
                first = true;
                for (const auto& [t, c] : g.type_counts()) {
                  s += (first ? "" : ",") + value_to_json(Value(t)) + ":" + std::to_string(c);
                  first = false;
                }
                s += "},\"top\":[";
                first = true;
                for (const auto& [m, n] : top) {
                  s += (first ? "" : ",") + std::string("{\"name\":") + value_to_json(g.node_prop(n, "name")) +
                       ",\"type\":" + value_to_json(Value(g.labels(n).empty() ? "" : g.labels(n)[0])) +
                       ",\"mentions\":" + std::to_string(m) + "}";
                  first = false;
                }
                std::cout << s << "]}\n";
                return kExitOk;
              }
              std::cout << "store: " << o->store << "\n";
              std::cout << "documents: " << docs << "\n";
              std::cout << "entities: " << ents.size() << "\n";
              for (const auto& [l, c] : g.label_counts())
                if (l != "document") std::cout << "  " << std::left << std::setw(16) << l << c << "\n";
              std::cout << "relationships: " << g.rel_count() << "\n";
              for (const auto& [t, c] : g.type_counts()) std::cout << "  " << std::left << std::setw(16) << t << c << "\n";
              std::cout << "top entities by mentions:\n";
              for (const auto& [m, n] : top) {
                auto ls = g.labels(n);
                std::cout << "  " << std::right << std::setw(4) << m << "  " << name(n) << " ("
                          << (ls.empty() ? "" : ls[0]) << ")\n";
              }
              return kExitOk;
            } catch (const std::exception& e) {
              print_error(e.what());
              return kExitRuntime;
            }
          }};
}

}  // namespace kg::cli
