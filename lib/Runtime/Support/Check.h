// Support: checks and fatal errors usable from any layer of the runtime.
//
// Nothing here allocates or formats through libc: a fatal path must work when
// the heap or the scheduler is what broke. Messages go straight to fd 2.
#ifndef GORT_SUPPORT_CHECK_H
#define GORT_SUPPORT_CHECK_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

// Writes n bytes to standard error, retrying on short writes and EINTR.
void writeErr(const char *s, size_t n);
void writeErr(const char *s);

// Go's throw: prints "fatal error: <msg>" and exits with status 2.
[[noreturn]] void fatal(const char *msg);

// Prints "runtime: CHECK failed: <expr> at <file>:<line>" and aborts. For
// invariants of the runtime itself, never for user errors.
[[noreturn]] void checkFailed(const char *expr, const char *file, int line);

// Process exit without running C atexit handlers (Go never runs them).
[[noreturn]] void exitProcess(int code);

} // namespace gort

#define GORT_CHECK(c) \
  do { if (__builtin_expect(!(c), 0)) ::gort::checkFailed(#c, __FILE__, __LINE__); } while (0)
#ifdef NDEBUG
#define GORT_DCHECK(c) do { (void)sizeof(c); } while (0)
#else
#define GORT_DCHECK(c) GORT_CHECK(c)
#endif

#endif
