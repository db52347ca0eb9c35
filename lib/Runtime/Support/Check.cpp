#include "Support/Check.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atomic>

namespace gort {

namespace {

std::atomic<int> gCrashFd{-1};

// initial-exec: no __tls_get_addr (which may allocate) on a crash path.
thread_local bool tCrashing __attribute__((tls_model("initial-exec")));

void writeAll(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    s += w;
    n -= (size_t)w;
  }
}

} // namespace

void writeErr(const char *s, size_t n) {
  writeAll(2, s, n);
  // The copy does not depend on fd 2 working: a crash monitor reading the
  // crash output is most useful exactly when stderr goes nowhere.
  if (__builtin_expect(tCrashing, 0)) {
    int fd = gCrashFd.load(std::memory_order_acquire);
    if (fd >= 0)
      writeAll(fd, s, n);
  }
}

void writeErr(const char *s) { writeErr(s, strlen(s)); }

int setCrashFd(int fd) { return gCrashFd.exchange(fd, std::memory_order_acq_rel); }

void beginCrash() { tCrashing = true; }

void exitProcess(int code) { ::_exit(code); }

void fatal(const char *msg) {
  beginCrash();
  writeErr("fatal error: ");
  writeErr(msg);
  writeErr("\n");
  exitProcess(2);
}

void checkFailed(const char *expr, const char *file, int line) {
  char num[16];
  int i = sizeof num;
  num[--i] = 0;
  do {
    num[--i] = (char)('0' + line % 10);
    line /= 10;
  } while (line && i > 0);
  beginCrash();
  writeErr("runtime: CHECK failed: ");
  writeErr(expr);
  writeErr(" at ");
  writeErr(file);
  writeErr(":");
  writeErr(num + i);
  writeErr("\n");
  ::signal(SIGABRT, SIG_DFL);
  ::abort();
}

} // namespace gort
