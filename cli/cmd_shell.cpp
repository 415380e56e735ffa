// `kg shell`: the interactive query shell (shared/CLI.md); the work is in shell*.cpp.
#include "cli/commands.h"
#include "cli/shell.h"

namespace kg::cli {

Command add_shell_command(CLI::App& app) {
  auto o = std::make_shared<shell::ShellOptions>();
  CLI::App* sub = app.add_subcommand(
      "shell",
      "The interactive query shell: statements end with ';', .help lists the dot-commands.\n"
      "When standard input is not a terminal it runs the statements it reads, without prompts,\n"
      "and exits with the status of the first failing one (1 runtime, 2 compile time).");
  sub->add_option("-g,--graph", o->store, "the store (a JSON file; created at the first write when missing)");
  sub->add_flag("--read-only", o->read_only, "fail on statements that write; never save");
  sub->add_option("--mode", o->mode,
                  "the output mode: " + shell::mode_names() + " (default: table on a terminal, else json)");
  return Command{sub, [o]() { return shell::run_shell(*o); }};
}

}  // namespace kg::cli
