// The Shell of `kg shell`: the REPL loop (GNU readline, callback interface, so Ctrl-C can
// cancel the line being typed), history, signals, dot-commands, running and saving.
#include <fcntl.h>
#include <langinfo.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "cli/shell.h"
#include "graph/export.h"
#include "graph/store.h"
#include "query/binder.h"
#include "query/format.h"
#include "query/parser.h"
#include "query/subgraph.h"

// The exporters are linked from kg_graph; declared weak (as cmd_query.cpp does) so that a
// build without them reports a clear error instead of failing to link.
namespace kg {
__attribute__((weak)) void export_graph(const PropertyGraph& g, const Subgraph* sub, const std::string& format,
                                        std::ostream& out, const ExportOptions& opts);
__attribute__((weak)) void export_csv(const PropertyGraph& g, const Subgraph* sub, const std::string& dir,
                                      const ExportOptions& opts);
}  // namespace kg

#ifndef KG_VERSION
#define KG_VERSION "dev"
#endif

namespace kg::cli::shell {

namespace {

using Clock = std::chrono::steady_clock;

// ------------------------------------------------------------------ signals
// SIGINT: while a statement runs it sets the session's cancel flag (the engine checks it
// in every loop and rolls the statement back); the third Ctrl-C of one statement leaves.
// Both SIGINT and SIGWINCH also write a byte to a pipe the input loop selects on, so a
// Ctrl-C at the prompt cancels the line being typed.
std::atomic<bool>* g_cancel = nullptr;
volatile sig_atomic_t g_running = 0;
volatile sig_atomic_t g_sigints = 0;
int g_wake[2] = {-1, -1};

void on_signal(int sig) {
  int saved = errno;
  char c = sig == SIGINT ? 'i' : 'w';
  if (sig == SIGINT) {
    g_sigints = g_sigints + 1;
    if (g_running && g_cancel) g_cancel->store(true);
    if (g_running && g_sigints >= 3) {
      const char msg[] = "\nkg: interrupted\n";
      ssize_t ignored = ::write(STDERR_FILENO, msg, sizeof msg - 1);
      (void)ignored;
      ::_exit(130);
    }
  }
  if (g_wake[1] >= 0) {
    ssize_t ignored = ::write(g_wake[1], &c, 1);
    (void)ignored;
  }
  errno = saved;
}

// ------------------------------------------------------------------ readline glue
std::optional<std::string> g_line;
bool g_eof = false;
bool g_installed = false;
std::function<const Vocabulary&()> g_vocab;

void on_line(char* line) {
  if (!line) {
    g_eof = true;
  } else {
    g_line = line;
    std::free(line);
  }
  rl_callback_handler_remove();
  g_installed = false;
}

std::vector<std::string> g_matches;
char* match_generator(const char* text, int state) {
  static std::size_t i;
  if (state == 0) i = 0;
  if (i < g_matches.size()) return strdup(g_matches[i++].c_str());
  return nullptr;
}

char kQueryBreaks[] = " \t\n\"'`@$><=;|&{(:.,[)]}+-*/%^!~";

char* word_breaks() {
  std::string_view line(rl_line_buffer ? rl_line_buffer : "");
  std::size_t first = line.find_first_not_of(" \t");
  static char kSpace[] = " \t";
  if (first != std::string_view::npos && line[first] == '.') return kSpace;
  return kQueryBreaks;
}

char** complete(const char* text, int start, int end) {
  std::string_view line(rl_line_buffer ? rl_line_buffer : "");
  std::string_view before = line.substr(0, static_cast<std::size_t>(start));
  CompletionKind kind = classify(before, text);
  rl_attempted_completion_over = 1;
  if (kind == CompletionKind::DotArgument) {
    std::size_t first = before.find_first_not_of(" \t");
    std::string_view rest = before.substr(first);
    std::string cmd(rest.substr(0, rest.find_first_of(" \t")));
    static const std::set<std::string> file_cmds{".read", ".open", ".output", ".once", ".export"};
    std::vector<std::string> c = candidates(kind, text, g_vocab ? g_vocab() : Vocabulary{}, before);
    if (c.empty() && file_cmds.count(cmd)) {
      rl_attempted_completion_over = 0;  // readline completes file names
      return nullptr;
    }
    g_matches = std::move(c);
  } else {
    g_matches = candidates(kind, text, g_vocab ? g_vocab() : Vocabulary{}, before);
  }
  if (g_matches.empty()) return nullptr;
  // a label or type completes with no space after it, so ')' or ']' can follow at once
  rl_completion_append_character =
      kind == CompletionKind::Label || kind == CompletionKind::RelType || kind == CompletionKind::PropertyKey ||
              kind == CompletionKind::Parameter
          ? '\0'
          : ' ';
  return rl_completion_matches(text, match_generator);
}

// ------------------------------------------------------------------ helpers
std::string trim(std::string_view s) {
  std::size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string_view::npos) return "";
  std::size_t b = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(a, b - a + 1));
}

// Splits a dot-command line into words; "..." and '...' quote a word with spaces.
// Returns the words and, for each, the offset where it starts (for "rest of the line").
std::vector<std::pair<std::string, std::size_t>> words_of(std::string_view line) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    std::size_t start = i;
    std::string w;
    if (line[i] == '"' || line[i] == '\'') {
      char q = line[i++];
      while (i < line.size() && line[i] != q) w += line[i++];
      ++i;
    } else {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') w += line[i++];
    }
    out.emplace_back(std::move(w), start);
  }
  return out;
}

bool env_set(const char* name) {
  const char* v = std::getenv(name);
  return v && *v;
}

std::string human_size(std::uintmax_t n) {
  char buf[32];
  if (n < 1024) std::snprintf(buf, sizeof buf, "%ju B", n);
  else if (n < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KiB", n / 1024.0);
  else std::snprintf(buf, sizeof buf, "%.1f MiB", n / (1024.0 * 1024.0));
  return buf;
}

constexpr int kOk = kExitOk, kRuntime = kExitRuntime, kUsage = kExitUsage;

// ------------------------------------------------------------------ the shell
class Shell {
 public:
  explicit Shell(const ShellOptions& o) : opt_(o), session_(g_) {}

  int run() {
    interactive_ = ::isatty(STDIN_FILENO);
    tty_out_ = ::isatty(STDOUT_FILENO);
    std::setlocale(LC_CTYPE, "");
    bool utf8 = std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    bool color_ok = !env_set("NO_COLOR") && !(std::getenv("TERM") && std::string(std::getenv("TERM")) == "dumb");
    color_out_ = interactive_ && tty_out_ && color_ok;
    color_err_ = interactive_ && ::isatty(STDERR_FILENO) && color_ok;
    render_.unicode_box = interactive_ && tty_out_ && utf8;
    timer_ = interactive_;
    std::string m = opt_.mode;
    if (m.empty()) m = (interactive_ || tty_out_) ? "table" : "json";
    if (!parse_mode(m, render_.mode)) {
      print_error("shell: unknown mode '" + m + "' (" + mode_names() + ")");
      return kUsage;
    }
    if (int st = open_store(opt_.store); st != kOk) return st;
    g_cancel = &session_.cancel_flag();
    return interactive_ ? interactive_loop() : run_stream(std::cin, "", false);
  }

 private:
  // ---------------------------------------------------------------- the store
  int open_store(const std::string& path) {
    PropertyGraph g;
    // Pinned before it is read: a store replaced in between only costs one more read later.
    FileIdentity pinned = pin(path);
    if (!path.empty() && std::filesystem::exists(path)) {
      try {
        g = load_store(path);
      } catch (const std::exception& e) {
        print_error(e.what());
        return kRuntime;
      }
    }
    g_ = std::move(g);
    store_ = path;
    loaded_ = pinned;
    vocab_dirty_ = true;
    return kOk;
  }

  // The store file as last seen (device, inode, size, mtime); all zero when absent. A
  // save renames a new file into place, so another writer's save changes the inode, as
  // long as the old inode is not free to be given to the new file: the shell keeps the file
  // it read or wrote open (pin), or two saves within one timestamp tick could leave the
  // same inode, size and mtime and a changed store would look unchanged (an update lost).
  struct FileIdentity {
    dev_t dev = 0;
    ino_t ino = 0;
    off_t size = 0;
    long long mtime_ns = 0;
    bool operator==(const FileIdentity&) const = default;
  };
  static FileIdentity identity_of(const struct stat& st) {
    return {st.st_dev, st.st_ino, st.st_size, (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
  }
  static FileIdentity identity(const std::string& path) {
    struct stat st;
    if (path.empty() || ::stat(path.c_str(), &st) != 0) return {};
    return identity_of(st);
  }
  // Opens the store file and holds it open in place of the one held before; its identity.
  FileIdentity pin(const std::string& path) {
    pinned_.reset(path.empty() ? -1 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat st;
    if (pinned_.fd < 0 || ::fstat(pinned_.fd, &st) != 0) return {};
    return identity_of(st);
  }
  struct HeldFile {
    int fd = -1;
    HeldFile() = default;
    HeldFile(const HeldFile&) = delete;
    HeldFile& operator=(const HeldFile&) = delete;
    ~HeldFile() { reset(-1); }
    void reset(int f) {
      if (fd >= 0) ::close(fd);
      fd = f;
    }
  };

  // Whether `text` compiles to a statement that writes (one that does not compile writes nothing).
  static bool statement_writes(const std::string& text) {
    try {
      query::Statement st = query::parse_statement(text);
      query::bind_statement(st, text);
      return st.writes;
    } catch (const std::exception&) {
      return false;
    }
  }

  // Under the store's lock, before a write: when another process replaced the store since
  // this shell read or wrote it, read it again so that its changes are kept.
  int refresh_store() {
    FileIdentity now = identity(store_);
    if (now == loaded_ || now == FileIdentity{}) return kOk;
    FileIdentity pinned = pin(store_);  // under the lock: the file read is the file pinned
    try {
      g_ = load_store(store_);
    } catch (const std::exception& e) {
      print_error(e.what());
      return kRuntime;
    }
    loaded_ = pinned;
    vocab_dirty_ = true;
    if (interactive_) error_text("(the store was changed by another kg process: read it again)\n");
    return kOk;
  }

  int save() {
    if (store_.empty()) return kOk;
    try {
      save_store(g_, store_);
      loaded_ = pin(store_);
      ++saves_;
      return kOk;
    } catch (const std::exception& e) {
      print_error(std::string(e.what()) + " (the change was not saved)");
      return kRuntime;
    }
  }

  const Vocabulary& vocab() {
    if (vocab_dirty_) {
      vocab_ = vocabulary_of(g_);
      vocab_dirty_ = false;
    }
    vocab_.parameters.clear();
    for (const auto& [k, v] : params_) vocab_.parameters.push_back(k);
    return vocab_;
  }

  // ---------------------------------------------------------------- output
  std::ostream& out() { return file_ ? *file_ : std::cout; }
  bool out_is_tty() const { return !file_ && tty_out_; }

  RenderOptions render_options() const {
    RenderOptions o = render_;
    bool term = interactive_ && out_is_tty();
    o.unicode_box = render_.unicode_box && term;
    o.color = color_out_ && term;
    o.term_width = 0;
    if (term) {
      struct winsize ws {};
      if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) o.term_width = ws.ws_col;
    }
    return o;
  }

  void end_once() {
    if (once_) {
      file_.reset();
      once_ = false;
    }
  }

  void error_text(const std::string& s) {
    if (color_err_) std::cerr << "\033[31m" << s << "\033[0m";
    else std::cerr << s;
    std::cerr.flush();
  }

  // ---------------------------------------------------------------- statements
  // Runs one statement; `source` is the text its position refers to (for the caret).
  int exec(const Statement& st, std::string_view source) {
    std::cout.flush();
    // A statement that writes runs under the store's writer lock, on the store as it is
    // now, and saves before the lock is released: two writers never lose an update.
    std::optional<StoreLock> lock;
    if (!opt_.read_only && !store_.empty() && statement_writes(st.text)) {
      try {
        lock.emplace(store_);
      } catch (const std::exception& e) {
        print_error(e.what());
        return kRuntime;
      }
      if (int s = refresh_store(); s != kOk) return s;
    }
    query::Result r;
    auto t0 = Clock::now();
    g_sigints = 0;
    g_running = 1;
    try {
      r = session_.run(st.text, params_, opt_.read_only);
    } catch (const query::QueryError& e) {
      g_running = 0;
      error_text(format_error(e, source, st.line - 1, st.col - 1));
      return e.compile_time ? kUsage : kRuntime;
    } catch (const std::exception& e) {
      g_running = 0;
      error_text(std::string("Error: ") + e.what() + "\n");
      return kRuntime;
    }
    g_running = 0;
    auto dt = Clock::now() - t0;
    last_time_ = dt;
    ++statements_;
    int status = kOk;
    if (session_.last_changed()) {
      vocab_dirty_ = true;
      ++writes_;
      status = save();
    }
    lock.reset();  // saved: other writers may go on while this one prints
    RenderOptions o = render_options();
    std::ostream& os = out();
    render(r, g_, o, os);
    std::string foot = summary(r);
    if (timer_) foot += " (" + format_duration(dt) + ")";
    bool tabular = o.mode == Mode::Table || o.mode == Mode::Markdown || o.mode == Mode::Line;
    if (r.is_plan) {
      // the plan speaks for itself
    } else if (tabular) {
      if (o.color) os << "\033[2m" << foot << "\033[0m\n";
      else os << foot << '\n';
    } else if (interactive_ || timer_) {
      std::cerr << (color_err_ ? "\033[2m" : "") << foot << (color_err_ ? "\033[0m" : "") << '\n';
    }
    os.flush();
    end_once();
    return status;
  }

  // ---------------------------------------------------------------- input from a stream
  // Statements and dot-commands line by line (a pipe, or .read FILE); stops at the first
  // failure and returns its status.
  int run_stream(std::istream& in, const std::string& name, bool nested) {
    Splitter sp;
    std::string source;
    std::string line;
    while (!quit_ && std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!sp.pending() && !trim(line).empty() && trim(line)[0] == '.') {
        source += line + "\n";
        sp.skip_line();
        int st = dot(trim(line));
        if (st != kOk) return st;
        continue;
      }
      source += line + "\n";
      for (const auto& s : sp.feed(line + "\n")) {
        int st = exec(s, source);
        if (st != kOk) return st;
        if (interrupted()) return kRuntime;
      }
    }
    for (const auto& s : sp.finish()) {
      int st = exec(s, source);
      if (st != kOk) return st;
    }
    (void)name;
    (void)nested;
    return kOk;
  }

  bool interrupted() const { return interactive_ && g_sigints > 0; }

  // ---------------------------------------------------------------- the REPL
  std::string history_path() const {
    if (const char* h = std::getenv("KG_HISTORY")) return h;
    const char* home = std::getenv("HOME");
    if (!home || !*home) return "";
    return (std::filesystem::path(home) / ".kg_history").string();
  }

  int history_size() const {
    if (const char* s = std::getenv("KG_HISTSIZE")) {
      int n = std::atoi(s);
      if (n > 0) return n;
    }
    return 1000;
  }

  void add_history_entry(const std::string& entry) {
    if (trim(entry).empty()) return;
    HIST_ENTRY* last = history_length > 0 ? history_get(history_base + history_length - 1) : nullptr;
    if (last && last->line && entry == last->line) return;
    add_history(entry.c_str());
    if (!hist_path_.empty()) {
      int fd = ::open(hist_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      if (fd >= 0) ::close(fd);
      append_history(1, hist_path_.c_str());
    }
  }

  std::string prompt() const { return splitter_.pending() ? "  -> " : "kg> "; }

  void banner() {
    std::ostringstream b;
    b << "kg shell " << KG_VERSION << ": ";
    if (store_.empty()) b << "an in-memory graph (.open FILE to use a store)";
    else b << store_;
    b << ", " << g_.node_count() << " nodes, " << g_.rel_count() << " relationships";
    if (!store_.empty() && !std::filesystem::exists(store_)) b << " (a new store: written at the first change)";
    b << "\nStatements end with ';'. Enter .help for the commands, Tab to complete, Ctrl-D to leave.\n";
    std::cout.flush();
    std::fputs(b.str().c_str(), rl_outstream ? rl_outstream : stdout);
    std::fflush(rl_outstream ? rl_outstream : stdout);
  }

  void cancel_input() {
    // Ctrl-C at the prompt: drop what was typed (this line and any unfinished statement)
    if (g_installed) {
      rl_replace_line("", 0);
      rl_point = rl_end = 0;
      rl_callback_sigcleanup();
      rl_callback_handler_remove();
      g_installed = false;
    }
    std::fputs("^C\n", rl_outstream);
    std::fflush(rl_outstream);
    splitter_ = Splitter();
    source_.clear();
    hist_lines_.clear();
    using_history();
  }

  void drain_wake(bool& sigint, bool& winch) {
    char buf[64];
    ssize_t n;
    while ((n = ::read(g_wake[0], buf, sizeof buf)) > 0)
      for (ssize_t i = 0; i < n; ++i) (buf[i] == 'i' ? sigint : winch) = true;
  }

  void interactive_line(const std::string& line) {
    if (!splitter_.pending() && !trim(line).empty() && trim(line)[0] == '.') {
      add_history_entry(line);
      dot(trim(line));
      return;
    }
    hist_lines_.push_back(line);
    source_ += line + "\n";
    for (const auto& s : splitter_.feed(line + "\n")) {
      if (exec(s, source_) != kOk || g_sigints > 0) {
        // a failed or cancelled statement takes the rest of the line with it
        splitter_ = Splitter();
        break;
      }
    }
    if (!splitter_.pending()) {
      // one history entry per statement, however many lines it took
      bool comment = false;
      for (const auto& l : hist_lines_)
        if (l.find("//") != std::string::npos) comment = true;
      std::string entry;
      for (std::size_t i = 0; i < hist_lines_.size(); ++i) {
        if (i) entry += comment ? "\n" : " ";
        entry += comment ? hist_lines_[i] : trim(hist_lines_[i]);
      }
      add_history_entry(entry);
      hist_lines_.clear();
      source_.clear();
      splitter_ = Splitter();
    }
  }

  int interactive_loop() {
    if (::pipe(g_wake) == 0) {
      for (int fd : g_wake) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
      ::fcntl(g_wake[0], F_SETFD, FD_CLOEXEC);
      ::fcntl(g_wake[1], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: select() returns at once
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGWINCH, &sa, nullptr);

    rl_readline_name = "kg";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_outstream = tty_out_ ? stdout : stderr;
    rl_attempted_completion_function = complete;
    rl_completion_word_break_hook = word_breaks;
    rl_basic_word_break_characters = kQueryBreaks;
    g_vocab = [this]() -> const Vocabulary& { return vocab(); };
    using_history();
    hist_path_ = history_path();
    stifle_history(history_size());
    if (!hist_path_.empty()) read_history(hist_path_.c_str());

    banner();
    while (!quit_) {
      if (!g_installed) {
        rl_callback_handler_install(prompt().c_str(), on_line);
        g_installed = true;
      }
      fd_set fds;
      FD_ZERO(&fds);
      FD_SET(STDIN_FILENO, &fds);
      int maxfd = STDIN_FILENO;
      if (g_wake[0] >= 0) {
        FD_SET(g_wake[0], &fds);
        maxfd = std::max(maxfd, g_wake[0]);
      }
      int r = ::select(maxfd + 1, &fds, nullptr, nullptr, nullptr);
      if (r < 0) {
        if (errno == EINTR) continue;
        break;
      }
      if (g_wake[0] >= 0 && FD_ISSET(g_wake[0], &fds)) {
        bool sigint = false, winch = false;
        drain_wake(sigint, winch);
        if (winch) rl_resize_terminal();
        if (sigint) {
          cancel_input();
          continue;
        }
      }
      if (!FD_ISSET(STDIN_FILENO, &fds)) continue;
      rl_callback_read_char();
      if (g_eof) {
        std::fputs("\n", rl_outstream);
        break;
      }
      if (g_line) {
        std::string line = std::move(*g_line);
        g_line.reset();
        interactive_line(line);
        // a Ctrl-C that cancelled a statement is spent
        bool sigint = false, winch = false;
        drain_wake(sigint, winch);
        if (winch) rl_resize_terminal();
        g_sigints = 0;
      }
    }
    if (g_installed) {
      rl_callback_handler_remove();
      g_installed = false;
    }
    if (!hist_path_.empty()) history_truncate_file(hist_path_.c_str(), history_size());
    std::cout.flush();
    return kOk;
  }

  // ---------------------------------------------------------------- dot-commands
  void say(const std::string& s) {
    std::cout << s;
    std::cout.flush();
  }

  std::string json_text(const Value& v) const {
    std::string s;
    query::append_value_json(s, v, g_);
    return s;
  }

  int usage(const std::string& msg) {
    error_text("Error: " + msg + "\n");
    return kUsage;
  }

  int fail(const std::string& msg) {
    error_text("Error: " + msg + "\n");
    return kRuntime;
  }

  int on_off(const std::vector<std::pair<std::string, std::size_t>>& w, bool& flag, const char* name) {
    if (w.size() == 1) {
      say(std::string(name) + " " + (flag ? "on" : "off") + "\n");
      return kOk;
    }
    if (w.size() == 2 && (w[1].first == "on" || w[1].first == "off")) {
      flag = w[1].first == "on";
      return kOk;
    }
    return usage(std::string("usage: ") + name + " on|off");
  }

  int dot(const std::string& line) {
    auto w = words_of(line);
    if (w.empty()) return kOk;
    const std::string& cmd = w[0].first;
    auto rest_from = [&](std::size_t i) { return i < w.size() ? trim(std::string_view(line).substr(w[i].second)) : ""; };
    if (cmd == ".quit" || cmd == ".exit" || cmd == ".q") {
      quit_ = true;
      return kOk;
    }
    if (cmd == ".help") return help();
    if (cmd == ".mode") {
      if (w.size() == 1) {
        say(std::string("mode ") + mode_name(render_.mode) + "\n");
        return kOk;
      }
      Mode m;
      if (w.size() != 2 || !parse_mode(w[1].first, m)) return usage("usage: .mode " + mode_names());
      render_.mode = m;
      return kOk;
    }
    if (cmd == ".headers") return on_off(w, render_.headers, ".headers");
    if (cmd == ".timer") return on_off(w, timer_, ".timer");
    if (cmd == ".maxwidth") {
      if (w.size() == 1) {
        say(".maxwidth " + std::to_string(render_.max_width) + "\n");
        return kOk;
      }
      char* end = nullptr;
      long n = w.size() == 2 ? std::strtol(w[1].first.c_str(), &end, 10) : -1;
      if (w.size() != 2 || !end || *end || n < 0) return usage("usage: .maxwidth N (columns per table cell, 0: no limit)");
      render_.max_width = static_cast<std::size_t>(n);
      return kOk;
    }
    if (cmd == ".param") {
      if (w.size() < 2) return usage("usage: .param NAME JSON (set), .param NAME (show); .params lists them");
      const std::string& name = w[1].first;
      if (w.size() == 2) {
        auto it = params_.find(name);
        if (it == params_.end()) return fail("no parameter $" + name);
        say("$" + name + " = " + json_text(it->second) + "\n");
        return kOk;
      }
      try {
        params_[name] = value_from_json(rest_from(2));
      } catch (const std::exception& e) {
        return usage("bad JSON for $" + name + ": " + e.what());
      }
      return kOk;
    }
    if (cmd == ".params") {
      if (w.size() == 2 && w[1].first == "clear") {
        params_.clear();
        return kOk;
      }
      if (w.size() == 3 && w[1].first == "unset") {
        if (!params_.erase(w[2].first)) return fail("no parameter $" + w[2].first);
        return kOk;
      }
      if (w.size() != 1) return usage("usage: .params [clear | unset NAME]");
      if (params_.empty()) say("(no parameters; set one with .param NAME JSON)\n");
      for (const auto& [k, v] : params_) say("$" + k + " = " + json_text(v) + "\n");
      return kOk;
    }
    if (cmd == ".read") {
      if (w.size() != 2) return usage("usage: .read FILE");
      std::ifstream in(w[1].first, std::ios::binary);
      if (!in) return fail(w[1].first + ": cannot read file");
      if (++depth_ > 16) {
        --depth_;
        return fail(".read nested too deeply");
      }
      int st = run_stream(in, w[1].first, true);
      --depth_;
      return st;
    }
    if (cmd == ".output" || cmd == ".once") {
      if (w.size() == 1 && cmd == ".output") {
        file_.reset();
        once_ = false;
        return kOk;
      }
      if (w.size() != 2) return usage("usage: " + cmd + " FILE" + (cmd == ".output" ? " (no FILE: back to the terminal)" : ""));
      auto f = std::make_unique<std::ofstream>(w[1].first, std::ios::binary | std::ios::trunc);
      if (!*f) return fail(w[1].first + ": cannot write file");
      file_ = std::move(f);
      once_ = cmd == ".once";
      return kOk;
    }
    if (cmd == ".export") return export_cmd(w, rest_from(3));
    if (cmd == ".stats") return stats();
    if (cmd == ".schema") return schema();
    if (cmd == ".open") {
      if (w.size() != 2) return usage("usage: .open FILE (a store; created at the first write when missing)");
      int st = open_store(w[1].first);
      if (st == kOk && interactive_) banner();
      return st;
    }
    return usage("unknown command " + cmd + " (enter .help)");
  }

  int help() {
    say(
        "Statements end with ';' and may span lines; several may share a line.\n"
        "Ctrl-C cancels the input or the running statement, Ctrl-D leaves, Tab completes.\n"
        "\n"
        ".help                       this text\n"
        ".schema                     labels, relationship types, property keys and patterns, with counts\n"
        ".stats                      the graph and the session in numbers\n"
        ".mode [MODE]                output: " + mode_names() + "\n"
        ".headers on|off             column names in table, csv, tsv, markdown\n"
        ".timer on|off               show how long each statement took\n"
        ".maxwidth N                 cut table cells longer than N columns with '…' (0: never)\n"
        ".param NAME JSON            set the parameter $NAME (.param NAME shows it)\n"
        ".params [clear|unset NAME]  list, clear or remove parameters\n"
        ".read FILE                  run the statements and commands of FILE\n"
        ".output [FILE]              send results to FILE (no FILE: the terminal)\n"
        ".once FILE                  send the next result to FILE\n"
        ".export FORMAT FILE [QUERY] write the graph, or what QUERY returns, as graphml|gexf|json|cypher|dot\n"
        "                            (csv: FILE is a folder that gets nodes.csv and relationships.csv)\n"
        ".open FILE                  open another store (a new one is created at the first write)\n"
        ".quit                       leave (also .exit, Ctrl-D)\n");
    return kOk;
  }

  int export_cmd(const std::vector<std::pair<std::string, std::size_t>>& w, std::string query_text) {
    if (w.size() < 3) return usage("usage: .export FORMAT FILE [QUERY]");
    const std::string& format = w[1].first;
    const std::string& file = w[2].first;
    if (!&kg::export_graph || !&kg::export_csv) return fail(".export is not available in this build (no exporter)");
    std::optional<Subgraph> sub;
    if (!query_text.empty()) {
      while (!query_text.empty() && (query_text.back() == ';' || query_text.back() == ' ')) query_text.pop_back();
      query::Result r;
      g_sigints = 0;
      g_running = 1;
      try {
        r = session_.run(query_text, params_, true);
      } catch (const query::QueryError& e) {
        g_running = 0;
        error_text(format_error(e, query_text));
        return e.compile_time ? kUsage : kRuntime;
      } catch (const std::exception& e) {
        g_running = 0;
        return fail(e.what());
      }
      g_running = 0;
      sub = query::subgraph_of(r);
      auto uniq = [](auto& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
      };
      uniq(sub->nodes);
      uniq(sub->rels);
    }
    const Subgraph* sp = sub ? &*sub : nullptr;
    try {
      if (format == "csv") {
        kg::export_csv(g_, sp, file, ExportOptions{});
      } else {
        std::string tmp = file + ".tmp." + std::to_string(::getpid());
        {
          std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
          if (!os) return fail(file + ": cannot write file");
          kg::export_graph(g_, sp, format, os, ExportOptions{});
          os.flush();
          if (!os) {
            std::filesystem::remove(tmp);
            return fail(file + ": write failed");
          }
        }
        std::error_code ec;
        std::filesystem::rename(tmp, file, ec);
        if (ec) {
          std::filesystem::remove(tmp);
          return fail(file + ": " + ec.message());
        }
      }
    } catch (const ExportError& e) {
      std::error_code ec;
      std::filesystem::remove(file + ".tmp." + std::to_string(::getpid()), ec);
      return usage(e.what());
    } catch (const std::exception& e) {
      return fail(e.what());
    }
    if (interactive_) {
      std::string what = sp ? std::to_string(sp->nodes.size()) + " nodes and " + std::to_string(sp->rels.size()) +
                                  " relationships from the query"
                            : "the whole graph";
      say("wrote " + file + " (" + format + ", " + what + ")\n");
    }
    return kOk;
  }

  int stats() {
    std::ostringstream s;
    if (store_.empty()) {
      s << "store:          (in memory; .open FILE to keep changes)\n";
    } else {
      s << "store:          " << store_;
      std::error_code ec;
      auto size = std::filesystem::file_size(store_, ec);
      if (!ec) s << " (" << human_size(size) << ")";
      else s << " (not written yet)";
      if (opt_.read_only) s << ", read-only";
      s << "\n";
    }
    std::size_t docs = g_.nodes_with_label("document").size();
    s << "nodes:          " << g_.node_count() << " (" << docs << " documents)\n";
    s << "relationships:  " << g_.rel_count() << "\n";
    s << "labels:         " << g_.label_counts().size() << ", relationship types: " << g_.type_counts().size()
      << ", property keys: " << vocab().property_keys.size() << "\n";
    s << "this session:   " << statements_ << " statements, " << writes_ << " that wrote, " << saves_
      << " saves";
    if (statements_) s << ", the last took " << format_duration(last_time_);
    s << "\n";
    s << "output:         mode " << mode_name(render_.mode) << ", headers " << (render_.headers ? "on" : "off")
      << ", timer " << (timer_ ? "on" : "off") << ", maxwidth " << render_.max_width << ", parameters "
      << params_.size() << "\n";
    out() << s.str();
    out().flush();
    end_once();
    return kOk;
  }

  int schema() {
    RenderOptions o = render_options();
    o.mode = Mode::Table;
    o.headers = true;
    std::ostream& os = out();
    auto table = [&](std::vector<std::string> cols, std::vector<std::vector<Value>> rows) {
      query::Result r;
      r.columns = std::move(cols);
      r.rows = std::move(rows);
      render(r, g_, o, os);
    };
    std::vector<std::vector<Value>> rows;
    for (const auto& [l, n] : g_.label_counts()) rows.push_back({Value(l), Value(static_cast<std::int64_t>(n))});
    table({"label", "nodes"}, std::move(rows));
    rows.clear();
    for (const auto& [t, n] : g_.type_counts()) rows.push_back({Value(t), Value(static_cast<std::int64_t>(n))});
    table({"relationship type", "relationships"}, std::move(rows));
    // property keys: on how many nodes and relationships each is set
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> keys;
    std::map<std::string, std::int64_t> patterns;
    auto label_text = [&](NodeId n) {
      std::string s;
      for (const auto& l : g_.labels(n)) s += ":" + l;
      return s;
    };
    for (NodeId n = 0; n < g_.node_id_bound(); ++n)
      if (g_.node_alive(n))
        for (const auto& [k, v] : g_.node(n).props.entries()) ++keys[g_.symbols().name(k)].first;
    for (RelId r = 0; r < g_.rel_id_bound(); ++r)
      if (g_.rel_alive(r)) {
        const RelData& d = g_.rel(r);
        for (const auto& [k, v] : d.props.entries()) ++keys[g_.symbols().name(k)].second;
        ++patterns["(" + label_text(d.src) + ")-[:" + g_.rel_type(r) + "]->(" + label_text(d.dst) + ")"];
      }
    rows.clear();
    for (const auto& [k, c] : keys) rows.push_back({Value(k), Value(c.first), Value(c.second)});
    table({"property key", "nodes", "relationships"}, std::move(rows));
    std::vector<std::pair<std::string, std::int64_t>> pats(patterns.begin(), patterns.end());
    std::stable_sort(pats.begin(), pats.end(), [](auto& a, auto& b) { return a.second > b.second; });
    rows.clear();
    for (const auto& [p, c] : pats) rows.push_back({Value(p), Value(c)});
    table({"pattern", "relationships"}, std::move(rows));
    os.flush();
    end_once();
    return kOk;
  }

  ShellOptions opt_;
  PropertyGraph g_;
  query::Session session_;
  std::string store_;
  Map params_;
  RenderOptions render_;
  bool timer_ = false;
  bool interactive_ = false, tty_out_ = false, color_out_ = false, color_err_ = false;
  std::unique_ptr<std::ofstream> file_;
  bool once_ = false;
  bool quit_ = false;
  int depth_ = 0;
  FileIdentity loaded_;  // the store file this shell read or last wrote
  HeldFile pinned_;      // that file, held open (see FileIdentity)
  Vocabulary vocab_;
  bool vocab_dirty_ = true;
  // interactive input
  Splitter splitter_;
  std::string source_;
  std::vector<std::string> hist_lines_;
  std::string hist_path_;
  // numbers for .stats
  std::uint64_t statements_ = 0, writes_ = 0, saves_ = 0;
  Clock::duration last_time_{};
};

}  // namespace

int run_shell(const ShellOptions& o) {
  return run_on_large_stack([&o]() {
    Shell s(o);
    return s.run();
  });
}

}  // namespace kg::cli::shell
