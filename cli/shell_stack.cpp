// run_on_large_stack (shell.h): the query commands' work on a thread with a large stack.
#include <pthread.h>
#include <signal.h>

#include <cstring>
#include <exception>
#include <stdexcept>

#include "cli/shell.h"

namespace kg::cli::shell {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kStackBytes = std::size_t(1) << 30;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t kStackBytes = std::size_t(1) << 30;
#else
constexpr std::size_t kStackBytes = std::size_t(256) << 20;
#endif
#else
constexpr std::size_t kStackBytes = std::size_t(256) << 20;
#endif

struct Job {
  const std::function<int()>* f;
  int result = 0;
  std::exception_ptr error;
};

void* trampoline(void* arg) {
  Job* job = static_cast<Job*>(arg);
  try {
    job->result = (*job->f)();
  } catch (...) {
    job->error = std::current_exception();
  }
  return nullptr;
}

}  // namespace

int run_on_large_stack(const std::function<int()>& f) {
  Job job;
  job.f = &f;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_t t;
  bool started = pthread_attr_setstacksize(&attr, kStackBytes) == 0 && pthread_create(&t, &attr, trampoline, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) return f();  // no thread (address space limits): run here, with the normal stack
  // Process-directed signals go to a thread that does not block them: the worker.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  pthread_join(t, nullptr);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (job.error) std::rethrow_exception(job.error);
  return job.result;
}

}  // namespace kg::cli::shell
