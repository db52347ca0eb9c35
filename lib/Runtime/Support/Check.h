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
// On a thread reporting a crash (beginCrash), also to the crash output.
void writeErr(const char *s, size_t n);
void writeErr(const char *s);

// debug.SetCrashOutput: a descriptor that receives a copy of everything a
// crashing thread writes to standard error, as gc's writeErrData does. The
// copy is per thread, not global: only the thread that called beginCrash is
// dying; what other threads print meanwhile is ordinary output. The runtime
// owns the descriptor (Pkg dups the caller's); setCrashFd swaps in fd (-1:
// none) and returns the previous one, for the caller to close. A crash
// racing with a swap may write to the closed descriptor, as in gc.
int setCrashFd(int fd);
// Marks the calling thread as reporting a crash: every report of a fatal
// error or unrecovered panic calls it before its first byte.
void beginCrash();

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
