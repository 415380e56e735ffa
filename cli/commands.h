// The kg subcommands. Each registers itself on the CLI11 app; main() dispatches.
// Exit codes (shared/CLI.md): 0 success, 1 runtime error, 2 usage or compile error.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace kg::cli {

constexpr int kExitOk = 0;
constexpr int kExitRuntime = 1;
constexpr int kExitUsage = 2;

// A registered subcommand: when `sub->parsed()`, main calls run() and exits with its status.
struct Command {
  CLI::App* sub;
  std::function<int()> run;
};

Command add_build_command(CLI::App& app);    // cmd_build.cpp
Command add_add_command(CLI::App& app);      // cmd_build.cpp
Command add_extract_command(CLI::App& app);  // cmd_build.cpp
Command add_merge_command(CLI::App& app);    // cmd_build.cpp
Command add_stats_command(CLI::App& app);    // cmd_stats.cpp
Command add_export_command(CLI::App& app);   // cmd_export.cpp
Command add_import_command(CLI::App& app);   // cmd_export.cpp
Command add_query_command(CLI::App& app);    // cmd_query.cpp
Command add_shell_command(CLI::App& app);    // cmd_shell.cpp

// Prints "kg: message" on stderr.
void print_error(const std::string& message);

}  // namespace kg::cli
