// Fuzz target: the query front end (lexer, parser, binder) and, for what compiles, the
// executor on a small graph under a watchdog.
//
// Whatever the text: split_statements, parse_statement and bind_statement return or
// throw QueryError with a position inside the text (line >= 0, col >= 0). A statement
// that compiles runs on a small knowledge graph through Session::run with the cancel
// flag raised after 2 s; a statement that throws must leave the graph exactly as it was
// (the undo log), and a read-only run must never change it.
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "fuzz_check.h"
#include "graph/store.h"
#include "query/binder.h"
#include "query/errors.h"
#include "query/parser.h"
#if __has_include("query/session.h")
#include "query/session.h"
#define KG_FUZZ_SESSION 1
#endif

namespace {

const char* kGraph = R"({"format":"kg-store","version":1,"nodes":[
{"id":0,"labels":["document"],"properties":{"id":"a","name":"a","date":"2024-11-19"}},
{"id":1,"labels":["person"],"properties":{"name":"Kim Jong Un","aliases":["Kim Jong Un","Kim"],"mentions":3}},
{"id":2,"labels":["country"],"properties":{"name":"Russia","aliases":["Russia"],"mentions":2,"score":2.5}},
{"id":3,"labels":["city"],"properties":{"name":"Pyongyang","mentions":1}},
{"id":5,"labels":["person","official"],"properties":{"name":"Alexander Kozlov","nested":{"k":[1,2.0,"s"]}}}],
"relationships":[
{"id":0,"type":"mentions","start":0,"end":1,"properties":{"count":3}},
{"id":1,"type":"met_with","start":1,"end":5,"properties":{"date":"2024-11-18","status":"asserted","sources":1,"weight":1,"evidence":[{"doc":"a","text":"Kim met Kozlov."}]}},
{"id":2,"type":"visited","start":5,"end":3,"properties":{"date":"2024-11-18"}},
{"id":3,"type":"allied_with","start":1,"end":2,"properties":{}},
{"id":4,"type":"leads","start":1,"end":1,"properties":{}}]})";

#ifdef KG_FUZZ_SESSION
// Raises the running session's cancel flag when a run takes longer than 2 s.
struct Watchdog {
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<bool>* flag = nullptr;
  std::chrono::steady_clock::time_point deadline;
  std::thread t{[this] {
    std::unique_lock<std::mutex> l(mu);
    for (;;) {
      cv.wait_for(l, std::chrono::milliseconds(50));
      if (flag && std::chrono::steady_clock::now() > deadline) flag->store(true);
    }
  }};
  void arm(std::atomic<bool>* f) {
    std::lock_guard<std::mutex> l(mu);
    flag = f;
    deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  }
  void disarm() {
    std::lock_guard<std::mutex> l(mu);
    flag = nullptr;
  }
};
Watchdog* g_dog = nullptr;
#endif

void check_error(const kg::query::QueryError& e, std::string_view text) {
  FUZZ_CHECK(e.line >= 0 && e.col >= 0, "error position is not negative", e.headline());
  FUZZ_CHECK(!e.cls.empty(), "error has a class", e.headline());
  (void)e.headline();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
#ifdef KG_FUZZ_SESSION
  g_dog = new Watchdog;
  g_dog->t.detach();
#endif
  return 0;
}

namespace {

int run_one(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<kg::query::ScriptPiece> pieces;
  try {
    pieces = kg::query::split_statements(text);
  } catch (const kg::query::QueryError& e) {
    check_error(e, text);
    return 0;
  }
  for (const auto& piece : pieces) {
    try {
      kg::query::Statement st = kg::query::parse_statement(piece.text);
      kg::query::bind_statement(st, piece.text);
    } catch (const kg::query::QueryError& e) {
      check_error(e, piece.text);
      continue;
    }
#ifdef KG_FUZZ_SESSION
    static const kg::PropertyGraph base = kg::load_store_from_string(kGraph, "fuzz graph");
    static const std::string base_text = kg::store_to_string(base);
    kg::PropertyGraph g = kg::load_store_from_string(base_text, "fuzz graph");
    kg::query::Session s(g);
    bool read_only = !text.empty() && (static_cast<unsigned char>(text.back()) & 1);
    g_dog->arm(&s.cancel_flag());
    try {
      kg::Map params{{"p", kg::Value(std::int64_t(1))}, {"s", kg::Value("Kim")}};
      s.run(piece.text, params, read_only);
      g_dog->disarm();
      if (read_only)
        FUZZ_CHECK(kg::store_to_string(g) == base_text, "a read-only run does not change the graph", piece.text);
    } catch (const kg::query::QueryError& e) {
      g_dog->disarm();
      check_error(e, piece.text);
      FUZZ_CHECK(kg::store_to_string(g) == base_text, "a failed statement changes nothing: " + e.headline(),
                 piece.text);
    }
#endif
  }
  return 0;
}

struct Input {
  const std::uint8_t* data;
  std::size_t size;
};

void* run_thread(void* p) {
  auto* in = static_cast<Input*>(p);
  run_one(in->data, in->size);
  return nullptr;
}

}  // namespace

// kg query and kg shell compile and run queries on a thread with a large stack (1 GB under
// ASan, cli/shell_stack.cpp): the binder and evaluator recurse once per operator, and the
// parser admits 10,000 levels. The harness does the same, or a 4 KB input of 4,000 minus
// signs would overflow the 8 MB main stack of an ASan build that kg itself never uses.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static pthread_attr_t attr = [] {
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, std::size_t(1) << 30);
    return a;
  }();
  Input in{data, size};
  pthread_t t;
  if (pthread_create(&t, &attr, run_thread, &in) != 0) return run_one(data, size);
  pthread_join(t, nullptr);
  return 0;
}
