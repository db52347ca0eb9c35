// Proc: goroutines (G), OS threads (M), process start and exit.
//
// Glossary (as in Go's runtime):
//   G   a goroutine: its stack, saved context and status.
//   M   an OS thread. Each M has a g0 whose "stack" is the thread's own stack
//       (the system stack); runtime C++ code that may allocate, collect or
//       block runs there, never on a goroutine stack (ARCHITECTURE.md s.3).
//   P   a processor (scheduling context): arrives with the scheduler (issue 4).
//
// Start-up (phases):
//   1. main(argc, argv, envp) on the OS thread's stack: record argv/envp/auxv,
//      parse GODEBUG, load the stack maps, initialize the allocator.
//   2. Allocate the main goroutine's stack (runtime memory, with a guard page)
//      and switch to it; it runs main.init (package initialization) and then
//      main.main.
//   3. main.main returning exits the process with status 0; os.Exit(n) and
//      fatal errors exit from wherever they are.
//
// Invariant: generated code never caches the current G across a call (a
// goroutine may resume on another M); it asks getg() afresh.
#ifndef GORT_PROC_PROC_H
#define GORT_PROC_PROC_H

#include <stddef.h>
#include <stdint.h>

namespace gort {

struct M;

enum class GStatus : uint32_t { Idle, Runnable, Running, Waiting, Dead };

struct G {
  uint64_t goid;
  GStatus status;
  uintptr_t stackLo, stackHi; // [lo, hi) usable stack (guard page below lo)
  void *ctxSP;                // saved context while switched out
  void *sysSaveSP;            // goroutine SP while it is in gort_systemstack
  M *m;                       // the M running it, if any
  void *shadowChain;          // armv7: saved llvm_gc_root_chain
};

struct M {
  G *g0;
  G *curg;
  void *g0SP;        // g0's SP saved when it switched to a goroutine
  bool onSystemStack;
};

// The current M (initial-exec TLS: one instruction away, see ARCHITECTURE.md s.9).
M *getm();
inline G *getg() { return getm()->curg; }

// Runs fn(arg) on the current M's system stack, or directly when already there.
void systemstack(void (*fn)(void *), void *arg);

template <typename F> inline void systemstack(F &&f) {
  systemstack([](void *p) { (*static_cast<F *>(p))(); }, static_cast<void *>(&f));
}

// Start-up (Start/Main.cpp): makes the current thread M0; then creates the
// main goroutine on a runtime-allocated stack and switches to it; entry runs
// there and must not return.
void initM0();
[[noreturn]] void runMainGoroutine(void (*entry)(void *));

// Every goroutine that exists (for root scanning); count in *n.
G *const *allGoroutines(size_t *n);

} // namespace gort

#endif
