#include "Support/Check.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace gort {

void writeErr(const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(2, s, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    s += w;
    n -= (size_t)w;
  }
}

void writeErr(const char *s) { writeErr(s, strlen(s)); }

void exitProcess(int code) { ::_exit(code); }

void fatal(const char *msg) {
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
