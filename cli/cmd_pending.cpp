// Weak fallbacks for commands whose real definitions live in their own files
// (cmd_query.cpp, cmd_shell.cpp); the linker prefers those when they exist.
#include "cli/commands.h"

namespace kg::cli {

namespace {
Command pending(CLI::App& app, const char* name, const char* what) {
  auto* sub = app.add_subcommand(name, what);
  sub->allow_extras();
  return {sub, [name] {
            print_error(std::string(name) + " is not available in this build");
            return kExitRuntime;
          }};
}
}  // namespace

__attribute__((weak)) Command add_query_command(CLI::App& app) {
  return pending(app, "query", "run Cypher statements against a store");
}
__attribute__((weak)) Command add_shell_command(CLI::App& app) {
  return pending(app, "shell", "the interactive query shell");
}

}  // namespace kg::cli
