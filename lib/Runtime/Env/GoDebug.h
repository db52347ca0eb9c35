// Env: GODEBUG and the GO* environment variables, read once at start-up.
//
// GODEBUG is a comma-separated list of name=value pairs; unknown names are
// ignored, as in Go. Each knob is a plain int read on the paths that care.
#ifndef GORT_ENV_GODEBUG_H
#define GORT_ENV_GODEBUG_H

#include <stdint.h>

namespace gort {

struct DebugVars {
  // goshim's own: print the Go frames and live GC-pointer slots walked from
  // each runtime.GC() call (see lib/Runtime/GC/StackWalk.cpp).
  int32_t stackmapdump;
  // Go 1.21+: panic(nil) panics with *runtime.PanicNilError unless set.
  int32_t panicnil;
  // Go 1.16+: return freed heap pages with MADV_DONTNEED (1, Go 1.19's
  // default on Linux) or MADV_FREE (0). GC/Heap.cpp.
  int32_t madvdontneed;
  // schedtrace=N: sysmon prints gc's one-line scheduler summary every N ms
  // (Proc/SchedTrace.cpp); scheddetail=1 adds gc's per-P, per-M and per-G lines.
  int32_t schedtrace;
  int32_t scheddetail;
  // gctrace=1: one line per collection in gc's format (GC/Collect.cpp).
  int32_t gctrace;
  // gcshrinkstackoff=1: the collector never asks a stack to shrink
  // (Proc/Stack.cpp).
  int32_t gcshrinkstackoff;
  // goshim's own stress mode: stackmovestress=1 moves the running
  // goroutine's stack at every Go function entry that checks it (a copy to
  // a stack of the same size), so every frame shape meets the mover.
  int32_t stackmovestress;
  // clobberfree=1: the sweeper fills freed objects with 0xdeadbeef
  // (GC/Heap.cpp). gccheckmark=1: each collection marks twice and fails if
  // the second pass finds an object the first missed (GC/Collect.cpp).
  int32_t clobberfree;
  int32_t gccheckmark;
  // tracebackancestors=N: a goroutine records the stacks of up to N
  // goroutines that led to its creation; tracebacks print them
  // (Proc/Traceback.cpp).
  int32_t tracebackancestors;
  // sbrk=1: allocation never frees and the collector never runs
  // (GC/Malloc.cpp). harddecommit=1: pages returned to the OS are also made
  // inaccessible until reused (GC/Heap.cpp).
  int32_t sbrk;
  int32_t harddecommit;
  // efence=1: every object gets pages of its own, made inaccessible and
  // never reused once freed (GC/Malloc.cpp, GC/Heap.cpp).
  int32_t efence;
  // inittrace=1: one line per package initialization (Pkg/InitTrace.cpp).
  int32_t inittrace;
  // memprofilerate=N: runtime.MemProfileRate at start-up (Proc/Prof.cpp);
  // -1 when not given.
  int32_t memprofilerate;
  // allocfreetrace=1: every allocation, every object the sweeper frees and
  // every collection is printed with a traceback (GC/Malloc.cpp, GC/Heap.cpp,
  // GC/Collect.cpp; the printing is GC/AllocTrace.cpp).
  int32_t allocfreetrace;
  // invalidptr=1 (the default): a pointer-typed location holding an address
  // in the heap's range that is in no allocated span is a fatal error
  // (GC/Collect.cpp, badPointer).
  int32_t invalidptr;
  // scavtrace=1: one line per collection on the background scavenger's work,
  // and one per debug.FreeOSMemory (GC/Scavenge.cpp). gcpacertrace=1: the
  // pacer's lines at each cycle's start and end (GC/Collect.cpp).
  int32_t scavtrace;
  int32_t gcpacertrace;
  // gcstoptheworld=2: each collection also sweeps the whole heap before it
  // restarts the world (no lazy sweeping; GC/Heap.h). 1 asks for a
  // stop-the-world mark, which every collection is.
  int32_t gcstoptheworld;
  // Go 1.25: decoratemappings=1 (the default) names the heap's anonymous
  // mappings "[anon: Go: heap]" in /proc/<pid>/maps (GC/Heap.cpp); 0 leaves
  // them unnamed.
  int32_t decoratemappings;
  // Go 1.25: containermaxprocs=1 (the default) lets a cgroup CPU limit
  // lower the default GOMAXPROCS (Proc/MaxProcs.cpp, defaultProcs); 0 ignores it.
  int32_t containermaxprocs;
  // Go 1.25: updatemaxprocs=1 (the default) has sysmon re-read the CPU
  // affinity and cgroup limit about once a second and apply a changed
  // default GOMAXPROCS, unless GOMAXPROCS was set (Proc/MaxProcs.cpp); 0 never.
  int32_t updatemaxprocs;
  // Go 1.23: profstackdepth=N (default 128, at most 1024): how many frames
  // the memory, block, mutex and goroutine profiles keep for runtime/pprof
  // (Proc/Prof.h); the runtime package's records keep 32 of them.
  int32_t profstackdepth;
  // goshim's own: gcstress=N collects at every Nth Go function entry that
  // checks its stack (GC/Collect.h: the collector's stress mode), so the
  // stack maps of nearly every call site meet a collection. Targets with
  // fixed stacks (armv7) have no such checks: there it does nothing.
  int32_t gcstress;
  // Go 1.19: adaptivestackstart=1 (the default) starts new goroutines on a
  // stack the size of the average stack the last collection scanned, plus
  // the guard (Proc/Stack.h, startSize); 0 keeps the minimum.
  int32_t adaptivestackstart;
  // Go 1.23: asynctimerchan=0 gives time's Timer and Ticker channels 1.23's
  // synchronous semantics (len and cap 0, no stale value after Stop or
  // Reset: Chan/TimeChan.cpp); 1, the default here as for a go.mod before
  // 1.23 and in Go 1.19, keeps the buffered channel of one value.
  int32_t asynctimerchan;
  // Go 1.25: checkfinalizers=1 checks at every collection that no finalizer
  // or cleanup keeps its own object reachable (GC/Collect.cpp,
  // checkFinalizers: gc's report, then a fatal error) and prints the
  // lengths of the queues of finalizers and cleanups waiting to run.
  int32_t checkfinalizers;
};

extern DebugVars debug;

// How many times a GODEBUG setting made the runtime behave otherwise than by
// default: Go 1.21's /godebug/non-default-behavior/<name>:events metrics
// (Pkg/Metrics.cpp), for the settings that have such a behaviour here.
// Incremented with relaxed atomics on the (rare) non-default path.
struct NonDefaultEvents {
  uint64_t panicnil; // panic(nil) kept its nil value (GODEBUG=panicnil=1)
};
extern NonDefaultEvents nonDefault;

// Parses GODEBUG from the environment into `debug`. Called once at start-up.
void parseGoDebug();

// Applies one "name=value" list (exposed for tests).
void parseGoDebugString(const char *s);

} // namespace gort

#endif
