// kg: build a knowledge graph from news articles, query it, export it.
#include <cstdlib>
#include <iostream>
#include <new>
#include <vector>

#include "cli/commands.h"

#ifndef KG_VERSION
#define KG_VERSION "dev"
#endif

// Memory exhausted is std::bad_alloc, which every command reports as an error (exit 1):
// libmimalloc's own operator new (a C library's) aborts the process instead. These replace the
// plain (not over-aligned) forms for the whole program, each new paired with a delete on the
// same malloc and free, which are still the linked allocator's. (Not under AddressSanitizer,
// whose own operators already throw and check the pairing.)
#if !defined(__SANITIZE_ADDRESS__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"  // these news are malloc's, so free is theirs
void* operator new(std::size_t n) {
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return std::malloc(n ? n : 1); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return std::malloc(n ? n : 1); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
#pragma GCC diagnostic pop
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
