// Proc: goroutines (G), OS threads (M), processors (P) and the scheduler.
//
// Glossary (as in Go's runtime):
//   G   a goroutine: its stack, saved context and status.
//   M   an OS thread. Each M has a g0 whose "stack" is the thread's own stack
//       (the system stack); runtime C++ code that may allocate, collect or
//       block runs there, never on a goroutine stack (ARCHITECTURE.md s.3).
//   P   a processor: the right to run Go code. There are GOMAXPROCS of them;
//       an M runs Go code only while it holds a P. Each P has a local run
//       queue (a 256-entry ring plus a one-slot runnext); a global queue
//       catches the overflow; idle Ms steal half of another P's queue.
//
// Scheduling loop: every M's g0 runs schedule(): find a runnable G (runnext,
// local queue, every 61st tick the global queue, timers, the global queue,
// then stealing), switch to it, and when the G switches back (it parked,
// yielded or exited) finish the G's request on g0 (mcall) and loop. Doing the
// hand-off on g0, after the G's context is completely saved, is what lets
// another M pick the G up at once.
//
// Idle Ms sleep on their note; wakep() starts (or wakes) one when work appears
// and there is an idle P and nobody spinning. A spinning M that gives up
// drops its spinning state before its last look at every queue, so a G made
// runnable meanwhile is never lost.
//
// Start-up (phases):
//   1. main(argc, argv, envp) on the OS thread's stack: record argv/envp/auxv,
//      parse GODEBUG, load the stack maps, initialize the allocator.
//   2. schedinit: GOMAXPROCS Ps; the main goroutine is queued on P0 and M0
//      enters the scheduler; it runs main.init and then main.main.
//   3. main.main returning exits the process with status 0; os.Exit(n) and
//      fatal errors exit from wherever they are.
//
// Invariant: generated code never caches the current G across a call (a
// goroutine may resume on another M); it asks getg() afresh.
#ifndef GORT_PROC_PROC_H
#define GORT_PROC_PROC_H

#include "Arch/Arch.h" // GORT_ARM_EHABI
#include "Proc/Lock.h"
#include "Proc/Timer.h"
#include "goruntime/abi.h"

#include <atomic>
#include <stddef.h>
#include <stdint.h>

namespace gort {

struct G;
struct M;
struct P;
struct Defer; // Panic layer: a pending deferred call
struct Panic; // Panic layer: an active panic (or Goexit)
struct Ancestors; // Proc/Traceback.cpp: GODEBUG=tracebackancestors records
struct MCache; // GC layer: the P's allocation cache (GC/Heap.h)

enum class GStatus : uint32_t { Idle, Runnable, Running, Syscall, Waiting, Dead };

// A goroutine waiting on a channel (Go's sudog). Plain channel operations use
// the one inside G; select uses one per case from the goroutine's select
// state. elem points at the value to send or the place to receive into.
struct Sudog {
  G *g;
  Sudog *next, *prev; // in the channel's wait queue
  void *elem;
  void *c;            // the channel (Chan layer)
  Sudog *waitlink;    // select: the goroutine's next case
  int32_t caseIndex;
  bool isSelect;
  bool success;       // woken by a completed operation (false: by close)
  int64_t acquiretime; // mutex profile: cputicks() the wait began (0: not profiled)
};

struct G {
  uint64_t goid;
  std::atomic<GStatus> status;
  uintptr_t stackLo, stackHi; // [lo, hi) usable stack (Proc/Stack.h)
  uintptr_t stackGuard;       // stackLo + stack::kGuard, or stack::kPoison
  uintptr_t stackRes;         // a reserved stack's lowest usable address, else 0
  bool shrinkWanted;          // the collector asked for a smaller stack
  void *ctxSP;                // saved context while switched out
  void *sysSaveSP;            // goroutine SP while it is in gort_systemstack
  M *m;                       // the M running it, if any
  void *shadowChain;          // armv7: saved llvm_gc_root_chain
  G *schedlink;               // run queues, free lists
  const char *waitReason;     // why it is Waiting ("chan receive", ...)
  int64_t runnableAt;         // nanotime() it became runnable, 0 if not sampled
  uint8_t latencySeq;         // counts transitions to runnable: 1 in 8 is sampled
  uintptr_t entryFn;          // the thunk it started in (for diagnostics)
  uintptr_t gopc;             // return address of the go statement (0 for main)
  Ancestors *ancestors;       // GODEBUG=tracebackancestors: who created it
  void *labels;               // runtime/pprof's label map (a Go heap pointer,
                              // seen through this struct); inherited by newproc
  uint64_t traceSeq;          // execution tracer's sequence number (Proc/Trace.h)
  bool system;                // a runtime goroutine (the finalizer goroutine): not
                              // counted by NumGoroutine or deadlock detection,
                              // listed only from GOTRACEBACK=system up
  // Channels and select.
  Sudog sudog;
  Sudog *param;                     // the sudog that ended a select wait
  std::atomic<uint32_t> selectDone; // a select case has been claimed
  void *selState;                   // Chan layer's per-goroutine select cases
  bool parkingOnChan;
  // Defer and panic state (lib/Runtime/Panic). defers is the goroutine's
  // stack of pending deferred calls (newest first, heap records, so the
  // collector sees them through this struct); panics the active panics,
  // newest first (records in gopanic's frame). unwindFP names the frame a
  // recovery unwinds to. Its _Unwind_Exception is unwindToFrame's local on
  // the targets with DWARF unwinding (nothing reads it once the landing pad
  // is installed); ARM EHABI's control block stays here: with it on the
  // stack, a recovery aborts in the unwinder (Panic/Unwind.cpp).
  Defer *defers;
  Defer *deferPool;     // finished records for reuse (Panic/Defer.cpp)
  uint32_t deferPoolN;
  Panic *panics;
  uintptr_t unwindFP;
  // A fault that continues as a panic (Panic/Signal.cpp): the signal, its
  // si_code, address and PC, for the [signal ...] line of the crash report
  // (sig 0: none; a recovery clears it). panicOnFault is
  // debug.SetPanicOnFault's setting, off for every new goroutine.
  int32_t sig, sigcode;
  uintptr_t sigaddr, sigpc;
  bool panicOnFault;
  bool printingPanic; // calling a panic value's Error or String for the crash report
#if GORT_ARM_EHABI
  alignas(16) uint8_t unwindExc[96];
#endif
  // LockOSThread.
  M *lockedm;
  uint32_t lockedExt;
  // Transfer buffer for values crossing into the runtime (abi.def: xbuf).
  alignas(16) uint8_t xbuf[GORT_XBUF_SIZE];
};

struct M {
  G *g0;
  G *curg;
  void *g0SP;        // g0's SP saved when it switched to a goroutine
  // Nonzero while curg runs a systemstack call: the g0 SP it began at.
  uintptr_t systemstackSP;
  P *p;              // the P it holds (null when idle or in a syscall)
  P *nextp;          // a P handed to it before it was woken
  M *schedlink;      // idle list
  Note park;
  bool spinning;
  int64_t id;
  int64_t procid;    // kernel thread id
  G *lockedg;
  uint32_t *preemptFlag; // this thread's __gort_preempt
  uintptr_t *stackGuard; // this thread's __gort_stackguard (poisoned to preempt)
  // The request a goroutine left for g0 (mcall): run after the switch.
  void (*mcallFn)(G *, void *);
  void *mcallArg;
  M *alllink;
  bool exiting;      // a locked goroutine exited: end the thread
  uintptr_t oldStackLo, oldStackHi, oldStackRes; // left by the last morestack, freed by schedule()
  uint32_t gcStressTick; // GODEBUG=gcstress points (checked entries, allocations) since its last collection (gc::stressDue)
  // runtime.ThreadCreateProfile: where the M was created (return addresses,
  // runtime frames included; zero-padded; empty for M0).
  uintptr_t createstack[40];
};

struct P {
  int32_t id;
  uint32_t status; // PIdle, PRunning, PStopped
  M *m;
  P *link;
  uint32_t schedtick;
  std::atomic<uint32_t> runqhead, runqtail;
  G *runq[256];
  std::atomic<G *> runnext;
  TimerHeap *timers; // Timer.h
  uint8_t *allocCur, *allocEnd; // the bump allocator's chunk (GC/Malloc.cpp, GORT_ALLOC=bump)
  MCache *mcache;               // the own heap's cache (GC/Malloc.cpp, GORT_ALLOC=heap)
  G *gfree;   // dead Gs with stacks, for reuse
  int32_t ngfree;
  // Preemption bookkeeping for sysmon.
  uint32_t sysmontick;
  int64_t sysmonwhen;
};

// The current M (initial-exec TLS in Proc.cpp). Not a plain read of the
// thread-local: LLVM treats a thread-local's address as constant within a
// function (llvm.threadlocal.address is readnone), so a read it inlined
// could reuse the thread pointer from before a call during which the
// goroutine moved to another thread (a deferred call that blocks, a park).
// The 64-bit targets read it with one volatile asm (thread pointer, the
// variable's initial-exec offset, the load), which the compiler neither
// merges with another read nor moves across a call; armv7 calls getmSlow.
// A write of gort_tlsM is followed by a compiler barrier (setTLSM) so no
// later read is moved above it.
M *getmSlow();
} // namespace gort
extern "C" __thread gort::M *gort_tlsM __attribute__((tls_model("initial-exec"), visibility("hidden")));
namespace gort {
inline M *getm() {
  M *m;
#if defined(__x86_64__)
  __asm__ volatile("movq gort_tlsM@gottpoff(%%rip), %0\n\t"
                   "movq %%fs:(%0), %0"
                   : "=r"(m));
#elif defined(__aarch64__)
  uintptr_t off;
  __asm__ volatile("mrs %0, tpidr_el0\n\t"
                   "adrp %1, :gottprel:gort_tlsM\n\t"
                   "ldr %1, [%1, #:gottprel_lo12:gort_tlsM]\n\t"
                   "ldr %0, [%0, %1]"
                   : "=&r"(m), "=&r"(off));
#elif defined(__riscv) && __riscv_xlen == 64
  uintptr_t addr;
  __asm__ volatile("la.tls.ie %1, gort_tlsM\n\t"
                   "add %1, %1, tp\n\t"
                   "ld %0, 0(%1)"
                   : "=r"(m), "=&r"(addr));
#else
  m = getmSlow();
#endif
  return m;
}
inline G *getg() { return getm()->curg; }

// Runs fn(arg) on the current M's system stack, or directly when already there.
void systemstack(void (*fn)(void *), void *arg);

template <typename F> inline void systemstack(F &&f) {
  systemstack([](void *p) { (*static_cast<F *>(p))(); }, static_cast<void *>(&f));
}

// Work for a P that found nothing to run, done before its M gives it up
// (the collector's background sweep, GC/Heap.h sweepIdle): returns true if
// it did some, and the scheduler looks at the run queues again. Set once at
// start-up by a layer above; null: none.
extern bool (*idleWork)();

// GODEBUG=gcstress=N also collects at the polls on loop back-edges: there
// the thread's __gort_preempt keeps kPreemptStress set, so every poll enters
// __gort_preempt_check, which calls this hook (set once at start-up by the
// collector's gc::init). A real request (preemptone) adds kPreemptAsk.
constexpr uint32_t kPreemptAsk = 1, kPreemptStress = 2;
extern void (*gcStressPoll)();

// Whether the goroutine on this thread was asked to yield; clears the ask.
inline bool takePreemptAsk() {
  if (!(__atomic_load_n(&__gort_preempt, __ATOMIC_RELAXED) & kPreemptAsk))
    return false;
  __atomic_fetch_and(&__gort_preempt, ~kPreemptAsk, __ATOMIC_RELAXED);
  return true;
}

inline bool preemptAsked() { return __atomic_load_n(&__gort_preempt, __ATOMIC_RELAXED) & kPreemptAsk; }

// Start-up (Start/Main.cpp): makes the current thread M0 with GOMAXPROCS Ps,
// then queues the main goroutine (entry, on its own stack) and enters the
// scheduler; never returns.
void initM0();
[[noreturn]] void runMainGoroutine(void (*entry)(void *));

// Every goroutine that ever existed (dead ones included: they are reused);
// count in *n. Readable without locks: the array only grows.
G *const *allGoroutines(size_t *n);

// Every M (linked by M::alllink); they are never freed.
M *allMs();

// Parks the current goroutine with the given wait reason. On g0, after the
// goroutine's context is saved, unlockf(g, arg) runs (typically releasing the
// lock that protects the queue the goroutine was put on); if it returns
// false the goroutine resumes at once. Returns when someone calls ready(g).
void gopark(bool (*unlockf)(G *, void *), void *arg, const char *reason);
// Makes a parked goroutine runnable (on the current P's runnext).
void ready(G *g);

// Creates a goroutine that starts in fn(arg) (a Go function taking its
// closure context) and queues it. system: a runtime goroutine (G::system).
// fp: the frame pointer of the function whose go statement returns to gopc
// (0 for the runtime's own goroutines), for GODEBUG=tracebackancestors.
void newproc(void (*fn)(void *), void *arg, uintptr_t gopc, bool system = false, uintptr_t fp = 0);
void gosched();
[[noreturn]] void goexit();

// Blocking system calls: entersyscall releases the P so other goroutines
// run; exitsyscall gets one back (maybe another), waiting if none is free.
// Between the two the goroutine must not touch the Go heap.
void entersyscall();
void exitsyscall();

// Stops every other P at a safe point (Go code at a preemption poll or a
// runtime call, or idle) and returns with the world stopped; the caller keeps
// its P. startTheWorld undoes it. Must be called on the system stack.
void stopTheWorld(const char *reason);
void startTheWorld();

int32_t gomaxprocs();
// GOMAXPROCS's default (Go 1.25): the CPUs the process may run on, lowered
// to a cgroup CPU limit (cgroupLimit CPUs, 0: none) when `container`
// (GODEBUG containermaxprocs) holds, a limit under 2 counting as 2.
int32_t defaultProcs(int32_t cpus, int32_t cgroupLimit, bool container);
// nanotime() when the runtime started (GODEBUG traces count from it).
int64_t processStartNanos();
// The i-th P, 0 <= i < gomaxprocs().
P *procAt(int32_t i);
int64_t numGoroutines();
// /sched/latencies:seconds: how long sampled goroutines waited between
// becoming runnable and running (one transition in 8 per goroutine, as gc).
void readSchedLatencies(uint64_t *out); // TimeHistogram::kBuckets words
// /cpu/classes, gc's model: total is GOMAXPROCS integrated over wall time
// since start-up (across GOMAXPROCS changes); idle the time Ps spent on the
// idle list (an M looking for work still holds its P: not idle).
struct CPUClasses {
  uint64_t totalNs, idleNs;
};
void readCPUClasses(CPUClasses *c);
// /sched/pauses: time to stop the world (from the stop request until every P
// stopped) for GC and other stops, and other stops' whole pauses (request to
// restart); TimeHistogram::kBuckets words each.
void readStopTheWorldHistograms(uint64_t *stoppingGC, uint64_t *stoppingOther,
                                uint64_t *pauseOther);
// /sync/mutex/wait/total: nanoseconds goroutines spent blocked in
// semacquire on a sync.Mutex or RWMutex (Sema.cpp).
uint64_t mutexWaitNanos();


} // namespace gort

#endif
