// kg: build a knowledge graph from news articles, query it, export it.
#include <iostream>
#include <vector>

#include "cli/commands.h"

#ifndef KG_VERSION
#define KG_VERSION "dev"
#endif

namespace kg::cli {
void print_error(const std::string& message) { std::cerr << "kg: " << message << std::endl; }
}  // namespace kg::cli

int main(int argc, char** argv) {
  using namespace kg::cli;
  CLI::App app{"kg: turn news articles into a knowledge graph you can query and export.\n"
               "Run 'kg COMMAND --help' for the options of a command.",
               "kg"};
  app.set_version_flag("--version", KG_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);
  std::vector<Command> cmds{
      add_build_command(app), add_add_command(app),   add_extract_command(app),
      add_merge_command(app), add_query_command(app), add_shell_command(app),
      add_export_command(app), add_import_command(app), add_stats_command(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(std::string(e.what()) + " (see 'kg --help')");
    return kExitUsage;
  }
  for (auto& c : cmds)
    if (c.sub->parsed()) return c.run();
  return kExitUsage;
}
